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
