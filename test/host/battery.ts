/**
 * A fixed battery of about 200 answers of the public API (deadlines, business time between
 * instants, statuses, …) on policies in zones with half-hour, 45-minute, negative and midnight DST
 * rules, with wall-clock (offset-less) inputs throughout: the answers must not depend on the host's
 * time zone or locale. `test/host/expected.json` is the reviewed snapshot of these answers;
 * `hostIndependence.test.ts` compares against it in-process and in `node` subprocesses with other
 * `TZ` / `LANG` values, and `scripts/test-hosts.sh` runs the whole suite under each.
 *
 * Regenerate the snapshot (then review the diff by hand):
 *   npx tsx test/host/printBattery.ts > test/host/expected.json
 */
import type * as Api from "../../src/index.js";

type SlaApi = typeof Api;

/** The answers, keyed by a readable label; values are JSON (instants as ISO strings in UTC). */
export type Battery = Record<string, unknown>;

const SEV = {
  sev1: { targets: { firstResponse: "2h", update: "4h", resolution: { duration: "3d", clock: "calendar" } } },
  sev2: { targets: { firstResponse: "4h", update: { duration: "8h", pausable: false }, resolution: "40h" } },
};

/** Policies of the battery, as definitions (plain JSON). */
function definitions(api: SlaApi): Record<string, object> {
  return {
    preset: { ...api.presets.auvikSupportV2, severities: { ...api.presets.auvikSupportV2.severities, ...SEV } },
    chatham: {
      timezone: "Pacific/Chatham",
      hours: { mon: [["08:00", "18:00"]], tue: [["08:00", "18:00"]], wed: [["08:00", "18:00"]], thu: [["08:00", "18:00"]], fri: [["08:00", "16:45"]], sun: [["02:00", "04:00"]] },
      holidays: [{ date: "2026-04-05", hours: [["01:00", "05:00"]] }, { annual: "12-25" }, { from: "2026-09-27T00:00", to: "2026-09-27T06:00", name: "DST night" }],
      severities: SEV,
    },
    stJohns: {
      timezone: "America/St_Johns",
      hours: { fri: [["22:00", "06:00"]], sat: [["00:00", "03:30"]], sun: [["01:30", "01:30"]] },
      maintenance: { windows: [{ weekly: ["sun"], from: "02:00", to: "03:00" }], pausesClocks: true },
      severities: SEV,
    },
    kathmandu: { timezone: "Asia/Kathmandu", hours: { sun: [["10:00", "17:00"]], mon: [["10:00", "17:00"]], tue: [["10:00", "17:00"]], wed: [["10:00", "17:00"]], thu: [["10:00", "17:00"]], fri: [["10:00", "15:00"]] }, severities: SEV },
    dublin: {
      timezone: "Europe/Dublin",
      hours: { mon: [["00:30", "02:30"], ["09:00", "17:30"]], sat: [["23:00", "24:00"]], sun: [["00:00", "02:00"]] },
      holidays: [{ date: "2026-03-17", name: "St Patrick's Day" }, { from: "2026-10-25T00:00", to: "2026-10-25T01:30" }],
      maintenance: { windows: [{ start: "2026-03-29T00:30", end: "2026-03-29T02:30" }] },
      severities: SEV,
    },
    lordHowe: { timezone: "Australia/Lord_Howe", hours: "24x7", maintenance: { windows: [{ weekly: ["sun"], from: "01:45", to: "02:45" }], pausesClocks: true }, severities: SEV },
    santiago: { timezone: "America/Santiago", hours: { sat: [["22:00", "24:00"]], sun: [["00:00", "02:00"]] }, severities: SEV },
    apia: { timezone: "Pacific/Apia", hours: { thu: [["09:00", "17:00"]], fri: [["09:00", "17:00"]], sat: [["09:00", "17:00"]] }, severities: SEV },
    utc: { timezone: "UTC", hours: { mon: [["09:00", "17:00"]], tue: [["09:00", "17:00"]] }, effectiveFrom: "2026-01-01", severities: SEV },
  };
}

