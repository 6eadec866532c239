/**
 * The zones of the deep differential run, and the years worth a closer look in each.
 *
 * 63 IANA zones: every kind of offset history the tz database has between 1970 and 2100 —
 * rule changes (US 2007, Moscow 2011/2014, Turkey 2016, Mexico 2022, Iran 2022, Syria/Jordan 2022),
 * half-hour and 45-minute offsets, 30-minute DST (Lord Howe), negative DST (Dublin, Windhoek), a
 * two-hour DST (Troll), whole-day skips across the date line (Apia and Fakaofo 2011, Kwajalein 1993,
 * Kiritimati 1994/95), transitions at midnight (Santiago, Asunción, Havana, São Paulo, Beirut,
 * Damascus, Amman, Tehran), Ramadan suspensions (Casablanca, Cairo), and zones without DST.
 *
 * The reference (test/reference/wallClock.ts) assumes a zone never changes its offset twice within
 * 7 days: `test/deep/deepZones.test.ts`-style check in {@link assertReferenceAssumptions} verifies
 * that for every zone here over 1969–2101 (Asia/Gaza is left out: 7.0 days apart in 2040).
 */
import { DAY, yearTable } from "../reference/wallClock.js";

export const DEEP_ZONES = [
  // no DST, or none since 1970
  "UTC", "America/Phoenix", "Africa/Johannesburg", "Asia/Tokyo", "Asia/Yangon", "Australia/Darwin", "Pacific/Marquesas",
  // North America (rule change 2007), Greenland (rule change 2023)
  "America/Toronto", "America/New_York", "America/Chicago", "America/Los_Angeles", "America/Halifax", "America/St_Johns",
  "America/Grand_Turk", "America/Mexico_City", "America/Havana", "America/Nuuk", "America/Scoresbysund",
  // South America: midnight transitions, offset changes
  "America/Santiago", "America/Asuncion", "America/Sao_Paulo", "America/Caracas",
  // Europe: EU rules, negative DST, rule changes in the east
  "Europe/London", "Europe/Dublin", "Europe/Lisbon", "Europe/Paris", "Atlantic/Azores", "Europe/Moscow", "Europe/Istanbul",
  "Europe/Kyiv", "Europe/Minsk", "Europe/Volgograd", "Europe/Samara", "Europe/Chisinau",
  // Africa and Antarctica
  "Africa/Casablanca", "Africa/Cairo", "Africa/Windhoek", "Africa/Juba", "Antarctica/Troll", "Antarctica/Casey",
  // Middle East: midnight transitions, permanent-summer-time changes
  "Asia/Tehran", "Asia/Beirut", "Asia/Damascus", "Asia/Amman", "Asia/Jerusalem",
  // South and East Asia: half-hour and 45-minute offsets, short-lived DST, offset changes
  "Asia/Kolkata", "Asia/Kathmandu", "Asia/Colombo", "Asia/Karachi", "Asia/Dhaka", "Asia/Shanghai", "Asia/Pyongyang", "Asia/Chita",
  // Oceania: 45-minute and half-hour offsets, 30-minute DST, date-line skips
  "Australia/Sydney", "Australia/Adelaide", "Australia/Eucla", "Australia/Lord_Howe", "Australia/Perth",
  "Pacific/Auckland", "Pacific/Chatham", "Pacific/Norfolk", "Pacific/Apia", "Pacific/Fakaofo", "Pacific/Kiritimati", "Pacific/Kwajalein",
] as const;

export const FIRST_YEAR = 1970;
export const LAST_YEAR = 2100;

/** A change of UTC offset: the first ms of the new offset, with the offsets before and after (minutes). */
export interface Transition {
  at: number;
  before: number;
  after: number;
}

const transitionMemo = new Map<string, Transition[]>();

/** The offset changes of `zone` in UTC year `year`, from the reference's year table (memoised). */
export function transitionsInYear(zone: string, year: number): Transition[] {
  const key = `${zone}|${year}`;
  let hit = transitionMemo.get(key);
  if (hit === undefined) {
    const table = yearTable(zone, year);
    let before = table.startOffset;
    hit = table.transitions.map(({ at, offset }) => {
      const t = { at, before, after: offset };
      before = offset;
      return t;
    });
    transitionMemo.set(key, hit);
  }
  return hit;
}

function signature(zone: string, year: number): string {
  return transitionsInYear(zone, year)
    .map((t) => {
      const local = new Date(t.at + t.before * 60_000);
      return `${local.getUTCMonth()}/${local.getUTCDay()}/${local.getUTCHours()}:${local.getUTCMinutes()}/${t.before}>${t.after}`;
    })
    .join(";");
}

const interestingMemo = new Map<string, number[]>();

/**
 * Years in 1970–2100 in which the zone's rules differ from the year before or after (a rule change,
 * an offset change, a skipped day, a Ramadan-dependent year …).
 */
export function interestingYears(zone: string): number[] {
  let hit = interestingMemo.get(zone);
  if (hit !== undefined) return hit;
  const sigs = new Map<number, string>();
  for (let y = FIRST_YEAR - 1; y <= LAST_YEAR + 1; y++) sigs.set(y, signature(zone, y));
  hit = [];
  for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) {
    if (sigs.get(y) !== sigs.get(y - 1) || sigs.get(y) !== sigs.get(y + 1)) hit.push(y);
  }
  interestingMemo.set(zone, hit);
  return hit;
}

/** Throws when two offset changes of a zone lie within 8 days of each other (the reference's assumption). */
export function assertReferenceAssumptions(zone: string): void {
  let previous = Number.NEGATIVE_INFINITY;
  for (let y = FIRST_YEAR - 1; y <= LAST_YEAR + 1; y++) {
    for (const t of transitionsInYear(zone, y)) {
      if (t.at - previous < 8 * DAY) throw new Error(`${zone}: offset changes ${new Date(previous).toISOString()} and ${new Date(t.at).toISOString()} are too close for the reference`);
      previous = t.at;
    }
  }
}
