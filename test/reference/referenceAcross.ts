/**
 * The reference clocks measured across any span, for the tickets `checkBreaches` and `prioritize`
 * judge although they are open for more than 100 years (CONTRACT §12). Business time is additive
 * over adjacent intervals, so `[a, b)` is the sum of its hops of at most 100 years, each measured
 * by the reference as it stands; everything else is the reference unchanged.
 */
import type { Reference } from "./referenceBusinessTime.js";
import type { SlaClocksV2 } from "./referenceSlaV2.js";
import { HORIZON } from "./wallClock.js";

/** `ref` whose `businessTimeBetween(a, b)` of epoch ms `a < b` has no horizon. */
export function measuredAcross(ref: Reference): Reference {
  return {
    ...ref,
    businessTimeBetween: (a: unknown, b: unknown) => {
      if (typeof a !== "number" || typeof b !== "number" || b <= a) return ref.businessTimeBetween(a, b);
      let sum = 0;
      let from = a;
      for (; b - from > HORIZON; from += HORIZON) sum += ref.businessTimeBetween(from, from + HORIZON);
      return sum + ref.businessTimeBetween(from, b);
    },
  };
}

/** Both clocks of an SLA policy measured across any span. */
export function clocksAcross(clocks: SlaClocksV2): SlaClocksV2 {
  return { business: measuredAcross(clocks.business), calendar: measuredAcross(clocks.calendar) };
}
