import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { safeDefinePolicy } from "../../src/index.js";
import type { PolicyError } from "../../src/index.js";
import { parsePolicy } from "../../src/policy/parsePolicy.js";
import { policyJsonSchema } from "../../src/policy/policyJsonSchema.js";
import type { JsonSchema } from "../../src/policy/policyJsonSchema.js";
import { policySchema } from "../../src/policy/policySchema.js";
import { presets } from "../../src/policy/presets.js";
import { contractExample, structurallyInvalid, validDefinitions } from "./fixtures.js";

/** The JSON Schema keywords the tiny validator below implements; the schema may use no others. */
const KEYWORDS = new Set([
  "$schema", "$ref", "$defs", "title", "description", "type", "const", "enum", "pattern", "minLength", "maxLength",
  "minimum", "maximum", "exclusiveMinimum", "properties", "required", "additionalProperties", "propertyNames",
  "maxProperties", "prefixItems", "items", "minItems", "maxItems", "anyOf", "not",
]);

type Schema = JsonSchema | boolean;

/** A tiny draft 2020-12 validator for the keywords in {@link KEYWORDS}. */
function validate(schema: Schema, value: unknown, root: JsonSchema = policyJsonSchema): boolean {
  if (schema === true) return true;
  if (schema === false) return false;
  const s = schema as Record<string, any>;
  if (s.$ref !== undefined) {
    const name = (s.$ref as string).replace("#/$defs/", "");
    if (!validate((root.$defs as Record<string, Schema>)[name]!, value, root)) return false;
  }
  if (s.type !== undefined) {
    const t = Array.isArray(value) ? "array" : value === null ? "null" : typeof value;
    if (s.type === "integer" ? !Number.isInteger(value) : t !== s.type) return false;
  }
  if ("const" in s && value !== s.const) return false;
  if (s.enum !== undefined && !(s.enum as unknown[]).includes(value)) return false;
  if (typeof value === "string") {
    if (s.pattern !== undefined && !new RegExp(s.pattern, "u").test(value)) return false;
    if (s.minLength !== undefined && value.length < s.minLength) return false;
    if (s.maxLength !== undefined && value.length > s.maxLength) return false;
  }
  if (typeof value === "number") {
    if (s.minimum !== undefined && value < s.minimum) return false;
    if (s.maximum !== undefined && value > s.maximum) return false;
    if (s.exclusiveMinimum !== undefined && value <= s.exclusiveMinimum) return false;
  }
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj);
    if (s.required !== undefined && !(s.required as string[]).every((k) => Object.prototype.hasOwnProperty.call(obj, k))) return false;
    if (s.maxProperties !== undefined && keys.length > s.maxProperties) return false;
    for (const k of keys) {
      if (s.propertyNames !== undefined && !validate(s.propertyNames, k, root)) return false;
      const own = s.properties !== undefined && Object.prototype.hasOwnProperty.call(s.properties, k);
      if (own) {
        if (!validate(s.properties[k], obj[k], root)) return false;
      } else if (s.additionalProperties !== undefined && !validate(s.additionalProperties, obj[k], root)) return false;
    }
  }
  if (Array.isArray(value)) {
    if (s.minItems !== undefined && value.length < s.minItems) return false;
    if (s.maxItems !== undefined && value.length > s.maxItems) return false;
    const prefix = (s.prefixItems ?? []) as Schema[];
    for (let i = 0; i < value.length; i++) {
      const sub = i < prefix.length ? prefix[i]! : s.items;
      if (sub !== undefined && !validate(sub, value[i], root)) return false;
    }
  }
  if (s.anyOf !== undefined && !(s.anyOf as Schema[]).some((sub) => validate(sub, value, root))) return false;
  if (s.not !== undefined && validate(s.not, value, root)) return false;
  return true;
}

