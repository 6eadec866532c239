/**
 * Child process (node --expose-gc): the "Done when" ratios of issue 14 (ten thousand tenants),
 * each measured against its counterpart in this one process, in paired rounds, with a hand-written binary search
 * over one dense year's segment starts beside them as a machine-independent yardstick (the least a
 * lookup in a compiled year can cost). Prints JSON.
 *
 *   node --expose-gc bench/scenarios/tenantScale.mjs ENTRY_FILE [--quick]
 *
 * ENTRY_FILE is dist/index.js (or src/index.ts under `--import tsx` while developing).
 */
import { pathToFileURL } from "node:url";

if (typeof globalThis.gc !== "function") throw new Error("run with --expose-gc");
const [entry, ...flags] = process.argv.slice(2);
const QUICK = flags.includes("--quick");
const lib = await import(pathToFileURL(entry).href);
const H = 3_600_000;
const DAY = 24 * H;
let sink = 0;

/** How many calls of `fn(i)` take about `ms` (at least 20). */
function callsFor(fn, n, ms) {
  const t0 = performance.now();
  for (let i = 0; i < n; i++) fn(i);
  return Math.max(20, Math.min(n, Math.floor((ms * n) / Math.max(1e-3, performance.now() - t0))));
}

/** Ms per call of one block of `n` calls of `fn(i)`. */
function block(fn, n) {
  const t0 = performance.now();
  for (let i = 0; i < n; i++) fn(i);
  return (performance.now() - t0) / n;
}

/**
 * Median ms per call of `fn(i)` over `rounds` rounds of `n` calls (fewer calls when a call is slow:
 * about 250 ms a round at most, so a regression cannot make the bench run for hours).
 */
function msPerCall(fn, n, rounds = QUICK ? 5 : 15) {
  n = callsFor(fn, n, 250); // (the first pass warms)
  const per = [];
  for (let r = 0; r < rounds; r++) per.push(block(fn, n));
  per.sort((a, b) => a - b);
  return per[per.length >> 1];
}

/**
 * The ratio (ms per call of `a`) ÷ (ms per call of `b`), as the median over paired rounds: each
 * round times a block of `a` and a block of `b` back to back (which goes first alternates), and
 * gives one ratio. A burst of load from the shared machine then hits both sides of a ratio alike,
 * instead of one of two medians taken seconds apart. Blocks last about 40 ms.
 */
function pairedRatio(a, na, b, nb, rounds = QUICK ? 7 : 21) {
  na = callsFor(a, na, 40);
  nb = callsFor(b, nb, 40);
  const ratios = [];
  for (let r = 0; r < rounds; r++) {
    let ta;
    let tb;
    if (r & 1) {
      tb = block(b, nb);
      ta = block(a, na);
    } else {
      ta = block(a, na);
      tb = block(b, nb);
    }
    ratios.push(ta / tb);
  }
  ratios.sort((x, y) => x - y);
  return ratios[ratios.length >> 1];
}

// ─── Yardstick: a hand-written binary search over one dense year (17,520 segment starts) ─────
const starts = new Float64Array(17_520).map((_, i) => Date.UTC(2026, 0, 1) + i * 30 * 60_000);
function lastAtOrBefore(a, t) {
  let lo = 0;
  let hi = a.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] <= t) { ans = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return ans;
}
const probes = Array.from({ length: 1024 }, (_, i) => Date.UTC(2026, 0, 1) + ((i * 7919) % 365) * DAY + (i % 48) * 30 * 60_000 + 60_000);
const binarySearchMs = msPerCall((i) => (sink += lastAtOrBefore(starts, probes[i & 1023])), 200_000);

// ─── The preset and its warm addBusinessTime ────────────────────────────────────────────────
const preset = lib.definePolicy(lib.presets.auvikSupportV2);
const instants = Array.from({ length: 1024 }, (_, i) => Date.UTC(2026, 0, 1) + ((i * 7919) % 365) * DAY + (i % 24) * H + 17 * 60_000);
const isoTexts = instants.map((t) => new Date(t).toISOString());
const add = (i) => (sink += lib.addBusinessTime(preset, instants[i & 1023], 2 * H).getTime());
const addText = (i) => (sink += lib.addBusinessTime(preset, isoTexts[i & 1023], "2h").getTime());
const addMs = msPerCall(add, 50_000);
const addTextMs = msPerCall(addText, 50_000);
const tenYears = 10 * 365 * DAY;
const between = (i) => (sink += lib.businessTimeBetween(preset, instants[i & 1023], instants[i & 1023] + tenYears));
const daysBetween = (i) => (sink += lib.businessDaysBetween(preset, instants[i & 1023], instants[i & 1023] + tenYears));
const addDays = (i) => (sink += lib.addBusinessDays(preset, instants[i & 1023], 250).getTime());
const betweenMs = msPerCall(between, 20_000);
const daysBetweenMs = msPerCall(daysBetween, 20_000);
const addDaysMs = msPerCall(addDays, 20_000);

