// `portier shell`: talk to the assistant in the terminal, as `rasa shell` does. Buttons are numbered; typing
// the number sends its payload. Works the same with a script piped into stdin (one message per line).
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Button } from '../engine/events.ts';
import type { Runtime, TurnReport, TurnResult } from '../runtime/types.ts';
import type { BotMessage } from './types.ts';

export interface ShellOptions {
  runtime: Runtime;
  input: Readable;
  output: Writable;
  sender: string;
  /** Print the commands, slots and dialogue stack after every turn. */
  debug?: boolean;
  /** Show a prompt and colours (a terminal); off for piped input. */
  interactive?: boolean;
  metadata?: Record<string, unknown>;
}

const STOP = new Set(['/stop', '/exit', '/quit']);

/** What the guest's line means: a button's payload when it is the number of one, else the text itself. */
export function resolveInput(line: string, buttons: readonly Button[]): string {
  const n = /^\s*(\d{1,2})\s*$/.exec(line);
  if (n && buttons.length > 0) {
    const button = buttons[Number(n[1]) - 1];
    if (button) return button.payload;
  }
  return line;
}

export function formatBotMessages(messages: readonly BotMessage[]): string {
  const lines: string[] = [];
  for (const m of messages) {
    if (m.text) lines.push(...m.text.split('\n').map((l, i) => (i === 0 ? `Портье: ${l}` : `        ${l}`)));
    for (const [i, b] of (m.buttons ?? []).entries()) lines.push(`  ${i + 1}. ${b.title}`);
    if (m.image) lines.push(`  [изображение] ${m.image}`);
    if (m.custom !== undefined) lines.push(`  [данные] ${JSON.stringify(m.custom)}`);
    if (m.call_control?.kind === 'transfer') lines.push(`  [перевод звонка на ${m.call_control.to}]`);
    if (m.call_control?.kind === 'hangup') lines.push('  [звонок завершён]');
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

function formatDebug(report: TurnReport | null, result: TurnResult | null, slots: Record<string, unknown>, stack: unknown[]): string {
  const lines: string[] = [];
  const understanding = result?.understanding;
  lines.push(
    `  ┌ понимание: ${report?.source ?? '?'}${understanding?.intent.name ? `, интент ${understanding.intent.name}` : ''}, ${report?.latencyMs ?? '?'} мс`,
  );
  lines.push(`  │ команды: ${understanding?.commands.length ? JSON.stringify(understanding.commands) : '—'}`);
  const filled = Object.entries(slots).filter(([, v]) => v !== null && v !== undefined);
  lines.push(`  │ слоты: ${filled.length ? filled.map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(', ') : '—'}`);
  lines.push(`  └ стек: ${stack.length ? JSON.stringify(stack) : '—'}`);
  return `${lines.join('\n')}\n`;
}

/** Runs until EOF or /stop. Resolves with the number of messages sent. */
export async function runShell(options: ShellOptions): Promise<number> {
  const { runtime, output, sender } = options;
  const write = (text: string) => output.write(text);
  // A terminal gets readline's line editing and echo; piped input is read as plain lines.
  const rl = options.interactive
    ? createInterface({ input: options.input, output, terminal: true })
    : createInterface({ input: options.input, terminal: false });
  rl.setPrompt('Вы: ');
  let buttons: Button[] = [];
  let sent = 0;
  let last: { report: TurnReport; result: TurnResult | null } | null = null;
  const unsubscribe = runtime.onTurn((report, result) => {
    if (report.conversationId === sender) last = { report, result };
  });
  if (options.interactive) write('Портье слушает. Напишите сообщение (/stop — выход).\n');
  const prompt = () => options.interactive && rl.prompt();
  prompt();
  try {
    for await (const raw of rl) {
      const line = raw.trim();
      if (STOP.has(line)) break;
      if (!line) {
        prompt();
        continue;
      }
      const text = resolveInput(line, buttons);
      if (!options.interactive) write(`Вы: ${text === line ? line : `${line} → ${text}`}\n`);
      try {
        const messages = await runtime.handleMessage({ sender, text, channel: 'shell', ...(options.metadata ? { metadata: options.metadata } : {}) });
        sent++;
        buttons = messages.flatMap((m) => m.buttons ?? []);
        write(formatBotMessages(messages));
        if (options.debug) {
          const tracker = await runtime.getTracker(sender, { include: 'NONE' });
          const turn = last as { report: TurnReport; result: TurnResult | null } | null;
          write(formatDebug(turn?.report ?? null, turn?.result ?? null, tracker?.slots ?? {}, tracker?.stack ?? []));
        }
      } catch (error) {
        write(`Ошибка: ${(error as Error).message}\n`);
      }
      prompt();
    }
  } finally {
    unsubscribe();
    rl.close();
  }
  return sent;
}
