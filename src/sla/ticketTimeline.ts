/**
 * Reading a ticket at the edge: validating it and its events, turning instants into epoch ms, and
 * sorting the events. Everything after this trusts the {@link Timeline}.
 *
 * @module
 */
import type { CompiledPolicy } from "../calendar/definePolicy.js";
import { InputError, describeValue } from "../errors.js";
import { toEpochMs } from "../time/instant.js";
import type { TicketEventType } from "./types.js";

/** One validated event, in epoch ms. */
export interface TimelineEvent {
  readonly type: TicketEventType;
  readonly at: number;
  /** The new severity of a `severity` event. */
  readonly severity?: string;
  /** The index (in the policy's `statuses`) of the status a `status` event enters. */
  readonly status?: number;
  /** The group of an `assign` event. */
  readonly group?: string;
}

/** A validated ticket: events sorted by `at` (stable), only those at or before `now`. */
export interface Timeline {
  readonly id?: string;
  readonly createdAt: number;
  /** Severity at creation. */
  readonly severity: string;
  readonly events: ReadonlyArray<TimelineEvent>;
  /** `max(now, createdAt)`: the instant the ticket is evaluated at. */
  readonly now: number;
  /** Index of the status at creation (`ticket.status`, else 0); -1 when the policy has no statuses. */
  readonly status: number;
  /** Group at creation, read only when some severity targets `ownership`. */
  readonly group?: string;
}

const EVENT_TYPES: ReadonlySet<string> = new Set<TicketEventType>([
  "response",
  "update",
  "pause",
  "resume",
  "severity",
  "resolve",
  "reopen",
  "status",
  "customerReply",
  "assign",
]);
const EVENT_TYPE_LIST = '"response", "update", "pause", "resume", "severity", "resolve", "reopen", "status", "customerReply" or "assign"';

/**
 * How messages name a ticket: `ticket "T-9"`, `tickets[3] (id "T-9")`, `tickets[3]` or `ticket`.
 */
function ticketLabel(id: string | undefined, index: number | undefined): string {
  if (id !== undefined) return index === undefined ? `ticket ${describeValue(id)}` : `tickets[${index}] (id ${describeValue(id)})`;
  return index === undefined ? "ticket" : `tickets[${index}]`;
}

