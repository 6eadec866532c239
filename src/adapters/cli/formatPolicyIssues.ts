/**
 * Policy problems as the CLI prints them.
 *
 * @module
 */
import { formatPath } from "../../errors.js";
import type { PolicyIssue } from "../../index.js";
import { plural } from "./plural.js";

/** `LABEL is invalid (N issues):` followed by one `  PATH: MESSAGE` line per issue. */
export function formatPolicyIssues(label: string, issues: ReadonlyArray<PolicyIssue>): string {
  const head = `sla-clock: ${label} is invalid (${plural(issues.length, "issue")}):`;
  return [head, ...issues.map((i) => `  ${formatPath(i.path)}: ${oneLine(i.message)}`)].join("\n");
}

/** Joins a multi-line message into one line. */
export function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, " ");
}

