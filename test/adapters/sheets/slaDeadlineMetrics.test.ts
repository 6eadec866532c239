/**
 * SLA_DEADLINE's `metric` argument for the targets that start at creation: a business-day
 * resolution target and a timeIn metric (CONTRACT §6, issue 13).
 */
import { describe, expect, it } from "vitest";
import { createSheetFunctions } from "../../../src/adapters/sheets/createSheetFunctions.js";
import { defaultSheetEnv } from "../../../src/adapters/sheets/defaultSheetEnv.js";
import { helpdeskDefinition } from "../../sla/slaFixtures.js";

const sheets = createSheetFunctions(defaultSheetEnv);
const policy = JSON.stringify({ ...helpdeskDefinition, holidays: [] });
const friday10 = new Date("2026-11-27T15:00:00Z"); // Fri 10:00 Toronto

describe("SLA_DEADLINE with the new metrics", () => {
  it("resolution by 17:00 on the second business day: Tue 17:00", () => {
    expect(sheets.SLA_DEADLINE(friday10, "sev3", "resolution", policy)).toEqual(new Date("2026-12-01T22:00:00Z"));
  });
  it("a timeIn metric counted from created: agentWork 8 business hours from Fri 10:00 is Fri 18:00", () => {
    expect(sheets.SLA_DEADLINE(friday10, "sev1", "agentWork", policy)).toEqual(new Date("2026-11-27T23:00:00Z"));
  });
  it("a ranged call spills one deadline per row", () => {
    expect(sheets.SLA_DEADLINE([[friday10], [friday10]], [["sev3"], ["sev1"]], "resolution", policy)).toEqual([
      [new Date("2026-12-01T22:00:00Z")],
      [new Date("2026-11-30T21:00:00Z")], // sev1: 24 business hours = 12 on Friday + 12 from Mon 04:00 → Mon 16:00
    ]);
  });
});
