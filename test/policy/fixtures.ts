/** Definitions shared by the policy tests. */

/** The example of CONTRACT.md §2, verbatim (comments removed). */
export const contractExample = {
  id: "acme-support",
  name: "Customer Support Policy",
  version: "2.0",
  effectiveFrom: "2023-08-01",
  timezone: "America/Toronto",
  hours: {
    mon: [["04:00", "22:00"]], tue: [["04:00", "22:00"]], wed: [["04:00", "22:00"]],
    thu: [["04:00", "22:00"]], fri: [["04:00", "22:00"]],
  },
  holidays: [
    { region: "CA-ON", types: ["public"], except: ["2026-04-06"] },
    { date: "2026-12-24", name: "Christmas Eve" },
    { annual: "12-31", hours: [["04:00", "12:00"]] },
    { date: "2026-11-28", hours: [["09:00", "13:00"]] },
    { from: "2026-12-24T12:00", to: "2026-12-27T09:00", name: "Winter closure" },
  ],
  maintenance: {
    windows: [
      { weekly: ["sat"], from: "07:00", to: "09:00" },
      { start: "2026-05-02T07:00", end: "2026-05-02T11:00" },
    ],
    pausesClocks: false,
  },
  severities: {
    sev1: {
      label: "Severity 1", description: "…",
      targets: { firstResponse: "2h", update: "4h", resolution: { duration: "3d", clock: "calendar" } },
    },
    sev2: { label: "Severity 2", targets: { firstResponse: "4h" } },
  },
  warnAt: 0.75,
} as const;

/** Valid definitions beyond the presets and the contract example. */
export const validDefinitions: ReadonlyArray<unknown> = [
  contractExample,
  { timezone: "UTC", hours: "24x7" },
  { timezone: "UTC", hours: {} },
  {
    timezone: "America/Toronto",
    hours: { mon: [["09:00", "17:00"]] },
    holidays: [{ region: "CA-ON", observed: "next" }, { annual: "07-04", observed: "nearest" }, { annual: "12-31", hours: [["09:00", "12:00"]], observed: "none" }],
    holidayYears: [2020, 2040],
  },
  { timezone: "Europe/Berlin", hours: { mon: [["22:00", "06:00"], ["09:00", "09:00"]], sun: [["00:00", "24:00"]] }, severities: {} },
  {
    timezone: "Asia/Kolkata",
    hours: { mon: [["09:30:00", "18:00:00"]] },
    holidays: [{ annual: "02-29" }, { region: "IN", types: ["public", "bank"] }, { from: "2026-01-01T00:00+05:30", to: "2026-01-02" }],
    maintenance: { windows: [{ start: "2026-05-02T07:00:00.000Z", end: "2026-05-02T11:00:00.000Z", name: "Upgrade" }], pausesClocks: true },
    severities: {
      P1: { targets: { firstResponse: 1_800_000, update: { minutes: 30 }, resolution: { duration: "P1DT2H", pausable: false } } },
      "p.2-low_x": { targets: { resolution: "1d 2h 30m" } },
    },
    warnAt: 1,
  },
  // CONTRACT §6's example: statuses, timeIn, a warnAt list, nextReply / ownership / timeIn targets, business days
  {
    timezone: "America/Toronto",
    hours: { mon: [["09:00", "17:00"]] },
    statuses: { new: {}, open: {}, pending: { pauses: true }, "on-hold": { pauses: ["resolution", "agentWork"] }, solved: { resolves: true } },
    timeIn: { agentWork: ["new", "open"], requesterWait: ["new", "open", "on-hold"] },
    warnAt: [0.5, 0.75, 0.9],
    severities: {
      sev1: { targets: { firstResponse: "2h", nextReply: "1h", agentWork: "8h", ownership: "3h", resolution: "24h" } },
      sev3: { targets: { firstResponse: "24h", resolution: { businessDays: 2, at: "17:00" } } },
    },
  },
  { timezone: "UTC", hours: "24x7", statuses: { "Waiting for customer": { pauses: false } }, severities: { s: { targets: { resolution: { businessDays: 1, pausable: false, clock: "business" } } } } },
];