function keywordsOf(schema: unknown, out: Set<string>, parentIsMap = false): Set<string> {
  if (typeof schema !== "object" || schema === null) return out;
  if (Array.isArray(schema)) {
    for (const s of schema) keywordsOf(s, out);
    return out;
  }
  for (const [k, v] of Object.entries(schema)) {
    if (!parentIsMap) out.add(k);
    if (k === "enum" || k === "const" || k === "required") continue;
    keywordsOf(v, out, !parentIsMap && (k === "properties" || k === "$defs"));
  }
  return out;
}

const exampleFile = JSON.parse(readFileSync(join(__dirname, "../../examples/policies/auvik-support-v2.json"), "utf8"));

describe("policyJsonSchema", () => {
  const toronto = { timezone: "America/Toronto", hours: "24x7" };

  it("is a draft 2020-12 schema of an object with the definition's keys", () => {
    expect(policyJsonSchema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    const policy = (policyJsonSchema.$defs as Record<string, JsonSchema>).policy!;
    expect(policy.type).toBe("object");
    expect(Object.keys(policy.properties as object)).toEqual([
      "id", "name", "version", "effectiveFrom", "timezone", "hours", "holidays", "holidayYears", "maintenance", "severities", "warnAt", "statuses", "timeIn",
    ]);
  });

  it("describes a combination of definitions as definePolicy reads it", () => {
        const valid = [
      { unionOf: [presets.auvikSupportV2, toronto] },
      { intersectionOf: [toronto] },
      { unionOf: [toronto, { intersectionOf: [presets.auvikSupportV2, toronto] }] },
    ];
    for (const def of valid) {
      expect(safeDefinePolicy(def).success).toBe(true);
      expect(validate(policyJsonSchema, def)).toBe(true);
      expect(policySchema.safeParse(def).success, JSON.stringify(def)).toBe(true);
    }
    const invalid = [
      { unionOf: [] },
      { unionOf: toronto },
      { unionOf: [toronto], timezone: "UTC" },
      { unionOf: [toronto], intersectionOf: [toronto] },
      { unionOf: [{ timezone: "UTC" }] },
      { unionOf: [{ intersectionOf: [] }] },
      { intersectionOf: Array.from({ length: 101 }, () => toronto) },
      { unionOf: [toronto, 5] },
      { intersectionOf: [{ unionOf: [toronto], hours: "24x7" }] },
    ];
    for (const def of invalid) {
      expect(safeDefinePolicy(def).success, JSON.stringify(def)).toBe(false);
      expect(validate(policyJsonSchema, def), JSON.stringify(def)).toBe(false);
      // refused by policySchema for the same reason: at the same paths as by definePolicy
      const r = policySchema.safeParse(def);
      const paths = (issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey> }>) => issues.map((i) => JSON.stringify(i.path)).sort();
      expect(r.success ? [] : paths(r.error.issues), JSON.stringify(def)).toEqual(paths((safeDefinePolicy(def) as { error: PolicyError }).error.issues));
    }
  });

  it("and policySchema agree on a valid definition as a part of a combination", () => {
    for (const def of validDefinitions) {
      const combined = { unionOf: [toronto, { intersectionOf: [def] }] };
      expect(validate(policyJsonSchema, combined)).toBe(true);
      expect(policySchema.safeParse(combined).success).toBe(true);
    }
  });

  it.each(structurallyInvalid)("and policySchema both refuse a combination with a part that has %s, at that part", (_what, def) => {
    const combined = { intersectionOf: [toronto, { unionOf: [def] }] };
    expect(validate(policyJsonSchema, combined)).toBe(false);
    const r = policySchema.safeParse(combined);
    expect(r.success).toBe(false);
    for (const issue of r.error!.issues) expect(issue.path.slice(0, 4)).toEqual(["intersectionOf", 1, "unionOf", 0]);
  });

  it("leaves the limits of a combination in all (depth, policies in all) to policySchema and definePolicy", () => {
    let deep: unknown = toronto;
    for (let i = 0; i < 17; i++) deep = { unionOf: [deep] };
    const many = { unionOf: [{ unionOf: Array.from({ length: 60 }, () => toronto) }, { unionOf: Array.from({ length: 41 }, () => toronto) }] };
    for (const def of [deep, many]) {
      expect(validate(policyJsonSchema, def)).toBe(true); // documented: JSON Schema cannot count them
      const bySchema = policySchema.safeParse(def).error?.issues.map((i) => ({ path: i.path, message: i.message }));
      const byDefine = (safeDefinePolicy(def) as { error?: PolicyError }).error?.issues;
      expect(bySchema).toHaveLength(1);
      expect(bySchema).toEqual(byDefine);
    }
  });

  it("is plain, deep-frozen JSON", () => {
    expect(JSON.parse(JSON.stringify(policyJsonSchema))).toEqual(policyJsonSchema);
    expect(Object.isFrozen(policyJsonSchema)).toBe(true);
    expect(Object.isFrozen((policyJsonSchema.$defs as Record<string, object>).holiday)).toBe(true);
  });

  it("uses only keywords the test validator understands, and every $ref resolves", () => {
    const used = keywordsOf(policyJsonSchema, new Set());
    for (const k of used) expect(KEYWORDS.has(k), `unsupported keyword ${k}`).toBe(true);
    const refs = JSON.stringify(policyJsonSchema).match(/"#\/\$defs\/[A-Za-z]+"/g) ?? [];
    for (const r of refs) expect(policyJsonSchema.$defs).toHaveProperty(JSON.parse(r).slice(8));
  });

  it("compiles every pattern as a Unicode regular expression", () => {
    const patterns = JSON.stringify(policyJsonSchema).match(/"pattern":"(?:[^"\\]|\\.)*"/g) ?? [];
    expect(patterns.length).toBeGreaterThan(5);
    for (const p of patterns) expect(() => new RegExp(JSON.parse(`{${p}}`).pattern, "u")).not.toThrow();
  });

  it("accepts the preset, the example file and the contract example", () => {
    expect(validate(policyJsonSchema, presets.auvikSupportV2)).toBe(true);
    expect(validate(policyJsonSchema, exampleFile)).toBe(true);
    expect(validate(policyJsonSchema, contractExample)).toBe(true);
  });

  it.each(validDefinitions.map((d, i) => [i, d] as const))("accepts valid definition #%i, as parsePolicy does", (_i, def) => {
    expect(parsePolicy(def).success).toBe(true);
    expect(validate(policyJsonSchema, def)).toBe(true);
  });

  it.each(structurallyInvalid)("rejects %s, as parsePolicy does", (_what, def) => {
    expect(parsePolicy(def).success).toBe(false);
    expect(validate(policyJsonSchema, def)).toBe(false);
  });

  it.each([
    ["2h"], ["90m"], ["1h30m"], ["45s"], ["1.5h"], ["3d"], ["500ms"], ["1d2h30m15s"], ["1d 2h"], ["PT2H30M"], ["P1DT2H"], ["PT0.5H"], ["P2W"], [7_200_000], [{ hours: 2 }],
  ])("describes the duration %j as valid", (d) => {
    expect(validate({ $ref: "#/$defs/duration" }, d)).toBe(true);
  });

  it.each([["2x"], ["-2h"], ["P1M"], ["2H"], [-1], [{ weeks: 1 }], [true]])("describes %j as not a duration", (d) => {
    expect(validate({ $ref: "#/$defs/duration" }, d)).toBe(false);
  });
});

describe("policyJsonSchema's value is pinned", () => {
  it("serialises to exactly the document published before it was built from shared pieces (sha256 of JSON.stringify)", () => {
    // Taken from the hand-written schema before the size work of the lite budget; any change to
    // the published document (a keyword, a message, a limit, key order) changes this hash.
    const text = JSON.stringify(policyJsonSchema);
    expect(text.length).toBe(12037);
    expect(createHash("sha256").update(text).digest("hex")).toBe("453393bbebaf8c6cdd2959924fe35adc63d55ab1669fd4a3aa39eb9a27e37786");
  });
});
