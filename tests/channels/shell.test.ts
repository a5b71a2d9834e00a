import assert from 'node:assert/strict';
import { PassThrough, Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { formatBotMessages, resolveInput, runShell } from '../../src/channels/shell.ts';
import { echoRuntime } from '../helpers/echo-runtime.ts';

async function script(lines: string[], debug = false): Promise<{ out: string; sent: number }> {
  const { runtime } = echoRuntime();
  const output = new PassThrough();
  const chunks: string[] = [];
  output.on('data', (c) => chunks.push(String(c)));
  const sent = await runShell({ runtime, input: Readable.from([`${lines.join('\n')}\n`]), output, sender: 'shell-test', debug });
  return { out: chunks.join(''), sent };
}

describe('shell channel', () => {
  it('numbered buttons: typing the number sends the payload', () => {
    const buttons = [
      { title: 'Да', payload: '/affirm' },
      { title: 'Нет', payload: '/deny' },
    ];
    assert.equal(resolveInput('2', buttons), '/deny');
    assert.equal(resolveInput(' 1 ', buttons), '/affirm');
    assert.equal(resolveInput('3', buttons), '3');
    assert.equal(resolveInput('2', []), '2');
    assert.equal(formatBotMessages([{ recipient_id: 'x', text: 'Выберите', buttons }]), 'Портье: Выберите\n  1. Да\n  2. Нет\n');
  });

  it('a scripted stdin runs every line as a turn, in order, and stops at /stop', async () => {
    const { out, sent } = await script(['Здравствуйте', '1', '', 'ещё раз', '/stop', 'не дойдёт']);
    assert.equal(sent, 3);
    assert.match(out, /Вы: Здравствуйте\nПортье: Добро пожаловать\nПортье: ход 1: 12 символов\n {2}1\. Да/);
    assert.match(out, /Вы: 1 → \/affirm\nПортье: ход 2: 7 символов/);
    assert.match(out, /ход 3/);
    assert.doesNotMatch(out, /не дойдёт/);
  });

  it('--debug prints commands, slots and the stack after each turn', async () => {
    const { out } = await script(['бронь'], true);
    assert.match(out, /понимание: echo, интент other/);
    assert.match(out, /команды: \[\{"command":"set slot","name":"last_text","value":"бронь"/);
    assert.match(out, /слоты: last_text="бронь"/);
    assert.match(out, /стек: —/);
  });
});
