import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { PolicyError } from "../../src/errors.js";
import { dayFromCivil } from "../../src/time/calendarDate.js";
import { parsePolicy, toPolicyIssues } from "../../src/policy/parsePolicy.js";
import { datedRuleList } from "../../src/policy/datedRules.js";
import type { NormalizedPolicy } from "../../src/policy/normalizedPolicy.js";

const H = 3_600_000;
const M = 60_000;
const DAY = 24 * H;

const base = { timezone: "America/Toronto", hours: { mon: [["09:00", "17:00"]] } };

function deepFreeze<T>(v: T): T {
  if (typeof v === "object" && v !== null) {
    for (const x of Object.values(v)) deepFreeze(x);
    Object.freeze(v);
  }
  return v;
}

function issuesOf(def: unknown) {
  const r = parsePolicy(def);
  if (r.success) throw new Error("expected the definition to be invalid");
  return r.issues;
}

function ok(def: unknown): NormalizedPolicy {
  const r = parsePolicy(def);
  if (!r.success) throw new Error(JSON.stringify(r.issues, null, 1));
  return r.policy;
}

const sev = (targets: unknown) => ({ ...base, severities: { sev1: { targets } } });
const holiday = (...entries: unknown[]) => ({ ...base, holidays: entries });
const windows = (...ws: unknown[]) => ({ ...base, maintenance: { windows: ws } });

