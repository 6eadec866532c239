/**
 * iCalendar (RFC 5545) → holiday entries, for `sla-clock holidays --from-ics`. CLI only: it uses
 * ical.js, which neither the core nor `sla-clock/lite` may reach.
 *
 * @module
 */
import ICAL from "ical.js";
import { InputError } from "../../errors.js";
import { definePolicy } from "../../index.js";
import type { PolicyDefinition } from "../../index.js";
import { POLICY_LIMITS } from "../../policy/policyLimits.js";
import { dayFromCivil, formatDay } from "../../time/calendarDate.js";
import { wallToEpoch } from "../../time/wallClock.js";
import { getZoneRules, isKnownZone } from "../../time/zoneRules.js";
import type { YearSpan } from "../../calendar/expandRegionHolidays.js";

type IcalTime = InstanceType<typeof ICAL.Time>;
type IcalComponent = InstanceType<typeof ICAL.Component>;

/**
 * Days one all-day event may cover, occurrences one recurring event may expand to within the
 * years, and occurrences it may have before their end (so that every loop is bounded).
 */
export const ICS_LIMITS = Object.freeze({ daysPerEvent: 366, occurrencesPerEvent: 5_000, occurrencesScanned: 200_000 });

/** What {@link holidaysFromIcs} did, besides the definition. */
export interface IcsImport {
  /** The policy with the calendar's events added to `holidays`. */
  readonly definition: PolicyDefinition;
  /** Events turned into entries, and events left out (with why). */
  readonly added: number;
  readonly skipped: ReadonlyArray<string>;
}

