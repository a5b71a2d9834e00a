// A tiny TurnEngine for server tests: it records the user's message and answers with its length and a button,
// so tests can check persistence, ordering and the HTTP shapes without the real dialogue engine.
import type { BotMessage, IncomingMessage } from '../../src/channels/types.ts';
import type { SlotValue } from '../../src/engine/commands.ts';
import type { TrackerEvent } from '../../src/engine/events.ts';
import type { TurnEngine, TurnResult } from '../../src/runtime/types.ts';
import type { Understanding } from '../../src/understanding/types.ts';

export class EchoEngine implements TurnEngine {
  delayMs = 0;
  failOn: string | null = null;
  calls = 0;

  understand(text: string): Understanding {
    const intent = /привет|здравств/i.test(text) ? 'greet' : 'other';
    return {
      text,
      intent: { name: intent, confidence: 0.9 },
      entities: [],
      commands: intent === 'greet' ? [] : [{ command: 'set slot', name: 'last_text', value: text.slice(0, 20), extractor: 'NLU' }],
      source: 'echo',
    };
  }

  async handle(history: readonly TrackerEvent[], message: IncomingMessage): Promise<TurnResult> {
    this.calls++;
    if (this.delayMs) await new Promise((r) => setTimeout(r, this.delayMs));
    if (this.failOn !== null && message.text === this.failOn) throw new Error('engine exploded on +79161234567');
    const turn = history.filter((e) => e.event === 'user').length + 1;
    const understanding = this.understand(message.text);
    const ts = 1_764_000_000 + history.length;
    const events: TrackerEvent[] = [];
    const messages: BotMessage[] = [];
    if (history.length === 0) {
      events.push({ event: 'session_started', timestamp: ts });
      events.push({ event: 'bot', timestamp: ts, text: 'Добро пожаловать', data: {} });
      messages.push({ recipient_id: message.sender, text: 'Добро пожаловать' });
    }
    events.push({
      event: 'user',
      timestamp: ts,
      text: message.text,
      parse_data: { text: message.text, intent: understanding.intent, entities: [], commands: understanding.commands },
      input_channel: message.channel,
    });
    for (const c of understanding.commands) if (c.command === 'set slot') events.push({ event: 'slot', timestamp: ts, name: c.name, value: c.value });
    const reply = `ход ${turn}: ${[...message.text].length} символов`;
    events.push({ event: 'bot', timestamp: ts, text: reply, data: { buttons: [{ title: 'Да', payload: '/affirm' }] } });
    messages.push({ recipient_id: message.sender, text: reply, buttons: [{ title: 'Да', payload: '/affirm' }], utter_action: 'utter_echo' });
    return { events, messages, understanding };
  }

  async parse(text: string): Promise<Understanding> {
    return this.understand(text);
  }

  describe(history: readonly TrackerEvent[]): { slots: Record<string, SlotValue>; stack: unknown[] } {
    const slots: Record<string, SlotValue> = { last_text: null };
    for (const e of history) if (e.event === 'slot') slots[e.name] = e.value;
    return { slots, stack: [] };
  }
}
