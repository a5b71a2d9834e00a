// A local server speaking the Azure Speech WebSocket protocol (the service can't be reached from here):
// text frames "headers\r\n\r\nbody", binary frames [u16 header length][headers][payload].
// STT: on audio it answers turn.start, speech.startDetected, speech.hypothesis, speech.phrase.
// TTS: on ssml it answers turn.start, audio.metadata, binary audio chunks, turn.end.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';

export interface AzureFakeOptions {
  /** Key the server accepts (Ocp-Apim-Subscription-Key query or header). */
  key: string;
  /** What the caller said, per recognised phrase. */
  phrases?: string[];
  /** Bytes of mu-law audio per synthesised character. */
  audioPerChar?: number;
  /** A service that accepts the request and never answers. */
  silent?: boolean;
}

export interface AzureFake {
  url: string;
  paths: string[];
  messages: { path: string; body: string }[];
  audioBytes: number;
  /** The first audio payload the client sent (the SDK starts the stream with a WAV header). */
  firstAudio?: Buffer;
  close: () => Promise<void>;
}

function parseText(raw: string): { headers: Record<string, string>; body: string } {
  const split = raw.indexOf('\r\n\r\n');
  const head = split >= 0 ? raw.slice(0, split) : raw;
  const headers: Record<string, string> = {};
  for (const line of head.split('\r\n')) {
    const i = line.indexOf(':');
    if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
  }
  return { headers, body: split >= 0 ? raw.slice(split + 4) : '' };
}

function text(ws: WebSocket, requestId: string, path: string, body: object): void {
  ws.send(
    `X-RequestId:${requestId}\r\nPath:${path}\r\nContent-Type:application/json; charset=utf-8\r\nX-Timestamp:${new Date().toISOString()}\r\n\r\n${JSON.stringify(body)}`,
  );
}

function binary(ws: WebSocket, requestId: string, streamId: string, path: string, payload: Uint8Array): void {
  const head = Buffer.from(`X-RequestId:${requestId}\r\nX-StreamId:${streamId}\r\nPath:${path}\r\nX-Timestamp:${new Date().toISOString()}\r\n`);
  const size = Buffer.alloc(2);
  size.writeUInt16BE(head.length);
  ws.send(Buffer.concat([size, head, payload]));
}

export async function startAzureFake(options: AzureFakeOptions): Promise<AzureFake> {
  const http = createServer((_req, res) => res.writeHead(404).end());
  const wss = new WebSocketServer({ noServer: true });
  const fake: AzureFake = { url: '', paths: [], messages: [], audioBytes: 0, close: async () => {} };
  const phrases = [...(options.phrases ?? [])];
  http.on('upgrade', (req: IncomingMessage, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const key = url.searchParams.get('Ocp-Apim-Subscription-Key') ?? req.headers['ocp-apim-subscription-key'];
    fake.paths.push(url.pathname);
    if (key !== options.key) {
      socket.end('HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => serve(ws, url.pathname));
  });

  function serve(ws: WebSocket, path: string): void {
    const isTts = path.includes('/tts/');
    let audioInTurn = 0;
    let started = false;
    let offset = 0;
    ws.on('message', (data, isBinary) => {
      if (isBinary) {
        const buf = data as Buffer;
        const headLen = buf.readUInt16BE(0);
        const { headers } = parseText(buf.subarray(2, 2 + headLen).toString());
        const payload = buf.subarray(2 + headLen);
        const requestId = headers['x-requestid'] ?? randomUUID();
        if (payload.length === 0) {
          // The client closed its audio stream: finish the turn so it can stop.
          text(ws, requestId, 'speech.endDetected', { Offset: offset });
          text(ws, requestId, 'turn.end', {});
          started = false;
          return;
        }
        fake.firstAudio ??= Buffer.from(payload);
        fake.audioBytes += payload.length;
        audioInTurn += payload.length;
        if (!started) {
          started = true;
          text(ws, requestId, 'turn.start', { context: { serviceTag: 'fake' } });
          text(ws, requestId, 'speech.startDetected', { Offset: 0 });
        }
        // After about a second of caller audio (8 kHz 8-bit), say what was heard.
        if (audioInTurn >= 8000 && phrases.length > 0) {
          const said = phrases.shift()!;
          audioInTurn = 0;
          text(ws, requestId, 'speech.hypothesis', { Text: said.split(' ')[0], Offset: offset, Duration: 5_000_000 });
          text(ws, requestId, 'speech.phrase', { RecognitionStatus: 'Success', DisplayText: said, Offset: offset, Duration: 10_000_000 });
          offset += 10_000_000;
        }
        return;
      }
      const { headers, body } = parseText(data.toString());
      const msgPath = headers.path ?? '';
      fake.messages.push({ path: msgPath, body });
      if (isTts && msgPath === 'ssml' && !options.silent) {
        const requestId = headers['x-requestid'] ?? randomUUID();
        const spoken = body.replace(/<[^>]+>/g, '');
        text(ws, requestId, 'turn.start', { context: { serviceTag: 'fake' } });
        const streamId = randomUUID().replace(/-/g, '');
        text(ws, requestId, 'response', { context: { serviceTag: 'fake' }, audio: { type: 'inline', streamId } });
        text(ws, requestId, 'audio.metadata', { Metadata: [] });
        const total = Math.max(1, spoken.length) * (options.audioPerChar ?? 400);
        for (let at = 0; at < total; at += 1600) binary(ws, requestId, streamId, 'audio', new Uint8Array(Math.min(1600, total - at)).fill(0x55));
        text(ws, requestId, 'turn.end', {});
      }
    });
  }

  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const address = http.address();
  fake.url = `ws://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  fake.close = async () => {
    for (const c of wss.clients) c.terminate();
    await new Promise<void>((resolve) => http.close(() => resolve()));
  };
  return fake;
}
