/** SLA model v2 against its reference, deep share 0 of 2 (see slaModelShard.ts). */
import { it } from "vitest";
import { runSlaShard } from "./slaModelShard.js";

it("evaluateTicket and checkBreaches agree with the v2 reference (SLA model shard 0)", () => runSlaShard(0));
