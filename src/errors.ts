/**
 * Every error sla-clock throws on purpose is an instance of {@link SlaClockError}, with a stable
 * `code` and a `name` matching its class. Messages name the offending path, the value and the fix.
 *
 * @module
 */

/**
 * One problem found in a policy definition: where it is and what is wrong.
 *
 * @example
 * { path: ["hours", "mon", 0, 1], message: "\"25:00\" is not a time of day; use HH:MM between 00:00 and 24:00" }
 * @category Errors
 */
export interface PolicyIssue {
  /** Path from the root of the definition, e.g. `["hours", "mon", 0, 1]`. */
  readonly path: ReadonlyArray<string | number>;
  /** Human-readable message naming the bad value and the fix. */
  readonly message: string;
}

/**
 * Stable machine-readable codes, one per error class: `POLICY_INVALID` ({@link PolicyError}),
 * `INPUT_INVALID` ({@link InputError}), `HORIZON_EXCEEDED` ({@link HorizonError}).
 * @category Errors
 */
export type SlaClockErrorCode = "POLICY_INVALID" | "INPUT_INVALID" | "HORIZON_EXCEEDED";

/**
 * Base class of every error sla-clock throws deliberately.
 *
 * @example
 * try { addBusinessTime(policy, "nonsense", "2h"); }
 * catch (e) { if (e instanceof SlaClockError) console.log(e.code); } //=> "INPUT_INVALID"
 * @category Errors
 */
export class SlaClockError extends Error {
  /** Stable code of the error class. */
  readonly code: SlaClockErrorCode;
  constructor(code: SlaClockErrorCode, message: string) {
    super(message);
    this.code = code;
    this.name = "SlaClockError";
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

/**
 * A policy definition is invalid. `issues` lists every problem at once, each with its path.
 *
 * @example
 * const r = safeDefinePolicy({ timezone: "Mars/Base", hours: "24x7" });
 * r.success || r.error.issues[0].path; //=> ["timezone"]
 * @category Errors
 */
export class PolicyError extends SlaClockError {
  /** Every problem found, in document order. */
  readonly issues: ReadonlyArray<PolicyIssue>;
  constructor(issues: ReadonlyArray<PolicyIssue>) {
    super("POLICY_INVALID", formatIssues(issues));
    this.name = "PolicyError";
    this.issues = Object.freeze(issues.map((i) => Object.freeze({ path: Object.freeze([...i.path]), message: i.message })));
  }
}

/**
 * An argument (instant, duration, severity, ticket or event) is invalid.
 * @category Errors
 */
export class InputError extends SlaClockError {
  constructor(message: string) {
    super("INPUT_INVALID", message);
    this.name = "InputError";
  }
}

/**
 * No answer exists within 100 calendar years of the starting instant (a policy with no business
 * time, or an enormous duration), or a query spans more than that.
 * @category Errors
 */
export class HorizonError extends SlaClockError {
  constructor(message: string) {
    super("HORIZON_EXCEEDED", message);
    this.name = "HorizonError";
  }
}

/**
 * Renders a path as `hours.mon[0][1]`.
 *
 * @example
 * formatPath(["hours", "mon", 0, 1]); //=> "hours.mon[0][1]"
 * formatPath([]); //=> "(root)"
 */
export function formatPath(path: ReadonlyArray<string | number>): string {
  if (path.length === 0) return "(root)";
  let out = "";
  for (const p of path) {
    if (typeof p === "number") out += `[${p}]`;
    else out += out === "" ? p : `.${p}`;
  }
  return out;
}

/**
 * Shows a user-supplied value in a message, shortened so that a 1 MB string cannot flood a log.
 *
 * @example
 * describeValue("25:00"); //=> "\"25:00\""
 */
export function describeValue(value: unknown): string {
  let s: string;
  try {
    if (typeof value === "string") s = JSON.stringify(value);
    else if (typeof value === "number") s = Object.is(value, -0) ? "-0" : String(value);
    else if (typeof value === "bigint") s = `${value}n`;
    else if (value === undefined) s = "undefined";
    else if (typeof value === "function") s = "a function";
    else if (typeof value === "symbol") s = "a symbol";
    else if (value instanceof Date) s = Number.isNaN(value.getTime()) ? "Invalid Date" : value.toISOString();
    else s = JSON.stringify(value) ?? String(value);
  } catch {
    s = Object.prototype.toString.call(value);
  }
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

function formatIssues(issues: ReadonlyArray<PolicyIssue>): string {
  if (issues.length === 0) return "Invalid policy";
  const lines = issues.slice(0, 20).map((i) => `${formatPath(i.path)}: ${i.message}`);
  if (issues.length > 20) lines.push(`… and ${issues.length - 20} more`);
  return `Invalid policy (${issues.length} issue${issues.length === 1 ? "" : "s"}):\n  ${lines.join("\n  ")}`;
}