/** Instants per policy: wall-clock texts around its DST changes, plus exact ones. */
const INSTANTS: Record<string, string[]> = {
  preset: ["2026-11-27T21:30", "2026-03-08T01:59", "2026-03-08T02:30", "2026-11-01T01:30", "2026-12-24T10:00", "2026-07-01T12:00Z"],
  chatham: ["2026-04-05T02:30", "2026-04-05T03:45", "2026-09-27T02:45", "2026-09-27T03:44", "2026-12-24T17:00", "2026-09-25T16:00+12:45"],
  stJohns: ["2026-03-08T01:59", "2026-03-08T02:30", "2026-11-01T00:30", "2026-11-01T01:30", "2026-11-06T23:00", "2026-06-01T12:00-02:30"],
  kathmandu: ["2026-01-01T09:59", "2026-01-02T14:45", "2026-01-03T00:00", "2026-05-15T16:59", "1986-01-01T00:10", "2026-01-02"],
  dublin: ["2026-03-29T00:59", "2026-03-29T01:30", "2026-10-25T01:30", "2026-10-24T23:30", "2026-03-16T16:00", "2026-03-17T12:00Z"],
  lordHowe: ["2026-04-05T01:45", "2026-04-05T02:15", "2026-10-04T02:10", "2026-10-04T01:59", "2026-12-31T23:59", "2026-07-01T00:00+10:30"],
  santiago: ["2026-04-04T23:30", "2026-04-05T00:30", "2026-09-05T23:59", "2026-09-06T00:30", "2026-09-05T22:15", "2026-06-01T00:00-04:00"],
  apia: ["2011-12-29T16:00", "2011-12-30T10:00", "2011-12-31T10:00", "2011-12-28T12:00", "2026-01-01T10:00", "2011-12-30"],
  utc: ["2026-01-05T08:00", "2026-01-05T16:59:59.999", "2026-01-06T17:00", "2026-02-28T12:00", "2028-02-29T09:30", "2026-01-05T09:00+05:30"],
};

function iso(v: unknown): unknown {
  return v instanceof Date ? v.toISOString() : v;
}

/** The answer of `f`, or `error:<Name>` when it throws one of the library's errors. */
function answer(api: SlaApi, f: () => unknown): unknown {
  try {
    return iso(f());
  } catch (e) {
    if (e instanceof api.SlaClockError) return `error:${e.name}`;
    throw e;
  }
}

/**
 * Computes the battery with `api` (the library as loaded in this process: `src/` through tsx or
 * vitest, or `dist/`).
 */
