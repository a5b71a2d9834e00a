// Voice benchmarks with the call simulator over the real webhook and WebSocket:
//  1. end-of-turn decision → first audio frame sent, cached response (p50/p99)
//  2. barge-in: caller speech onset → `clear` received (p50/p95), real time
//  3. concurrent real-time calls: outbound frame jitter, underruns (dropped frames), server CPU per call
import { fork } from 'node:child_process';
import { cpus } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import Fastify from 'fastify';
import pino from 'pino';
import { Registry } from 'prom-client';
import { ActiveCalls, twilioMediaStreamsPlugin } from '../src/channels/twilio-media-streams.ts';
import type { Agent, BotMessage, IncomingMessage } from '../src/channels/types.ts';
import { ScriptedRecognizer } from '../src/voice/asr/scripted.ts';
import { SimulatedCall } from '../src/voice/simulator.ts';
import { CachedSynthesizer } from '../src/voice/tts/cache.ts';
import { EspeakSynthesizer, espeakToMulaw } from '../src/voice/tts/espeak.ts';
import { energyVadFactory } from '../src/voice/vad/energy.ts';
import { createVad } from '../src/voice/providers.ts';
import { answerKindsOf } from '../src/voice/call/answer-ready.ts';
import { realRecogniser, recogniserWorker } from './voice-asr.ts';
import type { LoadResult } from './voice-load.client.ts';

const LONG =
  'У нас есть несколько категорий номеров. Стандартный номер подходит для одного или двух гостей. Семейный номер просторнее и подходит для семьи с детьми. Во всех номерах есть кондиционер и бесплатный интернет.';
const REPLIES: Record<string, string> = {
  '/session_start': 'Здравствуйте! Чем могу помочь?',
  да: 'Хорошо, записала.',
  расскажите: LONG,
  подождите: 'Слушаю вас.',
};

/** Answers instantly from a table, so the figures measure the voice pipeline only. */
class TableAgent implements Agent {
  constructor(readonly greeting = REPLIES['/session_start']!) {}
  async handleMessage(m: IncomingMessage): Promise<BotMessage[]> {
    if (m.text === '/session_end') return [];
    const text = m.text === '/session_start' ? this.greeting : (REPLIES[m.text] ?? 'Повторите, пожалуйста.');
    return [{ recipient_id: m.sender, text }];
  }
}

/** Upper bound of the histogram bucket holding quantile q, and the count. */
async function histogramQuantile(registry: Registry, name: string, q: number): Promise<{ le: number; count: number; mean: number }> {
  const values = (await registry.getSingleMetric(name)!.get()).values as { metricName?: string; value: number; labels: Record<string, string | number> }[];
  const buckets = values.filter((v) => v.metricName === `${name}_bucket`);
  const count = values.find((v) => v.metricName === `${name}_count`)?.value ?? 0;
  const sum = values.find((v) => v.metricName === `${name}_sum`)?.value ?? 0;
  const hit = buckets.find((b) => b.value >= q * count);
  return { le: Number(hit?.labels.le ?? Number.POSITIVE_INFINITY), count, mean: count ? sum / count : 0 };
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))]! : Number.NaN;
};
const fmt = (x: number) => x.toFixed(1);

/** Asks a yes/no question (utter_ask_booking_confirmation) after every caller turn. */
class ConfirmAgent implements Agent {
  async handleMessage(m: IncomingMessage): Promise<BotMessage[]> {
    if (m.text === '/session_end') return [];
    return [{ recipient_id: m.sender, text: 'Хорошо. Всё верно?', utter_action: 'utter_ask_booking_confirmation' }];
  }
}

async function server(timeScale: number, agent: Agent, onLog?: (o: Record<string, unknown>) => void, answeredSilenceMs = 250) {
  const app = Fastify();
  const asr = new ScriptedRecognizer();
  const synthesizer = new CachedSynthesizer(new EspeakSynthesizer());
  await synthesizer.warm([...Object.values(REPLIES).flatMap((t) => t.split(/(?<=[.!?])\s+/)), 'Повторите, пожалуйста.', 'Хорошо.', 'Всё верно?']);
  const logger = pino({ level: 'info' }, { write: (line: string) => onLog?.(JSON.parse(line) as Record<string, unknown>) });
  const calls = new ActiveCalls();
  const registry = new Registry();
  const vad = process.env.VOICE_BENCH_VAD === 'energy' ? energyVadFactory() : createVad({}, pino({ level: 'silent' }));
  await app.register(twilioMediaStreamsPlugin, {
    metrics: registry,
    agent,
    env: process.env,
    credentials: { allow_unsigned: true }, // the simulator does not sign; dev mode
    hotelPhone: '+70000000000',
    clock: { now: () => new Date() },
    logger,
    recognizer: asr,
    synthesizer,
    vad,
    answerKinds: answerKindsOf({ booking_confirmation: { type: 'bool' } }),
    callOptions: { timeScale, silenceTimeoutMs: 600_000, answeredSilenceMs },
    activeCalls: calls,
  });
  const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
  const close = async (): Promise<void> => {
    await app.close();
    await vad.close?.();
  };
  return { app, asr, baseUrl, registry, close, vadStats: () => vad.stats?.() };
}