describe("parsePolicy reports each problem at the contract's path, naming the value", () => {
  it.each<[string, unknown, Array<string | number>, RegExp]>([
    // root
    ["an unknown time zone", { ...base, timezone: "Mars/Base" }, ["timezone"], /^"Mars\/Base" is not an IANA time zone; use e.g. "America\/Toronto" or "UTC"$/],
    ["an offset instead of a zone", { ...base, timezone: "+05:00" }, ["timezone"], /"\+05:00" is not an IANA time zone/],
    ["a missing time zone", { hours: "24x7" }, ["timezone"], /^missing; expected an IANA time zone such as "America\/Toronto"$/],
    ["a time zone that is a number", { ...base, timezone: 5 }, ["timezone"], /got 5$/],
    ["an unknown root key", { ...base, timeZone: "UTC" }, ["timeZone"], /^unknown key "timeZone"; expected one of id, name, version, effectiveFrom, timezone, hours, holidays, holidayYears, maintenance, severities, warnAt, statuses, timeIn$/],
    ["a bad effectiveFrom", { ...base, effectiveFrom: "2023-8-1" }, ["effectiveFrom"], /"2023-8-1" is not a local date; use YYYY-MM-DD/],
    ["an effectiveFrom with a time", { ...base, effectiveFrom: "2023-08-01T00:00" }, ["effectiveFrom"], /is not a local date/],
    ["a non-string name", { ...base, name: 7 }, ["name"], /expected a name, got 7/],
    ["a 1 MB id", { ...base, id: "x".repeat(1_000_000) }, ["id"], /is too long \(1000000 characters\); keep an id to at most 200 characters/],
    ["warnAt of 0", { ...base, warnAt: 0 }, ["warnAt"], /^0 is not a fraction of a target; use a number greater than 0 and at most 1, e.g. 0.75$/],
    ["warnAt above 1", { ...base, warnAt: 75 }, ["warnAt"], /75 is not a fraction/],
    ["warnAt as text", { ...base, warnAt: "0.75" }, ["warnAt"], /expected a fraction such as 0.75, got "0.75"/],
    // hours
    ["a bad time", { ...base, hours: { mon: [["09:00", "25:00"]] } }, ["hours", "mon", 0, 1], /^"25:00" is not a time of day; use HH:MM between 00:00 and 24:00$/],
    ["24:00 as a start", { ...base, hours: { tue: [["24:00", "06:00"]] } }, ["hours", "tue", 0, 0], /"24:00" cannot start an interval/],
    ["a time that is a number", { ...base, hours: { mon: [[9, "17:00"]] } }, ["hours", "mon", 0, 0], /expected a time of day "HH:MM" between 00:00 and 24:00, got 9/],
    ["an unknown weekday key", { ...base, hours: { monday: [] } }, ["hours", "monday"], /^unknown key "monday"; expected one of mon, tue, wed, thu, fri, sat, sun$/],
    ["an interval of three times", { ...base, hours: { mon: [["09:00", "12:00", "17:00"]] } }, ["hours", "mon", 0], /expected a \[from, to\] pair of times/],
    ["an interval that is a string", { ...base, hours: { mon: ["09:00-17:00"] } }, ["hours", "mon", 0], /got "09:00-17:00"/],
    ["a day that is not a list", { ...base, hours: { mon: "09:00-17:00" } }, ["hours", "mon"], /expected a list of \[from, to\] intervals/],
    ["too many intervals in a day", { ...base, hours: { mon: Array.from({ length: 49 }, () => ["09:00", "10:00"]) } }, ["hours", "mon"], /49 intervals is more than the limit of 48/],
    ["24/7 instead of 24x7", { ...base, hours: "24/7" }, ["hours"], /^expected "24x7" or an object of weekday hours .*, got "24\/7"$/],
    ["missing hours", { timezone: "UTC" }, ["hours"], /^missing; expected "24x7" or an object of weekday hours/],
    ["hours that are a number", { ...base, hours: 40 }, ["hours"], /got 40/],
    // holidays
    ["a holiday date that does not exist", holiday({ date: "2026-02-30" }), ["holidays", 0, "date"], /"2026-02-30" is not a valid ISO 8601 date-time: day 30 is not between 01 and 28/],
    ["a duplicate holiday date", holiday({ date: "2026-12-24" }, { date: "2026-12-24", hours: [["09:00", "12:00"]] }), ["holidays", 1, "date"], /^duplicate date "2026-12-24": holidays\[0\] already sets it; merge the two entries$/],
    ["a duplicate annual date", holiday({ annual: "12-31" }, { date: "2026-12-31" }, { annual: "12-31" }), ["holidays", 2, "annual"], /duplicate annual date "12-31": holidays\[0\]/],
    ["an annual date that does not exist", holiday({ annual: "02-30" }), ["holidays", 0, "annual"], /"02-30" is not a valid month and day: February has 29 days/],
    ["a bad region code", holiday({ region: "CA_ON" }), ["holidays", 0, "region"], /"CA_ON" is not a region code; use COUNTRY\[-STATE\[-REGION\]\]/],
    ["an unknown holiday type", holiday({ region: "CA-ON", types: ["public", "religious"] }), ["holidays", 0, "types", 1], /expected one of public, bank, school, optional, observance, got "religious"/],
    ["an empty list of types", holiday({ region: "CA-ON", types: [] }), ["holidays", 0, "types"], /an empty list of types selects no holidays/],
    ["a bad except date", holiday({ region: "CA-ON", except: ["2026-04-06", "Easter"] }), ["holidays", 0, "except", 1], /"Easter" is not a local date/],
    ["special hours with a bad time", holiday({ date: "2026-11-28", hours: [["09:00", "13:60"]] }), ["holidays", 0, "hours", 0, 1], /"13:60" is not a time of day/],
    ["a closure that ends before it starts", holiday({ from: "2026-12-27T09:00", to: "2026-12-24T12:00" }), ["holidays", 0, "to"], /the closure ends at or before it starts: "to" "2026-12-24T12:00" is not later than "from" "2026-12-27T09:00"/],
    ["an empty closure (offsets)", holiday({ from: "2026-12-24T12:00Z", to: "2026-12-24T07:00-05:00" }), ["holidays", 0, "to"], /ends at or before it starts/],
    ["a closure without an end", holiday({ from: "2026-12-24T12:00", name: "Winter" }), ["holidays", 0, "to"], /^missing; a closure needs both "from" and "to"/],
    ["a closure without a start", holiday({ to: "2026-12-24T12:00" }), ["holidays", 0, "from"], /^missing; a closure needs both/],
    ["a closure with a bad date-time", holiday({ from: "2026-12-24T12:00", to: "2026-12-27T25:00" }), ["holidays", 0, "to"], /hour 25 is not between 00 and 23/],
    ["a holiday entry of an unknown kind", holiday({ name: "Party" }), ["holidays", 0], /^a holiday entry needs "region", "date", "annual", or "from" and "to"; got \{"name":"Party"\}$/],
    ["a holiday entry of two kinds", holiday({ date: "2026-01-01", annual: "01-01" }), ["holidays", 0, "annual"], /"annual" cannot be combined with "date"/],
    ["hours on a region entry", holiday({ region: "CA-ON", hours: [] }), ["holidays", 0, "hours"], /"hours" is not allowed in a region entry, which takes region, types, except, name, observed/],
    ["types on a date entry", holiday({ date: "2026-12-24", types: ["public"] }), ["holidays", 0, "types"], /"types" is not allowed in a date entry/],
    ["a misspelt holiday key", holiday({ regoin: "CA-ON" }), ["holidays", 0, "regoin"], /^unknown key "regoin"; expected one of region, types, except, date, annual, hours, from, to, name, observed$/],
    ["an unknown observed mode", holiday({ annual: "12-25", observed: "monday" }), ["holidays", 0, "observed"], /expected one of "none", "next", "nearest", got "monday"/],
    ["observed on a date entry", holiday({ date: "2026-12-25", observed: "next" }), ["holidays", 0, "observed"], /"observed" is not allowed in a date entry/],
    ["observed on a closure", holiday({ from: "2026-12-24", to: "2026-12-27", observed: "next" }), ["holidays", 0, "observed"], /"observed" is not allowed in a closure/],
    ["observed with special hours", holiday({ annual: "12-24", hours: [["09:00", "12:00"]], observed: "next" }), ["holidays", 0, "observed"], /"observed" applies to closed days only/],
    ["holidayYears that end first", { ...base, holidayYears: [2040, 2020] }, ["holidayYears"], /^\[2040, 2020\] ends before it starts/],
    ["holidayYears before 1000", { ...base, holidayYears: [999, 2020] }, ["holidayYears", 0], /^999 is not a year between 1000 and 9999/],
    ["holidayYears after 9999", { ...base, holidayYears: [2020, 10000] }, ["holidayYears", 1], /^10000 is not a year between 1000 and 9999/],
    ["holidayYears that are not whole", { ...base, holidayYears: [2020.5, 2030] }, ["holidayYears", 0], /2020.5 is not a year/],
    ["holidayYears as text", { ...base, holidayYears: "2020-2040" }, ["holidayYears"], /expected a span of local years \[from, to\] such as \[2020, 2040\], got "2020-2040"/],
    ["holidayYears with three years", { ...base, holidayYears: [2020, 2030, 2040] }, ["holidayYears"], /expected a span of local years/],
    ["holidays that are not a list", { ...base, holidays: { date: "2026-12-24" } }, ["holidays"], /expected a list of holiday entries/],
    ["a holiday entry that is a string", holiday("2026-12-24"), ["holidays", 0], /expected a holiday entry .*, got "2026-12-24"/],
    ["too many holidays", { ...base, holidays: Array.from({ length: 10_001 }, () => ({ date: "2026-12-24" })) }, ["holidays"], /10001 holiday entries is more than the limit of 10000/],
    // maintenance
    ["a weekly window without weekdays", windows({ from: "07:00", to: "09:00" }), ["maintenance", "windows", 0, "weekly"], /^missing; a weekly window lists its weekdays/],
    ["an empty weekday list", windows({ weekly: [], from: "07:00", to: "09:00" }), ["maintenance", "windows", 0, "weekly"], /an empty list of weekdays never recurs/],
    ["a bad weekday", windows({ weekly: ["saturday"], from: "07:00", to: "09:00" }), ["maintenance", "windows", 0, "weekly", 0], /expected a weekday key \(mon, tue, wed, thu, fri, sat, sun\), got "saturday"/],
    ["a weekly window starting at 24:00", windows({ weekly: ["sat"], from: "24:00", to: "02:00" }), ["maintenance", "windows", 0, "from"], /cannot start an interval/],
    ["a weekly window without an end", windows({ weekly: ["sat"], from: "07:00" }), ["maintenance", "windows", 0, "to"], /missing; a weekly window needs both "from" and "to"/],
    ["a one-off window that ends first", windows({ start: "2026-05-02T11:00", end: "2026-05-02T07:00" }), ["maintenance", "windows", 0, "end"], /the window ends at or before it starts/],
    ["a window that is weekly and one-off", windows({ weekly: ["sat"], from: "07:00", to: "09:00", start: "2026-05-02T07:00" }), ["maintenance", "windows", 0, "start"], /"start" cannot be combined with "weekly"/],
    ["from/to on a one-off window", windows({ start: "2026-05-02T07:00", end: "2026-05-02T09:00", from: "07:00" }), ["maintenance", "windows", 0, "from"], /"from" is not allowed in a one-off window/],
    ["an empty window", windows({}), ["maintenance", "windows", 0], /a maintenance window needs "weekly" with "from" and "to", or "start" and "end"/],
    ["a misspelt maintenance key", { ...base, maintenance: { pauseClocks: true } }, ["maintenance", "pauseClocks"], /unknown key "pauseClocks"; expected one of windows, pausesClocks/],
    ["pausesClocks as text", { ...base, maintenance: { pausesClocks: "yes" } }, ["maintenance", "pausesClocks"], /expected true or false, got "yes"/],
    // severities and targets
    ["an unknown metric", sev({ firstReply: "2h" }), ["severities", "sev1", "targets", "firstReply"], /^unknown key "firstReply"; expected one of firstResponse, update, resolution, nextReply, ownership$/],
    ["a bad duration", sev({ firstResponse: "2x" }), ["severities", "sev1", "targets", "firstResponse"], /^"2x" is not a duration: unknown unit "x"/],
    ["an empty target (no length at all)", sev({ resolution: {} }), ["severities", "sev1", "targets", "resolution"], /^an empty target names no length; give one, e\.g\. "4h" \(or 0: due at once\)$/],
    ["a negative target", sev({ firstResponse: -5 }), ["severities", "sev1", "targets", "firstResponse"], /-5 is not a duration: a duration cannot be negative/],
    ["a target in months", sev({ resolution: "P1M" }), ["severities", "sev1", "targets", "resolution"], /years and months have no fixed length/],
    ["a boolean target", sev({ firstResponse: true }), ["severities", "sev1", "targets", "firstResponse"], /^expected a target: .*, got true$/],
    ["an unknown clock", sev({ resolution: { duration: "3d", clock: "wall" } }), ["severities", "sev1", "targets", "resolution", "clock"], /expected "business" or "calendar", got "wall"/],
    ["pausable as text", sev({ resolution: { duration: "3d", pausable: "no" } }), ["severities", "sev1", "targets", "resolution", "pausable"], /expected true or false, got "no"/],
    ["a negative part", sev({ resolution: { hours: -1 } }), ["severities", "sev1", "targets", "resolution", "hours"], /-1 is negative/],
    ["a part next to duration", sev({ resolution: { duration: "3d", hours: 2 } }), ["severities", "sev1", "targets", "resolution", "hours"], /"hours" cannot be used next to "duration"/],
    ["clock without duration", sev({ resolution: { hours: 72, clock: "calendar" } }), ["severities", "sev1", "targets", "resolution", "duration"], /a target with "clock" or "pausable" gives its length in "duration"/],
    ["an unknown target key", sev({ resolution: { duration: "3d", clok: "calendar" } }), ["severities", "sev1", "targets", "resolution", "clok"], /unknown key "clok"; expected one of duration, clock, pausable, days/],
    ["a severity key with a space", { ...base, severities: { "sev 1": { targets: {} } } }, ["severities", "sev 1"], /"sev 1" is not a valid severity key; use 1 to 64 letters, digits/],
    ["a severity named constructor", { ...base, severities: { constructor: { targets: {} } } }, ["severities", "constructor"], /"constructor" is a reserved name and cannot be a severity key/],
    ["a severity named prototype", { ...base, severities: { prototype: { targets: {} } } }, ["severities", "prototype"], /reserved name/],
    ["a severity named __proto__ (JSON)", JSON.parse('{"timezone":"UTC","hours":"24x7","severities":{"__proto__":{"targets":{}}}}'), ["severities", "__proto__"], /"__proto__" is a reserved name/],
    ["a severity without targets", { ...base, severities: { sev1: { label: "S1" } } }, ["severities", "sev1", "targets"], /^missing; expected an object of targets/],
    ["a misspelt severity key", { ...base, severities: { sev1: { targets: {}, lable: "S1" } } }, ["severities", "sev1", "lable"], /unknown key "lable"; expected one of label, description, targets/],
    ["a 201-character label", { ...base, severities: { sev1: { label: "x".repeat(201), targets: {} } } }, ["severities", "sev1", "label"], /keep a label to at most 200 characters/],
    ["severities as a list", { ...base, severities: [{ targets: {} }] }, ["severities"], /expected an object of severities/],
    ["too many severities", { ...base, severities: Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`s${i}`, { targets: {} }])) }, ["severities"], /101 severities is more than the limit of 100/],
    // hostile root keys
    ["a root __proto__ key (JSON)", JSON.parse('{"timezone":"UTC","hours":"24x7","__proto__":{"polluted":true}}'), ["__proto__"], /unknown key "__proto__"/],
    ["a root constructor key", { ...base, constructor: { prototype: {} } }, ["constructor"], /unknown key "constructor"/],
    ["an hours __proto__ key (JSON)", JSON.parse('{"timezone":"UTC","hours":{"__proto__":[["09:00","17:00"]]}}'), ["hours", "__proto__"], /unknown key "__proto__"; expected one of mon/],
  ])("%s", (_what, def, path, message) => {
    const issues = issuesOf(def);
    const found = issues.find((i) => JSON.stringify(i.path) === JSON.stringify(path));
    expect(found, `no issue at ${JSON.stringify(path)} in ${JSON.stringify(issues, null, 1)}`).toBeDefined();
    expect(found!.message).toMatch(message);
  });

  it.each([5, "policy", null, undefined, [], [base], true, () => base, new Date(0)])("reports %j, which is not an object, as one issue at path []", (def) => {
    const issues = issuesOf(def);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toEqual([]);
    expect(issues[0]!.message).toMatch(/^expected a policy definition object \(plain JSON\) .*, got /);
  });

  it("reports a duration whose parts add up to more than a number holds at its path, with the other problems", () => {
    const tooLarge = '{"days":1e+304} is not a duration: it is too large';
    expect(issuesOf(sev({ firstResponse: { days: 1e304 }, update: { hours: -1 } }))).toEqual([
      { path: ["severities", "sev1", "targets", "firstResponse"], message: tooLarge },
      { path: ["severities", "sev1", "targets", "update", "hours"], message: "-1 is negative; a duration cannot be negative" },
    ]);
    expect(issuesOf(sev({ resolution: { duration: { days: 1e304 }, clock: "calendar" } }))).toEqual([
      { path: ["severities", "sev1", "targets", "resolution", "duration"], message: tooLarge },
    ]);
    expect(ok(sev({ firstResponse: { days: 2, hours: 3 } })).severities[0]!.targets.firstResponse!.duration).toBe(51 * 3_600_000);
  });

  it("refuses a section or entry that is not plain JSON (a Map, a Date, a class instance) instead of reading it as {}", () => {
    class Settings {
      pausesClocks = true;
    }
    const cases: Array<[unknown, Array<string | number>, string]> = [
      [{ ...base, maintenance: new Map([["pausesClocks", true]]) }, ["maintenance"], "Map"],
      [{ ...base, maintenance: new Settings() }, ["maintenance"], "class instance"],
      [{ ...base, statuses: { open: new Map([["pauses", true]]) } }, ["statuses", "open"], "Map"],
    ];
    for (const [def, path, kind] of cases) {
      const issues = issuesOf(def);
      expect(issues).toHaveLength(1);
      expect(issues[0]!.path).toEqual(path);
      expect(issues[0]!.message).toMatch(new RegExp(`; pass plain JSON, not a ${kind}$`));
    }
    for (const hours of [new Map([["mon", [["09:00", "17:00"]]]]), new Date(0)]) {
      expect(issuesOf({ ...base, hours }).map((i) => i.path)).toEqual([["hours"]]);
    }
  });

  it("reads plain JSON made in another realm (node:vm, an iframe) like its own, at the root and in every section", () => {
    const foreign = vm.runInNewContext(
      '({ timezone: "UTC", hours: { mon: [["09:00", "17:00"]] }, maintenance: { pausesClocks: true, windows: [] }, severities: { sev1: { targets: { firstResponse: { hours: 2 } } } } })',
    ) as unknown;
    expect(Object.getPrototypeOf(foreign)).not.toBe(Object.prototype);
    const n = ok(foreign);
    expect(n.weekly.flat()).toHaveLength(1);
    expect(n.severities[0]!.targets.firstResponse!.duration).toBe(2 * 3_600_000);
    // what is not plain there is refused as here
    expect(issuesOf({ ...base, maintenance: vm.runInNewContext("new Map()") }).map((i) => i.path)).toEqual([["maintenance"]]);
    expect(issuesOf({ ...base, maintenance: vm.runInNewContext("new (class Settings { pausesClocks = true })()") })[0]!.message).toMatch(/not a class instance$/);
  });

  it("reports every problem at once, in one pass", () => {
    const issues = issuesOf({
      timezone: "Mars/Base",
      hours: { mon: [["09:00", "25:00"]], funday: [] },
      holidays: [{ date: "2026-02-30" }, { annual: "13-01" }],
      severities: { sev1: { targets: { firstResponse: "2x", firstReply: "2h" } } },
      warnAt: 2,
    });
    expect(issues.map((i) => i.path)).toEqual(
      expect.arrayContaining([
        ["timezone"],
        ["hours", "mon", 0, 1],
        ["hours", "funday"],
        ["holidays", 0, "date"],
        ["holidays", 1, "annual"],
        ["severities", "sev1", "targets", "firstResponse"],
        ["severities", "sev1", "targets", "firstReply"],
        ["warnAt"],
      ]),
    );
    expect(issues).toHaveLength(8);
  });

  it("gives one issue per unknown key", () => {
    const issues = issuesOf({ ...base, colour: "red", size: 3 });
    expect(issues.map((i) => i.path)).toEqual([["colour"], ["size"]]);
  });

  it("checks the rest of a definition whose holidays are plain dates (read apart from the schema) as fully", () => {
    const issues = issuesOf({ ...base, holidays: [{ date: "2026-01-01" }, { date: "2026-12-25", name: "Christmas" }], colour: "red", warnAt: 2 });
    expect(issues.map((i) => i.path)).toEqual([["warnAt"], ["colour"]]);
    expect(issues[1]!.message).toMatch(/^unknown key "colour"; expected one of id, name, /);
  });

  it("makes issues that PolicyError renders with formatted paths", () => {
    const e = new PolicyError(issuesOf({ ...base, hours: { mon: [["09:00", "25:00"]] } }));
    expect(e.message).toContain('hours.mon[0][1]: "25:00" is not a time of day; use HH:MM between 00:00 and 24:00');
  });
});