/** Definitions that are invalid in their structure (both validators must reject them). */
export const structurallyInvalid: ReadonlyArray<[string, unknown]> = [
  ["not an object", 5],
  ["a list", []],
  ["no timezone", { hours: "24x7" }],
  ["no hours", { timezone: "UTC" }],
  ["an unknown root key", { timezone: "UTC", hours: "24x7", colour: "red" }],
  ["an unknown observed mode", { timezone: "UTC", hours: "24x7", holidays: [{ annual: "12-25", observed: "monday" }] }],
  ["observed on a date entry", { timezone: "UTC", hours: "24x7", holidays: [{ date: "2026-12-25", observed: "next" }] }],
  ["holidayYears outside 1000–9999", { timezone: "UTC", hours: "24x7", holidayYears: [999, 2020] }],
  ["holidayYears with one year", { timezone: "UTC", hours: "24x7", holidayYears: [2020] }],
  ["holidayYears as text", { timezone: "UTC", hours: "24x7", holidayYears: "2020-2040" }],
  ["holidayYears not whole", { timezone: "UTC", hours: "24x7", holidayYears: [2020, 2040.5] }],
  ["a bad hours string", { timezone: "UTC", hours: "24/7" }],
  ["an unknown weekday", { timezone: "UTC", hours: { monday: [] } }],
  ["a bad time", { timezone: "UTC", hours: { mon: [["9:00", "17:00"]] } }],
  ["hour 25", { timezone: "UTC", hours: { mon: [["09:00", "25:00"]] } }],
  ["an interval of one time", { timezone: "UTC", hours: { mon: [["09:00"]] } }],
  ["a zone with a space", { timezone: "America/New York", hours: "24x7" }],
  ["a bad local date", { timezone: "UTC", hours: "24x7", effectiveFrom: "2023-8-1" }],
  ["a holiday of no kind", { timezone: "UTC", hours: "24x7", holidays: [{ name: "x" }] }],
  ["a holiday with a bad date", { timezone: "UTC", hours: "24x7", holidays: [{ date: "24/12/2026" }] }],
  ["a closure without an end", { timezone: "UTC", hours: "24x7", holidays: [{ from: "2026-12-24" }] }],
  ["a bad region", { timezone: "UTC", hours: "24x7", holidays: [{ region: "Canada/Ontario" }] }],
  ["an unknown holiday type", { timezone: "UTC", hours: "24x7", holidays: [{ region: "CA", types: ["religious"] }] }],
  ["a window without weekdays", { timezone: "UTC", hours: "24x7", maintenance: { windows: [{ from: "07:00", to: "09:00" }] } }],
  ["pausesClocks as text", { timezone: "UTC", hours: "24x7", maintenance: { pausesClocks: "no" } }],
  ["an unknown metric", { timezone: "UTC", hours: "24x7", severities: { s: { targets: { firstReply: "2h" } } } }],
  ["a duration in weeks of text", { timezone: "UTC", hours: "24x7", severities: { s: { targets: { update: "2 hours" } } } }],
  ["a negative duration", { timezone: "UTC", hours: "24x7", severities: { s: { targets: { update: -1 } } } }],
  ["a month duration", { timezone: "UTC", hours: "24x7", severities: { s: { targets: { update: "P1M" } } } }],
  ["an unknown clock", { timezone: "UTC", hours: "24x7", severities: { s: { targets: { update: { duration: "1h", clock: "wall" } } } } }],
  ["a severity without targets", { timezone: "UTC", hours: "24x7", severities: { s: {} } }],
  ["a severity key with a space", { timezone: "UTC", hours: "24x7", severities: { "sev 1": { targets: {} } } }],
  ["a reserved severity key", { timezone: "UTC", hours: "24x7", severities: { constructor: { targets: {} } } }],
  ["warnAt 0", { timezone: "UTC", hours: "24x7", warnAt: 0 }],
  ["warnAt 2", { timezone: "UTC", hours: "24x7", warnAt: 2 }],
  ["a warnAt list with a fraction over 1", { timezone: "UTC", hours: "24x7", warnAt: [0.5, 2] }],
  ["an empty warnAt list", { timezone: "UTC", hours: "24x7", warnAt: [] }],
  ["a status that is not an object", { timezone: "UTC", hours: "24x7", statuses: { open: "yes" } }],
  ["an unknown status key", { timezone: "UTC", hours: "24x7", statuses: { open: { stops: true } } }],
  ["pauses as text", { timezone: "UTC", hours: "24x7", statuses: { open: { pauses: "all" } } }],
  ["a timeIn metric with a built-in name", { timezone: "UTC", hours: "24x7", statuses: { open: {} }, timeIn: { resolution: ["open"] } }],
  ["an empty timeIn list", { timezone: "UTC", hours: "24x7", statuses: { open: {} }, timeIn: { agentWork: [] } }],
  ["a timeIn target without timeIn", { timezone: "UTC", hours: "24x7", severities: { s: { targets: { agentWork: "8h" } } } }],
  ["pausable true beside businessDays", { timezone: "UTC", hours: "24x7", severities: { s: { targets: { resolution: { businessDays: 2, pausable: true } } } } }],
  ["clock calendar beside businessDays", { timezone: "UTC", hours: "24x7", severities: { s: { targets: { resolution: { businessDays: 2, clock: "calendar" } } } } }],
  ["a negative businessDays", { timezone: "UTC", hours: "24x7", severities: { s: { targets: { resolution: { businessDays: -1 } } } } }],
  ["a fractional businessDays", { timezone: "UTC", hours: "24x7", severities: { s: { targets: { resolution: { businessDays: 1.5 } } } } }],
];
