import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Command } from 'commander';
import { register } from '../../src/cli/commands/call.ts';
import { readWav } from '../../src/voice/audio/wav.ts';
import { startVoiceServer } from '../voice/harness.ts';

describe('portier call', () => {
  it('calls a server like Twilio, speaks a line, presses keys and records what the bot said', async () => {
    const server = await startVoiceServer({ callOptions: { timeScale: 1 } });
    const dir = await mkdtemp(join(tmpdir(), 'portier-call-'));
    const wav = join(dir, 'call.wav');
    const lines: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => lines.push(String(chunk)) > 0) as typeof process.stdout.write;
    try {
      server.asr.expect('Хочу забронировать номер');
      const program = new Command().exitOverride();
      register(program);
      await program.parseAsync(['call', '--url', server.baseUrl, '--say', 'Хочу забронировать номер', '--digits', '123#', '--record', wav, '--wait', '15'], {
        from: 'user',
      });
    } finally {
      process.stdout.write = write;
    }
    const texts = server.agent.received.map((m) => m.text);
    assert.deepEqual(texts.slice(0, 3), ['/session_start', 'Хочу забронировать номер', '123']);
    const audio = readWav(await readFile(wav));
    assert.equal(audio.sampleRate, 8000);
    assert.ok(audio.samples.length > 8000 * 3, 'several seconds recorded');
    assert.match(lines.join(''), /recording: .*call\.wav/);
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });
});
