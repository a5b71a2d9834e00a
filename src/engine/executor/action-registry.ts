// Custom actions that run inside this process, looked up by name, and a runner that tries several in turn
// (e.g. e2e stubs, then in-process actions, then a remote action server).
import type { ActionCall, ActionResult, ActionRunner, ActionServices, CustomAction } from '../actions.ts';
import { ActionExecutionRejection } from '../actions.ts';
import { ActionServerError } from './action-errors.ts';

export class InProcessActions implements ActionRunner {
  private readonly byName = new Map<string, CustomAction>();

  constructor(
    actions: readonly CustomAction[],
    readonly services: ActionServices,
  ) {
    for (const a of actions) {
      if (this.byName.has(a.name)) throw new Error(`custom action ${a.name} is registered twice`);
      this.byName.set(a.name, a);
    }
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  names(): string[] {
    return [...this.byName.keys()].sort();
  }

  async run(name: string, call: ActionCall): Promise<ActionResult> {
    const action = this.byName.get(name);
    if (!action) throw new ActionServerError('unknown-action', name, call.sender_id, 'no such in-process action');
    let result: ActionResult;
    try {
      result = await action.run(call, this.services);
    } catch (e) {
      if (e instanceof ActionExecutionRejection || e instanceof ActionServerError) throw e;
      throw new ActionServerError('exception', name, call.sender_id, e instanceof Error ? e.message : String(e));
    }
    return { events: result?.events ?? [], responses: result?.responses ?? [] };
  }
}

/** The first runner that has the action runs it. */
export class ChainedActions implements ActionRunner {
  constructor(private readonly runners: readonly ActionRunner[]) {}

  has(name: string): boolean {
    return this.runners.some((r) => r.has(name));
  }

  run(name: string, call: ActionCall): Promise<ActionResult> {
    const runner = this.runners.find((r) => r.has(name));
    if (!runner) return Promise.reject(new ActionServerError('unknown-action', name, call.sender_id, 'no runner has this action'));
    return runner.run(name, call);
  }
}
