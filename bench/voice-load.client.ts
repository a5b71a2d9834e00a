// Child process of bench/voice.bench.ts: plays Twilio's side of many concurrent real-time calls, so the
// server's event loop (the parent process) is measured alone. Reports jitter and underruns over IPC.
import { FRAME_MS, toFrames } from '../src/voice/audio/frames.ts';
import { mulawDecode } from '../src/voice/audio/mulaw.ts';
import { SimulatedCall } from '../src/voice/simulator.ts';
import { espeakToMulaw } from '../src/voice/tts/espeak.ts';
import { frameDbfs } from '../src/voice/vad/energy.ts';

interface LoadRequest {
  baseUrl: string;
  calls: number;
  staggerMs: number;
  line: string;
  /** Caller turns per call after the greeting (each waits for the bot's answer). */
  turns: number;
  timeScale: number;
}

export interface LoadResult {
  completed: number;
  failed: string[];
  framesReceived: number;
  underrunTicks: number;
  jitter: number[];
  heardMs: number;
  /** End of the caller's speech (last frame above −45 dBFS) → first frame of the answer played, per turn (wall ms). */
  responseMs: number[];
}

process.once('message', async (raw) => {
  const request = raw as LoadRequest;
  const audio = await espeakToMulaw(request.line);
  const frames = toFrames(audio);
  const lastVoiced = frames.findLastIndex((f) => frameDbfs(mulawDecode(f)) > -45);
  const trailingSilenceMs = ((frames.length - 1 - lastVoiced) * FRAME_MS) / request.timeScale;
  // Warm-up call (module loading, JIT) before the parent starts measuring.
  const warm = await SimulatedCall.dial({ baseUrl: request.baseUrl, timeScale: request.timeScale });
  await warm.waitForBotSpeech(60_000);
  await warm.hangup();
  process.send?.('ready');
  await new Promise((resolve) => process.once('message', resolve));
  const result: LoadResult = { completed: 0, failed: [], framesReceived: 0, underrunTicks: 0, jitter: [], heardMs: 0, responseMs: [] };
  const one = async (i: number) => {
    await new Promise((r) => setTimeout(r, i * request.staggerMs));
    const call = await SimulatedCall.dial({ baseUrl: request.baseUrl, timeScale: request.timeScale });
    try {
      await call.waitForBotTurn(700, 60_000);
      for (let turn = 0; turn < request.turns; turn++) {
        await call.sendAudio(audio);
        const spoke = performance.now();
        await call.waitForBotSpeech(60_000);
        result.responseMs.push(performance.now() - spoke + trailingSilenceMs);
        await call.waitForBotTurn(700, 60_000);
      }
      result.completed++;
    } catch (err) {
      result.failed.push(String(err));
    } finally {
      result.framesReceived += call.framesReceived;
      result.underrunTicks += call.underrunTicks;
      result.heardMs += call.heardMs;
      for (const j of call.arrivalJitterMs) result.jitter.push(j);
      await call.hangup().catch(() => undefined);
    }
  };
  await Promise.all(Array.from({ length: request.calls }, (_, i) => one(i)));
  process.send?.(result, () => process.exit(0));
});
