import { describe, expect, it } from "vitest";
import { addBusinessTime, definePolicy, nextBusinessTime } from "../../src/index.js";

const T = Date.UTC(2026, 0, 1);

describe("a HorizonError says why no answer lies within 100 years", () => {
  it("blames the amount, not the policy, when the amount itself is longer than 100 years", () => {
    const open = definePolicy({ timezone: "UTC", hours: "24x7" });
    expect(() => addBusinessTime(open, T, "99999999h")).toThrow(
      "addBusinessTime: no answer within 100 calendar years (36,525 days) of the starting instant; the amount asked for is itself longer than 100 calendar years",
    );
  });

  it("says the policy has no business hours when it is never open", () => {
    const closed = definePolicy({ timezone: "UTC", hours: {} });
    expect(() => addBusinessTime(closed, T, "1h")).toThrow(/; the policy has no business hours at all$/);
    expect(() => nextBusinessTime(closed, T)).toThrow(/; the policy has no business hours at all$/);
  });

  it("says the business time does not add up when the policy is open too little for the amount", () => {
    const sparse = definePolicy({ timezone: "UTC", hours: { mon: [["09:00", "10:00"]] } }); // 1 h a week
    expect(() => addBusinessTime(sparse, T, "8000h")).toThrow(/; the policy's business time within them does not add up to the amount asked for$/);
  });
});
