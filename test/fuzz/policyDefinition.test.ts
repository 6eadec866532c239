/**
 * Fuzzing `definePolicy` / `safeDefinePolicy` of `sla-clock` and `sla-clock/lite` (and
 * `policySchema.safeParse`): arbitrary JSON, arbitrary JavaScript values, mutated valid policies,
 * and every slot of a full policy replaced by every special value (NaN, -0, huge numbers, lone
 * surrogates, 1 MB strings, 10,000-deep arrays and objects, `__proto__`/`constructor`/`prototype`
 * keys, proxies and getters that throw, cycles). See docs/reliability.md, "Fuzzing".
 */
import fc from "fast-check";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import * as sla from "../../src/index.js";
import { params } from "../support/runs.js";
import { MEGA, deepArray, deepValues, junkArb, mutate, mutationArb, nodePaths, specialValues, PROTO_JSON } from "./fuzzArbitraries.js";
import { FULL_DEFINITION, FULL_LITE_DEFINITION, checkDefinition, checkDefinitionLight, validDefinitionArb } from "./fuzzPolicies.js";
import { assertNoPollution, maybePrintStats, preFreeze, withCallerObjects } from "./harness.js";

afterEach(() => assertNoPollution());
afterAll(() => maybePrintStats("policy definitions"));

describe("fuzz: policy definitions", () => {
  it("arbitrary JSON values (fc.jsonValue) are rejected with a PolicyError or accepted, never anything else", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.boolean(), (def, freeze) => withCallerObjects(def, freeze, checkDefinition)),
      params(300),
    );
  });

  it("arbitrary JavaScript values (fc.anything, special values) as a definition", () => {
    fc.assert(
      fc.property(junkArb, fc.boolean(), (def, freeze) => withCallerObjects(def, freeze, checkDefinition)),
      params(300),
    );
  });

  it("JSON text with __proto__ / constructor / prototype keys at the root, parsed by JSON.parse", () => {
    fc.assert(
      fc.property(fc.constantFrom(...PROTO_JSON), fc.jsonValue({ maxDepth: 2 }), (text, extra) => {
        const def = JSON.parse(text) as Record<string, unknown>;
        if (typeof def === "object" && def !== null && !Array.isArray(def)) Object.assign(def, { timezone: "UTC", hours: "24x7", extra });
        withCallerObjects(def, false, checkDefinition);
      }),
      params(50),
    );
  });

  it("valid random definitions compile (and are exercised) without errors", () => {
    fc.assert(
      fc.property(validDefinitionArb, fc.boolean(), (def, freeze) => {
        withCallerObjects(def, freeze, checkDefinition);
        expect(sla.safeDefinePolicy(def).success).toBe(true);
      }),
      params(60),
    );
  });

  it("mutated valid definitions (a random node replaced by junk, a key added or dropped)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.constant(FULL_DEFINITION), fc.constant(FULL_LITE_DEFINITION), validDefinitionArb), mutationArb, fc.boolean(), (valid, m, freeze) =>
        withCallerObjects(mutate(valid, m), freeze, checkDefinition),
      ),
      params(400),
    );
  });

  it("every node of the full definition replaced by every special value", () => {
    const paths = nodePaths(FULL_LITE_DEFINITION);
    const specials = specialValues();
    let count = 0;
    for (let i = 0; i < paths.length; i++) {
      for (const junk of specials) {
        withCallerObjects(mutate(FULL_LITE_DEFINITION, { kind: "replace", pick: i, junk }), false, checkDefinitionLight);
        count++;
      }
    }
    expect(count).toBe(paths.length * specials.length);
  });

  it("__proto__, constructor and prototype keys (via JSON.parse) in every object of the full definition are reported, never assigned", () => {
    const paths = [[], ...nodePaths(FULL_DEFINITION)];
    for (const path of paths) {
      let node: unknown = FULL_DEFINITION;
      for (const p of path) node = (node as Record<string | number, unknown>)[p];
      if (typeof node !== "object" || node === null || Array.isArray(node)) continue;
      for (const key of ["__proto__", "constructor", "prototype"]) {
        const text = JSON.stringify(FULL_DEFINITION, (_k, v) => (v === node ? { ...(v as object), __INJECT__: { polluted: "yes" } } : v)).replace('"__INJECT__"', JSON.stringify(key));
        const def: unknown = JSON.parse(text);
        withCallerObjects(def, false, checkDefinition);
        const r = sla.safeDefinePolicy(def);
        expect(r.success, `${key} at ${path.join(".")}`).toBe(false);
        if (!r.success) expect(r.error.issues.some((i) => i.path.includes(key)), `${key} at ${path.join(".")}: ${r.error.message}`).toBe(true);
      }
    }
  });

  it("1 MB keys, lone-surrogate keys and empty keys in every object of the full definition give short, well-formed messages", () => {
    const paths = [[], ...nodePaths(FULL_LITE_DEFINITION)];
    for (const path of paths) {
      let node: unknown = FULL_LITE_DEFINITION;
      for (const p of path) node = (node as Record<string | number, unknown>)[p];
      if (typeof node !== "object" || node === null || Array.isArray(node)) continue;
      for (const key of [MEGA.letters, MEGA.surrogates, "\uD800", ""]) {
        const def = mutate(FULL_LITE_DEFINITION, path.length === 0 ? { kind: "addKey", pick: 0, key, junk: 1 } : { kind: "addKey", pick: nodePaths(FULL_LITE_DEFINITION).findIndex((q) => q.join("\u0000") === path.join("\u0000")), key, junk: 1 });
        withCallerObjects(def, false, checkDefinitionLight);
      }
    }
  });

  it("10,000-deep arrays and objects in every slot are rejected without a stack overflow", () => {
    const paths = nodePaths(FULL_LITE_DEFINITION);
    const deep = deepValues().map(preFreeze);
    for (let i = 0; i < paths.length; i++) {
      for (const junk of deep) {
        withCallerObjects(mutate(FULL_LITE_DEFINITION, { kind: "replace", pick: i, junk }), false, checkDefinitionLight);
      }
    }
    withCallerObjects(deepArray(10_000), false, checkDefinition);
    withCallerObjects(deepArray(10_000), true, checkDefinition);
  });
});
