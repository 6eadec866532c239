/**
 * fast-check arbitraries for policies (CONTRACT §2 JSON), instants near DST transitions and
 * durations. Shared by the business-time and SLA property tests.
 *
 * - `policyArb` — a random policy definition (plain JSON) in one of {@link ZONES}.
 * - `instantArb(zone)` — epoch ms, concentrated around the zone's DST transitions of 2024–2027.
 * - `durationArb` — ms, 0..2000 h, biased to small values and whole hours.
 * - `policyWithInstantsArb(n)` — a policy plus n instants suited to its zone.
 */
import fc from "fast-check";
import Holidays from "date-holidays";
import { DateTime, IANAZone } from "luxon";

export const ZONES = [
  "America/Toronto",
  "Europe/London",
  "Europe/Dublin",
  "Australia/Sydney",
  "Australia/Lord_Howe",
  "Asia/Kolkata",
  "Asia/Kathmandu",
  "America/St_Johns",
  "Pacific/Chatham",
  "America/Santiago",
  "UTC",
] as const;
export type Zone = (typeof ZONES)[number];

export const REGIONS = ["CA-ON", "GB-ENG", "AU-NSW", "US"] as const;
export const WEEKDAY_KEYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** The instants the arbitraries produce lie in [2024-01-01, 2028-01-01) UTC. */
export const RANGE_START = Date.UTC(2024, 0, 1);
export const RANGE_END = Date.UTC(2028, 0, 1);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type PolicyJson = { timezone: string; hours: any; holidays?: any[]; maintenance?: any; [key: string]: unknown };

const pad = (n: number) => String(n).padStart(2, "0");
/** Minutes of the day → "HH:MM" (1440 → "24:00"). */
export const hhmm = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

// ---------------------------------------------------------------- hours

/** Start minute of an interval: quarter hours, the DST-prone 00:00–03:00, or any minute. */
export const startMinuteArb = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 95 }).map((q) => q * 15) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 180 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 1439 }) },
);

/** One ["HH:MM", "HH:MM"] interval: same-day, ending "24:00", overnight, or [t, t] (24 h). */
export const intervalArb: fc.Arbitrary<[string, string]> = fc
  .tuple(
    startMinuteArb,
    fc.oneof(
      { weight: 4, arbitrary: fc.integer({ min: 1, max: 48 }).map((q) => q * 15) },
      { weight: 2, arbitrary: fc.integer({ min: 1, max: 1439 }) },
      { weight: 1, arbitrary: fc.constant(-1) }, // ends at 24:00
      { weight: 1, arbitrary: fc.constant(1440) }, // [t, t]: 24 hours
    ),
  )
  .map(([start, length]): [string, string] => {
    if (length === -1) return [hhmm(start), "24:00"];
    const end = start + length;
    if (end === 1440) return [hhmm(start), "24:00"];
    return [hhmm(start), hhmm(end % 1440)];
  });

export const dayHoursArb = fc.array(intervalArb, { minLength: 0, maxLength: 3 });
const someDayHoursArb = fc.array(intervalArb, { minLength: 1, maxLength: 3 });

/** Weekly hours: "24x7", one template on some weekdays, independent days, or none at all (sparse). */
export const weeklyHoursArb = fc.oneof(
  { weight: 1, arbitrary: fc.constant("24x7" as const) },
  { weight: 1, arbitrary: fc.constant({}) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(someDayHoursArb, fc.subarray([...WEEKDAY_KEYS], { minLength: 1 }))
      .map(([hours, days]) => Object.fromEntries(days.map((d) => [d, hours]))),
  },
  {
    weight: 3,
    arbitrary: fc
      .tuple(...WEEKDAY_KEYS.map(() => fc.option(dayHoursArb, { nil: undefined, freq: 3 })))
      .map((days) => Object.fromEntries(WEEKDAY_KEYS.flatMap((k, i) => (days[i] === undefined ? [] : [[k, days[i]]])))),
  },
);

// ---------------------------------------------------------------- dates and instants

const FIRST_DAY = RANGE_START / DAY;
const LAST_DAY = RANGE_END / DAY - 1;
const isoDay = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
export const localDateArb = fc.integer({ min: FIRST_DAY, max: LAST_DAY }).map(isoDay);

const transitionCache = new Map<string, number[]>();
/** The instants in [2024, 2028) at which `zone` changes its UTC offset (to the millisecond). */
export function transitionsOf(zone: string): number[] {
  let hit = transitionCache.get(zone);
  if (hit !== undefined) return hit;
  const z = IANAZone.create(zone);
  hit = [];
  const STEP = 6 * HOUR;
  for (let t = RANGE_START - DAY; t < RANGE_END + DAY; t += STEP) {
    if (z.offset(t) === z.offset(t + STEP)) continue;
    let lo = t;
    let hi = t + STEP; // offset(lo) != offset(hi); find the first ms with the new offset
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (z.offset(mid) === z.offset(lo)) lo = mid;
      else hi = mid;
    }
    hit.push(hi);
  }
  transitionCache.set(zone, hit);
  return hit;
}

