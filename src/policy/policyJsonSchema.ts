/**
 * A JSON Schema (draft 2020-12) of the policy definition, for editors and non-JavaScript tools.
 * Hand-written so that no schema generator ships in the bundle; a test checks it against the
 * presets, the examples and a table of broken definitions.
 *
 * @module
 */

import { DURATION_PART_KEYS } from "../time/durationText.js";
import { HOLIDAY_TYPES } from "./holidaysSchema.js";
import { METRIC_NAMES, WEEKDAY_KEYS } from "./normalizedPolicy.js";
import { COMBINATION_LIMITS } from "./policyCombination.js";
import { POLICY_LIMITS, RESERVED_KEYS } from "./policyLimits.js";
import { deepFreeze } from "./prevalidated.js";

/** A JSON Schema document: plain, deep-frozen JSON. */
export type JsonSchema = { readonly [keyword: string]: unknown };

const NUM = "[0-9]+(?:\\.[0-9]+)?";
const ISO_NUM = "[0-9]+(?:[.,][0-9]+)?";
const SHORTHAND = `^[ \\t]*(?:${NUM}[ \\t]*w[ \\t]*)?(?:${NUM}[ \\t]*d[ \\t]*)?(?:${NUM}[ \\t]*h[ \\t]*)?(?:${NUM}[ \\t]*m[ \\t]*)?(?:${NUM}[ \\t]*s[ \\t]*)?(?:${NUM}[ \\t]*ms[ \\t]*)?$`;
const ISO_DURATION = `^[ \\t]*[Pp](?:${ISO_NUM}[Ww])?(?:${ISO_NUM}[Dd])?(?:[Tt](?:${ISO_NUM}[Hh])?(?:${ISO_NUM}[Mm])?(?:${ISO_NUM}[Ss])?)?[ \\t]*$`;
const DATE = "[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])";
/** Time in an ISO date-time (fraction allowed). */
const TIME = "(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:[.,][0-9]{1,9})?)?|24:00(?::00(?:[.,]0{1,9})?)?";
/** Time of day in hours and windows (no fraction). */
const TIME_OF_DAY = "(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9])?|24:00(?::00)?";

// Copies of the lists the zod schema uses, so that deep-freezing the document freezes only its own arrays.
const weekdays = [...WEEKDAY_KEYS];
const builtInMetrics = [...METRIC_NAMES];
const reservedKeys = [...RESERVED_KEYS];

/** `{ $ref: "#/$defs/<name>" }`. */
const ref = (name: string) => ({ $ref: `#/$defs/${name}` });
/** A name, label, id or version: text up to the policy's text length. */
const text = { type: "string", maxLength: POLICY_LIMITS.textLength };
/** A `[a, b]` pair whose two items are both `$defs/<name>`. */
const pairOf = (name: string, description?: string) => ({
  type: "array",
  ...(description === undefined ? {} : { description }),
  prefixItems: [ref(name), ref(name)],
  items: false,
  minItems: 2,
  maxItems: 2,
});
/** One shape of an `anyOf`: a closed object with its description, required keys and properties. */
const variant = (description: string, required: string[], properties: Record<string, unknown>) => ({
  type: "object",
  description,
  additionalProperties: false,
  required,
  properties,
});

const intervals = (what: string) => ({
  type: "array",
  description: `${what}: [from, to] pairs of "HH:MM"; to <= from runs past midnight; "24:00" only as "to".`,
  maxItems: POLICY_LIMITS.intervalsPerDay,
  items: ref("interval"),
});

