/**
 * Reading a ticket at the edge: validating it and its events, turning instants into epoch ms, and
 * sorting the events. Everything after this trusts the {@link Timeline}.
 *
 * @module
 */
import type { CompiledPolicy } from "../calendar/definePolicy.js";
import { HorizonError, InputError, PolicyError, SlaClockError, describeValue, isoOf, unreadable } from "../errors.js";
import { toEpochMs } from "../time/instant.js";
import { metricPlan } from "./metricPlan.js";
import { severityProblem } from "./severityProblem.js";
import type { TicketEventType } from "./types.js";

/** One validated event, in epoch ms (every event has the same shape). */
export interface TimelineEvent {
  /** The library's own string constant (so comparing types is comparing references). */
  readonly type: TicketEventType;
  readonly at: number;
  /**
   * The rank (index in the policy's `severities`) of the new severity of a `severity` event, the
   * index (in the policy's `statuses`) of the status a `status` event enters, the group of an
   * `assign` event; undefined for the other types.
   */
  readonly arg: string | number | undefined;
}

/** A validated ticket: events sorted by `at` (stable), only those at or before `now`. */
export interface Timeline {
  readonly id?: string;
  readonly createdAt: number;
  /** Rank (index in the policy's `severities`) of the severity at creation. */
  readonly severity: number;
  readonly events: ReadonlyArray<TimelineEvent>;
  /** `max(now, createdAt)`: the instant the ticket is evaluated at. */
  readonly now: number;
  /** Index of the status at creation (`ticket.status`, else 0); -1 when the policy has no statuses. */
  readonly status: number;
  /** Group at creation, read only when some severity targets `ownership`. */
  readonly group?: string;
}

/**
 * The library's own constant for an event type, or undefined for anything else (a `switch` of
 * strict comparisons: faster than a map lookup for ten short names, and comparing the result is
 * comparing references).
 */
function eventTypeOf(raw: unknown): TicketEventType | undefined {
  switch (raw) {
    case "response":
      return "response";
    case "update":
      return "update";
    case "pause":
      return "pause";
    case "resume":
      return "resume";
    case "severity":
      return "severity";
    case "resolve":
      return "resolve";
    case "reopen":
      return "reopen";
    case "status":
      return "status";
    case "customerReply":
      return "customerReply";
    case "assign":
      return "assign";
  }
  return undefined;
}
const EVENT_TYPE_LIST = '"response", "update", "pause", "resume", "severity", "resolve", "reopen", "status", "customerReply" or "assign"';

/**
 * How messages name a ticket: `ticket "T-9"`, `tickets[3] (id "T-9")`, `tickets[3]` or `ticket`.
 */
export function ticketLabel(id: string | undefined, index: number | undefined): string {
  if (id !== undefined) return index === undefined ? `ticket ${describeValue(id)}` : `tickets[${index}] (id ${describeValue(id)})`;
  return index === undefined ? "ticket" : `tickets[${index}]`;
}

/**
 * Runs `evaluate(c, timeline, withStatus)` (the evaluation of a validated ticket) so that every
 * error it throws names the ticket, whatever its class: a `HorizonError` (a deadline beyond the
 * horizon, a ticket open for more than 100 years), a `PolicyError` (zone data a year needs) or an
 * `InputError` becomes the same class with a message starting `ticket "T-9": ` or
 * `tickets[3] (id "T-9"): ` (for a `PolicyError`, each issue's message does). Errors that are not an
 * `SlaClockError` (defects) pass through unchanged. The evaluation and its arguments are passed
 * rather than a closure: a closure made per ticket cost the evaluation ≈ 2 %.
 */
export function namingTicket<T>(
  timeline: Timeline,
  index: number | undefined,
  evaluate: (c: CompiledPolicy, timeline: Timeline, withStatus?: boolean) => T,
  c: CompiledPolicy,
  withStatus?: boolean,
): T {
  try {
    return evaluate(c, timeline, withStatus);
  } catch (e) {
    if (!(e instanceof SlaClockError)) throw e;
    const prefix = `${ticketLabel(timeline.id, index)}: `;
    if (e instanceof PolicyError) throw new PolicyError(e.issues.map((i) => ({ path: i.path, message: prefix + i.message })));
    if (e instanceof HorizonError) throw new HorizonError(prefix + e.message);
    if (e instanceof InputError) throw new InputError(prefix + e.message);
    throw e;
  }
}

/**
 * Sorts events by `at`, stably (ties keep their input order): a few events (a ticket's usual
 * log) by insertion, several times faster than `Array#sort` there; longer lists by `Array#sort`
 * (stable too), so that no input makes it quadratic.
 */
