/**
 * A serverless / edge SLA endpoint: a Web `Request → Response` handler, the shape shared by
 * Cloudflare Workers (`export default { fetch }`), Vercel Edge and Deno (`Deno.serve(handler)`),
 * Bun, and Lambda function URLs behind a Web-API adapter.
 *
 *   POST /deadline  { "severity": "sev1", "start": "2026-11-27T21:30", "metric"?: "firstResponse" }
 *                   → 200 { "deadline": "2026-11-30T10:30:00.000Z", … }
 *   POST /evaluate  { "ticket": { "createdAt", "severity", "events"? }, "now"?: instant }
 *                or { "tickets": [ … ], "now"?: instant }
 *                   → 200 { "now", "status" } or { "now", "statuses", "breaches" }
 *
 * Bad input → 400 `{ "error": "…", "issues": [{ "path": […], "message": "…" }] }`; unknown route
 * → 404; another method → 405; a body over 1 MB → 413.
 *
 * It imports `sla-clock/lite` (no date-holidays: small bundle, fast cold start), so the policy's
 * region holidays are expanded into dates beforehand:
 *   npx sla-clock holidays policy.json --years 2024-2035 > examples/serverless/policy.json
 * The policy is compiled once per instance (module scope), not per request.
 *
 * Run locally: npx tsx examples/serverless/handler.ts   (serves one sample request and prints it)
 */
import { InputError, SlaClockError, checkBreaches, computeDeadline, definePolicy, evaluateTicket } from "sla-clock/lite";
import type { MetricName, Policy, Ticket } from "sla-clock/lite";
import policyDefinition from "./policy.json" with { type: "json" };

/** One problem with a request body. */
export interface Issue {
  path: Array<string | number>;
  message: string;
}

const MAX_BODY_BYTES = 1_000_000;
const METRICS: ReadonlyArray<string> = ["firstResponse", "update", "resolution"];
const JSON_HEADERS = { "content-type": "application/json; charset=utf-8" };

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...JSON_HEADERS, ...headers } });
}

