/**
 * Correctness before speed: every competitor's answers are compared with sla-clock's on the very
 * inputs that are timed, and every library (sla-clock included) is checked on a table of edge
 * cases with hand-computed answers (DST in a named zone, the closing instant, holidays).
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/** Evaluates one core op on one input. */
export function answer(lib, op, t) {
  if (op.kind === "add") return lib.add(t, op.amount);
  if (op.kind === "between") return lib.between(t, t + op.span);
  return lib.isOpen(t);
}

function show(op, v) {
  if (op.kind === "add") return new Date(v).toISOString();
  if (op.kind === "between") return `${v / 3_600_000} h`;
  return String(v);
}

/**
 * Compares `lib` with `reference` on `inputs` for `op`.
 * @returns {{ checked: number, wrong: number, example?: string }}
 */
export function agreement(lib, reference, op, inputs) {
  let wrong = 0;
  let example;
  for (const t of inputs) {
    const got = answer(lib, op, t);
    const want = answer(reference, op, t);
    if (got !== want) {
      wrong++;
      example ??= `from ${new Date(t).toISOString()}: ${show(op, got)}, sla-clock ${show(op, want)}`;
    }
  }
  return { checked: inputs.length, wrong, example };
}

const H = 3_600_000;

/** Edge cases on the Toronto schedule, answers computed by hand (UTC instants). */
export const EDGE_CASES = [
  {
    id: "springBetween",
    label: "between Fri 12:00 EST → Mon 12:00 EDT across spring-forward (2026-03-08)",
    op: "between", a: "2026-03-06T17:00:00Z", b: "2026-03-09T16:00:00Z", expect: 18 * H,
  },
  {
    id: "springAdd",
    label: "add 12 h from Fri 12:00 EST across spring-forward → Mon 06:00 EDT",
    op: "add", a: "2026-03-06T17:00:00Z", ms: 12 * H, expect: Date.parse("2026-03-09T10:00:00Z"),
  },
  {
    id: "fallBetween",
    label: "between Fri 12:00 EDT → Mon 12:00 EST across fall-back (2026-11-01)",
    op: "between", a: "2026-10-30T16:00:00Z", b: "2026-11-02T17:00:00Z", expect: 18 * H,
  },
  {
    id: "fallAdd",
    label: "add 12 h from Fri 12:00 EDT across fall-back → Mon 06:00 EST",
    op: "add", a: "2026-10-30T16:00:00Z", ms: 12 * H, expect: Date.parse("2026-11-02T11:00:00Z"),
  },
  {
    id: "closingInstant",
    label: "isBusinessTime at the closing instant (Wed 22:00) → false, segments are [open, close)",
    op: "isOpen", a: "2026-03-05T03:00:00Z", expect: false,
  },
  {
    id: "fillsDay",
    label: "add 2 h from Wed 20:00 → Wed 22:00 (the closing instant, not Thu 04:00)",
    op: "add", a: "2026-03-05T01:00:00Z", ms: 2 * H, expect: Date.parse("2026-03-05T03:00:00Z"),
  },
  {
    id: "holiday",
    label: "isBusinessTime on a holiday (Wed 2026-07-01 12:00) → false",
    op: "isOpen", a: "2026-07-01T16:00:00Z", expect: false,
  },
];

export function runEdgeCase(lib, c) {
  const a = Date.parse(c.a);
  if (c.op === "between") return lib.between(a, Date.parse(c.b));
  if (c.op === "add") return lib.add(a, c.ms);
  return lib.isOpen(a);
}

export function showEdge(c, v) {
  if (v === undefined || v === null || typeof v === "string") return String(v);
  if (c.op === "add") return new Date(v).toISOString().replace(":00.000Z", "Z");
  if (c.op === "between") return `${v / H} h`;
  return String(v);
}

/**
 * dayjs-business-time with explicit zones (dayjs/plugin/timezone) in a host whose zone differs
 * (TZ=UTC), one child process per case with a time limit, because it can loop forever.
 */
export function dayjsZonedEdgeCases(timeoutMs = 4000) {
  const script = fileURLToPath(new URL("../scenarios/dayjsZoned.mjs", import.meta.url));
  const out = {};
  for (const c of EDGE_CASES) {
    const r = spawnSync(process.execPath, [script, JSON.stringify(c)], {
      env: { ...process.env, TZ: "UTC" },
      timeout: timeoutMs,
      encoding: "utf8",
    });
    if (r.error?.code === "ETIMEDOUT" || r.signal) out[c.id] = `hangs (killed after ${timeoutMs / 1000} s)`;
    else if (r.status !== 0) out[c.id] = `error: ${(r.stderr || "").trim().split("\n")[0]}`;
    else out[c.id] = JSON.parse(r.stdout).value;
  }
  return out;
}