/** Joins a ticket label and a field path: `tickets[3].events[1].at`, `ticket "T-9" events[1].at`. */
function fieldOf(label: string, id: string | undefined, field: string): string {
  return id === undefined ? `${label}.${field}` : `${label} ${field}`;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function checkSeverity(c: CompiledPolicy, value: unknown, what: () => string): string {
  if (typeof value === "string" && c.severityRank.has(value)) return value;
  const known = c.normalized.severities.map((s) => JSON.stringify(s.key)).join(", ");
  const why = value === undefined ? "is missing" : `${describeValue(value)} is not a severity of this policy`;
  throw new InputError(`${what()}: ${why}; use one of ${known}`);
}

/** The index of a status of the policy (which has statuses). */
function checkStatus(c: CompiledPolicy, value: unknown, what: () => string): number {
  const statuses = c.normalized.statuses!;
  if (typeof value === "string") {
    for (let i = 0; i < statuses.length; i++) if (statuses[i]!.key === value) return i;
  }
  const known = statuses.map((s) => JSON.stringify(s.key)).join(", ");
  const why = value === undefined ? "is missing" : `${describeValue(value)} is not a status of this policy`;
  throw new InputError(`${what()}: ${why}; use one of ${known}`);
}

function checkGroup(value: unknown, what: () => string): string {
  if (typeof value === "string") return value;
  const why = value === undefined ? "is missing" : `${describeValue(value)} is not a group name`;
  throw new InputError(`${what()}: ${why}; pass the group as a string, e.g. "tier-2"`);
}

/**
 * Epoch ms of an instant. The ticket's label is only built when the instant is bad: the message of
 * `toEpochMs` starts with the `what` it was given, which is then replaced by the full field path.
 */
function instantOf(value: unknown, zone: CompiledPolicy["zone"], field: (f: string) => string, name: string): number {
  try {
    return toEpochMs(value, zone, name);
  } catch (e) {
    if (e instanceof InputError && e.message.startsWith(name)) throw new InputError(field(name) + e.message.slice(name.length));
    throw e;
  }
}

/**
 * Validates `ticket`, reads its instants in the policy's zone and sorts its events.
 *
 * @param now - epoch ms; events after it are dropped (after validation).
 * @param index - the ticket's position in a batch, for messages.
 * @throws InputError naming the ticket (id and/or index), the event index and the field: a ticket
 *   that is not an object, a non-string `id`, a bad `createdAt`, an unknown severity, `events` that
 *   is not an array, an event that is not an object, an unknown `type`, a bad `at`, an `at` before
 *   `createdAt`, or a `severity` event with an unknown `severity`; a `status` event on a policy
 *   without statuses or with an unknown `status`; an `assign` event whose `group` is not a string;
 *   an unknown `ticket.status` (read only when the policy has statuses) or a `ticket.group` that is
 *   not a string (read only when some severity targets `ownership`).
 */
export function readTicket(c: CompiledPolicy, ticket: unknown, now: number, index?: number): Timeline {
  if (!isRecord(ticket)) {
    throw new InputError(`${ticketLabel(undefined, index)}: ${describeValue(ticket)} is not a ticket; pass { id?, createdAt, severity, events? }`);
  }
  const rawId = ticket["id"];
  if (rawId !== undefined && typeof rawId !== "string") {
    throw new InputError(`${ticketLabel(undefined, index)}.id: ${describeValue(rawId)} is not a string; pass ticket ids as strings (e.g. String(id))`);
  }
  const id = rawId;
  const field = (f: string): string => fieldOf(ticketLabel(id, index), id, f);
  const zone = c.zone;
  const createdAt = instantOf(ticket["createdAt"], zone, field, "createdAt");
  const severity = checkSeverity(c, ticket["severity"], () => field("severity"));
  const statuses = c.normalized.statuses;
  // Each field is read once (a getter runs once), and only when the policy uses it.
  let status = -1;
  if (statuses !== null) {
    const rawStatus = ticket["status"];
    status = rawStatus === undefined ? 0 : checkStatus(c, rawStatus, () => field("status"));
  }
  let rawGroup: string | undefined;
  if (c.normalized.metrics.includes("ownership")) {
    const g = ticket["group"];
    if (g !== undefined) rawGroup = checkGroup(g, () => field("group"));
  }
  const rawEvents = ticket["events"];
  if (rawEvents !== undefined && !Array.isArray(rawEvents)) {
    throw new InputError(`${field("events")}: ${describeValue(rawEvents)} is not an array of events; pass e.g. [{ "type": "response", "at": "2026-11-30T09:00" }]`);
  }
  const events: TimelineEvent[] = [];
  let sorted = true;
  if (rawEvents !== undefined) {
    for (let i = 0; i < rawEvents.length; i++) {
      const e: unknown = rawEvents[i];
      if (!isRecord(e)) {
        throw new InputError(`${field(`events[${i}]`)}: ${describeValue(e)} is not an event; pass { "type": …, "at": … }`);
      }
      const type = e["type"];
      if (typeof type !== "string" || !EVENT_TYPES.has(type)) {
        const why = type === undefined ? "is missing" : `${describeValue(type)} is not an event type`;
        throw new InputError(`${field(`events[${i}].type`)}: ${why}; use ${EVENT_TYPE_LIST}`);
      }
      const at = instantOf(e["at"], zone, field, `events[${i}].at`);
      if (at < createdAt) {
        throw new InputError(
          `${field(`events[${i}].at`)}: ${new Date(at).toISOString()} is before the ticket's createdAt (${new Date(createdAt).toISOString()}); events cannot precede the ticket`,
        );
      }
      let ev: TimelineEvent;
      if (type === "severity") ev = { type, at, severity: checkSeverity(c, e["severity"], () => field(`events[${i}].severity`)) };
      else if (type === "status") {
        if (statuses === null) {
          throw new InputError(`${field(`events[${i}].type`)}: "status" needs a policy with "statuses"; this policy has none (use "pause"/"resume" and "resolve"/"reopen", or add statuses to the policy)`);
        }
        ev = { type, at, status: checkStatus(c, e["status"], () => field(`events[${i}].status`)) };
      } else if (type === "assign") ev = { type, at, group: checkGroup(e["group"], () => field(`events[${i}].group`)) };
      else ev = { type: type as TicketEventType, at };
      if (events.length > 0 && events[events.length - 1]!.at > at) sorted = false;
      events.push(ev);
    }
  }
  if (!sorted) events.sort((a, b) => a.at - b.at); // Array#sort is stable: ties keep their input order
  const evaluatedAt = Math.max(now, createdAt);
  let n = events.length;
  while (n > 0 && events[n - 1]!.at > now) n--;
  const kept = n === events.length ? events : events.slice(0, n);
  const timeline: { -readonly [K in keyof Timeline]: Timeline[K] } = { createdAt, severity, events: kept, now: evaluatedAt, status };
  if (id !== undefined) timeline.id = id;
  if (rawGroup !== undefined) timeline.group = rawGroup;
  return timeline;
}