interface Measured {
  result: LoadResult;
  wallS: number;
  cpuS: number;
  loopP99: number;
  loopMax: number;
}

/** Runs simulated calls in a child process so only the server shares this event loop. */
async function runClient(baseUrl: string, request: { calls: number; staggerMs: number; line: string; turns: number; timeScale: number }): Promise<Measured> {
  const child = fork(new URL('./voice-load.client.ts', import.meta.url), { execArgv: ['--import', 'tsx'] });
  const next = () => new Promise<unknown>((resolve) => child.once('message', resolve));
  child.send({ baseUrl, ...request });
  await next(); // warm-up call done
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const done = next();
  child.send('go');
  const result = (await done) as LoadResult;
  const wallS = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  loop.disable();
  return { result, wallS, cpuS: (cpu.user + cpu.system) / 1e6, loopP99: loop.percentile(99) / 1e6, loopMax: loop.max / 1e6 };
}

async function endOfTurnToFirstFrame(): Promise<string> {
  const gaps: number[] = [];
  const s = await server(4, new TableAgent(), (o) => {
    const t = o.turn_latency as Record<string, number> | undefined;
    if (t?.first_audio_sent_ms !== undefined && t.end_of_turn_ms !== undefined) gaps.push(t.first_audio_sent_ms - t.end_of_turn_ms);
  });
  const calls = 10;
  const turns = 30;
  for (let i = 0; i < calls * turns + 1; i++) s.asr.expect('да');
  gaps.length = 0;
  await runClient(s.baseUrl, { calls, staggerMs: 50, line: 'Да, конечно', turns, timeScale: 4 }).then(() => undefined);
  await s.close();
  return `end of turn → first audio frame (cached reply): n=${gaps.length} p50 ${fmt(quantile(gaps, 0.5))} ms, p99 ${fmt(quantile(gaps, 0.99))} ms, max ${fmt(gaps.reduce((a, b) => Math.max(a, b), 0))} ms`;
}

async function bargeIn(): Promise<string> {
  const s = await server(1, new TableAgent());
  const ask = await espeakToMulaw('Расскажите о номерах');
  const stop = await espeakToMulaw('Подождите, пожалуйста');
  const latencies: number[] = [];
  await Promise.all(
    Array.from({ length: 20 }, async (_, i) => {
      await new Promise((r) => setTimeout(r, i * 37));
      const call = await SimulatedCall.dial({ baseUrl: s.baseUrl });
      await call.waitForBotTurn();
      s.asr.expect('расскажите');
      await call.sendAudio(ask);
      await call.waitForBotSpeech();
      const t = call.audioMs;
      await call.waitUntil(() => call.audioMs >= t + 1500, 10_000);
      s.asr.expect('подождите');
      const speaking = call.sendAudio(stop).catch(() => undefined);
      await call.waitUntil(() => call.clears > 0, 5000);
      latencies.push(call.received.find((r) => r.event === 'clear')!.wallMs - call.lastAudioStartWallMs);
      await call.hangup();
      await speaking;
    }),
  );
  await s.close();
  return `barge-in onset (first caller frame sent) → clear received, real time: n=${latencies.length} p50 ${fmt(quantile(latencies, 0.5))} ms, p95 ${fmt(quantile(latencies, 0.95))} ms (interruption threshold 400 ms of speech)`;
}

/**
 * Two waves of n calls on one server: the first finds no Silero network loaded (a server just started), the
 * second reuses the networks the first left in the pool (a server that has had its peak before).
 */