function badRequest(error: string, issues: Issue[]): Response {
  return json(400, { error, issues });
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function isInstant(v: unknown): boolean {
  return (typeof v === "string" && v.trim() !== "") || (typeof v === "number" && Number.isFinite(v));
}

/**
 * The library's messages start with the path of the bad value (`tickets[3].events[1].at: …`,
 * `ticket "T-9" events[1].at: …`): turn that into an issue path, keeping the whole message.
 */
function issueFromError(e: SlaClockError): Issue {
  const text = e.message.replace(/^(tickets?(?:\[\d+\])?)(?: \(id "(?:[^"\\]|\\.)*"\)| "(?:[^"\\]|\\.)*") /, "$1.");
  const m = /^([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*|\[\d+\])*): /.exec(text);
  const path: Array<string | number> = [];
  if (m !== null) for (const part of m[1]!.matchAll(/([A-Za-z_$][\w$]*)|\[(\d+)\]/g)) path.push(part[1] ?? Number(part[2]));
  return { path, message: e.message };
}

function checkTicket(policy: Policy, t: unknown, path: Array<string | number>, issues: Issue[]): void {
  if (!isObject(t)) {
    issues.push({ path, message: "must be a ticket object { createdAt, severity, events? }" });
    return;
  }
  if (!isInstant(t.createdAt)) issues.push({ path: [...path, "createdAt"], message: "required: an ISO 8601 date-time or epoch milliseconds" });
  if (typeof t.severity !== "string") issues.push({ path: [...path, "severity"], message: `required: one of ${policy.severities.join(", ")}` });
  else if (!policy.severities.includes(t.severity)) issues.push({ path: [...path, "severity"], message: `unknown severity ${JSON.stringify(t.severity)}; use one of ${policy.severities.join(", ")}` });
  if (t.id !== undefined && typeof t.id !== "string") issues.push({ path: [...path, "id"], message: "must be a string" });
  if (t.events !== undefined) {
    if (!Array.isArray(t.events)) issues.push({ path: [...path, "events"], message: "must be an array of events" });
    else t.events.forEach((ev, i) => {
      if (!isObject(ev) || typeof ev.type !== "string") issues.push({ path: [...path, "events", i], message: 'must be an event { "type", "at" }' });
      else if (!isInstant(ev.at)) issues.push({ path: [...path, "events", i, "at"], message: "required: an ISO 8601 date-time or epoch milliseconds" });
    });
  }
}

function deadline(policy: Policy, body: Record<string, unknown>): Response {
  const issues: Issue[] = [];
  if (typeof body.severity !== "string") issues.push({ path: ["severity"], message: `required: one of ${policy.severities.join(", ")}` });
  else if (!policy.severities.includes(body.severity)) issues.push({ path: ["severity"], message: `unknown severity ${JSON.stringify(body.severity)}; use one of ${policy.severities.join(", ")}` });
  if (!isInstant(body.start)) issues.push({ path: ["start"], message: "required: an ISO 8601 date-time (no offset = the policy's wall clock) or epoch milliseconds" });
  if (body.metric !== undefined && !METRICS.includes(body.metric as string)) issues.push({ path: ["metric"], message: `must be one of ${METRICS.join(", ")}` });
  if (issues.length > 0) return badRequest("invalid body", issues);
  const metric = (body.metric ?? "firstResponse") as MetricName;
  const due = computeDeadline(policy, { severity: body.severity as string, start: body.start as string, metric });
  return json(200, { severity: body.severity, metric, start: body.start, timezone: policy.timezone, deadline: due });
}

function evaluate(policy: Policy, body: Record<string, unknown>): Response {
  const issues: Issue[] = [];
  const many = body.tickets !== undefined;
  if (many === (body.ticket !== undefined)) issues.push({ path: [], message: 'give either "ticket" (one) or "tickets" (an array)' });
  else if (many && !Array.isArray(body.tickets)) issues.push({ path: ["tickets"], message: "must be an array of tickets" });
  else if (many && (body.tickets as unknown[]).length > 10_000) issues.push({ path: ["tickets"], message: "at most 10000 tickets per request" });
  else if (many) (body.tickets as unknown[]).forEach((t, i) => checkTicket(policy, t, ["tickets", i], issues));
  else checkTicket(policy, body.ticket, ["ticket"], issues);
  if (body.now !== undefined && !isInstant(body.now)) issues.push({ path: ["now"], message: "must be an ISO 8601 date-time or epoch milliseconds (default: the time of the request)" });
  if (issues.length > 0) return badRequest("invalid body", issues);
  const now = (body.now as string | number | undefined) ?? Date.now();
  const nowOut = typeof now === "number" ? new Date(now) : now;
  if (!many) return json(200, { now: nowOut, status: evaluateTicket(policy, body.ticket as Ticket, now) });
  const tickets = body.tickets as Ticket[];
  const breaches = checkBreaches(policy, tickets, now); // first: its errors name tickets[i]
  return json(200, { now: nowOut, statuses: tickets.map((t) => evaluateTicket(policy, t, now)), breaches });
}

/**
 * A handler for `definition`, compiled once here (per instance), not per request.
 *
 * @throws PolicyError at creation when the definition is invalid (or has region holidays: expand them).
 */
export function createHandler(definition: unknown): (request: Request) => Promise<Response> {
  const policy = definePolicy(definition);
  return async (request: Request): Promise<Response> => {
    const path = new URL(request.url).pathname.replace(/\/+$/, "");
    const route = path === "/deadline" ? deadline : path === "/evaluate" ? evaluate : null;
    if (route === null) return json(404, { error: `no route ${path || "/"}; use POST /deadline or POST /evaluate` });
    if (request.method !== "POST") return json(405, { error: `${request.method} is not allowed; use POST` }, { allow: "POST" });
    if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) return json(413, { error: `body over ${MAX_BODY_BYTES} bytes` });
    const text = await request.text();
    if (text.length > MAX_BODY_BYTES) return json(413, { error: `body over ${MAX_BODY_BYTES} bytes` });
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch (e) {
      return badRequest("body is not JSON", [{ path: [], message: (e as Error).message }]);
    }
    if (!isObject(body)) return badRequest("invalid body", [{ path: [], message: "must be a JSON object" }]);
    try {
      return route(policy, body);
    } catch (e) {
      if (e instanceof InputError) return badRequest("invalid body", [issueFromError(e)]);
      if (e instanceof SlaClockError) return json(422, { error: e.message });
      return json(500, { error: "internal error" });
    }
  };
}

/** The handler for the bundled policy (`policy.json`: the built-in preset, holidays expanded for 2024–2035). */
export const handler = createHandler(policyDefinition);

/** Cloudflare Workers / Bun style default export. */
export default { fetch: handler };

// `npx tsx examples/serverless/handler.ts`: one sample request.
if (typeof process !== "undefined" && process.argv[1]?.endsWith("handler.ts")) {
  const res = await handler(
    new Request("https://sla.example/deadline", { method: "POST", body: JSON.stringify({ severity: "sev1", start: "2026-11-27T21:30" }) }),
  );
  console.log(res.status, await res.text());
}