describe("toPolicyIssues renders zod's issues in the contract's terms", () => {
  // Raw issues as zod reports them (only the fields the renderer reads), so that each rule is
  // pinned whatever the schema happens to produce today.
  const union = (...branches: unknown[][]) => ({ code: "invalid_union", path: ["hours"], message: "Invalid input", errors: branches });
  const wrongType = { code: "invalid_type", path: [], message: "expected an object" };
  const wrongValue = { code: "invalid_value", path: [], message: 'expected "24x7"' };
  const inner = (path: (string | number)[], message: string) => ({ code: "custom", path, message });

  it("gives one issue per unknown key, at the key, with the known keys when zod lists them", () => {
    const listed = { code: "unrecognized_keys", path: ["hours"], keys: ["monday", "tues"], message: 'Unrecognized keys: "monday", "tues"; expected one of mon, tue' };
    expect(toPolicyIssues([listed])).toEqual([
      { path: ["hours", "monday"], message: 'unknown key "monday"; expected one of mon, tue' },
      { path: ["hours", "tues"], message: 'unknown key "tues"; expected one of mon, tue' },
    ]);
    const unlisted = { code: "unrecognized_keys", path: [], keys: ["colour"], message: 'Unrecognized key: "colour"' };
    expect(toPolicyIssues([unlisted])).toEqual([{ path: ["colour"], message: 'unknown key "colour"' }]);
    const reserved = { code: "unrecognized_keys", path: ["statuses"], keys: ["__proto__"], reserved: true, message: '"__proto__" is a reserved name' };
    expect(toPolicyIssues([reserved])).toEqual([{ path: ["statuses", "__proto__"], message: '"__proto__" is a reserved name' }]);
  });

  it("reports a union's problems from the one branch that has the input's shape", () => {
    // the string branch rejects the type, the literal branch the value, the object branch only a
    // nested field (a nested invalid_type does not disqualify it)
    const nestedType = { code: "invalid_type", path: ["mon", 0], message: "expected an array" };
    expect(toPolicyIssues([union([wrongType], [wrongValue], [nestedType, inner(["tue"], "bad day")])])).toEqual([
      { path: ["hours", "mon", 0], message: "expected an array" },
      { path: ["hours", "tue"], message: "bad day" },
    ]);
    // a literal rejected by value fits better than a type rejected outright, and a branch whose
    // root has the right type but other problems (too few items) better than both
    expect(toPolicyIssues([union([wrongType], [wrongValue])])).toEqual([{ path: ["hours"], message: 'expected "24x7"' }]);
    const tooFew = { code: "too_small", path: [], message: "list at least one interval" };
    expect(toPolicyIssues([union([wrongValue], [tooFew])])).toEqual([{ path: ["hours"], message: "list at least one interval" }]);
    // a nested union that fails at a branch's root disqualifies that branch
    const rootUnion = { code: "invalid_union", path: [], message: "no variant", errors: [] };
    expect(toPolicyIssues([union([rootUnion], [inner(["x"], "x is wrong")])])).toEqual([{ path: ["hours", "x"], message: "x is wrong" }]);
  });

  it("falls back to the union's own message when no branch fits, or when two fit as well", () => {
    expect(toPolicyIssues([union([wrongType], [{ ...wrongType, message: "expected a string" }])])).toEqual([{ path: ["hours"], message: "Invalid input" }]);
    expect(toPolicyIssues([union([inner(["a"], "a")], [inner(["b"], "b")])])).toEqual([{ path: ["hours"], message: "Invalid input" }]);
    expect(toPolicyIssues([union([wrongValue], [{ ...wrongValue, message: 'expected "none"' }])])).toEqual([{ path: ["hours"], message: "Invalid input" }]);
    expect(toPolicyIssues([union()])).toEqual([{ path: ["hours"], message: "Invalid input" }]);
    expect(toPolicyIssues([union([wrongType])])).toEqual([{ path: ["hours"], message: "Invalid input" }]);
  });

  it("gives a record key's own messages, joined, else zod's", () => {
    const key = (issues?: unknown[]) => ({ code: "invalid_key", path: ["severities", "sev 1"], message: "Invalid key in record", issues });
    expect(toPolicyIssues([key([{ message: "too long" }, { message: "has a space" }])])).toEqual([{ path: ["severities", "sev 1"], message: "too long; has a space" }]);
    expect(toPolicyIssues([key([])])).toEqual([{ path: ["severities", "sev 1"], message: "Invalid key in record" }]);
    expect(toPolicyIssues([key()])).toEqual([{ path: ["severities", "sev 1"], message: "Invalid key in record" }]);
  });

  it("drops exact duplicates only", () => {
    const a = inner(["warnAt"], "too big");
    expect(toPolicyIssues([a, a, inner(["warnAt"], "not a number"), inner(["timezone"], "too big"), a])).toEqual([
      { path: ["warnAt"], message: "too big" },
      { path: ["warnAt"], message: "not a number" },
      { path: ["timezone"], message: "too big" },
    ]);
  });
});

