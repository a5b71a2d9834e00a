// Plays Twilio's side of a call over the real webhook and WebSocket: caller audio as 20 ms mu-law frames
// (real time or faster), marks echoed when the audio before them has played, `clear` honoured, and the bot's
// audio recorded as the caller heard it. Used by tests, benchmarks and `portier call`.
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import WebSocket from 'ws';
import { twilioSignature } from '../channels/twilio-signature.ts';
import type { CallReport } from './call/report.ts';
import { FRAME_BYTES, FRAME_MS, toFrames } from './audio/frames.ts';
import { MULAW_SILENCE, mulawDecode } from './audio/mulaw.ts';
import { writeWavPcm16 } from './audio/wav.ts';
import { espeakToMulaw } from './tts/espeak.ts';

export interface SimulatedCallOptions {
  /** The server, e.g. http://127.0.0.1:5005. */
  baseUrl: string;
  from?: string;
  to?: string;
  callSid?: string;
  accountSid?: string;
  /** Signs the webhook like Twilio when the server validates signatures. */
  authToken?: string;
  /** 1 = real time; 5 = five times faster (the server must run its calls at the same scale). */
  timeScale?: number;
  /** Start tick loop with this many silent frames per tick (benchmarks measure outbound jitter). */
  onFrame?: (audioMs: number, wallMs: number) => void;
}

type Outbound = { kind: 'frame'; data: Uint8Array } | { kind: 'mark'; name: string };

export interface BotUtterance {
  startMs: number;
  endMs: number;
}

export class SimulatedCall {
  readonly callSid: string;
  readonly streamSid = `MZ${randomBytes(16).toString('hex')}`;
  readonly #ws: WebSocket;
  readonly #timeScale: number;
  readonly #caller: Uint8Array[] = [];
  readonly #playout: Outbound[] = [];
  readonly #recording: Uint8Array[] = [];
  readonly #waiters = new Set<() => boolean>();
  #tick = 0;
  #seq = 0;
  #timer: NodeJS.Timeout | undefined;
  #startWall = 0;
  #lastPlayedTick = -1;
  #current: BotUtterance | undefined;
  readonly utterances: BotUtterance[] = [];
  readonly received: { event: string; audioMs: number; wallMs: number; name?: string }[] = [];
  clears = 0;
  framesReceived = 0;
  /** Ticks where the line went silent in the middle of an answer because audio arrived late. */
  underrunTicks = 0;
  /** |arrival interval − 20 ms| of bot frames once an answer is streaming (after the lead burst). */
  readonly arrivalJitterMs: number[] = [];
  #pendingGap = 0;
  #audioStartTick = -1;
  /** Wall time (performance.now) when the first frame of the latest sendAudio/say went out. */
  lastAudioStartWallMs = 0;
  #lastArrival = -Infinity;
  #burstFrames = 0;
  readonly closed: Promise<{ code: number; reason: string }>;

