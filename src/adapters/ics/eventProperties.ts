/**
 * What the import reads of a VEVENT besides its times: UID, STATUS, SUMMARY (as a name and as a
 * label for messages), a time property's TZID and a rule that recurs every year on one date.
 *
 * @module
 */
import type ICAL from "ical.js";
import { InputError, SlaClockError, thrownText } from "../../errors.js";
import { POLICY_LIMITS } from "../../policy/policyLimits.js";
import type { IcalComponent, IcalTime } from "./parseCalendars.js";

const pad = (n: number) => String(n).padStart(2, "0");

/** The UID of a component, when it has a non-empty one. */
export function uidOf(component: IcalComponent): string | undefined {
  const uid = component.getFirstPropertyValue("uid");
  return typeof uid === "string" && uid !== "" ? uid : undefined;
}

/** Whether a component is cancelled (`STATUS:CANCELLED`, in any case). */
export function isCancelled(component: IcalComponent): boolean {
  return String(component.getFirstPropertyValue("status") ?? "").toUpperCase() === "CANCELLED";
}

/** An event for messages: its SUMMARY (60 characters at most), else its UID, and its DTSTART as written. */
export function eventLabel(component: IcalComponent): string {
  const summary = component.getFirstPropertyValue("summary");
  const uid = component.getFirstPropertyValue("uid");
  const dtstart = component.getFirstProperty("dtstart")?.toICALString() ?? "";
  const name = typeof summary === "string" ? clip(summary, 60) : "(no SUMMARY)";
  const id = typeof summary !== "string" && typeof uid === "string" ? ` UID ${JSON.stringify(clip(uid, 60))}` : "";
  return `event ${JSON.stringify(name)}${id}${dtstart ? ` (${dtstart})` : ""}`;
}

/**
 * What `read()` returns: a read of the VEVENT `label`, whose errors that are no sla-clock error
 * (ical.js's, for a malformed value it reads only when asked, or a rule it cannot expand) become an
 * InputError naming the event: `ics: <label>: <problem> (<what ical.js said>); <fix>`.
 */
export function readingEvent<T>(label: string, read: () => T, problem = "could not be read", fix = "correct the malformed value or remove the event"): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof SlaClockError) throw e;
    throw new InputError(`ics: ${label}: ${problem} (${thrownText(e)}); ${fix}`);
  }
}

/** The name of the entries of an event: its SUMMARY trimmed, cut to the length a policy's names may have; none when empty. */
export function nameOf(component: IcalComponent): string | undefined {
  const summary = component.getFirstPropertyValue("summary");
  if (typeof summary !== "string") return undefined;
  const name = summary.trim();
  return name === "" ? undefined : clip(name, POLICY_LIMITS.textLength);
}

/** The first `n` UTF-16 units of `s`, one fewer when the cut would split a surrogate pair (an emoji). */
export function clip(s: string, n: number): string {
  const c = s.charCodeAt(n - 1);
  return s.slice(0, c >= 0xd800 && c <= 0xdbff ? n - 1 : n);
}

/** The TZID parameter of a property, if any. */
export function tzidOf(component: IcalComponent, property: string): string | undefined {
  const p = component.getFirstProperty(property);
  const tzid = p?.getParameter("tzid");
  return typeof tzid === "string" && tzid !== "" ? tzid : undefined;
}

/** `"MM-DD"` when the event recurs every year on its start's month-day and nothing else; else null. */
export function fixedYearlyDate(component: IcalComponent, start: IcalTime): string | null {
  const rules = component.getAllProperties("rrule");
  if (rules.length !== 1 || component.hasProperty("rdate") || component.hasProperty("exdate")) return null;
  const rule = rules[0]!.getFirstValue() as InstanceType<typeof ICAL.Recur>;
  if (rule.freq !== "YEARLY" || (rule.interval ?? 1) !== 1 || rule.count || rule.until) return null;
  const parts = rule.parts as Record<string, number[] | undefined>;
  for (const [key, values] of Object.entries(parts)) {
    if (values === undefined || values.length === 0) continue;
    if (key === "BYMONTH" && values.length === 1 && values[0] === start.month) continue;
    if (key === "BYMONTHDAY" && values.length === 1 && values[0] === start.day) continue;
    return null;
  }
  return `${pad(start.month)}-${pad(start.day)}`;
}