/** The schema of one plain policy definition (CONTRACT §2). */
const policy = {
  description: "A support policy: time zone, weekly business hours, holidays, maintenance windows and SLA targets per severity.",
  type: "object",
  additionalProperties: false,
  required: ["timezone", "hours"],
  properties: {
    id: text,
    name: text,
    version: text,
    effectiveFrom: { $ref: "#/$defs/localDate", description: "Local date from which this version is in force." },
    timezone: {
      type: "string",
      description: 'IANA time zone of every wall-clock time in the policy, e.g. "America/Toronto" or "UTC".',
      pattern: "^[A-Za-z][A-Za-z0-9_+/-]*$",
      maxLength: 64,
    },
    hours: {
      description: 'Weekly business hours: "24x7", or weekday keys to interval lists (a missing day is closed).',
      anyOf: [
        { const: "24x7" },
        {
          type: "object",
          additionalProperties: false,
          properties: Object.fromEntries(weekdays.map((d) => [d, intervals("Intervals starting on that weekday")])),
        },
      ],
    },
    holidays: {
      type: "array",
      maxItems: POLICY_LIMITS.holidays,
      items: ref("holiday"),
    },
    holidayYears: pairOf(
      "year",
      "[from, to]: the local years (inclusive) the holidays are complete for; a calculation that needs another year throws a HorizonError. Written by `sla-clock holidays --years`.",
    ),
    maintenance: {
      type: "object",
      additionalProperties: false,
      properties: {
        windows: { type: "array", maxItems: POLICY_LIMITS.maintenanceWindows, items: ref("maintenanceWindow") },
        pausesClocks: { type: "boolean", description: "true: SLA clocks also stop inside maintenance windows (default false)." },
      },
    },
    severities: {
      type: "object",
      description: "Severities by key; key order is rank (the first key is the most severe).",
      maxProperties: POLICY_LIMITS.severities,
      propertyNames: { pattern: "^[A-Za-z0-9_.-]{1,64}$", not: { enum: reservedKeys } },
      additionalProperties: ref("severity"),
    },
    warnAt: {
      description:
        "Escalation levels: a fraction of a target at which a metric raises `warning` (default 0.75), or a strictly ascending list of fractions (one `thresholds` entry each; the smallest raises `warning`).",
      anyOf: [
        ref("fraction"),
        { type: "array", minItems: 1, maxItems: POLICY_LIMITS.thresholds, items: ref("fraction") },
      ],
    },
    statuses: {
      type: "object",
      description: "The ticketing system's statuses in workflow order (a ticket starts in the first unless it says otherwise).",
      maxProperties: POLICY_LIMITS.statuses,
      propertyNames: { minLength: 1, maxLength: 64, not: { enum: reservedKeys } },
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        properties: {
          pauses: {
            description: "true: every pausable target stops while the ticket is in this status; a list: only those metrics stop.",
            anyOf: [{ type: "boolean" }, { type: "array", maxItems: POLICY_LIMITS.statuses, items: { type: "string" } }],
          },
          resolves: { type: "boolean", description: "Entering it resolves the ticket; leaving it for a status that does not resolve reopens it." },
        },
      },
    },
    timeIn: {
      type: "object",
      description: "Time-in-status metrics: a metric name (not a built-in one) to the statuses whose time it counts.",
      maxProperties: POLICY_LIMITS.timeIn,
      propertyNames: {
        pattern: "^[A-Za-z0-9_.-]{1,64}$",
        not: { enum: [...reservedKeys, ...builtInMetrics] },
      },
      additionalProperties: { type: "array", minItems: 1, maxItems: POLICY_LIMITS.statuses, items: { type: "string" } },
    },
  },
  // Without `timeIn`, a target's name is one of the built-in metrics; with it, parsePolicy checks
  // the names against its keys.
  anyOf: [
    { required: ["timeIn"] },
    {
      properties: {
        severities: {
          additionalProperties: {
            properties: { targets: { propertyNames: { enum: builtInMetrics } } },
          },
        },
      },
    },
  ],
};

/** The definitions that {@link policy} refers to. */
const policyDefs = {
  fraction: { type: "number", exclusiveMinimum: 0, maximum: 1 },
  localDate: { type: "string", pattern: `^${DATE}$` },
  year: { type: "integer", minimum: 1000, maximum: 9999 },
  observed: {
    enum: ["none", "next", "nearest"],
    description:
      'On a date without weekly hours the holiday also closes the next free date ("next") or the nearest one, the earlier on a tie ("nearest"); default "none".',
  },
  time: { type: "string", pattern: `^(?:${TIME_OF_DAY})$` },
  isoPoint: {
    type: "string",
    description: "ISO 8601 date or date-time; wall clock in the policy's zone unless it has Z or an offset.",
    maxLength: 64,
    pattern: `^${DATE}(?:[Tt ](?:${TIME})(?:[Zz]|[+-](?:[01][0-9]|2[0-3])(?::?[0-5][0-9])?)?)?$`,
  },
  interval: pairOf("time"),
  holiday: {
    anyOf: [
      variant("Holidays of a date-holidays region (country[-state[-region]]).", ["region"], {
        region: { type: "string", pattern: "^[A-Za-z]{2}(?:-[A-Za-z0-9]{1,20}){0,2}$" },
        types: {
          type: "array",
          minItems: 1,
          maxItems: 20,
          items: { enum: [...HOLIDAY_TYPES] },
        },
        except: { type: "array", maxItems: POLICY_LIMITS.exceptDates, items: ref("localDate") },
        name: text,
        observed: ref("observed"),
      }),
      variant("A closed local date, or special hours on it.", ["date"], {
        date: ref("localDate"),
        name: text,
        hours: intervals("Special hours that replace the date's hours"),
      }),
      variant('Every year on MM-DD ("02-29": leap years only): closed, or special hours.', ["annual"], {
        annual: { type: "string", pattern: "^(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$" },
        name: text,
        hours: intervals("Special hours that replace the date's hours"),
        observed: ref("observed"),
      }),
      variant("A closure: no business time in [from, to).", ["from", "to"], {
        from: ref("isoPoint"),
        to: ref("isoPoint"),
        name: text,
      }),
    ],
  },
  maintenanceWindow: {
    anyOf: [
      variant("A weekly window, wall clock; to <= from runs past midnight.", ["weekly", "from", "to"], {
        weekly: { type: "array", minItems: 1, maxItems: 7, items: { enum: weekdays } },
        from: ref("time"),
        to: ref("time"),
        name: text,
      }),
      variant("A one-off window [start, end).", ["start", "end"], {
        start: ref("isoPoint"),
        end: ref("isoPoint"),
        name: text,
      }),
    ],
  },
  durationParts: {
    type: "object",
    additionalProperties: false,
    properties: Object.fromEntries(
      DURATION_PART_KEYS.map((k) => [k, { type: "number", minimum: 0 }]),
    ),
  },
  duration: {
    description: 'Milliseconds, shorthand ("2h", "1h30m", "1.5h", "3d" = 72 clock hours), ISO 8601 ("PT2H30M"), or parts.',
    anyOf: [
      { type: "number", minimum: 0 },
      { type: "string", maxLength: 100, pattern: SHORTHAND },
      { type: "string", maxLength: 100, pattern: ISO_DURATION },
      ref("durationParts"),
    ],
  },
  target: {
    anyOf: [
      ref("duration"),
      {
        type: "object",
        additionalProperties: false,
        required: ["duration"],
        properties: {
          duration: ref("duration"),
          clock: { enum: ["business", "calendar"] },
          pausable: { type: "boolean" },
        },
      },
      {
        type: "object",
        description: 'A business-day target: due at "at" (or the start\'s time of day) on the n-th business day after the start; never paused.',
        additionalProperties: false,
        required: ["businessDays"],
        properties: {
          businessDays: { type: "integer", minimum: 0, maximum: POLICY_LIMITS.businessDays },
          at: ref("time"),
          clock: { const: "business" },
          pausable: { const: false },
        },
      },
    ],
  },
  severity: {
    type: "object",
    additionalProperties: false,
    required: ["targets"],
    properties: {
      label: text,
      description: { type: "string", maxLength: POLICY_LIMITS.descriptionLength },
      targets: {
        type: "object",
        description: "Targets by metric: the built-in metrics below, and the policy's timeIn metrics by name.",
        properties: Object.fromEntries(builtInMetrics.map((m) => [m, ref("target")])),
        additionalProperties: ref("target"),
      },
    },
  },
};

