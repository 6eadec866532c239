/**
 * Run by hostileTickets.test.ts in a child process: evaluates a caller-built ticket chosen by
 * argv[2] (revoked Proxies, a Proxy whose `length` grows on every read, luxon look-alikes whose
 * methods throw, …) and prints, as JSON, what each call ended with. Were a loop endless, the
 * parent's timeout (not the test runner) would end it.
 */
import { checkBreaches, definePolicy, evaluateMany, evaluateTicket, prioritize } from "../../src/index.js";

const mode = process.argv[2]!;
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

const cases: Record<string, () => unknown> = {
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
  throwingIdGetter: () => evaluateTicket(p, Object.defineProperty({}, "id", { get() { throw new Error("no id"); } }) as never, NOW),
  // In a batch, the bad ticket is named by index and the others are evaluated.
  manyRevoked: () =>
    [...evaluateMany(p, [ticket([ok]), revoked(), ticket(revoked()), ticket(growing())], NOW)].map((r) => ({ index: r.index, id: r.id, error: r.error?.message, breached: r.status?.breached })),
  breachesGrowing: () => checkBreaches(p, [ticket(growing())] as never, NOW).map((b) => b.metric),
  prioritizeRevoked: () => prioritize(p, [ticket([]), ticket(revoked())] as never, NOW),
};

let out: unknown;
try {
  out = { ok: cases[mode]!() ?? null };
} catch (e) {
  out = e instanceof Error ? { name: e.name, message: e.message } : { name: typeof e, message: String(e) };
}
process.stdout.write(JSON.stringify(out));
