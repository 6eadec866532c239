/**
 * Policies and helpers shared by the SLA tests.
 *
 * Calendar used throughout (America/Toronto, EST = UTC−5 from 2026-11-01):
 *   Fri 2026-11-27 · Sat 11-28 · Sun 11-29 · Mon 11-30 · Tue 12-01 · Wed 12-02 · Thu 12-03.
 * The seed preset is open Mon–Fri 04:00–22:00 (18 h a day); maintenance Sat 07:00–09:00.
 */
import { DateTime } from "luxon";
import { definePolicy, presets } from "../../src/index.js";
import type { Policy } from "../../src/index.js";

export const MIN = 60_000;
export const H = 60 * MIN;
export const ZONE = "America/Toronto";

/** The seed preset: sev1..sev4 first response 2h / 4h / 24h / 24h (business, pausable), nothing else. */
export const seed: Policy = definePolicy(presets.auvikSupportV2);

/**
 * The seed's hours and holidays with all three metrics:
 * - sev1: firstResponse 2h, update 4h, resolution 3d on the **calendar** clock (pausable);
 * - sev2: firstResponse 4h, update 8h, resolution 40h;
 * - sev3: firstResponse 24h, resolution 80h (no update target);
 * - sev4: firstResponse 24h, resolution { 5d calendar, not pausable }.
 */
export const deskDefinition = {
  ...structuredClone(presets.auvikSupportV2),
  id: "desk",
  severities: {
    sev1: { targets: { firstResponse: "2h", update: "4h", resolution: { duration: "3d", clock: "calendar" } } },
    sev2: { targets: { firstResponse: "4h", update: "8h", resolution: "40h" } },
    sev3: { targets: { firstResponse: "24h", resolution: "80h" } },
    sev4: { targets: { firstResponse: "24h", resolution: { duration: "5d", clock: "calendar", pausable: false } } },
  },
};
export const desk: Policy = definePolicy(deskDefinition);

/** A 24x7 desk whose Saturday 07:00–09:00 maintenance pauses every clock. */
export const alwaysOpen: Policy = definePolicy({
  timezone: ZONE,
  hours: "24x7",
  maintenance: { windows: [{ weekly: ["sat"], from: "07:00", to: "09:00" }], pausesClocks: true },
  severities: {
    sev1: { targets: { firstResponse: "2h", resolution: { duration: "1d", clock: "calendar" } } },
  },
});

/** A Toronto wall-clock time as a Date (unambiguous times only). */
export function et(text: string): Date {
  return DateTime.fromISO(text, { zone: ZONE }).toJSDate();
}

/** A Toronto wall-clock time as epoch ms. */
export function etMs(text: string): number {
  return et(text).getTime();
}

/**
 * The seed's hours and holidays with the SLA model v2 keys (CONTRACT §6's example):
 * statuses new, open, pending (pauses everything), on-hold (pauses resolution and agentWork),
 * solved (resolves); timeIn agentWork = new+open, requesterWait = new+open+on-hold;
 * escalation levels 50/75/90 %;
 * - sev1: firstResponse 2h, nextReply 1h, agentWork 8h, ownership 3h, resolution 24h (business);
 * - sev3: firstResponse 24h, resolution by 17:00 on the second business day.
 */
export const helpdeskDefinition = {
  ...structuredClone(presets.auvikSupportV2),
  id: "helpdesk",
  statuses: {
    new: {},
    open: {},
    pending: { pauses: true },
    "on-hold": { pauses: ["resolution", "agentWork"] },
    solved: { resolves: true },
  },
  timeIn: { agentWork: ["new", "open"], requesterWait: ["new", "open", "on-hold"] },
  warnAt: [0.5, 0.75, 0.9],
  severities: {
    sev1: { targets: { firstResponse: "2h", nextReply: "1h", agentWork: "8h", ownership: "3h", resolution: "24h" } },
    sev3: { targets: { firstResponse: "24h", resolution: { businessDays: 2, at: "17:00" } } },
  },
};
export const helpdesk: Policy = definePolicy(helpdeskDefinition);

/** A 24x7 UTC desk with every v2 metric at 1 h (resolution 2 h), for counting breaches. */
export const allMetrics: Policy = definePolicy({
  timezone: "UTC",
  hours: "24x7",
  statuses: { new: {}, open: {}, solved: { resolves: true } },
  timeIn: { agentWork: ["new", "open"] },
  severities: {
    s: { targets: { firstResponse: "1h", update: "1h", nextReply: "1h", ownership: "1h", resolution: "2h", agentWork: "1h" } },
  },
});