interface Entry {
  readonly date?: string;
  readonly annual?: string;
  readonly from?: string;
  readonly to?: string;
  readonly name?: string;
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/**
 * Adds the events of an iCalendar file to a policy's holidays (CONTRACT §10).
 *
 * Rule: an all-day event (`DTSTART;VALUE=DATE`) closes each local date from its start to its end
 * (exclusive; one day by default) as `{ date, name }`, named by its `SUMMARY`. A timed event
 * becomes a closure `{ from, to, name }`: UTC times (`…Z`) and times with a `TZID` are exact
 * instants (the `VTIMEZONE` of the file when it defines that `TZID`, else the IANA zone of that
 * name), floating times are wall clock in the policy's zone. An all-day event recurring every year
 * on its date (`RRULE:FREQ=YEARLY` with no `COUNT`, `UNTIL`, `INTERVAL` above 1, `BYDAY`-style parts
 * or exceptions) becomes an annual entry `{ annual: "MM-DD", name }`; every other recurrence
 * (`BYDAY=2MO`, monthly, weekly, bounded ones, `EXDATE`s) is expanded into dated entries or closures
 * for the local years `years`, and then `holidayYears` records those years (their overlap with the
 * policy's own `holidayYears`): the list is complete only for them.
 *
 * Edge cases: a date or month-day that the policy (or an earlier event) already decides is left
 * alone, so the result never has duplicates; cancelled events (`STATUS:CANCELLED`), events with a
 * `RECURRENCE-ID` (moved occurrences) and empty timed events are skipped and listed in `skipped`;
 * names are cut to 200 characters. Lines may be folded (RFC 5545 §3.1); a byte-order mark is
 * ignored.
 *
 * @throws InputError for text that is not iCalendar, a `TZID` that neither the file nor the IANA
 *   database defines, an event longer than 366 days or a recurrence with more than 5,000
 *   occurrences in the years; PolicyError when the policy, or the result, is invalid.
 * @example
 * holidaysFromIcs(policy, "BEGIN:VCALENDAR\r\n…BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261224\r\nSUMMARY:Christmas Eve\r\nEND:VEVENT…", { from: 2026, to: 2035 })
 *   .definition.holidays; //=> [ …, { date: "2026-12-24", name: "Christmas Eve" } ]
 * @category Holidays
 */
export function holidaysFromIcs(definition: unknown, icsText: string, years: YearSpan): IcsImport {
  const policy = definePolicy(definition);
  const def = JSON.parse(JSON.stringify(policy.definition)) as Record<string, unknown> & { holidays?: Entry[]; holidayYears?: [number, number] };
  const root = parseCalendar(icsText);
  const holidays: Entry[] = [...(def.holidays ?? [])];
  const dates = new Set(holidays.filter((h) => h.date !== undefined).map((h) => h.date!));
  const annuals = new Set(holidays.filter((h) => h.annual !== undefined).map((h) => h.annual!));
  const skipped: string[] = [];
  let added = 0;
  let expanded = false;
  const yearStart = dayFromCivil(years.from, 1, 1);
  const yearEnd = dayFromCivil(years.to + 1, 1, 1);

  const addDate = (day: number, name: string | undefined) => {
    const date = formatDay(day);
    if (dates.has(date) || annuals.has(date.slice(5))) return;
    dates.add(date);
    holidays.push(name === undefined ? { date } : { date, name });
    added++;
  };

  for (const component of root.getAllSubcomponents("vevent")) {
    const event = new ICAL.Event(component);
    const label = eventLabel(component);
    const name = nameOf(component);
    if (String(component.getFirstPropertyValue("status") ?? "").toUpperCase() === "CANCELLED") {
      skipped.push(`${label}: cancelled`);
      continue;
    }
    if (component.hasProperty("recurrence-id")) {
      skipped.push(`${label}: a moved occurrence of a recurring event (RECURRENCE-ID) is not supported; add it as its own event`);
      continue;
    }
    const start = event.startDate;
    if (start === null || start === undefined) {
      skipped.push(`${label}: no DTSTART`);
      continue;
    }
    const allDay = start.isDate;
    const lengthDays = allDay ? Math.max(1, dayOfTime(event.endDate ?? start) - dayOfTime(start)) : 0;
    if (allDay && lengthDays > ICS_LIMITS.daysPerEvent) {
      throw new InputError(`ics: ${label} lasts ${lengthDays} days, more than ${ICS_LIMITS.daysPerEvent}; split it`);
    }

    if (!event.isRecurring()) {
      if (allDay) {
        for (let d = 0; d < lengthDays; d++) addDate(dayOfTime(start) + d, name);
      } else {
        const closure = closureOf(root, component, start, event.endDate, name);
        if (closure === null) skipped.push(`${label}: ends at or before it starts`);
        else {
          holidays.push(closure);
          added++;
        }
      }
      continue;
    }

    const annual = allDay && lengthDays === 1 ? fixedYearlyDate(component, start) : null;
    if (annual !== null) {
      if (!annuals.has(annual)) {
        annuals.add(annual);
        holidays.push(name === undefined ? { annual } : { annual, name });
        added++;
      }
      continue;
    }

    // Any other recurrence: its occurrences in the years.
    expanded = true;
    const iterator = event.iterator();
    let count = 0;
    let scanned = 0;
    for (let next = iterator.next(); next !== null && next !== undefined; next = iterator.next()) {
      const day = dayOfTime(next);
      if (day >= yearEnd) break;
      if (++scanned > ICS_LIMITS.occurrencesScanned) {
        throw new InputError(`ics: ${label} recurs more than ${ICS_LIMITS.occurrencesScanned} times before the end of ${years.to}; shorten or split it`);
      }
      if (day + Math.max(lengthDays, 1) <= yearStart) continue;
      if (++count > ICS_LIMITS.occurrencesPerEvent) {
        throw new InputError(`ics: ${label} recurs more than ${ICS_LIMITS.occurrencesPerEvent} times in ${years.from}–${years.to}; choose fewer years`);
      }
      if (allDay) {
        for (let d = 0; d < lengthDays; d++) if (day + d >= yearStart && day + d < yearEnd) addDate(day + d, name);
      } else {
        const end = next.clone();
        end.addDuration(event.duration);
        const closure = closureOf(root, component, next, end, name);
        if (closure !== null) {
          holidays.push(closure);
          added++;
        }
      }
    }
  }

  if (holidays.length > POLICY_LIMITS.holidays) {
    throw new InputError(`ics: the policy would have ${holidays.length} holiday entries, more than the ${POLICY_LIMITS.holidays} a policy may hold; choose fewer years`);
  }
  const out: Record<string, unknown> = {};
  const covered = def.holidayYears;
  const span: [number, number] | undefined = expanded
    ? [Math.max(years.from, covered?.[0] ?? years.from), Math.min(years.to, covered?.[1] ?? years.to)]
    : covered;
  if (span !== undefined && span[0] > span[1]) {
    throw new InputError(`years: ${years.from}-${years.to} lies outside the policy's holidayYears ${covered![0]}–${covered![1]}; choose years inside them`);
  }
  for (const [key, value] of Object.entries(def)) {
    if (key === "holidays" || key === "holidayYears") continue;
    out[key] = value;
    if (key === "hours") {
      out["holidays"] = holidays;
      if (span !== undefined) out["holidayYears"] = span;
    }
  }
  const result = out as unknown as PolicyDefinition;
  definePolicy(result); // the result must be a valid policy (PolicyError otherwise)
  return { definition: result, added, skipped };
}

function parseCalendar(text: string): IcalComponent {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let jcal: unknown;
  try {
    jcal = ICAL.parse(clean);
  } catch (e) {
    throw new InputError(`ics: not an iCalendar file (${String((e as Error).message ?? e).split("\n")[0]})`);
  }
  const first = Array.isArray(jcal) && typeof jcal[0] === "string" ? jcal : Array.isArray(jcal) ? (jcal[0] as unknown) : undefined;
  if (!Array.isArray(first) || String(first[0]).toLowerCase() !== "vcalendar") {
    throw new InputError("ics: not an iCalendar file (it has no BEGIN:VCALENDAR … END:VCALENDAR)");
  }
  return new ICAL.Component(first);
}

function eventLabel(component: IcalComponent): string {
  const summary = component.getFirstPropertyValue("summary");
  const dtstart = component.getFirstProperty("dtstart")?.toICALString() ?? "";
  return `event ${JSON.stringify(typeof summary === "string" ? summary.slice(0, 60) : "(no SUMMARY)")}${dtstart ? ` (${dtstart})` : ""}`;
}

function nameOf(component: IcalComponent): string | undefined {
  const summary = component.getFirstPropertyValue("summary");
  if (typeof summary !== "string") return undefined;
  const name = summary.trim();
  return name === "" ? undefined : name.slice(0, POLICY_LIMITS.textLength);
}

function dayOfTime(t: IcalTime): number {
  return dayFromCivil(t.year, t.month, t.day);
}

/** `"MM-DD"` when the event recurs every year on its start's month-day and nothing else; else null. */
function fixedYearlyDate(component: IcalComponent, start: IcalTime): string | null {
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

/** The TZID parameter of a property, if any. */
function tzidOf(component: IcalComponent, property: string): string | undefined {
  const p = component.getFirstProperty(property);
  const tzid = p?.getParameter("tzid");
  return typeof tzid === "string" && tzid !== "" ? tzid : undefined;
}

/** An ISO point for a timed value: exact (`Z`) when it has a zone, wall clock in the policy's zone when floating. */
function isoPoint(root: IcalComponent, t: IcalTime, tzid: string | undefined): string {
  const zone = t.zone;
  const utc = zone === ICAL.Timezone.utcTimezone || (zone !== undefined && zone !== null && zone.tzid === "UTC");
  if (utc) return new Date(t.toUnixTime() * 1000).toISOString();
  if (tzid !== undefined) {
    const defined = root.getAllSubcomponents("vtimezone").some((z) => z.getFirstPropertyValue("tzid") === tzid);
    if (defined && zone !== undefined && zone !== null && (zone as { component?: unknown }).component) {
      return new Date(t.toUnixTime() * 1000).toISOString();
    }
    if (isKnownZone(tzid)) {
      const ms = ((t.hour * 60 + t.minute) * 60 + t.second) * 1000;
      return new Date(wallToEpoch(getZoneRules(tzid), dayOfTime(t), ms)).toISOString();
    }
    throw new InputError(`ics: TZID ${JSON.stringify(tzid)} is neither defined by a VTIMEZONE in the file nor an IANA time zone`);
  }
  return `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}T${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}`;
}

function closureOf(root: IcalComponent, component: IcalComponent, start: IcalTime, end: IcalTime | null, name: string | undefined): Entry | null {
  if (end === null || end === undefined) return null;
  const from = isoPoint(root, start, tzidOf(component, "dtstart"));
  const to = isoPoint(root, end, tzidOf(component, component.hasProperty("dtend") ? "dtend" : "dtstart"));
  const a = Date.parse(from.endsWith("Z") ? from : `${from}Z`);
  const b = Date.parse(to.endsWith("Z") ? to : `${to}Z`);
  if (from.endsWith("Z") === to.endsWith("Z") && b <= a) return null;
  return name === undefined ? { from, to } : { from, to, name };
}
