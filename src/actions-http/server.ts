// A Rasa SDK compatible action server (`portier run actions`, port 5055): POST /webhook runs an action,
// GET /health answers {status: "ok"}, GET /actions lists the actions. Any Rasa or Portier assistant can call it.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { z } from 'zod';
import { type ActionCall, ActionExecutionRejection } from '../engine/actions.ts';
import { ActionServerError } from '../engine/executor/action-errors.ts';
import type { InProcessActions } from '../engine/executor/action-registry.ts';

export interface ActionServerOptions {
  /** Largest accepted request body (the tracker grows with the conversation). Default 20 MB. */
  maxBodyBytes?: number;
  /** Called for failures worth logging (an action threw). */
  onError?: (err: Error, actionName: string | null) => void;
}

const callSchema = z.object({
  next_action: z.string().min(1),
  sender_id: z.string().nullish(),
  tracker: z.looseObject({ sender_id: z.string().nullish(), slots: z.record(z.string(), z.unknown()).nullish() }),
  domain: z.unknown().optional(),
  version: z.string().nullish(),
});

class BadRequest extends Error {}

export function createActionServer(actions: InProcessActions, options: ActionServerOptions = {}): Server {
  const maxBody = options.maxBodyBytes ?? 20 * 1024 * 1024;
  return createServer((req, res) => {
    handle(req, res).catch((e: unknown) => send(res, 500, { error: e instanceof Error ? e.message : String(e) }));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'OPTIONS') return send(res, 204, null);
    if (req.method === 'GET' && path === '/health') return send(res, 200, { status: 'ok' });
    if (req.method === 'GET' && path === '/actions')
      return send(
        res,
        200,
        actions.names().map((name) => ({ name })),
      );
    if (path !== '/webhook') return send(res, 404, { error: `not found: ${req.method} ${path}` });
    if (req.method !== 'POST') return send(res, 405, { error: 'use POST' });

    let call: ActionCall;
    try {
      call = parseCall(await readBody(req, maxBody));
    } catch (e) {
      if (e instanceof BadRequest) return send(res, 400, { error: e.message, action_name: null });
      throw e;
    }
    const name = call.next_action;
    if (!actions.has(name)) return send(res, 404, { error: `No registered action found for name '${name}'.`, action_name: name });
    try {
      const result = await actions.run(name, call);
      return send(res, 200, { events: result.events, responses: result.responses });
    } catch (e) {
      if (e instanceof ActionExecutionRejection) return send(res, 400, { error: e.message, action_name: e.actionName || name });
      const err = e instanceof Error ? e : new Error(String(e));
      options.onError?.(err, name);
      const message = e instanceof ActionServerError ? err.message : `action ${name} failed: ${err.message}`;
      return send(res, 500, { error: message, action_name: name });
    }
  }
}

function parseCall(raw: Buffer): ActionCall {
  let json: unknown;
  try {
    json = JSON.parse(raw.toString('utf8'));
  } catch {
    throw new BadRequest('request body is not JSON');
  }
  const parsed = callSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BadRequest(`invalid action call: ${issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'bad shape'}`);
  }
  const d = parsed.data;
  const senderId = d.sender_id ?? d.tracker.sender_id ?? '';
  const tracker = { events: [], latest_message: {}, slots: {}, ...d.tracker, sender_id: senderId } as ActionCall['tracker'];
  return { next_action: d.next_action, sender_id: senderId, tracker, domain: d.domain ?? {}, version: d.version ?? '' };
}

function readBody(req: IncomingMessage, max: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > max) {
        reject(new BadRequest(`request body larger than ${max} bytes`));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      if (req.headers['content-encoding'] === 'gzip') {
        try {
          resolve(gunzipSync(body));
        } catch {
          reject(new BadRequest('body is not valid gzip'));
        }
      } else resolve(body);
    });
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return;
  const text = body === null ? '' : JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'access-control-allow-origin': '*',
    'access-control-allow-headers': 'content-type, authorization',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}
