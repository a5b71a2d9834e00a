// `portier models pull` against a local release host: a good archive is verified and unpacked where the
// server looks; a download cut off halfway resumes with a Range request; a corrupt archive is refused and
// deleted; an entry without a published checksum prints the digest it computed; and a real sherpa-onnx model
// (T-one's layout, built for the test) is pulled, loaded and decoded on the recogniser worker.
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import pino from 'pino';
import { listModels, modelsDirOf, pullCommand } from '../../../src/cli/commands/models.ts';
import { createRecognizer, createSynthesizer, NO_RECOGNISER_HINT } from '../../../src/voice/providers.ts';
import { writeToneShapedModel } from '../../../bench/asr-model/tone-shaped-model.ts';
import { FRAME_BYTES } from '../../../src/voice/audio/frames.ts';
import { mulawDecode } from '../../../src/voice/audio/mulaw.ts';
import { SherpaRecognizer } from '../../../src/voice/asr/sherpa.ts';
import { espeakToMulaw } from '../../../src/voice/tts/espeak.ts';
import { type ArchiveServer, makeArchive, serveArchives } from './archive-server.ts';

const logger = pino({ level: 'silent' });
const work = mkdtempSync(join(tmpdir(), 'portier-models-'));
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
// Random bytes do not compress: the archive is big enough to be cut off halfway.
const asr = makeArchive(work, 'sherpa-onnx-streaming-test-ru', { 'model.onnx': randomBytes(400_000), 'tokens.txt': '<blk> 0\nа 1\n' });
const tts = makeArchive(work, 'vits-piper-ru_RU-test', { 'ru_RU-test.onnx': randomBytes(1000), 'tokens.txt': 'а 1\n' });
// A real sherpa-onnx model in T-one's layout (small, random weights: bench/asr-model/tone-shaped-model.ts).
writeToneShapedModel(join(work, 'tone'), { layers: 2, width: 64, feedForward: 128, contextFrames: 30 });
const tone = makeArchive(work, 'sherpa-onnx-streaming-tone-shaped', {
  'model.onnx': readFileSync(join(work, 'tone', 'model.onnx')),
  'tokens.txt': readFileSync(join(work, 'tone', 'tokens.txt')),
});
let host: ArchiveServer;
let catalogue: string;
const savedDataDir = process.env.PORTIER_DATA_DIR;

before(async () => {
  host = await serveArchives({ 'asr.tar.bz2': asr, 'tts.tar.bz2': tts, 'tone.tar.bz2': tone });
  catalogue = join(work, 'catalogue.yml');
  const entry = (name: string, kind: string, path: string, pinned: Buffer | undefined) =>
    `  - {name: ${name}, kind: ${kind}, description: test, licence: Apache-2.0, url: "${host.url}/${path}"${pinned ? `, sha256: ${sha(pinned)}, size: ${pinned.length}` : ''}}`;
  writeFileSync(
    catalogue,
    [
      'models:',
      entry('test-asr', 'asr', 'good/asr.tar.bz2', asr),
      entry('test-asr-flaky', 'asr', 'drop/asr.tar.bz2', asr),
      entry('test-asr-corrupt', 'asr', 'corrupt/asr.tar.bz2', asr),
      entry('test-voice', 'tts', 'good/tts.tar.bz2', undefined),
      entry('test-tone', 'asr', 'good/tone.tar.bz2', tone),
    ].join('\n'),
  );
  process.env.PORTIER_DATA_DIR = join(work, 'data');
});

after(async () => {
  await host.close();
  if (savedDataDir === undefined) delete process.env.PORTIER_DATA_DIR;
  else process.env.PORTIER_DATA_DIR = savedDataDir;
  rmSync(work, { recursive: true, force: true });
});