/** The schema of `{ "unionOf": [...] }` / `{ "intersectionOf": [...] }` (CONTRACT §7). */
const combination = (key: string, rule: string) => ({
  description: `A combined policy, ${rule}; each part keeps its own zone, hours and holidays; the first part gives the zone, severities and warnAt.`,
  type: "object",
  additionalProperties: false,
  required: [key],
  properties: {
    [key]: { type: "array", minItems: 1, maxItems: COMBINATION_LIMITS.parts, items: ref("definition") },
  },
});

/**
 * The JSON Schema (draft 2020-12) of a policy definition (CONTRACT §2), or of a combination of
 * definitions (`{ "unionOf": [...] }` / `{ "intersectionOf": [...] }`, CONTRACT §7).
 *
 * Rule: it describes the same structure as {@link policySchema} (strict objects, the same keys,
 * formats as patterns, the same size limits), so editors can validate and complete policy files.
 *
 * Edge cases: some rules cannot be expressed in JSON Schema and are checked only by
 * `parsePolicy`/`definePolicy`: calendar validity of dates (`2026-02-30` passes the pattern), the
 * time zone being known to the runtime, `"24:00"` as an interval start, duplicate holiday dates,
 * `observed` next to special `hours` in an annual entry, `holidayYears` whose end is before its start,
 * ends before starts, zero targets, empty duration text, reserved severity keys beyond
 * `__proto__`, `constructor` and `prototype`, ascending order of a `warnAt` list, `businessDays: 0`
 * without `at`, the names that sections share (target names that are neither built-in nor a
 * `timeIn` key, statuses named by `timeIn` or `pauses` that `statuses` lacks, metrics in `pauses`
 * that no severity targets), and the nesting depth and total policy count of a combination. A definition the JSON Schema rejects is always rejected by `definePolicy`
 * (`parsePolicy` reads plain definitions only; combinations are read by `definePolicy`).
 *
 * @example
 * policyJsonSchema.$schema; //=> "https://json-schema.org/draft/2020-12/schema"
 * @category Policy
 */
export const policyJsonSchema: JsonSchema = deepFreeze({
  $schema: "https://json-schema.org/draft/2020-12/schema",
  title: "sla-clock policy definition",
  description:
    'A support policy (time zone, weekly business hours, holidays, maintenance windows and SLA targets per severity), or a combination of policies: { "unionOf": [...] } / { "intersectionOf": [...] }.',
  anyOf: [ref("policy"), ref("unionOf"), ref("intersectionOf")],
  $defs: {
    policy,
    unionOf: combination("unionOf", "open when any part is open"),
    intersectionOf: combination("intersectionOf", "open only when every part is open"),
    definition: { anyOf: [ref("policy"), ref("unionOf"), ref("intersectionOf")] },
    ...policyDefs,
  },
});
