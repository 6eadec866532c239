/** SLA model v2 against its reference, deep share 1 of 2 (see slaModelShard.ts). */
import { it } from "vitest";
import { runSlaShard } from "./slaModelShard.js";

it("evaluateTicket and checkBreaches agree with the v2 reference (SLA model shard 1)", () => runSlaShard(1));
