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
  return [head, ...issues.map((i) => `  ${issuePath(i.path)}: ${oneLine(i.message)}`)].join("\n");
}

/** A key that reads unambiguously between dots: not empty, no dot, bracket, quote or white space. */
const PLAIN_KEY = /^[^\s.[\]"]+$/;

/**
 * A policy issue's path as the CLI prints it: `formatPath`'s form (`severities.sev1.targets`,
 * `holidays[3]`), with a key that is empty or holds a dot, a bracket, a quote or white space
 * written in brackets and quotes, so that the path still says which key it is
 * (`severities["a.b"].targets`, `statuses[""]`).
 *
 * @example
 * issuePath(["severities", "a.b", "targets"]); //=> 'severities["a.b"].targets'
 */
export function issuePath(path: ReadonlyArray<string | number>): string {
  if (path.every((k) => typeof k === "number" || PLAIN_KEY.test(k))) return formatPath(path);
  let out = "";
  for (const k of path) {
    if (typeof k === "number") out += `[${k}]`;
    else if (PLAIN_KEY.test(k)) out += out === "" ? k : `.${k}`;
    else out += `[${JSON.stringify(formatPath([k]))}]`; // (formatPath: a hostile key shortened and well-formed)
  }
  return out;
}

/** Joins a multi-line message into one line. */
export function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, " ");
}

