/**
 * The caller-built tickets of hostileTickets.test.ts (revoked Proxies, a Proxy whose `length` grows
 * on every read, luxon look-alikes whose methods throw, …), each a call by name. The test runs
 * every case in a child process (hostileTickets.child.ts), where an endless loop would meet the
 * parent's timeout rather than hang the runner, and the cases of {@link CANNOT_LOOP} in-process too,
 * where coverage and mutation testing see them.
 */
import { availability, checkBreaches, definePolicy, evaluateMany, evaluateTicket, isBusinessTime, prioritize, safeDefinePolicy, selectPolicy, unionOf } from "../../src/index.js";

const p = definePolicy({ timezone: "UTC", hours: "24x7", severities: { s1: { targets: { firstResponse: "2h", resolution: "8h" } } } });
const NOW = "2026-03-02T12:00Z";
const ok = { type: "response", at: "2026-03-02T09:00Z" };

function revoked(): object {
  const r = Proxy.revocable({}, {});
  r.revoke();
  return r.proxy;
}

/** A Proxy over an array whose `length` is one more on every read; every index is a valid event. */
function growing(): unknown[] {
  let reads = 0;
  return new Proxy([] as unknown[], {
    get(target, key, receiver) {
      if (key === "length") return ++reads;
      if (typeof key === "string" && /^\d+$/.test(key)) return { type: "update", at: "2026-03-02T10:00Z" };
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}

function lengthProxy(length: unknown): unknown[] {
  return new Proxy([] as unknown[], {
    get(target, key, receiver) {
      if (key === "length") return length;
      if (typeof key === "string" && /^\d+$/.test(key)) return ok;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}

const luxonThrowing = {
  isLuxonDateTime: true,
  get isValid(): boolean {
    throw new TypeError("isValid exploded");
  },
  toMillis: () => 0,
};
const luxonMethodThrows = { isLuxonDateTime: true, isValid: true, toMillis: (): number => { throw new RangeError("toMillis exploded"); } };

function ticket(events: unknown): Record<string, unknown> {
  return { id: "T-1", createdAt: "2026-03-02T08:00Z", severity: "s1", events };
}

export const cases: Record<string, () => unknown> = {
  revokedEvents: () => evaluateTicket(p, ticket(revoked()) as never, NOW),
  revokedEvent: () => evaluateTicket(p, ticket([ok, ok, ok, revoked()]) as never, NOW),
  revokedTicket: () => evaluateTicket(p, revoked() as never, NOW),
  growingLength: () => evaluateTicket(p, ticket(growing()) as never, NOW),
  hugeLength: () => evaluateTicket(p, ticket(lengthProxy(1e12)) as never, NOW),
  nanLength: () => evaluateTicket(p, ticket(lengthProxy(Number.NaN)) as never, NOW),
  luxonGetterThrows: () => evaluateTicket(p, ticket([ok, ok, ok, { type: "update", at: luxonThrowing }]) as never, NOW),
  luxonMethodThrows: () => evaluateTicket(p, ticket([ok, ok, ok, { type: "update", at: luxonMethodThrows }]) as never, NOW),
  luxonCreatedAt: () => evaluateTicket(p, { id: "T-1", createdAt: luxonMethodThrows, severity: "s1" } as never, NOW),
  luxonNow: () => evaluateTicket(p, ticket([]) as never, luxonMethodThrows as never),
  throwingGetter: () =>
    evaluateTicket(p, Object.defineProperty({ id: "T-1", createdAt: "2026-03-02T08:00Z" }, "severity", { get() { throw new Error("no severity"); }, enumerable: true }) as never, NOW),
  longThrow: () =>
    evaluateTicket(p, Object.defineProperty({ id: "T-1", createdAt: "2026-03-02T08:00Z" }, "severity", { get() { throw new Error("x".repeat(300)); }, enumerable: true }) as never, NOW),
  throwingIdGetter: () => evaluateTicket(p, Object.defineProperty({}, "id", { get() { throw new Error("no id"); } }) as never, NOW),
  // In a batch, the bad ticket is named by index and the others are evaluated.
  manyRevoked: () =>
    [...evaluateMany(p, [ticket([ok]), revoked(), ticket(revoked()), ticket(growing())], NOW)].map((r) => ({ index: r.index, id: r.id, error: r.error?.message, breached: r.status?.breached })),
  breachesGrowing: () => checkBreaches(p, [ticket(growing())] as never, NOW).map((b) => b.metric),
  prioritizeRevoked: () => prioritize(p, [ticket([]), ticket(revoked())] as never, NOW),
  // Lists outside tickets whose length is the largest an array can have (found by a fuzz audit:
  // each was walked item by item until memory ran out), and other values that must end typed.
  hugeOutages: () => availability(p, { from: "2026-11-27", to: "2026-11-28", outages: hugeArray() as never }),
  hugeVersions: () => selectPolicy(hugeArray() as never, NOW),
  hugeWeekly: () => safeDefinePolicy({ timezone: "UTC", hours: "24x7", maintenance: { windows: [{ weekly: hugeArray(), from: "07:00", to: "09:00" }] } }),
  hugeTypes: () => safeDefinePolicy({ timezone: "UTC", hours: "24x7", holidays: [{ region: "US", types: hugeArray() }] }),
  hugePauses: () => safeDefinePolicy({ timezone: "UTC", hours: "24x7", statuses: { open: {}, pending: { pauses: hugeArray() } } }),
  hugeTimeIn: () => safeDefinePolicy({ timezone: "UTC", hours: "24x7", statuses: { open: {} }, timeIn: { agentWork: hugeArray() } }),
  manyUnionParts: () => unionOf(...Array.from({ length: 70_000 }, () => p)),
  // (in a zone with offsets to look up: UTC has none, and never asked Intl about year 275760)
  farTemporalYear: () => isBusinessTime(definePolicy({ timezone: "America/Toronto", hours: "24x7" }), { [Symbol.toStringTag]: "Temporal.PlainDate", year: 275760, month: 9, day: 13, calendarId: "iso8601" } as never),
};

/** An empty array whose length is 2^32 - 1, the largest an array can have. */
function hugeArray(): unknown[] {
  const a: unknown[] = [];
  a.length = 4_294_967_295;
  return a;
}


/** Cases that would loop for a very long time, or for ever, were the library to read `length` again or trust it. */
const MAY_LOOP = new Set(["growingLength", "hugeLength", "manyRevoked", "breachesGrowing", "hugeOutages", "hugeVersions", "hugeWeekly", "hugeTypes", "hugePauses", "hugeTimeIn", "manyUnionParts"]);

/** The other cases: safe to run in the test runner's own process. */
export const CANNOT_LOOP: ReadonlyArray<string> = Object.keys(cases).filter((k) => !MAY_LOOP.has(k));

/** What a case ended with: its answer, or the name and message of what it threw. */
export interface Outcome {
  ok?: unknown;
  name?: string;
  message?: string;
}

/** Runs case `mode`. */
export function outcome(mode: string): Outcome {
  try {
    return { ok: cases[mode]!() ?? null };
  } catch (e) {
    return e instanceof Error ? { name: e.name, message: e.message } : { name: typeof e, message: String(e) };
  }
}
