/**
 * The ticket whose timeline docs/timelines.md shows (docs/images/timeline-example.png), explained
 * with the built library (`dist/`).
 *
 * The policy is the seed preset `auvikSupportV2` (America/Toronto, Mon–Fri 04:00–22:00, Ontario
 * holidays) with update and resolution targets added to sev2, so that the picture has three lanes.
 * The ticket: sev2, opened Wed 2026-12-23 14:00, answered at 16:00, paused for the customer from
 * 20:00 to Thu 10:00, seen on Mon 2026-12-28 at 16:00 — across Christmas Day and a weekend.
 *
 * With `explainTicket` in the library, the explanation is its answer. Until then it is assembled
 * from the library's own answers: `evaluateTicket` for each metric's status, and `explainDeadline`
 * (called from each deadline to the next) for the counted, closed and holiday spans, with the
 * counted time inside pause…resume marked `paused`. The counted spans are checked to sum to the
 * metric's `elapsed`, so a wrong assembly fails here rather than drawing a wrong picture.
 */

export const EXAMPLE_TICKET = {
  id: "4711",
  createdAt: "2026-12-23T14:00-05:00",
  severity: "sev2",
  events: [
    { type: "response", at: "2026-12-23T16:00-05:00" },
    { type: "pause", at: "2026-12-23T20:00-05:00" },
    { type: "resume", at: "2026-12-24T10:00-05:00" },
  ],
};
export const EXAMPLE_NOW = "2026-12-28T16:00-05:00";

/** The example policy definition (the seed preset with sev2 update and resolution targets). */
export function examplePolicyDefinition(presets) {
  const def = structuredClone(presets.auvikSupportV2);
  def.severities.sev2.targets = { firstResponse: "4h", update: "8h", resolution: "24h" };
  return def;
}

/** The example's explanation, computed by `lib` (the built `sla-clock` module). */
export function exampleExplanation(lib) {
  const p = lib.definePolicy(examplePolicyDefinition(lib.presets));
  if (typeof lib.explainTicket === "function") return lib.explainTicket(p, EXAMPLE_TICKET, EXAMPLE_NOW);
  return assembleExplanation(lib, p, EXAMPLE_TICKET, EXAMPLE_NOW);
}

/** Instants in the example carry their offset, so `Date.parse` reads them exactly. */
function assembleExplanation(lib, p, ticket, nowText) {
  const status = lib.evaluateTicket(p, ticket, nowText);
  const from = Date.parse(ticket.createdAt);
  const now = Date.parse(nowText);
  const events = ticket.events.map((e) => ({ ...e, t: Date.parse(e.at) })).filter((e) => e.t <= now);
  const pauses = [];
  for (const e of events) {
    if (e.type === "pause") pauses.push({ start: e.t, end: now });
    if (e.type === "resume" && pauses.length > 0) pauses[pauses.length - 1].end = e.t;
  }
  const metrics = {};
  for (const [metric, s] of Object.entries(status.metrics)) {
    const start = metric === "update" ? Math.max(...events.filter((e) => e.type === "response" || e.type === "update").map((e) => e.t)) : from;
    const end = s.completedAt === null ? now : s.completedAt.getTime();
    const spans = mergeAdjacent(markPauses(calendarSpans(lib, p, ticket.severity, metric, start, end), pauses));
    const counted = spans.filter((x) => x.kind === "counted").reduce((sum, x) => sum + (x.end - x.start), 0);
    if (counted !== s.elapsed) throw new Error(`timeline example: ${metric}: counted spans sum to ${counted} ms, elapsed is ${s.elapsed} ms`);
    metrics[metric] = { spans, status: s };
  }
  return { id: ticket.id, timezone: p.timezone, from: new Date(from), to: new Date(now), metrics };
}

/** The counted, closed, holiday and maintenance spans of [start, end) on the metric's clock. */
function calendarSpans(lib, p, severity, metric, start, end) {
  const out = [];
  let cursor = start;
  for (let i = 0; cursor < end && i < 1000; i++) {
    const e = lib.explainDeadline(p, { severity, start: new Date(cursor), metric });
    const pieces = [
      ...e.counted.map((c) => ({ start: c.start.getTime(), end: c.end.getTime(), kind: "counted" })),
      ...e.skipped.map((k) => ({ start: k.start.getTime(), end: k.end.getTime(), kind: k.reason, ...(k.name === undefined ? {} : { name: k.name }) })),
    ].sort((a, b) => a.start - b.start);
    for (const piece of pieces) if (piece.start < end) out.push({ ...piece, end: Math.min(piece.end, end) });
    cursor = e.deadline.getTime();
  }
  return out;
}

/** Counted time inside a pause becomes `paused` (named for the event); the rest stays. */
function markPauses(spans, pauses) {
  const out = [];
  for (const s of spans) {
    if (s.kind !== "counted") {
      out.push(s);
      continue;
    }
    let cursor = s.start;
    for (const pause of pauses) {
      const a = Math.max(pause.start, cursor);
      const b = Math.min(pause.end, s.end);
      if (a >= b) continue;
      if (a > cursor) out.push({ start: cursor, end: a, kind: "counted" });
      out.push({ start: a, end: b, kind: "paused", name: "pause" });
      cursor = b;
    }
    if (cursor < s.end) out.push({ start: cursor, end: s.end, kind: "counted" });
  }
  return out;
}

/** Neighbours of the same kind and name become one span (explainDeadline's calls meet at deadlines). */
function mergeAdjacent(spans) {
  const out = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last !== undefined && last.end === s.start && last.kind === s.kind && last.name === s.name) last.end = s.end;
    else out.push({ ...s });
  }
  return out.map((s) => ({ ...s, start: new Date(s.start), end: new Date(s.end) }));
}