/** A local date "YYYY-MM-DD" in 2024–2027, often the day of (or next to) one of the zone's DST transitions. */
export function localDateInZoneArb(zone: string): fc.Arbitrary<string> {
  const near = transitionsOf(zone).flatMap((t) =>
    [-DAY, 0, DAY].map((delta) => DateTime.fromMillis(t + delta, { zone }).toISODate()!),
  );
  const yearEnds = [2024, 2025, 2026, 2027].flatMap((y) => [`${y}-12-30`, `${y}-12-31`, `${y}-01-01`, `${y}-01-02`]);
  return fc.oneof(localDateArb, fc.constantFrom(...near, ...yearEnds));
}

const regionHolidayCache = new Map<string, string[]>();
/** The public holidays (local dates) of a date-holidays region in 2024–2027. */
export function regionHolidayDates(region: string): string[] {
  let hit = regionHolidayCache.get(region);
  if (hit === undefined) {
    const [country, state] = region.split("-");
    const hd = new Holidays(country!, state as string);
    hit = [2024, 2025, 2026, 2027].flatMap((y) => (hd.getHolidays(y) || []).map((h) => String(h.date).slice(0, 10)));
    regionHolidayCache.set(region, hit);
  }
  return hit;
}

/** Epoch ms: near a DST transition of `zone` (when it has any), near local New Year, at local quarter hours, or uniform in 2024–2027. */
export function instantArb(zone: string): fc.Arbitrary<number> {
  const transitions = transitionsOf(zone);
  const uniform = fc.oneof(
    fc.integer({ min: RANGE_START, max: RANGE_END }),
    fc.integer({ min: RANGE_START / MINUTE, max: RANGE_END / MINUTE }).map((m) => m * MINUTE),
    fc.integer({ min: RANGE_START / (15 * MINUTE), max: RANGE_END / (15 * MINUTE) }).map((q) => q * 15 * MINUTE),
  );
  const localWall = fc
    .tuple(fc.integer({ min: FIRST_DAY, max: LAST_DAY }), fc.integer({ min: 0, max: 95 }))
    .map(([day, q]) => {
      const d = new Date(day * DAY);
      return DateTime.fromObject(
        { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: Math.floor(q / 4), minute: (q % 4) * 15 },
        { zone },
      ).toMillis();
    });
  // around local New Year (the real implementation caches by local year)
  const newYear = fc
    .tuple(fc.constantFrom(2025, 2026, 2027), fc.integer({ min: -2 * 96, max: 2 * 96 }), fc.integer({ min: 0, max: 14 * MINUTE }))
    .map(([year, q, jitter]) => DateTime.fromObject({ year, month: 1, day: 1 }, { zone }).toMillis() + q * 15 * MINUTE + (q % 3 === 0 ? jitter : 0));
  if (transitions.length === 0) {
    return fc.oneof({ weight: 3, arbitrary: uniform }, { weight: 1, arbitrary: localWall }, { weight: 1, arbitrary: newYear });
  }
  const near = fc
    .tuple(
      fc.constantFrom(...transitions),
      fc.oneof(
        fc.integer({ min: -3 * 96, max: 3 * 96 }).map((q) => q * 15 * MINUTE),
        fc.integer({ min: -3 * 1440, max: 3 * 1440 }).map((m) => m * MINUTE),
        fc.integer({ min: -DAY, max: DAY }),
        fc.constantFrom(0, -1, 1, -HOUR, HOUR, -30 * MINUTE, 30 * MINUTE),
      ),
    )
    .map(([t, delta]) => t + delta);
  return fc.oneof(
    { weight: 4, arbitrary: near },
    { weight: 2, arbitrary: uniform },
    { weight: 1, arbitrary: localWall },
    { weight: 1, arbitrary: newYear },
  );
}

/** Wall-clock text of an instant in `zone`: "YYYY-MM-DDTHH:MM" (offset-less) or exact with an offset. */
function instantText(zone: string, t: number, withOffset: boolean): string {
  const dt = DateTime.fromMillis(t, { zone });
  return withOffset
    ? dt.toISO({ suppressMilliseconds: true, suppressSeconds: true })!
    : dt.toFormat("yyyy-MM-dd'T'HH:mm");
}

/** A span [start, end) as texts (wall clock, with offsets, or local dates): 15 min .. 5 days long. */
function spanTextArb(zone: string) {
  return fc
    .tuple(
      instantArb(zone).map((t) => Math.floor(t / MINUTE) * MINUTE),
      fc.oneof(fc.integer({ min: 1, max: 24 }).map((q) => q * 15 * MINUTE), fc.integer({ min: 1, max: 120 }).map((h) => h * HOUR)),
      fc.constantFrom("wall" as const, "wall" as const, "offset" as const, "offset" as const, "date" as const),
    )
    .map(([t, length, form]) =>
      form === "date"
        ? ([instantText(zone, t, false).slice(0, 10), instantText(zone, t + Math.max(length, DAY), false).slice(0, 10)] as const)
        : ([instantText(zone, t, form === "offset"), instantText(zone, t + length, form === "offset")] as const),
    )
    .filter(([a, b]) => a < b || a.length > 16); // offset-less texts must be increasing as text
}

