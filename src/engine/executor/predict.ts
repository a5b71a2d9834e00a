// What the flow policy would run next in a conversation (Rasa's POST /conversations/{id}/predict), worked out on
// a copy of the tracker: custom actions are not called (a prediction must not transfer money or book a room),
// nothing is stored.
import type { ActionRunner } from '../actions.ts';
import type { Command } from '../commands.ts';
import { processCommands } from '../dialogue/command-processor.ts';
import { parsePayload } from '../dialogue/payloads.ts';
import { DialogueTracker } from '../dialogue/tracker.ts';
import type { EngineProject } from '../project.ts';
import { runFlows } from './flow-executor.ts';
import { type ResolvedOptions, Turn } from './turn.ts';

export interface Prediction {
  action: string;
  policy: 'FlowPolicy';
  confidence: number;
}

/** Commands of a stored user message: only entries shaped like commands (a client may have posted parse_data). */
function storedCommands(parseData: unknown): Command[] {
  const commands = (parseData as { commands?: unknown } | undefined)?.commands;
  if (!Array.isArray(commands)) return [];
  return commands.filter((c): c is Command => typeof c === 'object' && c !== null && typeof (c as { command?: unknown }).command === 'string');
}

/**
 * The next action: `action_session_start` for a conversation with no session yet, `action_listen` after a
 * finished turn; after a user message the engine has not answered (POST /messages), the first action its
 * commands lead to; otherwise (events posted, an action executed) what the dialogue stack does next.
 */
export async function predictNextAction(project: EngineProject, options: ResolvedOptions, tracker: DialogueTracker, channel: string): Promise<Prediction> {
  const predicted = (action: string): Prediction => ({ action, policy: 'FlowPolicy', confidence: 1 });
  if (!tracker.sessionStarted) return predicted('action_session_start');
  const last = tracker.events.at(-1);
  // A finished turn ends in action_listen: the assistant waits for the user.
  if (last?.event === 'action' && last.name === 'action_listen') return predicted('action_listen');
  const copy = DialogueTracker.fromEvents(tracker.senderId, tracker.events, project.domain);
  const dryRun: ActionRunner = { has: (name) => options.actions.has(name), run: async () => ({ events: [], responses: [] }) };
  const turn = new Turn(project, copy, { ...options, actions: dryRun }, channel);
  const start = copy.events.length;
  if (last?.event === 'user') processCommands(turn, storedCommands(last.parse_data), { forced: parsePayload(last.text) !== null });
  await runFlows(turn);
  const first = copy.events.slice(start).find((e) => e.event === 'action');
  return predicted(first?.event === 'action' ? first.name : 'action_listen');
}
