import { it } from "vitest";
import * as sla from "../src/index.js";
it("dbg", () => {
  const p = sla.definePolicy({ timezone: "America/Toronto", hours: { mon: [["09:00","17:00"]], tue: [["09:00","17:00"]] }, severities: { s1: { targets: { firstResponse: "2h", resolution: "8h" } } } });
  const t0 = performance.now();
  const s = sla.evaluateTicket(p, { id: "OLD", createdAt: "1000-01-01T00:00Z", severity: "s1" }, "2026-03-02T12:00Z");
  console.log(performance.now() - t0, JSON.stringify(s.metrics.resolution));
  const t1 = performance.now();
  try { const e = sla.explainTicket(p, { id: "OLD", createdAt: "1900-01-01T00:00Z", severity: "s1" }, "2026-03-02T12:00Z"); console.log(performance.now() - t1, JSON.stringify(e).length); } catch (e: any) { console.log("EXPLAIN", e.message); }
  const t2 = performance.now();
  sla.evaluateTicket(p, { id: "OLD", createdAt: "1000-01-01T00:00Z", severity: "s1" }, "2026-03-02T12:00Z");
  console.log("warm", performance.now() - t2);
});
