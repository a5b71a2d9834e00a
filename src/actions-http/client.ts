// Custom actions on a Rasa SDK compatible action server (endpoints.yml `action_endpoint.url`):
// POST {next_action, sender_id, tracker, domain, version} → {events, responses}.
import { z } from 'zod';
import type { ActionCall, ActionEvent, ActionResponse, ActionResult, ActionRunner } from '../engine/actions.ts';
import { ActionRejectedError, ActionServerError } from '../engine/executor/action-errors.ts';

export interface RemoteActionsOptions {
  url: string;
  /** Per-call timeout; Rasa's default for the action endpoint is 10 s. */
  timeoutMs?: number;
  /** Action names the server runs; when absent the server is assumed to run any name asked of it. */
  names?: Iterable<string>;
  /** Sent as `?token=` like Rasa's EndpointConfig. */
  token?: string;
  headers?: Record<string, string>;
}

const eventSchema = z.looseObject({ event: z.string() });
const responseSchema = z.looseObject({});
const answerSchema = z.object({
  events: z.array(eventSchema).nullish(),
  responses: z.array(responseSchema).nullish(),
});
const rejectionSchema = z.object({ error: z.string().nullish(), action_name: z.string().nullish() });

export class RemoteActions implements ActionRunner {
  private readonly names: Set<string> | null;
  private readonly timeoutMs: number;
  private readonly target: string;

  constructor(private readonly options: RemoteActionsOptions) {
    this.names = options.names ? new Set(options.names) : null;
    this.timeoutMs = options.timeoutMs ?? 10_000;
    const url = new URL(options.url);
    if (options.token) url.searchParams.set('token', options.token);
    this.target = url.toString();
  }

  has(name: string): boolean {
    return this.names === null || this.names.has(name);
  }

  async run(name: string, call: ActionCall): Promise<ActionResult> {
    const conversation = call.sender_id;
    const body = JSON.stringify({ ...call, next_action: name });
    let res: Response;
    try {
      res = await fetch(this.target, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...this.options.headers },
        body,
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (e) {
      const timedOut = e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError');
      const detail = timedOut ? `no answer from ${this.options.url} within ${this.timeoutMs} ms` : `cannot reach ${this.options.url}: ${causeOf(e)}`;
      throw new ActionServerError(timedOut ? 'timeout' : 'unreachable', name, conversation, detail);
    }
    const text = await readText(res, name, conversation, this.timeoutMs);
    if (res.status === 400) {
      const parsed = rejectionSchema.safeParse(safeJson(text));
      if (parsed.success) {
        throw new ActionRejectedError(parsed.data.action_name ?? name, parsed.data.error ?? 'action rejected', conversation);
      }
    }
    if (res.status === 404) throw new ActionServerError('unknown-action', name, conversation, `the action server at ${this.options.url} does not know it`, 404);
    if (!res.ok) throw new ActionServerError('http', name, conversation, `HTTP ${res.status} from ${this.options.url}: ${text.slice(0, 200)}`, res.status);
    const parsed = answerSchema.safeParse(safeJson(text));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'not JSON';
      throw new ActionServerError('invalid-response', name, conversation, `invalid answer from ${this.options.url} (${where})`, res.status);
    }
    return {
      events: (parsed.data.events ?? []) as ActionEvent[],
      responses: (parsed.data.responses ?? []) as ActionResponse[],
    };
  }
}

async function readText(res: Response, name: string, conversation: string, timeoutMs: number): Promise<string> {
  try {
    return await res.text();
  } catch (e) {
    const timedOut = e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError');
    throw new ActionServerError(timedOut ? 'timeout' : 'unreachable', name, conversation, timedOut ? `answer not complete within ${timeoutMs} ms` : causeOf(e));
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function causeOf(e: unknown): string {
  const cause = (e as { cause?: { code?: string; message?: string } } | null)?.cause;
  if (cause?.code) return cause.code;
  if (cause?.message) return cause.message;
  return e instanceof Error ? e.message : String(e);
}