export function computeBattery(api: SlaApi): Battery {
  const out: Battery = {};
  const defs = definitions(api);
  const policies: Record<string, Api.Policy> = {};
  for (const [name, def] of Object.entries(defs)) policies[name] = api.definePolicy(def);

  for (const [name, p] of Object.entries(policies)) {
    const at = INSTANTS[name]!;
    for (const t of at) {
      out[`${name} isBusinessTime ${t}`] = answer(api, () => api.isBusinessTime(p, t));
      out[`${name} nextBusinessTime ${t}`] = answer(api, () => api.nextBusinessTime(p, t));
      out[`${name} addBusinessTime ${t} +90m`] = answer(api, () => api.addBusinessTime(p, t, "90m"));
      out[`${name} subtractBusinessTime ${t} -5h`] = answer(api, () => api.subtractBusinessTime(p, t, "5h"));
      out[`${name} computeDeadline sev1 ${t}`] = answer(api, () => api.computeDeadline(p, { severity: "sev1", start: t }));
    }
    const [a, b] = [at[0]!, at[at.length - 2]!];
    out[`${name} businessTimeBetween ${a} ${b}`] = answer(api, () => api.businessTimeBetween(p, a, b));
    out[`${name} businessTimeBetween ${b} ${a}`] = answer(api, () => api.businessTimeBetween(p, b, a));
    out[`${name} businessDaysBetween ${a} ${b}`] = answer(api, () => api.businessDaysBetween(p, a, b));
    out[`${name} addBusinessDays ${a} +3`] = answer(api, () => api.addBusinessDays(p, a, 3));
    out[`${name} addBusinessDays ${b} -2`] = answer(api, () => api.addBusinessDays(p, b, -2));
    out[`${name} businessIntervals ${a} +3d`] = answer(api, () =>
      api.businessIntervals(p, a, api.addBusinessTime(api.definePolicy({ timezone: "UTC", hours: "24x7" }), a, "3d").getTime()).map((s) => [iso(s.start), iso(s.end)]),
    );
    out[`${name} explainDeadline sev2 resolution ${a}`] = answer(api, () => {
      const e = api.explainDeadline(p, { severity: "sev2", start: a, metric: "resolution" });
      return { deadline: iso(e.deadline), counted: e.counted.length, skipped: e.skipped.map((s) => `${s.reason}${s.name ? `:${s.name}` : ""}`).join(",") };
    });
    const created = at[0]!;
    const ticket: Api.Ticket = {
      id: `${name}-1`,
      createdAt: created,
      severity: "sev1",
      events: [
        { type: "response", at: api.addBusinessTime(p, created, "1h") },
        { type: "pause", at: api.addBusinessTime(p, created, "90m") },
        { type: "resume", at: api.addBusinessTime(p, created, "3h") },
        { type: "severity", at: api.addBusinessTime(p, created, "4h"), severity: "sev2" },
      ],
    };
    const nows = [api.addBusinessTime(p, created, "150m"), api.addBusinessTime(p, created, "6h"), at[at.length - 2]!];
    for (const [k, now] of nows.entries()) {
      out[`${name} evaluateTicket now#${k}`] = answer(api, () => {
        const s = api.evaluateTicket(p, ticket, now);
        const metrics = Object.fromEntries(
          Object.entries(s.metrics).map(([m, v]) => [m, v === undefined ? null : [v.status, v.elapsed, v.remaining, iso(v.deadline), iso(v.breachedAt), v.warning, v.breaches]]),
        );
        return { severity: s.severity, state: s.state, breached: s.breached, warning: s.warning, next: iso(s.nextDeadline), metrics };
      });
    }
    out[`${name} checkBreaches`] = answer(api, () => api.checkBreaches(p, [ticket, { createdAt: at[1]!, severity: "sev2" }], at[at.length - 2]!).map((x) => [x.ticketId, x.metric, iso(x.breachedAt)]));
    out[`${name} prioritize`] = answer(api, () =>
      api.prioritize(p, [{ id: "b", createdAt: at[1]!, severity: "sev2" }, { id: "a", createdAt: at[0]!, severity: "sev1" }, ticket], at[at.length - 2]!).map((x) => x.id),
    );
    out[`${name} availability`] = answer(api, () =>
      api.availability(p, { from: at[0]!, to: api.addBusinessTime(api.definePolicy({ timezone: "UTC", hours: "24x7" }), at[0]!, "30d"), outages: [{ start: at[1]!, end: at[2]! }] }),
    );
  }

  const versions = [policies["utc"]!, api.definePolicy({ ...defs["utc"], id: "v0", effectiveFrom: "2020-01-01" }), api.definePolicy({ ...defs["kathmandu"], id: "npt", effectiveFrom: "2026-01-05" })];
  for (const at of ["2026-01-04T18:14Z", "2026-01-04T18:16Z", "2019-12-31T23:59Z", "2026-01-01"]) {
    out[`selectPolicy ${at}`] = answer(api, () => {
      const p = api.selectPolicy(versions, at);
      return `${p.id ?? "utc"}:${p.timezone}`;
    });
  }
  // Messages are part of the answer too (no locale-dependent formatting may creep in).
  out["PolicyError message"] = (() => {
    const r = api.safeDefinePolicy({ timezone: "Mars/Base", hours: { mon: [["25:00", "26:00"]] }, holidays: [{ from: "2026-03-08T02:30", to: "2026-03-08T02:10" }] });
    return r.success ? null : r.error.message;
  })();
  out["PolicyError issues"] = (() => {
    const r = api.safeDefinePolicy({ timezone: "America/Toronto", hours: { mon: [["09:00", "25:00"]] }, warnAt: 1.5, holidays: [{ date: "2026-02-29" }] });
    return r.success ? null : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  })();
  out["InputError message"] = (() => {
    try {
      api.addBusinessTime(policies["preset"]!, "2026-11-27T25:00", "2h");
      return null;
    } catch (e) {
      return (e as Error).message;
    }
  })();
  return out;
}