  private constructor(
    ws: WebSocket,
    callSid: string,
    readonly options: SimulatedCallOptions,
  ) {
    this.#ws = ws;
    this.callSid = callSid;
    this.#timeScale = options.timeScale ?? 1;
    this.closed = new Promise((resolve) => ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })));
    ws.on('message', (data) => this.#onMessage(data.toString()));
    void this.closed.then(() => this.#stopTicking());
  }

  /** Dials: POSTs Twilio's voice webhook, reads the TwiML, opens the stream and sends connected + start. */
  static async dial(options: SimulatedCallOptions): Promise<SimulatedCall> {
    const callSid = options.callSid ?? `CA${randomBytes(16).toString('hex')}`;
    const accountSid = options.accountSid ?? `AC${'0'.repeat(32)}`;
    const params: Record<string, string> = {
      CallSid: callSid,
      AccountSid: accountSid,
      From: options.from ?? '+79161234567',
      To: options.to ?? '+74951234567',
      Direction: 'inbound',
      CallStatus: 'ringing',
    };
    const url = `${options.baseUrl.replace(/\/$/, '')}/webhooks/twilio_media_streams/webhook`;
    const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
    if (options.authToken) headers['x-twilio-signature'] = twilioSignature(options.authToken, url, params);
    const res = await fetch(url, { method: 'POST', headers, body: new URLSearchParams(params).toString() });
    const twiml = await res.text();
    if (!res.ok) throw new Error(`webhook answered ${res.status}: ${twiml.slice(0, 200)}`);
    const streamUrl = /<Stream url="([^"]+)"/.exec(twiml)?.[1];
    if (!streamUrl) throw new Error(`webhook TwiML has no <Stream url>: ${twiml.slice(0, 200)}`);
    const customParameters: Record<string, string> = {};
    for (const m of twiml.matchAll(/<Parameter name="([^"]*)" value="([^"]*)"\/>/g)) customParameters[unescapeXml(m[1]!)] = unescapeXml(m[2]!);
    // Twilio would dial the public wss:// URL; locally we reach the same path on the server we were given.
    const local = new URL(streamUrl.replace(/&amp;/g, '&'));
    const base = new URL(options.baseUrl);
    const wsUrl = `${base.protocol === 'https:' ? 'wss' : 'ws'}://${base.host}${local.pathname}`;
    const ws = new WebSocket(wsUrl);
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    const call = new SimulatedCall(ws, callSid, options);
    call.#send({ event: 'connected', protocol: 'Call', version: '1.0.0' });
    call.#send({
      event: 'start',
      sequenceNumber: String(++call.#seq),
      streamSid: call.streamSid,
      start: {
        streamSid: call.streamSid,
        accountSid,
        callSid,
        tracks: ['inbound'],
        customParameters,
        mediaFormat: { encoding: 'audio/x-mulaw', sampleRate: 8000, channels: 1 },
      },
    });
    call.#startTicking();
    return call;
  }

  get audioMs(): number {
    return this.#tick * FRAME_MS;
  }

  /** Bot audio the caller has heard so far, in ms. */
  get heardMs(): number {
    return this.#recording.filter((f) => f !== SILENT_FRAME).length * FRAME_MS;
  }

  get marksEchoed(): string[] {
    return this.received.filter((r) => r.event === 'mark_echoed').map((r) => r.name ?? '');
  }

  /** Speaks Russian text with espeak-ng into the line; resolves when the last frame has been sent. */
  async say(text: string): Promise<void> {
    await this.sendAudio(await espeakToMulaw(text));
  }

  sendAudio(mulaw: Uint8Array): Promise<void> {
    this.#audioStartTick = this.#tick + this.#caller.length;
    this.#caller.push(...toFrames(mulaw));
    const last = this.#caller.length;
    const startTick = this.#tick;
    return this.waitUntil(() => this.#tick >= startTick + last, 60_000 + (last * FRAME_MS) / this.#timeScale);
  }

  press(digit: string): void {
    this.#send({ event: 'dtmf', sequenceNumber: String(++this.#seq), streamSid: this.streamSid, dtmf: { track: 'inbound_track', digit } });
  }

  /** Resolves once the bot has spoken and then stayed quiet for quietMs of call audio. */
  async waitForBotTurn(quietMs = 700, timeoutMs = 30_000): Promise<BotUtterance> {
    const before = this.utterances.length;
    await this.waitUntil(
      () =>
        this.utterances.length > before &&
        this.#current === undefined &&
        this.#playoutFrames() === 0 &&
        (this.#tick - this.#lastPlayedTick) * FRAME_MS >= quietMs,
      timeoutMs,
    );
    return this.utterances[this.utterances.length - 1]!;
  }

  /** Resolves when the bot starts speaking (first frame played). */
  waitForBotSpeech(timeoutMs = 30_000): Promise<void> {
    return this.waitUntil(() => this.#current !== undefined, timeoutMs);
  }

  waitUntil(condition: () => boolean, timeoutMs: number): Promise<void> {
    if (condition()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#waiters.delete(check);
        reject(new Error(`simulated call ${this.callSid}: condition not met within ${timeoutMs} ms (audio ${this.audioMs} ms)`));
      }, timeoutMs);
      const check = () => {
        if (!condition()) return false;
        clearTimeout(timer);
        resolve();
        return true;
      };
      this.#waiters.add(check);
      void this.closed.then(() => {
        if (this.#waiters.has(check) && !check()) {
          this.#waiters.delete(check);
          clearTimeout(timer);
          reject(new Error(`simulated call ${this.callSid}: the server closed the stream`));
        }
      });
    });
  }

  /** What the server measured on this call (recogniser, unheard turns, per-turn latencies), signed like the webhook. */
  async serverReport(): Promise<CallReport> {
    const url = `${this.options.baseUrl.replace(/\/$/, '')}/webhooks/twilio_media_streams/calls/${this.callSid}`;
    const headers: Record<string, string> = this.options.authToken ? { 'x-twilio-signature': twilioSignature(this.options.authToken, url) } : {};
    const res = await fetch(url, { headers });
    if (!res.ok) throw new Error(`call report: the server answered ${res.status}`);
    return (await res.json()) as CallReport;
  }

  /** The caller hangs up: Twilio sends stop and closes the socket. */
  async hangup(): Promise<void> {
    this.#send({ event: 'stop', sequenceNumber: String(++this.#seq), streamSid: this.streamSid, stop: { accountSid: '', callSid: this.callSid } });
    this.#stopTicking();
    this.#ws.close(1000, 'caller hung up');
    await this.closed;
  }

  /** What the caller heard, as an 8 kHz 16-bit WAV. */
  async saveRecording(path: string): Promise<void> {
    const all = new Uint8Array(this.#recording.length * FRAME_BYTES);
    this.#recording.forEach((f, i) => {
      all.set(f, i * FRAME_BYTES);
    });
    await writeFile(path, writeWavPcm16(mulawDecode(all), 8000));
  }

  #playoutFrames(): number {
    return this.#playout.filter((o) => o.kind === 'frame').length;
  }

  #send(message: object): void {
    if (this.#ws.readyState === WebSocket.OPEN) this.#ws.send(JSON.stringify(message));
  }

  #onMessage(raw: string): void {
    const m = JSON.parse(raw) as { event: string; media?: { payload: string }; mark?: { name: string } };
    if (m.event === 'media' && m.media) {
      this.framesReceived++;
      const now = performance.now();
      const gap = now - this.#lastArrival;
      if (gap >= 300 / this.#timeScale) this.#burstFrames = 0;
      else if (++this.#burstFrames > 20) this.arrivalJitterMs.push(Math.abs(gap * this.#timeScale - FRAME_MS));
      this.#lastArrival = now;
      this.#playout.push({ kind: 'frame', data: Buffer.from(m.media.payload, 'base64') });
      this.options.onFrame?.(this.audioMs, performance.now());
    } else if (m.event === 'mark' && m.mark) {
      this.#playout.push({ kind: 'mark', name: m.mark.name });
    } else if (m.event === 'clear') {
      this.clears++;
      this.received.push({ event: 'clear', audioMs: this.audioMs, wallMs: performance.now() });
      // Twilio drops buffered audio and still returns the marks that were queued behind it.
      for (const o of this.#playout.splice(0)) if (o.kind === 'mark') this.#echo(o.name);
    }
  }

  #echo(name: string): void {
    this.received.push({ event: 'mark_echoed', audioMs: this.audioMs, wallMs: performance.now(), name });
    this.#send({ event: 'mark', sequenceNumber: String(++this.#seq), streamSid: this.streamSid, mark: { name } });
  }

  #startTicking(): void {
    this.#startWall = performance.now();
    const step = () => {
      this.#timer = undefined;
      this.#onTick();
      if (this.#ws.readyState !== WebSocket.OPEN) return;
      const next = this.#startWall + ((this.#tick + 1) * FRAME_MS) / this.#timeScale;
      this.#timer = setTimeout(step, Math.max(0, next - performance.now()));
    };
    step();
  }

  #stopTicking(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#current) this.utterances.push(this.#current);
    this.#current = undefined;
  }

  #onTick(): void {
    const frame = this.#caller.shift() ?? SILENT_FRAME;
    if (this.#tick === this.#audioStartTick) this.lastAudioStartWallMs = performance.now();
    this.#send({
      event: 'media',
      sequenceNumber: String(++this.#seq),
      streamSid: this.streamSid,
      media: { track: 'inbound', chunk: String(this.#tick + 1), timestamp: String(this.#tick * FRAME_MS), payload: Buffer.from(frame).toString('base64') },
    });
    while (this.#playout[0]?.kind === 'mark') this.#echo((this.#playout.shift() as { name: string }).name);
    const next = this.#playout[0];
    if (next?.kind === 'frame') {
      this.#playout.shift();
      this.underrunTicks += this.#pendingGap;
      this.#pendingGap = 0;
      this.#recording.push(next.data);
      this.#lastPlayedTick = this.#tick;
      this.#current ??= { startMs: this.audioMs, endMs: this.audioMs };
      this.#current.endMs = this.audioMs + FRAME_MS;
    } else {
      this.#recording.push(SILENT_FRAME);
      if (this.#current) this.#pendingGap++;
      // A pause longer than 300 ms ends an utterance (sentences inside one answer are closer than that).
      if (this.#current && (this.#tick - this.#lastPlayedTick) * FRAME_MS >= 300) {
        this.utterances.push(this.#current);
        this.#current = undefined;
        this.#pendingGap = 0;
      }
    }
    this.#tick++;
    for (const check of [...this.#waiters]) if (check()) this.#waiters.delete(check);
  }
}

const SILENT_FRAME = new Uint8Array(FRAME_BYTES).fill(MULAW_SILENCE);

function unescapeXml(s: string): string {
  return s.replace(/&lt;|&gt;|&quot;|&apos;|&amp;/g, (e) => ({ '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'", '&amp;': '&' })[e] ?? e);
}
