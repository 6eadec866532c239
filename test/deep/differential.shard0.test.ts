/** Deep differential run, shard 0 of 4 (see deepShard.ts). */
import { it } from "vitest";
import { runShard } from "./deepShard.js";

it("the business-time functions and evaluateTicket agree with the reference (shard 0)", () => runShard(0));
