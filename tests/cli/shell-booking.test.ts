// `portier shell` driven by a script on stdin (no terminal) completes a booking with the real assistant.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';

describe('portier shell (scripted stdin)', () => {
  it('completes a booking and prints --debug details', { timeout: 180_000 }, () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'portier-shell-'));
    try {
      const script = [
        'Добрый день, хочу забронировать номер',
        'с 14 по 16 декабря',
        'двое взрослых',
        'комфорт',
        'Пётр Сидоров',
        '+7 900 000-00-01',
        'да',
        '',
      ].join('\n');
      const res = spawnSync(process.execPath, ['bin/portier.mjs', 'shell', '--debug'], {
        input: script,
        encoding: 'utf8',
        env: { ...process.env, PORTIER_DATA_DIR: dataDir, PORTIER_NOW: '2026-11-24T12:00:00+03:00', DATABASE_URL: '', REDIS_URL: '', LOG_LEVEL: 'warn' },
        timeout: 170_000,
      });
      assert.equal(res.status, 0, res.stderr);
      assert.match(res.stdout, /Вы: с 14 по 16 декабря/);
      assert.match(res.stdout, /команды: .*"check_in_date","value":"2026-12-14"/);
      assert.match(res.stdout, /слоты: .*room_type="comfort"/);
      assert.match(res.stdout, /Портье: .*забронирован.*Код вашей брони: [1-9]\d{8}/);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
