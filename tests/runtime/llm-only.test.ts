// Issue 17: a CALM project without NLU data (as most are written) runs on the LLM alone. A copy of our own
// project with data/nlu.yml removed, pointed at a local server speaking OpenAI's chat-completions protocol,
// books a room end to end; when that server fails, the turn goes to pattern_internal_error as in Rasa.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pino } from 'pino';
import type { SlotValue } from '../../src/engine/commands.ts';
import { type AssembledRuntime, createRuntime } from '../../src/runtime/create-runtime.ts';
import { InMemoryTrackerStore } from '../../src/stores/tracker-memory.ts';
import { copyProject } from '../cli/helpers.ts';
import { type FakeOpenAi, startFakeOpenAi } from '../understanding/llm/fake-openai.ts';
import { hotelActions } from '../../actions/index.ts';

const project = copyProject();
rmSync(join(project, 'data', 'nlu.yml'));
const dataDir = mkdtempSync(join(tmpdir(), 'portier-llm-only-'));
let fake: FakeOpenAi;
let runtime: AssembledRuntime;

// What a guest gives for each question of the booking, as an LLM would turn it into a command.
const ANSWERS: Record<string, SlotValue> = {
  check_in_date: '2026-12-14',
  check_out_date: '2026-12-16',
  adults: 2,
  children: 0,
  room_type: 'standard',
  guest_name: 'Иван Петров',
  guest_phone: '+79161230017',
};

before(async () => {
  fake = await startFakeOpenAi();
  fake.fallback = { kind: 'answer', text: 'готов' };
  const env = {
    ...process.env,
    PORTIER_DATA_DIR: dataDir,
    PORTIER_NOW: '2026-11-24T12:00:00+03:00',
    OPENAI_API_KEY: 'test-key',
    OPENAI_BASE_URL: fake.baseURL,
    PORTIER_LLM: '',
    DATABASE_URL: '',
    REDIS_URL: '',
  };
  runtime = await createRuntime({
    customActions: hotelActions(),
    root: project,
    env,
    logger: pino({ level: 'silent' }),
    trackers: new InMemoryTrackerStore(),
    log: () => {},
  });
});

after(async () => {
  await runtime?.close();
  await fake?.close();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(project, { recursive: true, force: true });
});

async function say(sender: string, text: string, llmAnswer: string): Promise<string> {
  fake.script({ kind: 'answer', text: llmAnswer });
  const messages = await runtime.handleMessage({ sender, text, channel: 'rest' });
  return messages.map((m) => m.text ?? '').join('\n');
}

/** The slot the conversation asks for now (the collect pattern on top of the stack). */
async function asked(sender: string): Promise<string | null> {
  const tracker = await runtime.getTracker(sender);
  const frames = (tracker?.stack ?? []) as { flow_id?: string; collect?: string }[];
  return frames.findLast((f) => f.flow_id === 'pattern_collect_information')?.collect ?? null;
}

describe('LLM-only project (no NLU data)', () => {
  it('trains and runs with the LLM alone, no offline generator behind it', () => {
    assert.equal(runtime.project.files.nlu.length, 0);
    assert.equal(runtime.info.generator, 'llm');
  });

  it('books a room end to end with the commands the LLM answers', async () => {
    const sender = 'llm-only-1';
    let reply = await say(sender, 'Здравствуйте, хочу забронировать номер', 'start flow book_room');
    const said = [reply];
    for (let turn = 0; turn < 15; turn++) {
      const slot = await asked(sender);
      if (!slot) break;
      const value = slot in ANSWERS ? ANSWERS[slot] : true;
      reply = await say(sender, `ответ на ${slot}`, `set slot ${slot} ${typeof value === 'string' ? value : JSON.stringify(value)}`);
      said.push(reply);
    }
    const bookings = await runtime.pms!.findBookings({ phone: ANSWERS.guest_phone as string });
    assert.equal(bookings.length, 1, `no booking made; the assistant said:\n${said.join('\n---\n')}`);
    assert.equal(bookings[0]!.check_in, '2026-12-14');
    assert.equal(bookings[0]!.room_type, 'standard');
    assert.match(said.join('\n'), new RegExp(bookings[0]!.code.split('').join('[\\s-]*')), 'the guest hears the booking code');
    assert.ok(
      fake.requests.some((r) => r.body.messages.some((m) => m.content.includes('ответ на guest_phone'))),
      'turns went through the LLM',
    );
  });

  it('a failed LLM call goes to pattern_internal_error (no offline fallback)', async () => {
    fake.script({ kind: 'status', status: 400, message: 'bad request' });
    const messages = await runtime.handleMessage({ sender: 'llm-only-2', text: 'Когда можно заселиться?', channel: 'rest' });
    const tracker = await runtime.getTracker('llm-only-2');
    const started = (tracker?.events ?? []).flatMap((e) => (e.event === 'flow_started' ? [e.flow_id] : []));
    assert.ok(started.includes('pattern_internal_error'), `flows started: ${started.join(', ')}`);
    assert.match(messages.map((m) => m.text).join('\n'), /что-то пошло не так/);
  });
});
