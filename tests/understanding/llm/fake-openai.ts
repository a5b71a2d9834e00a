// A local server speaking OpenAI's chat-completions protocol (JSON and SSE streaming), scripted per request:
// answer text, fail with a status (429/500/401, Retry-After), or hang. Stands in for the cloud API this machine
// cannot reach.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FakeReply =
  | { kind: 'answer'; text: string; usage?: { prompt_tokens: number; completion_tokens: number }; delayMs?: number }
  | { kind: 'status'; status: number; message?: string; headers?: Record<string, string>; code?: string }
  | { kind: 'hang' };

export interface RecordedRequest {
  path: string;
  headers: IncomingMessage['headers'];
  body: {
    model: string;
    messages: { role: string; content: string }[];
    temperature?: number;
    max_tokens?: number;
    stream?: boolean;
    stream_options?: { include_usage?: boolean };
  };
}

export interface FakeOpenAi {
  baseURL: string;
  requests: RecordedRequest[];
  /** Replies used in order; when empty, `fallback` answers. */
  script(...replies: FakeReply[]): void;
  fallback: FakeReply;
  /** When set, answers each request from its body (a stand-in model); the queue and fallback are not used. */
  responder: ((body: RecordedRequest['body']) => FakeReply) | null;
  /** When set, requests without `Authorization: Bearer <key>` (or Azure's `api-key: <key>`) get 401 like the real APIs. */
  requiredKey: string | null;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendError(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}, code?: string): void {
  const type = status === 401 ? 'invalid_request_error' : status === 429 ? 'rate_limit_exceeded' : 'server_error';
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify({ error: { message, type, param: null, code: code ?? (status === 401 ? 'invalid_api_key' : null) } }));
}

function completion(model: string, text: string, usage: { prompt_tokens: number; completion_tokens: number }): unknown {
  return {
    id: 'chatcmpl-fake',
    object: 'chat.completion',
    created: 1_764_000_000,
    model,
    choices: [{ index: 0, message: { role: 'assistant', content: text, refusal: null }, logprobs: null, finish_reason: 'stop' }],
    usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
  };
}

/** Streams the text in small pieces (Cyrillic split mid-word), then usage, then `data: [DONE]`. */
function stream(res: ServerResponse, model: string, text: string, usage: { prompt_tokens: number; completion_tokens: number }, includeUsage: boolean): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
  const chunk = (delta: Record<string, unknown>, finish: string | null): string =>
    `data: ${JSON.stringify({ id: 'chatcmpl-fake', object: 'chat.completion.chunk', created: 1_764_000_000, model, choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }] })}\n\n`;
  res.write(chunk({ role: 'assistant', content: '' }, null));
  for (let i = 0; i < text.length; i += 5) res.write(chunk({ content: text.slice(i, i + 5) }, null));
  res.write(chunk({}, 'stop'));
  if (includeUsage) {
    res.write(
      `data: ${JSON.stringify({ id: 'chatcmpl-fake', object: 'chat.completion.chunk', created: 1_764_000_000, model, choices: [], usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens } })}\n\n`,
    );
  }
  res.end('data: [DONE]\n\n');
}

export async function startFakeOpenAi(): Promise<FakeOpenAi> {
  const queue: FakeReply[] = [];
  const hanging = new Set<ServerResponse>();
  const fake: FakeOpenAi = {
    baseURL: '',
    requests: [],
    script: (...replies) => queue.push(...replies),
    fallback: { kind: 'answer', text: 'cannot handle' },
    responder: null,
    requiredKey: null,
    close: async () => {
      for (const res of hanging) res.destroy();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // The SDK keeps connections alive; without this close() waits for their idle timeout.
      server.closeAllConnections();
      await closed;
    },
  };

  const server: Server = createServer(async (req, res) => {
    // /v1/chat/completions (OpenAI and compatibles) or /openai/deployments/{d}/chat/completions?api-version= (Azure)
    const path = req.url ?? '';
    if (req.method !== 'POST' || !/^\/(v1|openai\/deployments\/[^/]+)\/chat\/completions(\?|$)/.test(path)) {
      return sendError(res, 404, `Unknown route ${req.method} ${path}`);
    }
    const body = JSON.parse(await readBody(req)) as RecordedRequest['body'];
    fake.requests.push({ path, headers: req.headers, body });
    const key = req.headers.authorization ?? (req.headers['api-key'] ? `Bearer ${req.headers['api-key']}` : undefined);
    if (fake.requiredKey !== null && key !== `Bearer ${fake.requiredKey}`) {
      return sendError(res, 401, 'Incorrect API key provided. You can find your API key at https://platform.openai.com/account/api-keys.');
    }
    const reply = fake.responder?.(body) ?? queue.shift() ?? fake.fallback;
    if (reply.kind === 'hang') {
      hanging.add(res);
      res.on('close', () => hanging.delete(res));
      return;
    }
    if (reply.kind === 'status') return sendError(res, reply.status, reply.message ?? `fake error ${reply.status}`, reply.headers, reply.code);
    if (reply.delayMs) await new Promise((r) => setTimeout(r, reply.delayMs));
    const usage = reply.usage ?? { prompt_tokens: Math.ceil((body.messages[0]?.content.length ?? 0) / 4), completion_tokens: Math.ceil(reply.text.length / 4) };
    if (body.stream) return stream(res, body.model, reply.text, usage, body.stream_options?.include_usage === true);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(completion(body.model, reply.text, usage)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  return fake;
}
