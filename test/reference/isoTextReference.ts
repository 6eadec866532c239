/**
 * Reference reader of ISO 8601 text, written from the grammar that `parseIsoText` documents rather
 * than from its code: one regular expression for the form, then the ranges, with the day number
 * taken from `Date` (its proleptic Gregorian calendar, years 0000–9999 set with `setUTCFullYear`,
 * which unlike `Date.UTC` does not move years 0–99 to 1900–1999). Slow and obviously correct; only
 * whether a text is accepted and the parts it gives are compared, not the messages.
 *
 * The grammar (src/time/isoText.ts): `YYYY-MM-DD`, optionally followed by `T`, `t` or one space
 * and `HH:MM`, `HH:MM:SS` or `HH:MM:SS` with a fraction of 1–9 digits after `.` or `,` (truncated
 * to whole ms); a date-time may end with `Z`/`z` or an offset `±HH:MM`, `±HHMM` or `±HH` up to
 * ±23:59, or `±HH:MM:SS` (seconds 00–59; `-00:00` is a zero offset). `24:00` (seconds and fraction zero if given) is the next
 * day at 0 ms. At most 64 characters.
 */
export interface ReferenceIsoParts {
  readonly day: number;
  readonly ms: number;
  readonly offsetMs: number | null;
}

const FORM = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:([Zz])|([+-])(\d{2})(?::(\d{2})(?::(\d{2}))?|(\d{2}))?)?)?$/;
const DAY_MS = 86_400_000;

/** Day number (days since 1970-01-01) of a Gregorian date, or null when it does not exist. */
function dayOf(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return Math.round(d.getTime() / DAY_MS);
}

/** The parts of `s` by the grammar above, or null when it does not follow it. */
export function referenceIsoText(s: string): ReferenceIsoParts | null {
  if (s.length > 64) return null;
  const m = FORM.exec(s);
  if (m === null) return null;
  const [, y, mo, d, hh, mi, ss, frac, zulu, sign, oh, omExtended, os, omBasic] = m;
  const om = omExtended ?? omBasic;
  const day = dayOf(Number(y), Number(mo), Number(d));
  if (day === null) return null;
  if (hh === undefined) return { day, ms: 0, offsetMs: null };
  let offsetMs: number | null = null;
  if (zulu !== undefined) offsetMs = 0;
  else if (sign !== undefined) {
    const hours = Number(oh);
    const minutes = om === undefined ? 0 : Number(om);
    const seconds = os === undefined ? 0 : Number(os);
    if (hours > 23 || minutes > 59 || seconds > 59) return null;
    const magnitude = ((hours * 60 + minutes) * 60 + seconds) * 1000;
    offsetMs = magnitude === 0 ? 0 : sign === "-" ? -magnitude : magnitude;
  }
  const hour = Number(hh);
  const minute = Number(mi);
  const second = ss === undefined ? 0 : Number(ss);
  const fractionMs = frac === undefined ? 0 : Number(frac.padEnd(3, "0").slice(0, 3));
  if (minute > 59 || second > 59) return null;
  if (hour === 24) {
    if (minute !== 0 || second !== 0 || (frac !== undefined && !/^0+$/.test(frac))) return null;
    return { day: day + 1, ms: 0, offsetMs };
  }
  if (hour > 23) return null;
  return { day, ms: ((hour * 60 + minute) * 60 + second) * 1000 + fractionMs, offsetMs };
}
