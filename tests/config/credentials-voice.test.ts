// The voice block of credentials.yml has one schema (src/voice/config.ts). Before it had two, and the file
// loader's filled in `vad.name: energy` when only a threshold was given, so calls silently used the energy
// detector instead of Silero, and it warned that `spare` was an unknown key.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { pino } from 'pino';
import { loadProjectConfig } from '../../src/config/load.ts';
import { createVad } from '../../src/voice/providers.ts';

function credentialsProject(text: string): string {
  const root = mkdtempSync(join(tmpdir(), 'portier-credentials-'));
  writeFileSync(join(root, 'credentials.yml'), text);
  return root;
}

test('vad: {threshold, spare} keeps Silero, the documented default, and `spare` is a known key', async () => {
  const root = credentialsProject('rest:\ntwilio_media_streams:\n  vad:\n    threshold: 0.6\n    spare: 2\n');
  const loaded = loadProjectConfig(root, {});
  assert.deepEqual(
    loaded.problems.filter((p) => /vad|spare/.test(p.message)),
    [],
  );
  const vad = loaded.credentials.twilio_media_streams?.vad;
  assert.equal(vad?.name, undefined);
  assert.equal(vad?.threshold, 0.6);
  assert.equal(vad?.spare, 2);
  const factory = createVad(loaded.credentials.twilio_media_streams ?? {}, pino({ level: 'silent' }));
  try {
    assert.equal(factory.name, 'silero');
  } finally {
    await factory.close?.();
  }
});

test('vad: {name: energy} still chooses the energy detector, and a threshold above 1 is refused with its place', () => {
  const energy = loadProjectConfig(credentialsProject('twilio_media_streams:\n  vad:\n    name: energy\n'), {});
  assert.equal(energy.credentials.twilio_media_streams?.vad?.name, 'energy');
  const bad = loadProjectConfig(credentialsProject('twilio_media_streams:\n  vad:\n    threshold: 7\n'), {});
  assert.ok(
    bad.problems.some((p) => p.severity === 'error' && p.pos?.line === 3),
    JSON.stringify(bad.problems),
  );
});
