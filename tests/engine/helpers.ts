// Writes small inline YAML projects to a temporary folder for engine tests.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export function writeProject(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'portier-engine-'));
  for (const [rel, text] of Object.entries(files)) {
    const path = join(root, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  return root;
}

import type { Problem } from '../../src/config/errors.ts';
import type { ActionCall, ActionResult, ActionRunner } from '../../src/engine/actions.ts';
import type { Command } from '../../src/engine/commands.ts';
import { loadEngineProject } from '../../src/config/engine-files.ts';
import { DialogueTracker, type EngineOptions, MessageProcessor } from '../../src/engine/index.ts';
import type { BotMessage } from '../../src/channels/types.ts';
import type { TrackerEvent } from '../../src/engine/events.ts';
import type { CommandGenerator, Understanding, UnderstandingContext } from '../../src/understanding/types.ts';

/** A generator for tests: each text maps to fixed commands; records the context it was given. */
export class ScriptedGenerator implements CommandGenerator {
  readonly name = 'scripted';
  readonly contexts: UnderstandingContext[] = [];
  constructor(readonly script: Record<string, Command[]>) {}
  async understand(text: string, context: UnderstandingContext): Promise<Understanding> {
    this.contexts.push(context);
    const commands = this.script[text];
    if (!commands) throw new Error(`no scripted commands for ${JSON.stringify(text)}`);
    return { text, intent: { name: null, confidence: 0 }, entities: [], commands, source: 'scripted' };
  }
}

export type ActionFn = (call: ActionCall) => ActionResult | Promise<ActionResult>;

export class MapActions implements ActionRunner {
  readonly calls: string[] = [];
  constructor(readonly actions: Record<string, ActionFn>) {}
  has(name: string): boolean {
    return name in this.actions;
  }
  async run(name: string, call: ActionCall): Promise<ActionResult> {
    this.calls.push(name);
    return this.actions[name]!(call);
  }
}

export const NOW = new Date('2026-11-24T12:00:00+03:00');

export interface Harness {
  engine: MessageProcessor;
  tracker: DialogueTracker;
  actions: MapActions;
  generator: ScriptedGenerator;
  problems: Problem[];
  clock: { now: Date };
  /** Sends a message; returns the bot texts and the turn's events. */
  say(text: string, metadata?: Record<string, unknown>): Promise<{ texts: string[]; messages: BotMessage[]; events: TrackerEvent[] }>;
}

export function harness(
  files: { domain: string; flows: string; extra?: Record<string, string> },
  script: Record<string, Command[]> = {},
  actions: Record<string, ActionFn> = {},
  options: Partial<EngineOptions> = {},
): Harness {
  const root = writeProject({ 'domain.yml': files.domain, 'data/flows.yml': files.flows, ...(files.extra ?? {}) });
  const problems: Problem[] = [];
  const project = loadEngineProject({ root, problems });
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length) throw new Error(errors.map((p) => `${p.pos?.line}: ${p.message}`).join('\n'));
  const runner = new MapActions(actions);
  const clock = { now: NOW };
  const engine = new MessageProcessor(project, { actions: runner, now: () => clock.now, seed: 1, ...options });
  const generator = new ScriptedGenerator(script);
  const h: Harness = {
    engine,
    tracker: engine.tracker('user-1'),
    actions: runner,
    generator,
    problems,
    clock,
    async say(text, metadata) {
      const out = await engine.handleMessage(h.tracker, { sender: 'user-1', text, channel: 'rest', ...(metadata ? { metadata } : {}) }, generator);
      return { texts: out.messages.map((m) => m.text ?? ''), messages: out.messages, events: out.events };
    },
  };
  return h;
}

export function eventNames(events: TrackerEvent[]): string[] {
  return events.map((e) => ('name' in e ? `${e.event}:${e.name}` : 'flow_id' in e ? `${e.event}:${e.flow_id}` : e.event));
}

export { DialogueTracker };
