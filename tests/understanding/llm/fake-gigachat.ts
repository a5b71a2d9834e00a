// A local HTTPS server speaking GigaChat's two protocols: the OAuth exchange (POST /api/v2/oauth with Basic
// credentials, an RqUID and the scope, answering access_token + expires_at in ms) and chat completions
// (POST /api/v1/chat/completions with the bearer token). Its certificate is self-signed, like Sber's chain is
// for Node without the Russian root CA, so a client must be given the CA file to talk to it.
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from 'selfsigned';

export interface FakeGigaChat {
  authUrl: string;
  baseURL: string;
  /** PEM of the server's certificate, written to a file: what GIGACHAT_CA_BUNDLE_FILE points at. */
  caFile: string;
  credentials: string;
  exchanges: { rqUid: string; scope: string }[];
  chats: { token: string; model: string }[];
  /** Token lifetime the fake hands out, in ms from `now()`. */
  lifetimeMs: number;
  now: () => number;
  /** Tokens the fake no longer accepts (revoked before their expiry). */
  revoked: Set<string>;
  /** The model's answer to a request's messages; a fixed text unless replaced. */
  answer: (messages: { role: string; content: string }[]) => string;
  close(): Promise<void>;
}

function body(req: import('node:http').IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

export async function startFakeGigaChat(answer: string): Promise<FakeGigaChat> {
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    keySize: 2048,
    extensions: [
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
        ],
      },
    ],
  });
  const caFile = join(tmpdir(), `fake-gigachat-${randomUUID()}.pem`);
  writeFileSync(caFile, pems.cert);
  const issued = new Map<string, number>();
  const fake: FakeGigaChat = {
    authUrl: '',
    baseURL: '',
    caFile,
    credentials: Buffer.from('client-id:client-secret').toString('base64'),
    exchanges: [],
    chats: [],
    lifetimeMs: 30 * 60_000,
    now: Date.now,
    revoked: new Set(),
    answer: () => answer,
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
  const server: Server = createServer({ key: pems.private, cert: pems.cert }, async (req, res) => {
    const json = (status: number, value: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(value));
    };
    const text = await body(req);
    if (req.method === 'POST' && req.url === '/api/v2/oauth') {
      const rqUid = String(req.headers.rquid ?? '');
      const scope = new URLSearchParams(text).get('scope') ?? '';
      if (req.headers.authorization !== `Basic ${fake.credentials}`) return json(401, { code: 6, message: "credentials doesn't match db data" });
      if (!/^[0-9a-f-]{36}$/.test(rqUid) || !scope) return json(400, { code: 5, message: 'bad RqUID or scope' });
      fake.exchanges.push({ rqUid, scope });
      const token = `token-${fake.exchanges.length}`;
      const expiresAt = fake.now() + fake.lifetimeMs;
      issued.set(token, expiresAt);
      return json(200, { access_token: token, expires_at: expiresAt });
    }
    if (req.method === 'POST' && req.url === '/api/v1/chat/completions') {
      const token = (req.headers.authorization ?? '').replace(/^Bearer /, '');
      const expiry = issued.get(token);
      if (expiry === undefined || expiry <= fake.now() || fake.revoked.has(token)) return json(401, { status: 401, message: 'Token has expired' });
      const request = JSON.parse(text) as { model: string; messages: { role: string; content: string }[] };
      fake.chats.push({ token, model: request.model });
      return json(200, {
        choices: [{ message: { role: 'assistant', content: fake.answer(request.messages) }, index: 0, finish_reason: 'stop' }],
        created: 1_764_000_000,
        model: `${request.model}:1.0.26.20`,
        object: 'chat.completion',
        usage: { prompt_tokens: 900, completion_tokens: 12, total_tokens: 912, precached_prompt_tokens: 0 },
      });
    }
    json(404, { status: 404, message: 'not found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  fake.authUrl = `https://127.0.0.1:${port}/api/v2/oauth`;
  fake.baseURL = `https://127.0.0.1:${port}/api/v1`;
  return fake;
}
