/**
 * The SLA engine and the library's other costs, measured on the preset policy
 * (presets.auvikSupportV2: Mon–Fri 04:00–22:00 America/Toronto, CA-ON holidays).
 */
import { DateTime } from "luxon";
import { measure } from "./measure.mjs";
import { MS_PER_HOUR, MS_PER_MINUTE, random, startInstants } from "./schedule.mjs";

/** The preset with update and resolution targets added, so that a ticket exercises all three metrics. */
export function withAllMetrics(def) {
  const severities = {};
  for (const [key, s] of Object.entries(def.severities)) {
    severities[key] = {
      ...s,
      targets: { ...s.targets, update: "8h", resolution: { duration: "5d", clock: "calendar" } },
    };
  }
  return { ...def, severities };
}

/** A ticket created at `created` with ten events of every kind. */
export function tenEventTicket(created, id) {
  const at = (h) => created + h * MS_PER_HOUR;
  return {
    id,
    createdAt: created,
    severity: "sev2",
    events: [
      { type: "response", at: at(1) },
      { type: "update", at: at(5) },
      { type: "pause", at: at(6) },
      { type: "resume", at: at(26) },
      { type: "update", at: at(28) },
      { type: "severity", at: at(30), severity: "sev1" },
      { type: "update", at: at(32) },
      { type: "pause", at: at(50) },
      { type: "resume", at: at(52) },
      { type: "update", at: at(54) },
    ],
  };
}

/** `n` tickets opened over the ten days before `now`, mixed severities, 0–3 events each. */
export function ticketQueue(n, now, seed = 7) {
  const next = random(seed);
  const sev = ["sev1", "sev2", "sev3", "sev4"];
  const tickets = [];
  for (let i = 0; i < n; i++) {
    const createdAt = now - Math.floor(next() * 10 * 24 * 60) * MS_PER_MINUTE;
    const events = [];
    const kind = Math.floor(next() * 4);
    if (kind >= 1) events.push({ type: "response", at: createdAt + Math.floor(next() * (now - createdAt)) });
    if (kind >= 2) events.push({ type: "pause", at: createdAt + Math.floor(next() * (now - createdAt)) });
    if (kind === 3) events.push({ type: "resume", at: Math.min(now, events[1].at + 3_600_000) });
    tickets.push({ id: `T-${i}`, createdAt, severity: sev[i % 4], events });
  }
  return tickets;
}

const INPUTS = 64;

/** SLA engine rows. Each entry: { id, label, result, unit } where result comes from `measure`. */
export async function measureSlaOps(lib, liteLib, litePresetDef) {
  const rows = [];
  const preset = lib.presets.auvikSupportV2;
  const p = lib.definePolicy(preset);
  const starts = startInstants(INPUTS, 99);
  const has = (name) => typeof lib[name] === "function";

  if (has("computeDeadline")) {
    rows.push({
      id: "computeDeadline",
      label: "computeDeadline (sev2, 4 business hours)",
      result: await measure("computeDeadline", (i) => lib.computeDeadline(p, { severity: "sev2", start: starts[i & 63] })),
    });
  } else rows.push({ id: "computeDeadline", label: "computeDeadline", missing: true });

  if (has("evaluateTicket")) {
    const full = lib.definePolicy(withAllMetrics(preset));
    const tickets = starts.map((s, k) => tenEventTicket(s, `T-${k}`));
    const now = (t) => t.createdAt + 72 * MS_PER_HOUR;
    rows.push({
      id: "evaluateTicket",
      label: "evaluateTicket, ten events (3 metrics)",
      result: await measure("evaluateTicket", (i) => {
        const t = tickets[i & 63];
        return lib.evaluateTicket(full, t, now(t)).breached;
      }),
    });
  } else rows.push({ id: "evaluateTicket", label: "evaluateTicket", missing: true });

  if (has("prioritize")) {
    const now = Date.UTC(2026, 2, 4, 15, 0);
    const queue = ticketQueue(10_000, now);
    rows.push({
      id: "prioritize",
      label: "prioritize 10,000 tickets",
      result: await measure("prioritize", () => lib.prioritize(p, queue, now).length),
    });
  } else rows.push({ id: "prioritize", label: "prioritize", missing: true });

  rows.push({
    id: "definePolicy",
    label: "definePolicy(presets.auvikSupportV2), warm",
    result: await measure("definePolicy", () => lib.definePolicy(preset)),
  });
  if (liteLib) {
    rows.push({
      id: "definePolicyLite",
      label: "definePolicy (lite, preset with dates), warm",
      result: await measure("definePolicyLite", () => liteLib.definePolicy(litePresetDef)),
    });
  }
  return rows;
}

/** addBusinessTime(p, x, 2h) with the same instants given as epoch ms, Date, ISO strings and luxon. */
export async function measureInputs(lib) {
  const p = lib.definePolicy(lib.presets.auvikSupportV2);
  const ms = startInstants(INPUTS, 5);
  const zone = "America/Toronto";
  const forms = [
    { id: "epoch", label: "epoch ms (number)", values: ms },
    { id: "date", label: "Date", values: ms.map((t) => new Date(t)) },
    { id: "isoZ", label: 'ISO string with Z ("2026-03-04T15:07:00.000Z")', values: ms.map((t) => new Date(t).toISOString()) },
    {
      id: "isoOffset",
      label: 'ISO string with offset ("2026-03-04T10:07:00-05:00")',
      values: ms.map((t) => DateTime.fromMillis(t, { zone }).toISO({ suppressMilliseconds: true })),
    },
    {
      id: "isoLocal",
      label: 'offset-less local string ("2026-03-04T10:07"), policy zone',
      values: ms.map((t) => DateTime.fromMillis(t, { zone }).toFormat("yyyy-MM-dd'T'HH:mm")),
    },
    { id: "luxon", label: "luxon DateTime", values: ms.map((t) => DateTime.fromMillis(t, { zone })) },
  ];
  const rows = [];
  for (const f of forms) {
    // agreement: every form names the same instant
    f.values.forEach((v, k) => {
      const a = lib.addBusinessTime(p, v, 2 * MS_PER_HOUR).getTime();
      const b = lib.addBusinessTime(p, ms[k], 2 * MS_PER_HOUR).getTime();
      if (a !== b) throw new Error(`input form ${f.id} disagrees at ${new Date(ms[k]).toISOString()}`);
    });
    const values = f.values;
    rows.push({ ...f, values: undefined, result: await measure(`input ${f.id}`, (i) => lib.addBusinessTime(p, values[i & 63], 2 * MS_PER_HOUR)) });
  }
  return rows;
}
