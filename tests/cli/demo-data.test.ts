// `portier demo-data`: bookings through the hotel rules and real conversations, re-dated into the past month.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { writeDemoData } from '../../src/cli/commands/demo-data.ts';
import { SqliteTrackerStore } from '../../src/stores/tracker-sqlite.ts';
import { digestConversation } from '../../src/staff/conversation-digest.ts';

test('demo data: bookings, and conversations spread over the past days with real outcomes', { timeout: 120_000 }, async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'portier-demo-'));
  const saved = process.env.PORTIER_DATA_DIR;
  process.env.PORTIER_DATA_DIR = dataDir;
  try {
    const written = await writeDemoData({ root: '.', days: 10, bookings: 12, conversations: 12, seed: 7 }, () => {});
    assert.ok(written.bookings >= 8, `${written.bookings} bookings`);
    assert.equal(written.conversations, 12);
    const trackers = new SqliteTrackerStore({ file: join(dataDir, 'tracker.db') });
    const recent = await trackers.recent(50);
    assert.equal(recent.length, 12);
    const days = new Set(recent.map((c) => new Date(c.lastEventAt * 1000).toISOString().slice(0, 10)));
    assert.ok(days.size >= 3, `conversations on ${days.size} days`);
    const outcomes = new Set<string>();
    for (const c of recent) outcomes.add(digestConversation(c.id, await trackers.load(c.id)).outcome);
    assert.ok(outcomes.size >= 2, [...outcomes].join(', '));
    await trackers.close();
  } finally {
    if (saved === undefined) delete process.env.PORTIER_DATA_DIR;
    else process.env.PORTIER_DATA_DIR = saved;
    rmSync(dataDir, { recursive: true, force: true });
  }
});
