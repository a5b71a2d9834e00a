// Rasa's tracker JSON built from the stored events (GET /conversations/{id}/tracker, action server calls).
import type { SlotValue } from '../engine/commands.ts';
import type { TrackerEvent } from '../engine/events.ts';
import type { IncludeEvents, TrackerJson } from './types.ts';

/** Events after the last restart, with rewound user turns and undone actions taken out. */
function appliedEvents(events: readonly TrackerEvent[]): TrackerEvent[] {
  const applied: TrackerEvent[] = [];
  for (const event of events) {
    if (event.event === 'restart') applied.length = 0;
    else if (event.event === 'rewind') {
      const lastUser = applied.findLastIndex((e) => e.event === 'user');
      if (lastUser >= 0) applied.splice(lastUser);
    } else if (event.event === 'undo') {
      const lastAction = applied.findLastIndex((e) => e.event === 'action');
      if (lastAction >= 0) applied.splice(lastAction);
    } else applied.push(event);
  }
  return applied;
}

function afterRestart(events: readonly TrackerEvent[]): TrackerEvent[] {
  const restart = events.findLastIndex((e) => e.event === 'restart');
  return events.slice(restart + 1);
}

function selectEvents(events: readonly TrackerEvent[], include: IncludeEvents): TrackerEvent[] | null {
  if (include === 'NONE') return null;
  if (include === 'APPLIED') return appliedEvents(events);
  if (include === 'AFTER_RESTART') return afterRestart(events);
  return [...events];
}

export function buildTrackerJson(
  senderId: string,
  allEvents: readonly TrackerEvent[],
  state: { slots: Record<string, SlotValue>; stack: unknown[] },
  options: { include?: IncludeEvents; until?: number } = {},
): TrackerJson {
  const events = options.until === undefined ? allEvents : allEvents.filter((e) => e.timestamp <= options.until!);
  const applied = appliedEvents(events);
  const latestUser = applied.findLast((e) => e.event === 'user');
  const latestAction = applied.findLast((e) => e.event === 'action');
  let paused = false;
  let followup: string | null = null;
  for (const e of applied) {
    if (e.event === 'pause') paused = true;
    else if (e.event === 'resume') paused = false;
    else if (e.event === 'followup') followup = e.name;
    else if (e.event === 'action' && e.name === followup) followup = null;
  }
  return {
    sender_id: senderId,
    slots: state.slots,
    latest_message: latestUser
      ? {
          text: latestUser.text,
          intent: latestUser.parse_data.intent,
          entities: latestUser.parse_data.entities,
          intent_ranking: latestUser.parse_data.intent_ranking ?? [],
          commands: latestUser.parse_data.commands,
          ...(latestUser.metadata ? { metadata: latestUser.metadata } : {}),
          ...(latestUser.message_id ? { message_id: latestUser.message_id } : {}),
        }
      : null,
    latest_event_time: events.at(-1)?.timestamp ?? null,
    followup_action: followup,
    paused,
    events: selectEvents(events, options.include ?? 'AFTER_RESTART'),
    latest_input_channel: latestUser?.input_channel ?? null,
    active_loop: {},
    latest_action: latestAction ? { action_name: latestAction.name } : null,
    latest_action_name: latestAction?.name ?? null,
    stack: state.stack,
  };
}