function sortByInstant(events: TimelineEvent[]): void {
  if (events.length > 16) {
    events.sort((a, b) => a.at - b.at);
    return;
  }
  for (let i = 1; i < events.length; i++) {
    const e = events[i]!;
    let j = i;
    for (; j > 0 && events[j - 1]!.at > e.at; j--) events[j] = events[j - 1]!;
    events[j] = e;
  }
}

/** Largest length a real array can have (2^32 - 1). */
const MAX_ARRAY_LENGTH = 4_294_967_295;

/**
 * A problem with the field being read, whose path the reader adds (`rest` follows it): thrown by the
 * checks below and by `readTicket` itself, and turned into an `InputError` there, where what was
 * being read is known: every message of a bad ticket is built in that one place.
 */
class FieldProblem extends Error {
  constructor(readonly rest: string) {
    super(rest);
  }
}

/** The rank of a severity of the policy. */
function checkSeverity(c: CompiledPolicy, value: unknown): number {
  const rank = typeof value === "string" ? c.severityRank.get(value) : undefined;
  if (rank !== undefined) return rank;
  throw new FieldProblem(`: ${severityProblem(c, value)}`);
}

/** The index of a status of the policy (which has statuses). */
function checkStatus(c: CompiledPolicy, value: unknown): number {
  const statuses = c.normalized.statuses!;
  if (typeof value === "string") {
    for (let i = 0; i < statuses.length; i++) if (statuses[i]!.key === value) return i;
  }
  const known = statuses.map((s) => JSON.stringify(s.key)).join(", ");
  const why = value === undefined ? "is missing" : `${describeValue(value)} is not a status of this policy`;
  throw new FieldProblem(`: ${why}; use one of ${known}`);
}

function checkGroup(value: unknown): string {
  if (typeof value === "string") return value;
  const why = value === undefined ? "is missing" : `${describeValue(value)} is not a group name`;
  throw new FieldProblem(`: ${why}; pass the group as a string, e.g. "tier-2"`);
}

/**
 * Epoch ms of an instant. A bad instant is a {@link FieldProblem} (the message of `toEpochMs`
 * starts with the `what` it was given, which `readTicket` replaces by the field's path); anything
 * else the value throws while being read (a luxon look-alike whose methods throw, a revoked Proxy)
 * passes to `readTicket`, which reports it as "could not be read".
 */
function instantOf(value: unknown, zone: CompiledPolicy["zone"], what: string): number {
  try {
    return toEpochMs(value, zone, what);
  } catch (e) {
    if (e instanceof InputError && e.message.startsWith(what)) throw new FieldProblem(e.message.slice(what.length));
    throw e;
  }
}

/**
 * Where `readTicket` was reading (the ticket, an event, or a field of either): the ticket's label
 * and the field's path, joined as in `tickets[3].events[1].at` or `ticket "T-9" events[1].at`.
 */
function readingPath(id: string | undefined, index: number | undefined, event: number, name: string): string {
  if (event >= 0) name = name === "" ? `events[${event}]` : `events[${event}].${name}`;
  else if (name === "") return ticketLabel(undefined, index);
  return ticketLabel(id, index) + (id === undefined ? "." : " ") + name;
}

/**
 * Validates `ticket`, reads its instants in the policy's zone and sorts its events.
 *
 * @param now - epoch ms; events after it are dropped (after validation).
 * @param index - the ticket's position in a batch, for messages.
 * @param seen - receives the ticket's `id` as soon as it is read (so that a batch can report it
 *   with an error without reading the ticket again).
 * @throws InputError naming the ticket (id and/or index), the event index and the field: a ticket
 *   that is not an object, a non-string `id`, a bad `createdAt`, an unknown severity, `events` that
 *   is not an array, an event that is not an object, an unknown `type`, a bad `at`, an `at` before
 *   `createdAt`, or a `severity` event with an unknown `severity`; a `status` event on a policy
 *   without statuses or with an unknown `status`; an `assign` event whose `group` is not a string;
 *   an unknown `ticket.status` (read only when the policy has statuses) or a `ticket.group` that is
 *   not a string (read only when some severity targets `ownership`); `events` whose `length` is not
 *   an array length; anything a field throws when read (a getter, a revoked Proxy as the ticket, as
 *   `events` or as an event, a luxon look-alike whose methods throw), as "could not be read".
 */