// ─── evaluateTicket with ten events ─────────────────────────────────────────────────────────
const slaDef = { ...lib.presets.auvikSupportV2, severities: Object.fromEntries(Object.entries(lib.presets.auvikSupportV2.severities).map(([k, s]) => [k, { ...s, targets: { ...s.targets, update: "8h", resolution: { duration: "5d", clock: "calendar" } } }])) };
const slaPolicy = lib.definePolicy(slaDef);
const created = Date.UTC(2026, 2, 2, 14);
const events = [];
for (let k = 0; k < 10; k++) events.push({ type: ["response", "pause", "resume", "update", "update"][k % 5], at: created + (k + 1) * 3 * H });
const tickets = instants.map((t) => ({ id: "T", createdAt: created, severity: "sev2", events }));
const evaluate = (i) => {
  const r = lib.evaluateTicket(slaPolicy, tickets[i & 1023], created + 40 * H);
  sink += r ? 1 : 0;
};
const evaluateMs = msPerCall(evaluate, 10_000);

// For scale, no target: the TicketStatus that call returns, built by hand from numbers already
// known (its Dates and objects, nothing computed). No evaluation can cost less than its answer.
const shape = lib.evaluateTicket(slaPolicy, tickets[0], created + 40 * H);
const msOf = (d) => (d === null ? null : d.getTime());
const dateOf = (t) => (t === null ? null : new Date(t));
const known = Object.values(shape.metrics).map((m) => ({ ...m, deadline: msOf(m.deadline), breachedAt: msOf(m.breachedAt), completedAt: msOf(m.completedAt), thresholds: m.thresholds.map((t) => ({ ...t, at: msOf(t.at) })) }));
const nextDeadlineMs = msOf(shape.nextDeadline);
const nextChangeMs = msOf(shape.nextChangeAt);
function metricStatusOf(m) {
  const thresholds = new Array(m.thresholds.length);
  for (let i = 0; i < thresholds.length; i++) {
    const t = m.thresholds[i];
    thresholds[i] = { fraction: t.fraction, at: dateOf(t.at), reached: t.reached };
  }
  return { metric: m.metric, status: m.status, target: m.target, elapsed: m.elapsed, remaining: m.target - m.elapsed, percentUsed: (m.elapsed * 100) / m.target, deadline: dateOf(m.deadline), breachedAt: dateOf(m.breachedAt), completedAt: dateOf(m.completedAt), warning: m.warning, breaches: m.breaches, thresholds, calendarElapsed: m.calendarElapsed };
}
function statusByHand() {
  const metrics = {};
  for (const m of known) metrics[m.metric] = metricStatusOf(m);
  return { id: shape.id, severity: shape.severity, state: shape.state, metrics, breached: shape.breached, warning: shape.warning, nextDeadline: dateOf(nextDeadlineMs), nextChangeAt: dateOf(nextChangeMs) };
}
if (JSON.stringify(statusByHand()) !== JSON.stringify(shape)) throw new Error("the hand-built status differs from evaluateTicket's: update statusByHand");
const dateCount = JSON.stringify(shape).match(/"\d{4}-\d\d-\d\dT[^"]*Z"/g).length;
const statusOnlyMs = msPerCall(() => (sink += statusByHand().metrics.update ? 1 : 0), 10_000);

