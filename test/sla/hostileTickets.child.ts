/**
 * Run by hostileTickets.test.ts in a child process: runs the case of hostileTickets.cases.ts named
 * by argv[2] and prints, as JSON, what it ended with. Were a loop endless, the parent's timeout
 * (not the test runner) would end it.
 */
import { outcome } from "./hostileTickets.cases.js";

process.stdout.write(JSON.stringify(outcome(process.argv[2]!)));
