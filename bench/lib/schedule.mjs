/**
 * The one schedule every library is measured on: Mon–Fri 04:00–22:00 with a few holidays, in
 * America/Toronto (a named DST zone) and, for libraries that cannot handle zones, in UTC.
 *
 * Inputs are whole-minute instants (dayjs-business-time counts in whole minutes) drawn from a
 * seeded generator, so every run and every library sees the same instants.
 */

export const ZONE = "America/Toronto";
export const OPEN = "04:00";
export const CLOSE = "22:00";
export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri"];

/** A few holidays (local dates), the same for every library. */
export const HOLIDAYS = [
  "2026-01-01",
  "2026-04-03",
  "2026-05-18",
  "2026-07-01",
  "2026-09-07",
  "2026-12-25",
  "2027-01-01",
  "2027-07-01",
];

export const MS_PER_MINUTE = 60_000;
export const MS_PER_HOUR = 3_600_000;
export const MS_PER_DAY = 86_400_000;
export const MS_PER_YEAR = 365 * MS_PER_DAY;

/** The sla-clock policy definition of the schedule in `timezone`. */
export function slaPolicyDefinition(timezone) {
  const hours = {};
  for (const d of WEEKDAYS) hours[d] = [[OPEN, CLOSE]];
  return {
    name: `bench schedule (${timezone})`,
    timezone,
    hours,
    holidays: HOLIDAYS.map((date) => ({ date, name: "holiday" })),
  };
}

/** A deterministic generator (mulberry32). */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const YEAR_2026 = Date.UTC(2026, 0, 1, 5); // 2026-01-01T00:00 in Toronto (EST)

/** `n` whole-minute instants spread over 2026 (any hour, any day: open, closed, holidays). */
export function startInstants(n, seed = 20260101) {
  const next = random(seed);
  const out = [];
  for (let i = 0; i < n; i++) {
    let t = YEAR_2026 + Math.floor(next() * 364 * 24 * 60) * MS_PER_MINUTE;
    // Stay off whole hours (so off the opening and closing instants): moment-business-time and
    // dayjs-business-time treat the closing instant as open, a documented difference that the
    // edge-case table checks separately.
    if (t % MS_PER_HOUR === 0) t += 7 * MS_PER_MINUTE;
    out.push(t);
  }
  return out;
}

/** The ops measured side by side. `kind` tells how answers compare. */
export const CORE_OPS = [
  { id: "add2h", label: "add 2 business hours", kind: "add", amount: 2 * MS_PER_HOUR },
  { id: "add24h", label: "add 24 business hours", kind: "add", amount: 24 * MS_PER_HOUR },
  { id: "add2000h", label: "add 2,000 business hours", kind: "add", amount: 2000 * MS_PER_HOUR },
  { id: "between1d", label: "business time between, 1-day span", kind: "between", span: MS_PER_DAY },
  { id: "between1y", label: "business time between, 1-year span", kind: "between", span: MS_PER_YEAR },
  { id: "between10y", label: "business time between, 10-year span", kind: "between", span: 10 * MS_PER_YEAR },
  { id: "isOpen", label: "isBusinessTime", kind: "isOpen" },
];
