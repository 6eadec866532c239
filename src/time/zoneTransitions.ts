/**
 * A zone's offset transitions as compact text, and the offset lookup read back from it: the form in
 * which a build embeds zone rules (`EMBEDDED_ZONES` in embeddedZoneRules.ts) for engines without `Intl`
 * time-zone data.
 *
 * @module
 */
import { HorizonError, describeValue, isoOf } from "../errors.js";
import { MS_PER_DAY, MS_PER_SECOND, dayFromCivil } from "./calendarDate.js";

/** The offsets of a zone over whole UTC years: `offsets[i]` holds from `at[i]` until `at[i + 1]`. */
export interface ZoneTransitions {
  /** First UTC year covered (inclusive). */
  readonly from: number;
  /** Last UTC year covered (inclusive). */
  readonly to: number;
  /** Epoch ms; `at[0]` is the start of `from`, the rest strictly increasing, all in whole seconds. */
  readonly at: ReadonlyArray<number>;
  /** Offsets in ms (whole seconds), one per `at`. */
  readonly offsets: ReadonlyArray<number>;
}

/**
 * Text of transitions: `offset;step,offset;step,offset…`, where the first `offset` holds from the
 * start of `from` and each `step` (seconds since the previous transition) starts a new one; numbers
 * in base 36, offsets in seconds.
 *
 * @example
 * encodeZoneTransitions({ from: 2026, to: 2026, at: [Date.UTC(2026, 0, 1), Date.UTC(2026, 2, 8, 7)], offsets: [-18000000, -14400000] });
 * //=> "-dw0;3erg0,-b40"
 */
export function encodeZoneTransitions(t: ZoneTransitions): string {
  const parts = [(t.offsets[0]! / MS_PER_SECOND).toString(36)];
  for (let i = 1; i < t.at.length; i++) {
    parts.push(`${((t.at[i]! - t.at[i - 1]!) / MS_PER_SECOND).toString(36)},${(t.offsets[i]! / MS_PER_SECOND).toString(36)}`);
  }
  return parts.join(";");
}

/**
 * The transitions in `text` ({@link encodeZoneTransitions}) over the UTC years `from`–`to`.
 *
 * @throws Error when `text` is not such text (a build defect, never user input).
 */
export function decodeZoneTransitions(text: string, from: number, to: number): ZoneTransitions {
  const parts = text.split(";");
  const at: number[] = [dayFromCivil(from, 1, 1) * MS_PER_DAY];
  const offsets: number[] = [parseInt(parts[0]!, 36) * MS_PER_SECOND];
  for (let i = 1; i < parts.length; i++) {
    const [step, offset] = parts[i]!.split(",");
    at.push(at[i - 1]! + parseInt(step!, 36) * MS_PER_SECOND);
    offsets.push(parseInt(offset!, 36) * MS_PER_SECOND);
  }
  const end = dayFromCivil(to + 1, 1, 1) * MS_PER_DAY;
  for (let i = 0; i < at.length; i++) {
    if (!Number.isInteger(at[i]) || !Number.isInteger(offsets[i]) || (i > 0 && at[i]! <= at[i - 1]!) || at[i]! >= end) {
      throw new Error(`embedded zone table ${describeValue(text.slice(0, 40))} is malformed at transition ${i}`);
    }
  }
  return { from, to, at, offsets };
}

/**
 * The offset lookup of a zone read from its transitions: a binary search (a few hundred entries,
 * about ten comparisons), starting with the transition found last.
 *
 * Edge cases: an instant outside the years the table covers has no answer here.
 *
 * @throws HorizonError for an instant outside `from`–`to` (UTC years), naming the zone and the span.
 */
export function offsetLookupFromTable(name: string, t: ZoneTransitions): (epochMs: number) => number {
  const { at, offsets } = t;
  const start = at[0]!;
  const end = dayFromCivil(t.to + 1, 1, 1) * MS_PER_DAY;
  const n = at.length;
  let last = 0;
  return (epochMs: number): number => {
    if (!(epochMs >= start && epochMs < end)) {
      throw new HorizonError(`${describeValue(name)}: ${describeValue(epochMs)} (${Number.isFinite(epochMs) && Math.abs(epochMs) <= 8.64e15 ? isoOf(epochMs) : "not a date"}) lies outside the years ${t.from}–${t.to} (UTC) whose zone rules this build embeds`);
    }
    if (epochMs >= at[last]! && (last + 1 === n || epochMs < at[last + 1]!)) return offsets[last]!;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (at[mid]! <= epochMs) lo = mid;
      else hi = mid - 1;
    }
    last = lo;
    return offsets[lo]!;
  };
}