describe('portier models pull', () => {
  it('with nothing installed the server says in one line how to install a recogniser', () => {
    const lines: string[] = [];
    const capture = pino({ level: 'info' }, { write: (l: string) => lines.push(l) });
    assert.equal(createRecognizer({ asr: { name: 'azure' } }, capture, { modelsDir: modelsDirOf(work) }).name, 'none');
    assert.match(NO_RECOGNISER_HINT, /portier models pull t-one-ru/);
    assert.ok(
      lines.some((l) => l.includes('portier models pull t-one-ru')),
      lines.join(''),
    );
  });

  it('downloads, verifies and unpacks into the data folder, where the server finds it with no path configured', async () => {
    const out: string[] = [];
    await pullCommand('test-asr', { root: work, catalogue }, (l) => out.push(l), false);
    const dir = join(modelsDirOf(work), 'test-asr');
    assert.ok(existsSync(join(dir, 'model.onnx')) && existsSync(join(dir, 'tokens.txt')), 'the archive’s folder became the model folder');
    assert.match(out.join('\n'), new RegExp(`sha256 ${sha(asr)} matches the catalogue`));
    const saved = { a: process.env.AZURE_SPEECH_API_KEY, b: process.env.AZURE_SPEECH_KEY };
    delete process.env.AZURE_SPEECH_API_KEY;
    delete process.env.AZURE_SPEECH_KEY;
    try {
      const found = createRecognizer({ asr: { name: 'azure' } }, logger, { modelsDir: modelsDirOf(work) }) as { name: string; modelDir?: string };
      assert.deepEqual({ name: found.name, dir: found.modelDir }, { name: 'sherpa', dir });
    } finally {
      if (saved.a !== undefined) process.env.AZURE_SPEECH_API_KEY = saved.a;
      if (saved.b !== undefined) process.env.AZURE_SPEECH_KEY = saved.b;
    }
    const listed: string[] = [];
    listModels([{ name: 'test-asr', kind: 'asr', description: 'x', url: `${host.url}/good/asr.tar.bz2`, licence: 'MIT' }], modelsDirOf(work), (l) =>
      listed.push(l),
    );
    assert.match(listed[0]!, /^test-asr .*installed/);
  });

  it('resumes a download the server cut off halfway, asking only for the rest', async () => {
    await assert.rejects(
      pullCommand('test-asr-flaky', { root: work, catalogue }, () => {}, false),
      /interrupted|ended at/,
    );
    const part = join(modelsDirOf(work), '.downloads', 'asr.tar.bz2.part');
    const kept = statSync(part).size;
    assert.ok(kept > 0 && kept < asr.length, `kept ${kept} of ${asr.length} bytes`);
    const out: string[] = [];
    await pullCommand('test-asr-flaky', { root: work, catalogue }, (l) => out.push(l), false);
    assert.equal(host.requests.at(-1)!.headers.range, `bytes=${kept}-`);
    assert.match(out.join('\n'), /resumed the download/);
    assert.match(out.join('\n'), /matches the catalogue/);
    assert.equal(readFileSync(join(modelsDirOf(work), 'test-asr-flaky', 'tokens.txt'), 'utf8'), '<blk> 0\nа 1\n');
  });

  it('refuses a corrupt archive, deletes it and installs nothing', async () => {
    await assert.rejects(
      pullCommand('test-asr-corrupt', { root: work, catalogue }, () => {}, false),
      /does not match the catalogue's/,
    );
    assert.ok(!existsSync(join(modelsDirOf(work), 'test-asr-corrupt')));
    assert.ok(!existsSync(join(modelsDirOf(work), '.downloads', 'asr.tar.bz2.part')) && !existsSync(join(modelsDirOf(work), '.downloads', 'asr.tar.bz2')));
  });

  it('prints the computed digest when the catalogue has none, and the installed voice replaces espeak-ng', async () => {
    const out: string[] = [];
    await pullCommand('test-voice', { root: work, catalogue }, (l) => out.push(l), false);
    assert.match(out.join('\n'), new RegExp(`sha256 ${sha(tts)} \\(the catalogue has no published checksum`));
    assert.equal(createSynthesizer({}, logger, { modelsDir: modelsDirOf(work) }).name, 'sherpa');
    assert.equal(createSynthesizer({ tts: { name: 'espeak' } }, logger, { modelsDir: modelsDirOf(work) }).name, 'espeak-ng');
  });

  it('installs a model that sherpa-onnx then loads and decodes on the recogniser worker', { timeout: 60_000 }, async () => {
    await pullCommand('test-tone', { root: work, catalogue }, () => {}, false);
    const recognizer = new SherpaRecognizer(join(modelsDirOf(work), 'test-tone'));
    await recognizer.check();
    const stream = await recognizer.open({ callId: 'CA-pulled', language: 'ru-RU', phraseHints: [] });
    const audio = await espeakToMulaw('здравствуйте');
    for (let at = 0; at + FRAME_BYTES <= audio.length; at += FRAME_BYTES) {
      const frame = audio.subarray(at, at + FRAME_BYTES);
      stream.pushAudio({ pcm: mulawDecode(frame), mulaw: frame });
    }
    assert.match(await stream.endTurn(), /^[а-яё ]+$/, 'the model’s own (random) letters, decoded by sherpa-onnx');
    await stream.close();
    await recognizer.close();
  });

  it('without a way to the release host, says how to install from another machine or a mirror', async () => {
    // A port that was just free: nothing listens there, as with no network at all.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const offline = join(work, 'offline.yml');
    writeFileSync(offline, `models:\n  - {name: test-offline, kind: asr, description: test, licence: MIT, url: "http://127.0.0.1:${port}/asr.tar.bz2"}\n`);
    await assert.rejects(
      pullCommand('test-offline', { root: work, catalogue: offline }, () => {}, false),
      (err: Error) => {
        assert.match(err.message, /^cannot reach http:\/\/127\.0\.0\.1:\d+\/asr\.tar\.bz2: .*Without internet here: pull on a machine that has it and copy/);
        assert.match(err.message, /--from <its address>/);
        return true;
      },
    );
  });

  it('names the known models when asked for an unknown one', async () => {
    await assert.rejects(
      pullCommand('nope', { root: work, catalogue }, () => {}, false),
      /no model "nope" in the catalogue; known: test-asr/,
    );
  });
});