// ---------------------------------------------------------------- durations

/** Duration in ms, 0 .. 2000 h, biased to small values and to whole hours. */
export const durationArb = fc.oneof(
  { weight: 1, arbitrary: fc.constant(0) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 48 }).map((h) => h * HOUR) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 48 * 60 }).map((m) => m * MINUTE) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 48 * HOUR }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 2000 }).map((h) => h * HOUR) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 2000 * HOUR }) },
);

// ---------------------------------------------------------------- policies

/** `observed` of an annual or region entry (CONTRACT §10). */
export const observedArb = fc.constantFrom("none", "next", "nearest");

function holidayEntryArb(zone: string) {
  const dateArb = localDateInZoneArb(zone);
  return fc.oneof(
    { weight: 3, arbitrary: fc.record({ date: dateArb }) },
    { weight: 2, arbitrary: fc.record({ date: dateArb, hours: someDayHoursArb }) },
    {
      weight: 1,
      arbitrary: fc.record(
        { annual: dateArb.map((d) => d.slice(5)).filter((md) => md !== "02-29"), hours: someDayHoursArb },
        { requiredKeys: ["annual"] },
      ),
    },
    {
      // closed every year and observed on another date when it falls on a date without hours
      // (often next to the holidays around Christmas and New Year, where observed days chain)
      weight: 1,
      arbitrary: fc.record(
        {
          annual: fc.oneof(fc.constantFrom("12-24", "12-25", "12-26", "12-31", "01-01", "01-02", "07-04"), dateArb.map((d) => d.slice(5)).filter((md) => md !== "02-29")),
          observed: observedArb,
        },
        { requiredKeys: ["annual"] },
      ),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(...REGIONS).chain((region) =>
        fc.record(
          {
            region: fc.constant(region),
            types: fc.constantFrom(["public"], ["public", "bank"], ["public", "optional"], ["public", "observance"], ["bank", "observance"]),
            except: fc.array(fc.oneof(localDateArb, fc.constantFrom(...regionHolidayDates(region))), { maxLength: 3 }),
            observed: observedArb,
          },
          { requiredKeys: ["region"] },
        ),
      ),
    },
    { weight: 2, arbitrary: spanTextArb(zone).map(([from, to]) => ({ from, to })) },
  );
}

/** Key under which two holiday entries would conflict (same date / same annual day / same region). */
function holidayKey(h: Record<string, unknown>): string {
  if ("date" in h) return `d:${h.date}`;
  if ("annual" in h) return `a:${h.annual}`;
  if ("region" in h) return `r:${h.region}`;
  return `c:${h.from}:${h.to}`;
}

function maintenanceArb(zone: string) {
  const weekly = fc
    .record({
      weekly: fc.subarray([...WEEKDAY_KEYS], { minLength: 1, maxLength: 4 }),
      from: startMinuteArb,
      length: fc.oneof(fc.integer({ min: 1, max: 32 }).map((q) => q * 15), fc.integer({ min: 1, max: 240 }), fc.constant(1440)),
    })
    .map(({ weekly, from, length }) => ({
      weekly,
      from: hhmm(from),
      to: from + length === 1440 ? "24:00" : hhmm((from + length) % 1440),
    }));
  const oneOff = spanTextArb(zone).map(([start, end]) => ({ start, end }));
  return fc.record(
    {
      windows: fc.array(fc.oneof(weekly, oneOff), { minLength: 0, maxLength: 3 }),
      pausesClocks: fc.boolean(),
    },
    { requiredKeys: ["windows"] },
  );
}

/** A policy definition in a given zone. */
export function policyInZoneArb(zone: string): fc.Arbitrary<PolicyJson> {
  return fc
    .record(
      {
        hours: weeklyHoursArb,
        holidays: fc.uniqueArray(holidayEntryArb(zone), { maxLength: 6, selector: holidayKey }),
        maintenance: maintenanceArb(zone),
      },
      { requiredKeys: ["hours"] },
    )
    .map((parts) => ({ timezone: zone, ...parts }) as PolicyJson);
}

/** A random policy definition in one of {@link ZONES}. */
export const zoneArb = fc.constantFrom(...ZONES);
export const policyArb: fc.Arbitrary<PolicyJson> = zoneArb.chain(policyInZoneArb);

/** A policy with `count` instants suited to its zone (near its DST transitions). */
export function policyWithInstantsArb(count: number): fc.Arbitrary<{ def: PolicyJson; instants: number[] }> {
  return zoneArb.chain((zone) =>
    fc.record({ def: policyInZoneArb(zone), instants: fc.array(instantArb(zone), { minLength: count, maxLength: count }) }),
  );
}