describe("parsePolicy is safe on hostile input", () => {
  it("never mutates (or freezes) the input", () => {
    const def = {
      ...base,
      hours: { fri: [["17:00", "09:00"]], mon: [["13:00", "17:00"], ["09:00", "12:00"]] },
      holidays: [{ region: "CA-ON", except: ["2026-04-06"] }],
      severities: { b: { targets: { firstResponse: "2h" } }, a: { targets: {} } },
    };
    const before = JSON.stringify(def);
    expect(parsePolicy(def).success).toBe(true);
    expect(JSON.stringify(def)).toBe(before);
    expect(Object.isFrozen(def)).toBe(false);
    expect(Object.isFrozen(def.hours.mon)).toBe(false);
  });

  it("accepts a deep-frozen input", () => {
    expect(parsePolicy(deepFreeze({ ...base, holidays: [{ date: "2026-12-24" }], severities: { s: { targets: { update: "4h" } } } })).success).toBe(true);
  });

  it("does not pollute Object.prototype through __proto__ keys anywhere", () => {
    const json =
      '{"timezone":"UTC","hours":{"mon":[["09:00","17:00"]]},"__proto__":{"polluted":1},' +
      '"severities":{"__proto__":{"polluted":2,"targets":{}},"sev1":{"targets":{"__proto__":{"polluted":3}}}},' +
      '"holidays":[{"date":"2026-12-24","__proto__":{"polluted":4}}]}';
    const issues = issuesOf(JSON.parse(json));
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
    expect(issues.map((i) => i.path)).toEqual(
      expect.arrayContaining([["__proto__"], ["severities", "__proto__"], ["severities", "sev1", "targets", "__proto__"], ["holidays", 0, "__proto__"]]),
    );
  });

  it("does not overflow the stack on deeply nested arrays", () => {
    let deep: unknown = "09:00";
    for (let i = 0; i < 200_000; i++) deep = [deep];
    const issues = issuesOf({ ...base, hours: { mon: deep }, severities: { s: { targets: { update: deep } } } });
    expect(issues.map((i) => i.path)).toEqual([["hours", "mon", 0], ["severities", "s", "targets", "update"]]);
  });

  it("reports cyclic data instead of looping", () => {
    const cyclic: Record<string, unknown> = { timezone: "UTC" };
    cyclic["hours"] = cyclic;
    const issues = issuesOf(cyclic);
    expect(issues.length).toBeGreaterThan(0);
  });

  it("turns a throwing getter into an issue at its path instead of throwing", () => {
    const def = { ...base };
    Object.defineProperty(def, "timezone", { enumerable: true, get: () => { throw new Error("boom"); } });
    const issues = issuesOf(def);
    expect(issues).toEqual([{ path: ["timezone"], message: "could not be read (boom); pass plain JSON data" }]);
  });

  it("names the path of a nested value that cannot be read (a revoked Proxy, a throwing getter, an item of a list)", () => {
    const revoked = () => {
      const r = Proxy.revocable({}, {});
      r.revoke();
      return r.proxy;
    };
    const boom = { get mon(): unknown { throw new Error("boom"); } };
    const cases: Array<[unknown, Array<string | number>]> = [
      [{ ...base, hours: revoked() }, ["hours"]],
      [{ ...base, hours: { mon: revoked() } }, ["hours", "mon"]],
      [{ ...base, hours: boom }, ["hours", "mon"]],
      [{ ...base, holidays: [{ date: "2026-12-25" }, revoked()] }, ["holidays", 1]],
      [{ ...base, holidays: new Proxy([{ date: "2026-12-25" }], { get: (t, k, r) => (k === "0" ? revoked() : Reflect.get(t, k, r)) }) }, ["holidays", 0]],
      [{ ...base, severities: { s: { targets: revoked() } } }, ["severities", "s", "targets"]],
    ];
    for (const [def, path] of cases) {
      expect(issuesOf(def)).toEqual([{ path, message: expect.stringMatching(/^could not be read \((boom|.*revoked.*)\); pass plain JSON data$/) }]);
    }
    // the definition itself: at the root, named as the definition
    expect(issuesOf(revoked())).toEqual([{ path: [], message: expect.stringMatching(/^the definition could not be read \(.*revoked.*\); pass plain JSON data$/) }]);
  });

  it("ignores a symbol key whose getter throws, as it ignores every symbol key (JSON has none)", () => {
    const odd = Symbol("odd");
    for (const def of [{ ...base, get [odd](): unknown { throw new Error("boom"); } }, { ...base, hours: { mon: [["09:00", "17:00"]], get [odd](): unknown { throw new Error("boom"); } } }]) {
      expect(parsePolicy(def).success).toBe(true);
      expect(parsePolicy({ ...base, [odd]: 1 }).success).toBe(true);
    }
  });

  it("reports an unknown key whose getter throws as unknown also when the holidays are plain dates (read apart from the rest)", () => {
    const def = { ...base, holidays: [{ date: "2026-12-25" }], get bogus(): unknown { throw new Error("boom"); } };
    const issues = issuesOf(def);
    expect(issues.map((i) => i.path)).toEqual([["bogus"]]);
    expect(issues[0]!.message).toMatch(/^unknown key "bogus"/);
  });

  it("names an unreadable value of an object first read through a symbol key by that path, without failing to write it", () => {
    const first = Symbol("first");
    const shared = { get mon(): unknown { throw new Error("boom"); } };
    const def = new Proxy({ timezone: "UTC", hours: shared, [first]: shared }, { ownKeys: () => [first, "timezone", "hours"] });
    expect(issuesOf(def)).toEqual([{ path: [first, "mon"], message: "could not be read (boom); pass plain JSON data" }]);
    expect(new PolicyError(issuesOf(def)).message).toContain("Symbol(first).mon: could not be read (boom); pass plain JSON data");
  });

  it("reports an object whose keys cannot be listed as unreadable wherever it is met, never as an empty copy", () => {
    const noKeys = new Proxy({}, { ownKeys: () => { throw new Error("no keys"); } });
    const first = Symbol("first");
    // met first through a symbol key (ignored by validation), then as `hours`
    const def = new Proxy({ timezone: "UTC", hours: noKeys, [first]: noKeys }, { ownKeys: () => [first, "timezone", "hours"] });
    expect(issuesOf(def)).toEqual([{ path: ["hours"], message: "could not be read (no keys); pass plain JSON data" }]);
  });

  it("still reports an unknown key whose getter throws as unknown, by its name (its value is never needed)", () => {
    const def = { ...base, get bogus(): unknown { throw new Error("boom"); } };
    const issues = issuesOf(def);
    expect(issues.map((i) => i.path)).toEqual([["bogus"]]);
    expect(issues[0]!.message).not.toMatch(/could not be read/);
  });

  it("gives a severities value that is no object its type issue only, however long it is", () => {
    for (const value of [null, "x".repeat(150), Array.from({ length: 150 }, () => ({}))]) {
      const issues = issuesOf({ ...base, severities: value });
      expect(issues).toHaveLength(1);
      expect(issues[0]).toEqual({ path: ["severities"], message: expect.stringMatching(/^expected an object of severities such as .*, got /) });
    }
  });

  it("says the error is unknown when even its message cannot be read", () => {
    const unreadable = Object.create(Error.prototype, { message: { get: () => { throw new Error("again"); } } }) as Error;
    const def = { get timezone(): string { throw unreadable; }, hours: "24x7" };
    expect(issuesOf(def)).toEqual([{ path: ["timezone"], message: "could not be read (unknown error); pass plain JSON data" }]);
  });

  it("turns a hostile Proxy into an issue instead of throwing", () => {
    const p = new Proxy({}, { ownKeys: () => { throw new Error("no keys"); }, get: () => { throw new Error("no get"); } });
    expect(() => parsePolicy(p)).not.toThrow();
    expect(parsePolicy(p).success).toBe(false);
  });

  it("rejects a 1 MB string in every text field quickly, with short messages", () => {
    const big = "9".repeat(1_000_000);
    const def = {
      timezone: big,
      hours: { mon: [[big, big]] },
      holidays: [{ date: big }, { annual: big }, { region: big }, { from: big, to: big }],
      maintenance: { windows: [{ start: big, end: big }] },
      severities: { s: { targets: { firstResponse: big } } },
    };
    const t0 = performance.now();
    const issues = issuesOf(def);
    expect(performance.now() - t0).toBeLessThan(500);
    expect(issues.length).toBeGreaterThanOrEqual(10);
    for (const i of issues) expect(i.message.length).toBeLessThan(400);
  });

  it("calls each getter of a definition once (CONTRACT §12), valid or not: it read some up to three times", () => {
    /** `value` rebuilt with every property a counting getter. */
    function counted(value: unknown, path: string, counts: Map<string, number>): unknown {
      if (Array.isArray(value)) return value.map((v, i) => counted(v, `${path}[${i}]`, counts));
      if (typeof value !== "object" || value === null) return value;
      const out = {};
      for (const [k, v] of Object.entries(value)) {
        const inner = counted(v, `${path}.${k}`, counts);
        Object.defineProperty(out, k, { enumerable: true, get: () => (counts.set(`${path}.${k}`, (counts.get(`${path}.${k}`) ?? 0) + 1), inner) });
      }
      return out;
    }
    const rich = {
      id: "x",
      name: "n",
      effectiveFrom: "2026-01-01",
      timezone: "Europe/Paris",
      hours: { mon: [["09:00", "17:00"]], tue: [["22:00", "02:00"]], sat: [] },
      holidays: [{ date: "2026-12-25", name: "Xmas" }, { date: "2026-12-24", hours: [["09:00", "12:00"]] }, { annual: "05-01", name: "May", observed: "nearest" }],
      holidayYears: [2020, 2040],
      maintenance: { windows: [{ weekly: ["sat"], from: "07:00", to: "09:00" }, { start: "2026-04-01T01:00", end: "2026-04-01T02:00" }], pausesClocks: true },
      warnAt: [0.5, 0.75],
      statuses: { open: { pauses: false }, pending: { pauses: true }, hold: { pauses: ["resolution"] }, solved: { resolves: true } },
      timeIn: { agentWork: ["open"] },
      severities: { s1: { targets: { firstResponse: "2h", update: { duration: "4h", pausable: false }, resolution: { businessDays: 2, at: "17:00" }, agentWork: "8h" } } },
    };
    const bad = { ...rich, hours: { mon: [["09:00", "25:00"]] }, severities: { s1: { targets: { update: { duration: "4x", pausable: "no" } } } } };
    for (const [def, valid] of [[rich, true], [bad, false]] as const) {
      const counts = new Map<string, number>();
      expect(parsePolicy(counted(def, "def", counts)).success).toBe(valid);
      expect(counts.size).toBeGreaterThan(20);
      expect([...counts].filter(([, n]) => n !== 1)).toEqual([]);
    }
  });

  it("reads a definition through its copy with the same issues as the definition itself (review of the copy, 2026-12-07)", () => {
    // a getter that throws on a key the schema does not know: still that key's issue, by name
    const extra = { ...base, get extra(): never { throw new Error("boom"); } };
    expect(issuesOf(extra)).toEqual([{ path: ["extra"], message: expect.stringMatching(/^unknown key "extra"; expected one of/) }]);
    // a symbol key among the severities is still refused, not dropped as JSON would drop it
    const symbolKey = { ...base, severities: { [Symbol("x")]: { targets: {} }, s1: { targets: {} } } };
    expect(issuesOf(symbolKey)).toEqual([{ path: ["severities", "Symbol(x)"], message: "expected a severity key, got a symbol" }]);
    // a list longer than any section allows is judged as given (its items shown, not holes)
    const long = { ...base, hours: { mon: [Array(10_001).fill("09:00")] } };
    expect(issuesOf(long)).toEqual([{ path: ["hours", "mon", 0], message: expect.stringMatching(/^expected a \[from, to\] pair of times such as \["09:00", "17:00"\], got \["09:00","09:00",/) }]);
  });

  it("rejects a million holiday entries by their count, without parsing each", () => {
    const many = new Array(1_000_000).fill({ date: "nope" });
    const t0 = performance.now();
    const issues = issuesOf({ ...base, holidays: many });
    expect(performance.now() - t0).toBeLessThan(500);
    expect(issues).toEqual([{ path: ["holidays"], message: expect.stringMatching(/1000000 holiday entries is more than the limit of 10000/) }]);
  });
});

describe("parsePolicy normalizes a valid definition", () => {
  it("turns weekly hours into ms of the day, sorted, with overnight intervals past 24 h", () => {
    const p = ok({
      timezone: "UTC",
      hours: {
        mon: [["13:00", "17:00"], ["09:00", "12:00"], ["09:00", "10:00"]],
        tue: [["22:00", "06:00"]],
        wed: [["09:00", "09:00"]],
        thu: [["00:00", "24:00"]],
        fri: [["00:00", "00:00"]],
        sat: [],
      },
    });
    expect(p.weekly).toEqual([
      [[9 * H, 10 * H], [9 * H, 12 * H], [13 * H, 17 * H]],
      [[22 * H, 30 * H]],
      [[9 * H, 33 * H]],
      [[0, DAY]],
      [[0, DAY]],
      [],
      [],
    ]);
  });

  it('reads "24x7" as every day 00:00–24:00', () => {
    expect(ok({ timezone: "UTC", hours: "24x7" }).weekly).toEqual(Array.from({ length: 7 }, () => [[0, DAY]]));
  });

  it("accepts hours with seconds", () => {
    expect(ok({ timezone: "UTC", hours: { mon: [["08:59:30", "17:00:15"]] } }).weekly[0]).toEqual([[8 * H + 59 * M + 30_000, 17 * H + 15_000]]);
  });

  it("applies the defaults: warnAt 0.75, pausesClocks false, no holidays, no severities", () => {
    const p = ok(base);
    expect(p.warnAt).toBe(0.75);
    expect(p.maintenance).toEqual({ weekly: [], oneOff: [], pausesClocks: false });
    expect(p.severities).toEqual([]);
    expect(datedRuleList(p.dateRules)).toEqual([]);
    expect(p.annualRules).toEqual([]);
    expect(p.regionRules).toEqual([]);
    expect(p.closures).toEqual([]);
    expect(p.effectiveFrom).toBeUndefined();
    expect(p.id).toBeUndefined();
  });

  it("keeps the metadata and turns effectiveFrom into a day number", () => {
    const p = ok({ ...base, id: "acme", name: "Acme", version: "2.0", effectiveFrom: "2023-08-01", warnAt: 0.9 });
    expect(p).toMatchObject({ id: "acme", name: "Acme", version: "2.0", effectiveFrom: dayFromCivil(2023, 8, 1), timezone: "America/Toronto", warnAt: 0.9 });
  });

  it("normalizes every kind of holiday entry, keeping its index", () => {
    const p = ok(
      holiday(
        { region: "ca-ON", except: ["2026-04-06", "2025-04-18", "2026-04-06"] },
        { date: "2026-12-24", name: "Christmas Eve" },
        { annual: "12-31", hours: [["04:00", "12:00"]] },
        { date: "2026-11-28", hours: [["09:00", "13:00"]] },
        { from: "2026-12-24T12:00", to: "2026-12-27T09:00", name: "Winter closure" },
        { annual: "02-29" },
        { region: "DE-BY-A", types: ["public", "bank", "public"], name: "Bavaria" },
        { from: "2026-12-31", to: "2027-01-01T12:00:00+01:00" },
      ),
    );
    expect(p.regionRules).toEqual([
      { code: "CA-ON", country: "CA", state: "ON", types: ["public"], except: [dayFromCivil(2025, 4, 18), dayFromCivil(2026, 4, 6)], observed: "none", index: 0 },
      { code: "DE-BY-A", country: "DE", state: "BY", region: "A", types: ["public", "bank"], except: [], name: "Bavaria", observed: "none", index: 6 },
    ]);
    expect(datedRuleList(p.dateRules)).toEqual([
      { day: dayFromCivil(2026, 12, 24), name: "Christmas Eve", hours: null, index: 1 },
      { day: dayFromCivil(2026, 11, 28), hours: [[9 * H, 13 * H]], index: 3 },
    ]);
    expect(p.annualRules).toEqual([
      { month: 12, day: 31, hours: [[4 * H, 12 * H]], observed: "none", index: 2 },
      { month: 2, day: 29, hours: null, observed: "none", index: 5 },
    ]);
    expect(p.closures).toEqual([
      {
        from: { kind: "wall", day: dayFromCivil(2026, 12, 24), ms: 12 * H },
        to: { kind: "wall", day: dayFromCivil(2026, 12, 27), ms: 9 * H },
        name: "Winter closure",
        index: 4,
      },
      {
        from: { kind: "wall", day: dayFromCivil(2026, 12, 31), ms: 0 },
        to: { kind: "instant", epochMs: Date.parse("2027-01-01T11:00:00Z") },
        index: 7,
      },
    ]);
  });

  it("reads a closure ending at a date as that date's midnight (half-open)", () => {
    const p = ok(holiday({ from: "2026-12-24", to: "2026-12-24T24:00" }));
    expect(p.closures[0]!.to).toEqual({ kind: "wall", day: dayFromCivil(2026, 12, 25), ms: 0 });
  });

  it("normalizes maintenance windows: weekdays as sorted indices, overnight intervals, one-off spans", () => {
    const p = ok({
      ...base,
      maintenance: {
        windows: [
          { weekly: ["sun", "sat", "sat"], from: "23:00", to: "01:00", name: "Nightly" },
          { start: "2026-05-02T07:00", end: "2026-05-02T11:00Z" },
          { weekly: ["wed"], from: "07:00", to: "24:00" },
        ],
        pausesClocks: true,
      },
    });
    expect(p.maintenance).toEqual({
      weekly: [
        { weekdays: [5, 6], interval: [23 * H, 25 * H], name: "Nightly", index: 0 },
        { weekdays: [2], interval: [7 * H, DAY], index: 2 },
      ],
      oneOff: [
        {
          from: { kind: "wall", day: dayFromCivil(2026, 5, 2), ms: 7 * H },
          to: { kind: "instant", epochMs: Date.parse("2026-05-02T11:00:00Z") },
          index: 1,
        },
      ],
      pausesClocks: true,
    });
  });

  it("keeps severities in the order of the definition's keys, with target defaults", () => {
    const p = ok({
      ...base,
      severities: {
        p3: { targets: { firstResponse: 7_200_000 } },
        p1: {
          label: "Critical",
          description: "Down",
          targets: { firstResponse: "2h", update: { hours: 4 }, resolution: { duration: "3d", clock: "calendar", pausable: false } },
        },
        p2: { targets: { resolution: { duration: "PT8H" } } },
      },
    });
    expect(p.severities.map((s) => s.key)).toEqual(["p3", "p1", "p2"]);
    expect(p.severities[1]).toEqual({
      key: "p1",
      label: "Critical",
      description: "Down",
      targets: {
        firstResponse: { duration: 2 * H, clock: "business", pausable: true },
        update: { duration: 4 * H, clock: "business", pausable: true },
        resolution: { duration: 3 * DAY, clock: "calendar", pausable: false },
      },
    });
    expect(p.severities[0]!.targets).toEqual({ firstResponse: { duration: 2 * H, clock: "business", pausable: true } });
    expect(p.severities[2]!.targets).toEqual({ resolution: { duration: 8 * H, clock: "business", pausable: true } });
  });

  it("accepts zero-length targets in every form (CONTRACT §1–2: a target is a Duration, >= 0)", () => {
    const p = ok({ ...base, severities: { s: { targets: { firstResponse: 0, update: "0h", nextReply: { minutes: 0 }, ownership: { duration: {} }, resolution: { duration: "PT0S", clock: "calendar" } } } } });
    expect(p.severities[0]!.targets).toEqual({
      firstResponse: { duration: 0, clock: "business", pausable: true },
      update: { duration: 0, clock: "business", pausable: true },
      nextReply: { duration: 0, clock: "business", pausable: true },
      ownership: { duration: 0, clock: "business", pausable: true },
      resolution: { duration: 0, clock: "calendar", pausable: true },
    });
  });

  it("accepts exactly as many severities, statuses and timeIn metrics as the limits allow (100 each)", () => {
    const keyed = <T>(prefix: string, value: T) => Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`${prefix}${i}`, value]));
    const p = ok({ ...base, severities: keyed("sev", { targets: {} }), statuses: keyed("st", {}), timeIn: keyed("in", ["st1"]) });
    expect([p.severities.length, p.statuses!.length, p.timeIn.length]).toEqual([100, 100, 100]);
  });

  it("lists the metrics some severity targets, built-in ones in the contract's order, then timeIn's", () => {
    expect(ok(sev({ resolution: "5d", firstResponse: "2h" })).metrics).toEqual(["firstResponse", "resolution"]);
    expect(ok(base).metrics).toEqual([]);
    const withStatuses = {
      ...base,
      statuses: { open: {}, pending: { pauses: true }, solved: { resolves: true } },
      timeIn: { waiting: ["pending"] },
      severities: { a: { targets: { waiting: "1d", ownership: "4h" } }, b: { targets: { update: "8h" } } },
    };
    expect(ok(withStatuses).metrics).toEqual(["update", "ownership", "waiting"]);
  });

  it("allows an empty severities object and a severity with no targets", () => {
    expect(ok({ ...base, severities: {} }).severities).toEqual([]);
    expect(ok({ ...base, severities: { info: { targets: {} } } }).severities).toEqual([{ key: "info", targets: {} }]);
  });

  it("accepts a policy with no business time at all", () => {
    expect(ok({ timezone: "UTC", hours: {} }).weekly).toEqual([[], [], [], [], [], [], []]);
  });

  it("returns deep-frozen results and a definition equal to the input", () => {
    const def = { ...base, holidays: [{ date: "2026-12-24", hours: [["09:00", "12:00"]] }], severities: { s: { targets: { update: { duration: "1h" } } } } };
    const r = parsePolicy(def);
    if (!r.success) throw new Error("invalid");
    expect(r.definition).toEqual(def);
    expect(r.definition).not.toBe(def);
    expect(Object.isFrozen(r.definition)).toBe(true);
    expect(Object.isFrozen(r.definition.holidays![0])).toBe(true);
    expect(Object.isFrozen(r.policy)).toBe(true);
    expect(Object.isFrozen(r.policy.weekly[0]![0])).toBe(true);
    expect(datedRuleList(r.policy.dateRules)[0]!.hours).toEqual([[9 * 3_600_000, 12 * 3_600_000]]);
    expect(Object.isFrozen(datedRuleList(r.policy.dateRules)[0]!.hours)).toBe(true);
    expect(Object.isFrozen(r.policy.dateRules)).toBe(true);
    expect(Object.isFrozen(r.policy.severities[0]!.targets.update)).toBe(true);
  });
});
