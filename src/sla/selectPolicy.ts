/**
 * Choosing the version of a policy in force at an instant.
 *
 * @module
 */
import type { Policy } from "../calendar/definePolicy.js";
import { compiledOf } from "../calendar/definePolicy.js";
import { InputError, describeValue, readList, readingValue } from "../errors.js";
import { formatDay } from "../time/calendarDate.js";
import type { Instant } from "../time/instant.js";
import { toEpochMs } from "../time/instant.js";
import { localDayOf } from "../time/wallClock.js";

/**
 * The policy version in force at `at` — typically a ticket's `createdAt`, so that a ticket is
 * judged by the version in force when it was created.
 *
 * The rule: each policy is in force from its `effectiveFrom` local date, read in **its own** time
 * zone (an offset-less `at` is also read in each policy's own zone); the answer is the policy with
 * the greatest `effectiveFrom` on or before the local date of `at`. A policy without
 * `effectiveFrom` is in force forever, with the lowest precedence: it is chosen only when no dated
 * version is in force yet. Ties (equal `effectiveFrom`, or several undated policies) go to the
 * one listed first.
 *
 * @throws InputError when `policies` is not a non-empty array of compiled policies, for a bad `at`,
 *   or when no policy is in force on that date (every version starts later).
 * @example
 * const v1 = definePolicy({ ...presets.auvikSupportV2, version: "1.0", effectiveFrom: "2020-01-01" });
 * const v2 = definePolicy(presets.auvikSupportV2); // version 2.0, effectiveFrom 2023-08-01
 * selectPolicy([v1, v2], "2023-07-31T23:59").version; //=> "1.0"
 * selectPolicy([v1, v2], "2023-08-01T00:00").version; //=> "2.0"
 * selectPolicy([v2], "2023-07-31T12:00"); // throws InputError: no policy is in force on 2023-07-31 …
 * @category SLA
 */
export function selectPolicy(policies: ReadonlyArray<Policy>, at: Instant): Policy {
  // The list is snapshotted (its length read once, each item once); what a read throws (a revoked
  // Proxy, a getter) is an InputError naming it (CONTRACT §12).
  const list = readingValue("policies", () => Array.isArray(policies)) ? readList(policies, "policies") : [];
  if (list.length === 0) {
    throw new InputError(`policies: ${describeValue(policies)} is not a non-empty array of policies; pass e.g. [definePolicy(v1), definePolicy(v2)]`);
  }
  let best: Policy | undefined;
  let bestFrom = -Infinity;
  let earliest: { day: number; policy: Policy; localDay: number } | undefined;
  for (let i = 0; i < list.length; i++) {
    const p = list[i] as Policy;
    let c;
    try {
      c = compiledOf(p);
    } catch {
      throw new InputError(`policies[${i}]: ${describeValue(p)} is not a compiled policy; pass the result of definePolicy(definition)`);
    }
    const t = toEpochMs(at, c.zone, "at");
    const day = localDayOf(c.zone, t);
    const from = c.normalized.effectiveFrom ?? -Infinity;
    if (from <= day) {
      if (best === undefined || from > bestFrom) {
        best = p;
        bestFrom = from;
      }
    } else if (earliest === undefined || from < earliest.day) {
      earliest = { day: from, policy: p, localDay: day };
    }
  }
  if (best === undefined) {
    const e = earliest!;
    throw new InputError(
      `at: no policy is in force on ${formatDay(e.localDay)} (${e.policy.timezone}); the earliest version starts on ${formatDay(e.day)}; add a version in force then, or one without effectiveFrom`,
    );
  }
  return best;
}