export function readTicket(c: CompiledPolicy, ticket: unknown, now: number, index?: number, seen?: { id?: string }): Timeline {
  // Each field is read once (a getter runs once), and only when the policy uses it. Whatever a read
  // throws (a getter, a Proxy trap, Array.isArray on a revoked Proxy) becomes an InputError naming
  // the field: what is being read is tracked in plain variables, so the path is built only for a
  // message (this runs for every event of every ticket: no closure or string per read). The checks
  // throw a FieldProblem, to which the catch below adds that path.
  let name = ""; // the field being read; "" while reading the ticket itself or an event
  let event = -1; // the event being read, or -1
  let id: string | undefined;
  try {
    if (typeof ticket !== "object" || ticket === null || Array.isArray(ticket)) {
      throw new FieldProblem(`: ${describeValue(ticket)} is not a ticket; pass { id?, createdAt, severity, events? }`);
    }
    const t = ticket as Record<string, unknown>;
    name = "id"; // (readingPath names it as `ticket.id` / `tickets[i].id`: the id is not known yet)
    const rawId = t["id"];
    if (rawId !== undefined && typeof rawId !== "string") {
      throw new FieldProblem(`: ${describeValue(rawId)} is not a string; pass ticket ids as strings (e.g. String(id))`);
    }
    id = rawId;
    if (seen !== undefined && id !== undefined) seen.id = id;
    const zone = c.zone;
    name = "createdAt";
    const createdAt = instantOf(t["createdAt"], zone, "createdAt");
    name = "severity";
    const severity = checkSeverity(c, t["severity"]);
    const statuses = c.normalized.statuses;
    let status = -1;
    if (statuses !== null) {
      name = "status";
      const rawStatus = t["status"];
      status = rawStatus === undefined ? 0 : checkStatus(c, rawStatus);
    }
    let rawGroup: string | undefined;
    if (metricPlan(c.normalized).stints) {
      name = "group";
      const g = t["group"];
      if (g !== undefined) rawGroup = checkGroup(g);
    }
    name = "events";
    const rawEvents = t["events"];
    if (rawEvents !== undefined && !Array.isArray(rawEvents)) {
      throw new FieldProblem(`: ${describeValue(rawEvents)} is not an array of events; pass e.g. [{ "type": "response", "at": "2026-11-30T09:00" }]`);
    }
    // The array is snapshotted: its length is read once (a Proxy whose length grows cannot make the
    // loop run on), its items by index, once each.
    let length = 0;
    if (rawEvents !== undefined) {
      name = "events.length";
      const l = (rawEvents as unknown as Record<string, unknown>)["length"] as number; // checked: Number.isInteger is false for anything but a number
      if (!Number.isInteger(l) || l < 0 || l > MAX_ARRAY_LENGTH) {
        throw new FieldProblem(`: ${describeValue(l)} is not the length of an array; pass a plain array of events`);
      }
      length = l;
    }
    const events: TimelineEvent[] = [];
    let sorted = true;
    if (rawEvents !== undefined) {
      const items = rawEvents as unknown as Record<number, unknown>;
      for (let i = 0; i < length; i++) {
        event = i;
        name = "";
        const e: unknown = items[i];
        if (typeof e !== "object" || e === null || Array.isArray(e)) {
          throw new FieldProblem(`: ${describeValue(e)} is not an event; pass { "type": …, "at": … }`);
        }
        const fields = e as Record<string, unknown>;
        name = "type";
        const raw = fields["type"];
        const type = eventTypeOf(raw);
        if (type === undefined) {
          const why = raw === undefined ? "is missing" : `${describeValue(raw)} is not an event type`;
          throw new FieldProblem(`: ${why}; use ${EVENT_TYPE_LIST}`);
        }
        name = "at";
        const at = instantOf(fields["at"], zone, "at");
        if (at < createdAt) {
          throw new FieldProblem(
            `: ${isoOf(at)} is before the ticket's createdAt (${isoOf(createdAt)}); events cannot precede the ticket`,
          );
        }
        let arg: string | number | undefined;
        if (type === "severity") {
          name = "severity";
          arg = checkSeverity(c, fields["severity"]);
        } else if (type === "status") {
          if (statuses === null) {
            name = "type";
            throw new FieldProblem(`: "status" needs a policy with "statuses"; this policy has none (use "pause"/"resume" and "resolve"/"reopen", or add statuses to the policy)`);
          }
          name = "status";
          arg = checkStatus(c, fields["status"]);
        } else if (type === "assign") {
          name = "group";
          arg = checkGroup(fields["group"]);
        }
        if (i > 0 && events[i - 1]!.at > at) sorted = false;
        events.push({ type, at, arg });
      }
    }
    if (!sorted) sortByInstant(events);
    const evaluatedAt = Math.max(now, createdAt);
    let n = events.length;
    while (n > 0 && events[n - 1]!.at > now) n--;
    if (n < events.length) events.length = n;
    const timeline: { -readonly [K in keyof Timeline]: Timeline[K] } = { createdAt, severity, events, now: evaluatedAt, status };
    if (id !== undefined) timeline.id = id;
    if (rawGroup !== undefined) timeline.group = rawGroup;
    return timeline;
  } catch (e) {
    if (e instanceof FieldProblem) throw new InputError(readingPath(id, index, event, name) + e.rest);
    if (e instanceof SlaClockError) throw e;
    throw unreadable(readingPath(id, index, event, name), e);
  }
}
