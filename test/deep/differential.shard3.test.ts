/** Deep differential run, shard 3 of 4 (see deepShard.ts). */
import { it } from "vitest";
import { runShard } from "./deepShard.js";

it("the business-time functions and evaluateTicket agree with the reference (shard 3)", () => runShard(3));
