// Runs every user flow of a Rasa Pro project through the engine, as a compatibility check for projects brought
// across (issue: rasa-calm-demo). Each flow is started by a `start flow` command; every question is answered
// with a value of the slot's type (categorical: its first value, bool: true, float: 500, text: "test"); custom
// actions are stubbed as `stub_custom_actions` would (no events). A flow "runs" when it completes or waits on
// a question after each answer without the engine reporting an internal error.
// usage: node --import tsx scripts/run-every-flow.ts /path/to/rasa/project
import type { Problem } from '../src/config/errors.ts';
import type { ActionRunner } from '../src/engine/actions.ts';
import type { Command, SlotValue } from '../src/engine/commands.ts';
import { loadEngineProject } from '../src/config/engine-files.ts';
import { MessageProcessor } from '../src/engine/index.ts';
import type { CommandGenerator, Understanding, UnderstandingContext } from '../src/understanding/types.ts';

const root = process.argv[2];
if (!root) {
  console.error('usage: node --import tsx scripts/run-every-flow.ts PROJECT_DIR');
  process.exit(2);
}
const problems: Problem[] = [];
const project = loadEngineProject({ root, problems, dataPaths: [`${root}/data`] });
const stubs: ActionRunner = { has: (name) => project.domain.actions.includes(name), run: async () => ({ events: [], responses: [] }) };

function answerFor(slot: string): SlotValue {
  const def = project.domain.slots[slot];
  if (def?.type === 'bool') return true;
  if (def?.type === 'float') return 500;
  if (def?.type === 'categorical') return def.values?.find((v) => v !== '__other__') ?? 'test';
  return 'test';
}

class FlowDriver implements CommandGenerator {
  readonly name = 'driver';
  constructor(private readonly flow: string) {}
  async understand(text: string, ctx: UnderstandingContext): Promise<Understanding> {
    const commands: Command[] =
      text === 'start'
        ? [{ command: 'start flow', flow: this.flow }]
        : ctx.requestedSlot
          ? [{ command: 'set slot', name: ctx.requestedSlot, value: answerFor(ctx.requestedSlot), extractor: 'COMMAND_PAYLOAD_READER' }]
          : [];
    return { text, intent: { name: null, confidence: 1 }, entities: [], commands, source: this.name };
  }
}

const results: { flow: string; outcome: string }[] = [];
for (const flow of project.userFlowIds) {
  const engine = new MessageProcessor(project, { actions: stubs, now: () => new Date('2026-11-24T12:00:00+03:00'), seed: 1 });
  const tracker = engine.tracker(`run-${flow}`);
  const driver = new FlowDriver(flow);
  let outcome = 'did not finish in 15 turns';
  for (let turn = 0; turn < 15; turn++) {
    const out = await engine.handleMessage(tracker, { sender: tracker.senderId, text: turn === 0 ? 'start' : 'answer', channel: 'rest' }, driver);
    const names = out.events.map((e) =>
      e.event === 'flow_started' || e.event === 'flow_completed' || e.event === 'flow_cancelled'
        ? `${e.event}:${e.flow_id}`
        : e.event === 'action'
          ? `action:${e.name}`
          : '',
    );
    if (names.some((n) => n.startsWith('flow_started:pattern_internal_error'))) {
      outcome = 'internal error';
      break;
    }
    if (turn === 0 && !names.includes(`flow_started:${flow}`)) {
      outcome = 'not started (guard)';
      break;
    }
    if (names.includes(`flow_completed:${flow}`) || names.includes(`flow_cancelled:${flow}`)) {
      outcome = names.includes(`flow_completed:${flow}`) ? 'completed' : 'cancelled by its own steps';
      break;
    }
  }
  results.push({ flow, outcome });
}
for (const r of results) console.log(`${r.outcome.padEnd(28)} ${r.flow}`);
const ran = results.filter((r) => r.outcome === 'completed' || r.outcome === 'cancelled by its own steps').length;
console.log(`${ran} of ${results.length} flows ran to their end; ${problems.filter((p) => p.severity === 'error').length} load errors`);