// ─── A dense schedule (48 intervals a day, every day) across 40 years vs the preset ─────────
const pad = (n) => String(n).padStart(2, "0");
const day48 = Array.from({ length: 48 }, (_, i) => [`${pad(i >> 1)}:${i % 2 ? "30" : "00"}`, `${pad(i >> 1)}:${i % 2 ? "45" : "15"}`]);
const dense = lib.definePolicy({ timezone: "America/Toronto", hours: Object.fromEntries(["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((d) => [d, day48])) });
const spread = Array.from({ length: 1024 }, (_, i) => Date.UTC(2000, 0, 1) + Math.floor(((i * 2654435761) % 4294967296) / 4294967296 * 40 * 365.25 * DAY));
const denseAdd = (i) => (sink += lib.addBusinessTime(dense, spread[i & 1023], 2 * H).getTime());
const presetSpreadAdd = (i) => (sink += lib.addBusinessTime(preset, spread[i & 1023], 2 * H).getTime());
const denseMs = msPerCall(denseAdd, QUICK ? 2_000 : 10_000, QUICK ? 3 : 7);
const presetSpreadMs = msPerCall(presetSpreadAdd, QUICK ? 2_000 : 10_000, QUICK ? 3 : 7);

// ─── Tenants: 200 dated holidays each, distinct definitions, compiled and queried for a year ─
function tenantDefinition(k) {
  const holidays = [];
  for (let y = 0; y < 20; y++) {
    for (let h = 0; h < 10; h++) {
      const d = new Date(Date.UTC(2016 + y, 0, 1 + ((h * 37 + k) % 365)));
      holidays.push({ date: d.toISOString().slice(0, 10), name: `Holiday ${h} of tenant ${k}` });
    }
  }
  return { id: `tenant-${k}`, timezone: "America/Toronto", hours: { mon: [["09:00", "17:00"]], tue: [["09:00", "17:00"]], wed: [["09:00", "17:00"]], thu: [["09:00", "17:00"]], fri: [["09:00", "17:00"]] }, holidays };
}
const TENANTS = QUICK ? 200 : 1_000;
const defs = Array.from({ length: TENANTS + 50 }, (_, k) => tenantDefinition(k));
const compile = (i) => (sink += lib.definePolicy(defs[TENANTS + (i % 50)]).severities.length);
const compileMs = msPerCall(compile, 50, QUICK ? 3 : 7);
// Each ratio row from paired rounds (see pairedRatio), before the tenants below fill the heap.
const paired = {
  compile: pairedRatio(compile, 50, add, 50_000),
  dense: pairedRatio(denseAdd, QUICK ? 2_000 : 10_000, presetSpreadAdd, QUICK ? 2_000 : 10_000),
  text: pairedRatio(addText, 50_000, add, 50_000),
  daysBetween: pairedRatio(daysBetween, 20_000, between, 20_000),
  addDays: pairedRatio(addDays, 20_000, add, 50_000),
  evaluateTicket: pairedRatio(evaluate, 10_000, add, 50_000),
};
function used() {
  for (let i = 0; i < 4; i++) globalThis.gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}
const yearOfQueries = Array.from({ length: 64 }, (_, i) => Date.UTC(2026, 0, 1) + i * 5.7 * DAY);
const before = used();
const kept = [];
for (let k = 0; k < TENANTS; k++) {
  const p = lib.definePolicy(defs[k]);
  for (const t of yearOfQueries) sink += lib.addBusinessTime(p, t, 2 * H).getTime() & 1;
  kept.push(p);
}
const bytesPerTenant = (used() - before) / TENANTS;

const rows = [
  { id: "tenantMemory", what: "memory per tenant policy (200 dated holidays, compiled, a year queried; distinct definitions)", value: bytesPerTenant, unit: "bytes", limit: 32 * 1024 },
  { id: "compile", what: "compile of one such policy, in warm addBusinessTime calls", value: paired.compile, unit: "×", limit: 2_500 },
  { id: "dense", what: "dense schedule (48 intervals/day) across 40 years ÷ the preset on the same instants", value: paired.dense, unit: "×", limit: 10 },
  { id: "text", what: "addBusinessTime with ISO text and \"2h\" ÷ with epoch ms and ms", value: paired.text, unit: "×", limit: 1.6 },
  { id: "daysBetween", what: "businessDaysBetween ÷ businessTimeBetween over 10 years", value: paired.daysBetween, unit: "×", limit: 3 },
  { id: "addDays", what: "addBusinessDays(250) ÷ addBusinessTime(2h)", value: paired.addDays, unit: "×", limit: 3 },
  { id: "evaluateTicket", what: "evaluateTicket with ten events ÷ addBusinessTime", value: paired.evaluateTicket, unit: "×", limit: 12 },
];
const perCall = { binarySearchMs, addMs, addTextMs, betweenMs, daysBetweenMs, addDaysMs, evaluateMs, statusOnlyMs, denseMs, presetSpreadMs, compileMs };
process.stdout.write(JSON.stringify({ tenants: TENANTS, quick: QUICK, binarySearchMs, perCall, statusDates: dateCount, rows: rows.map((r) => ({ ...r, met: r.value <= r.limit })), sink: sink & 1 }));
if (kept.length < 0) console.log(kept);
