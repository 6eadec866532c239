/**
 * The ticket whose timeline docs/timelines.md shows (docs/images/timeline-example.png), explained
 * with the built library (`dist/`).
 *
 * The policy is the seed preset `auvikSupportV2` (America/Toronto, Mon–Fri 04:00–22:00, Ontario
 * holidays) with update and resolution targets added to sev2, so that the picture has three lanes.
 * The ticket: sev2, opened Wed 2026-12-23 14:00, answered at 16:00, paused for the customer from
 * 20:00 to Thu 10:00, seen on Mon 2026-12-28 at 16:00 — across Christmas Day and a weekend.
 *
 * The explanation is the library's answer: `explainTicket(policy, ticket, now)`.
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

/** The example's explanation, computed by `lib` (the built `sla-clock` module) with `explainTicket`. */
export function exampleExplanation(lib) {
  const p = lib.definePolicy(examplePolicyDefinition(lib.presets));
  return lib.explainTicket(p, EXAMPLE_TICKET, EXAMPLE_NOW);
}

/**
 * The seed policy's worked example (docs/sla.md §10) as a queue seen on Mon 2026-11-30 at 07:00,
 * for the HTML status report (docs/images/status-report.png): the Friday-evening sev1 with no
 * reply (breached at Monday 05:30), the same ticket replied at Monday 05:00 (met), and paused from
 * 04:30 to 06:00 (due 07:00 exactly: not breached yet), and the Saturday sev2 (due Monday 08:00).
 */
export const WORKED_EXAMPLE_TICKETS = [
  { id: "W-1", createdAt: "2026-11-27T21:30-05:00", severity: "sev1" },
  { id: "W-2", createdAt: "2026-11-27T21:30-05:00", severity: "sev1", events: [{ type: "response", at: "2026-11-30T05:00-05:00" }] },
  {
    id: "W-3",
    createdAt: "2026-11-27T21:30-05:00",
    severity: "sev1",
    events: [
      { type: "pause", at: "2026-11-30T04:30-05:00" },
      { type: "resume", at: "2026-11-30T06:00-05:00" },
    ],
  },
  { id: "W-4", createdAt: "2026-11-28T10:00-05:00", severity: "sev2" },
];
export const WORKED_EXAMPLE_NOW = "2026-11-30T07:00-05:00";