async function concurrentCalls(n: number): Promise<string> {
  const s = await server(1, new TableAgent(LONG));
  const lines: string[] = [];
  for (const wave of ['first wave (cold: VAD networks loaded as calls open)', 'second wave (warm)']) {
    s.registry.resetMetrics();
    for (let i = 0; i < n + 1; i++) s.asr.expect('расскажите');
    const vadBefore = s.vadStats();
    const { result, wallS, cpuS, loopP99, loopMax } = await runClient(s.baseUrl, {
      calls: n,
      staggerMs: 20,
      line: 'Расскажите о номерах',
      turns: 1,
      timeScale: 1,
    });
    const lateness = await histogramQuantile(s.registry, 'portier_voice_frame_send_lateness_seconds', 0.99);
    const outbound = await histogramQuantile(s.registry, 'portier_voice_outbound_jitter_seconds', 0.99);
    const underrun = (await s.registry.getSingleMetric('portier_voice_playout_underrun_seconds_total')!.get()).values[0]?.value ?? 0;
    const callSeconds = result.heardMs / 1000;
    const vadAfter = s.vadStats();
    const sounded = vadAfter && vadBefore ? vadAfter.model - vadBefore.model + vadAfter.energy - vadBefore.energy : 0;
    const vadLine =
      vadAfter && vadBefore && sounded > 0
        ? `; frames with sound decided by Silero ${fmt((100 * (vadAfter.model - vadBefore.model)) / sounded)} %, by energy while Silero was behind or loading ${fmt((100 * (vadAfter.energy - vadBefore.energy)) / sounded)} %; Silero networks loaded ${(vadAfter.networksLoaded ?? 0) - (vadBefore.networksLoaded ?? 0)}`
        : '';
    lines.push(
      `concurrent real-time calls, ${wave}: ${n} dialled, ${result.completed} completed, ${result.failed.length} failed${result.failed.length ? ` (${result.failed[0]})` : ''}`,
      `  server side: outbound frame jitter p99 ≤ ${fmt(outbound.le * 1000)} ms (mean ${fmt(outbound.mean * 1000)} ms, ${outbound.count} intervals); pacing timer lateness p99 ≤ ${fmt(lateness.le * 1000)} ms; playout gaps ${fmt(underrun * 1000)} ms in total`,
      `  Twilio side (simulator): frames ${result.framesReceived}, silent ticks inside answers ${result.underrunTicks}, arrival jitter p50 ${fmt(quantile(result.jitter, 0.5))} ms, p99 ${fmt(quantile(result.jitter, 0.99))} ms, max ${fmt(result.jitter.reduce((a, b) => Math.max(a, b), 0))} ms`,
      `  end of the caller's speech → first frame of the answer played (600 ms end-of-turn silence + VAD + pipeline + simulator): p50 ${fmt(quantile(result.responseMs, 0.5))} ms, p99 ${fmt(quantile(result.responseMs, 0.99))} ms${vadLine}`,
      `  server event-loop delay: p99 ${fmt(loopP99)} ms, max ${fmt(loopMax)} ms`,
      `  server CPU ${fmt(cpuS)} s over ${fmt(wallS)} s wall = ${fmt((100 * cpuS) / wallS)} % of one core; per call ${fmt((1000 * cpuS) / n)} ms CPU, ${fmt((100 * cpuS) / callSeconds)} % of a core per call-second of bot speech`,
    );
  }
  await s.close();
  return lines.join('\n');
}

/**
 * Slot-aware end of turn: after a yes/no question, a caller who answers «да, всё верно» (a complete answer)
 * and one who says «я ещё подумаю» (no answer of that kind), with the feature off (0) and on (250 ms).
 */
async function slotAwareEndOfTurn(): Promise<string> {
  const lines = ["slot-aware end of turn: end of the caller's speech → first frame of the answer played (10 calls × 4 turns, real time):"];
  for (const answeredMs of [0, 250]) {
    for (const [kind, line] of [
      ['complete answer «да, всё верно»', 'Да, всё верно'],
      ['open answer «я ещё подумаю»', 'Я ещё подумаю'],
    ] as const) {
      const s = await server(1, new ConfirmAgent(), undefined, answeredMs);
      for (let i = 0; i < 10 * 4 + 1; i++) s.asr.expect(line);
      const { result } = await runClient(s.baseUrl, { calls: 10, staggerMs: 97, line, turns: 4, timeScale: 1 });
      await s.close();
      lines.push(
        `  ${answeredMs ? 'after (250 ms)' : 'before (off)  '} ${kind}: n=${result.responseMs.length} median ${fmt(quantile(result.responseMs, 0.5))} ms, p95 ${fmt(quantile(result.responseMs, 0.95))} ms`,
      );
    }
  }
  return lines.join('\n');
}

const calls = Number(process.env.VOICE_BENCH_CALLS ?? 100);
console.log(
  `voice bench: Node ${process.version}, ${cpus().length} cores, ${new Date().toISOString()}, VAD ${process.env.VOICE_BENCH_VAD === 'energy' ? 'energy' : 'Silero (default, worker thread)'}`,
);
const only = process.env.VOICE_BENCH_ONLY;
if (!only || only === 'eot') console.log(await endOfTurnToFirstFrame());
if (!only || only === 'barge-in') console.log(await bargeIn());
if (!only || only === 'load') console.log(await concurrentCalls(calls));
if (!only || only === 'slot') console.log(await slotAwareEndOfTurn());
if (!only || only === 'asr') console.log(await recogniserWorker());
if (!only || only === 'asr' || only === 'asr-real') console.log(await realRecogniser());
