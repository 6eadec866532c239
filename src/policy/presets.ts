/**
 * Ready-made policy definitions (plain, deep-frozen JSON). Pass one to `definePolicy`.
 *
 * @module
 */

import type { PolicyDefinition } from "./policySchema.js";
import { prevalidatedDefinitions } from "./prevalidated.js";

const auvikSupportV2: PolicyDefinition = {
  id: "auvik-support",
  name: "Customer Support Policy",
  version: "2.0",
  effectiveFrom: "2023-08-01",
  timezone: "America/Toronto",
  hours: {
    mon: [["04:00", "22:00"]],
    tue: [["04:00", "22:00"]],
    wed: [["04:00", "22:00"]],
    thu: [["04:00", "22:00"]],
    fri: [["04:00", "22:00"]],
  },
  holidays: [{ region: "CA-ON", types: ["public"], observed: "next" }],
  maintenance: {
    windows: [{ weekly: ["sat"], from: "07:00", to: "09:00", name: "Scheduled maintenance" }],
    pausesClocks: false,
  },
  severities: {
    sev1: {
      label: "Severity 1",
      description: "Critical: production is down or major functionality is unavailable, with no workaround.",
      targets: { firstResponse: "2h" },
    },
    sev2: {
      label: "Severity 2",
      description: "Major: service is seriously degraded and only a limited workaround exists.",
      targets: { firstResponse: "4h" },
    },
    sev3: {
      label: "Severity 3",
      description: "Minor: a minor issue or partial loss of functionality, with a workaround available.",
      targets: { firstResponse: "24h" },
    },
    sev4: {
      label: "Severity 4",
      description: "Low: a question, a cosmetic issue or a feature request.",
      targets: { firstResponse: "24h" },
    },
  },
};

/**
 * Built-in policy definitions, by name.
 *
 * `auvikSupportV2` encodes the "Customer Support Policy" v2.0 (id `auvik-support`, effective
 * 2023-08-01) that this library's seed scenario is built on: support hours Monday–Friday 04:00–22:00 America/Toronto; first-response targets of 2, 4, 24 and
 * 24 business hours for severities 1–4 (no update or resolution targets: the policy states none);
 * a weekly maintenance window on Saturdays 07:00–09:00 that does not pause SLA clocks.
 *
 * Assumption: the policy closes on "company holidays" without listing them; this preset assumes
 * the Ontario public holidays of date-holidays (`{ region: "CA-ON", types: ["public"] }`). Replace
 * that entry with explicit `date` entries for your own calendar (or for `sla-clock/lite`, expand it
 * with `sla-clock holidays`).
 *
 * Rule: every preset is plain JSON, deep-frozen; copy it (`structuredClone`) to derive a variant.
 * The same JSON is in `examples/policies/auvik-support-v2.json`.
 *
 * @example
 * presets.auvikSupportV2.timezone; //=> "America/Toronto"
 * Object.keys(presets.auvikSupportV2.severities ?? {}); //=> ["sev1", "sev2", "sev3", "sev4"]
 * @category Policy
 */
export const presets: {
  /**
   * "Customer Support Policy" v2.0: Mon–Fri 04:00–22:00 America/Toronto, Ontario public holidays,
   * first-response targets 2h / 4h / 24h / 24h for sev1–sev4 (see `docs/policy.md`).
   */
  readonly auvikSupportV2: PolicyDefinition;
} = /* @__PURE__ */ prevalidatedDefinitions({ auvikSupportV2 });
