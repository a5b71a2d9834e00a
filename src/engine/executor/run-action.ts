// Runs one action by name: a domain response (utter_*), a built-in default action, or a custom action
// through the ActionRunner (in-process or action server), applying its events and responses.
import type { ActionCall, ActionEvent, ActionResponse, ActionRunner } from '../actions.ts';
import type { TrackerEvent } from '../events.ts';
import { isDefaultAction } from '../domain/builtins.ts';
import type { Domain } from '../domain/types.ts';
import { isCustom } from './action-kind.ts';
import { runDefaultAction } from './default-actions.ts';
import type { Turn } from './turn.ts';

export async function runAction(turn: Turn, name: string): Promise<void> {
  const { domain } = turn.project;
  const custom = isCustom(turn, name);
  if (domain.responses[name] && !custom) {
    turn.emit({ event: 'action', name, policy: 'FlowPolicy', confidence: 1 });
    if (!turn.utter(name)) {
      turn.log.warn({ response: name }, 'response has no variation for this situation');
      if (name !== 'utter_internal_error_rasa') turn.utter('utter_internal_error_rasa');
    }
    return;
  }
  if (name === 'action_session_start') {
    await runDefaultAction(turn, name); // the session bookkeeping, then the project's own one if it has one
    if (custom) await runCustomAction(turn, name, (e) => e.event === 'session_started');
    return;
  }
  if (custom) {
    await runCustomAction(turn, name);
    return;
  }
  if (isDefaultAction(name)) {
    await runDefaultAction(turn, name);
    return;
  }
  turn.log.debug({ action: name }, 'skipping an action that does not exist');
}

const domainJson = new WeakMap<Domain, unknown>();

function domainForActions(domain: Domain): unknown {
  let d = domainJson.get(domain);
  if (!d) {
    const slots: Record<string, unknown> = {};
    for (const [name, s] of Object.entries(domain.slots)) {
      const { pos: _pos, name: _name, ...rest } = s;
      slots[name] = rest;
    }
    d = {
      intents: domain.intents,
      entities: domain.entities,
      slots,
      responses: domain.responses,
      actions: domain.actions,
      session_config: domain.session_config,
    };
    domainJson.set(domain, d);
  }
  return d;
}

/** Runs a custom action; failures become pattern_internal_error, never a crash. */
export async function runCustomAction(turn: Turn, name: string, skip: (e: ActionEvent) => boolean = () => false): Promise<boolean> {
  const call: ActionCall = {
    next_action: name,
    sender_id: turn.tracker.senderId,
    tracker: turn.tracker.toActionTracker(),
    domain: domainForActions(turn.project.domain),
    version: '3.12.0',
  };
  let result: Awaited<ReturnType<ActionRunner['run']>>;
  try {
    result = await turn.opts.actions.run(name, call);
  } catch (e) {
    turn.log.warn({ action: name, err: e instanceof Error ? e.message : String(e) }, 'custom action failed');
    turn.emit({ event: 'action', name, policy: 'FlowPolicy', confidence: 1 });
    turn.pushPattern('pattern_internal_error', { error_type: 'rasa_internal_error_default', info: { action: name } });
    return false;
  }
  turn.emit({ event: 'action', name, policy: 'FlowPolicy', confidence: 1 });
  for (const e of result.events ?? []) {
    if (skip(e) || typeof e?.event !== 'string') continue;
    if (e.event === 'action' && e.name === 'action_listen') continue;
    applyActionEvent(turn, e);
  }
  for (const r of result.responses ?? []) sendActionResponse(turn, r);
  await runFollowup(turn, name);
  return true;
}

const MAX_FOLLOWUPS = 10;

/** An action may ask for another one right after it (FollowupAction); chains are bounded. */
async function runFollowup(turn: Turn, after: string): Promise<void> {
  const next = turn.tracker.followupAction;
  if (!next || next === 'action_listen') return;
  if (turn.followupDepth >= MAX_FOLLOWUPS) {
    turn.log.warn({ action: after, followup: next }, 'too many follow-up actions in a row');
    return;
  }
  turn.followupDepth++;
  try {
    await runAction(turn, next);
  } finally {
    turn.followupDepth--;
  }
}

function applyActionEvent(turn: Turn, e: ActionEvent): void {
  const timestamp = typeof e.timestamp === 'number' ? e.timestamp : turn.ts();
  if (e.event === 'slot') {
    if (typeof e.name !== 'string') return;
    turn.tracker.append({ event: 'slot', name: e.name, value: (e.value ?? null) as never, timestamp });
    return;
  }
  if (e.event === 'bot') {
    const data = (e.data ?? {}) as { buttons?: { title: string; payload: string }[]; custom?: unknown; image?: string };
    const text = typeof e.text === 'string' ? e.text : undefined;
    turn.sendBot(
      {
        recipient_id: turn.tracker.senderId,
        ...(text !== undefined ? { text } : {}),
        ...(data.buttons ? { buttons: data.buttons } : {}),
        ...(data.custom !== undefined ? { custom: data.custom } : {}),
        ...(data.image ? { image: data.image } : {}),
      },
      (e.metadata as Record<string, unknown>) ?? {},
    );
    return;
  }
  turn.tracker.append({ ...e, timestamp } as unknown as TrackerEvent);
}

function sendActionResponse(turn: Turn, r: ActionResponse): void {
  const { response, template, text, buttons, custom, image, ...variables } = r as ActionResponse & { template?: string };
  const name = response ?? template;
  if (name) {
    if (!turn.utter(name, { ...variables, ...(text !== undefined ? { text } : {}) }))
      turn.log.warn({ response: name }, 'action asked for a response that cannot be rendered');
    return;
  }
  if (text === undefined && !buttons && custom === undefined && !image) return;
  turn.sendBot({
    recipient_id: turn.tracker.senderId,
    ...(text !== undefined ? { text: String(text) } : {}),
    ...(buttons ? { buttons } : {}),
    ...(custom !== undefined ? { custom } : {}),
    ...(image ? { image } : {}),
  });
}
