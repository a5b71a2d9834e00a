// Cross-checks flows against the domain, like `rasa data validate`: every problem names file:line:col.
import type { Problem } from '../problems.ts';
import { isDefaultAction } from '../domain/builtins.ts';
import type { Domain } from '../domain/types.ts';
import { type CompiledFlow, compileFlow, END, nextTargets } from './compile.ts';
import { checkPredicateSyntax, referencedSlots } from './predicates.ts';
import type { Condition, Flow, SourcePos, Step } from './types.ts';

const JINJA = /\{\{|\{%/;

export function validateProject(flows: Flow[], domain: Domain): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map(flows.map((f) => [f.id, f]));
  const called = new Set<string>();
  for (const flow of flows) for (const c of compileFlow(flow).order) if (c.step.kind === 'call') called.add(c.step.call);
  for (const flow of flows) {
    if (called.has(flow.id)) {
      for (const c of compileFlow(flow).order) {
        if (c.step.kind === 'link')
          problems.push({
            severity: 'error',
            pos: c.step.pos ?? flow.pos,
            message: `flow "${flow.id}": a flow that is called cannot link (it would never return)`,
          });
      }
    }
    const compiled = compileFlow(flow, problems);
    new FlowChecker(flow, compiled, domain, byId, problems).run();
  }
  checkResponses(domain, problems, respondedByFlows(flows));
  return problems;
}

/** Responses the engine renders itself from flow steps, with the slots as its only variables. */
function respondedByFlows(flows: Flow[]): Set<string> {
  const names = new Set<string>();
  for (const flow of flows) {
    for (const { step } of compileFlow(flow).order) {
      if (step.kind === 'action' && step.action.startsWith('utter_')) names.add(step.action);
      if (step.kind === 'collect') {
        names.add(step.utter ?? `utter_ask_${step.collect}`);
        for (const r of step.rejections ?? []) if (r.utter) names.add(r.utter);
      }
    }
  }
  return names;
}

class FlowChecker {
  constructor(
    readonly flow: Flow,
    readonly compiled: CompiledFlow,
    readonly domain: Domain,
    readonly flows: Map<string, Flow>,
    readonly problems: Problem[],
  ) {}

  private err(pos: SourcePos | undefined, message: string, severity: Problem['severity'] = 'error'): void {
    this.problems.push({ severity, pos: pos ?? this.flow.pos, message: `flow "${this.flow.id}": ${message}` });
  }

  run(): void {
    const { flow } = this;
    if (flow.if !== undefined) this.condition(flow.if, flow.pos, 'flow guard');
    for (const t of flow.nlu_trigger ?? []) {
      if (!this.domain.intents.includes(t.intent)) this.err(flow.pos, `nlu_trigger intent "${t.intent}" is not in the domain intents`, 'warning');
    }
    this.persisted();
    this.reachability();
    this.walk(flow.steps);
  }

  private walk(list: Step[]): void {
    list.forEach((step, i) => {
      this.step(step, i === list.length - 1);
      if (Array.isArray(step.next)) {
        for (const b of step.next) {
          if (b.if !== undefined) this.condition(b.if, step.pos, 'branch condition');
          if (Array.isArray(b.then)) this.walk(b.then);
        }
      }
    });
  }

  private step(step: Step, last: boolean): void {
    const { domain, flows } = this;
    const isPattern = this.flow.id.startsWith('pattern_');
    switch (step.kind) {
      case 'collect': {
        if (!domain.slots[step.collect]) {
          this.err(step.pos, `collect step uses unknown slot "${step.collect}"`);
          break;
        }
        const askAction = `action_ask_${step.collect}`;
        const hasAction = domain.actions.includes(askAction);
        const utter = step.utter ?? `utter_ask_${step.collect}`;
        const hasUtter = Boolean(domain.responses[utter]);
        if (step.utter && !hasUtter) this.err(step.pos, `collect "${step.collect}" names unknown response "${step.utter}"`);
        // A slot with an initial value fills its collect step at once (unless asked before filling): as in
        // Rasa, such a step needs no question.
        else if (!hasUtter && !hasAction && !(domain.slots[step.collect]?.initial_value != null && !step.ask_before_filling))
          this.err(step.pos, `collect "${step.collect}" has no question: add response "${utter}" or action "${askAction}"`);
        if (!step.utter && hasUtter && hasAction) this.err(step.pos, `slot "${step.collect}" has both "${utter}" and "${askAction}"; keep one`);
        for (const r of step.rejections ?? []) {
          if (!domain.responses[r.utter]) this.err(step.pos, `rejection names unknown response "${r.utter}"`);
          this.condition(r.if, step.pos, 'rejection');
        }
        if (domain.slots[step.collect]?.type === 'list') this.err(step.pos, `list slot "${step.collect}" cannot be collected`);
        break;
      }
      case 'action': {
        const name = step.action;
        if (JINJA.test(name)) break;
        const known = domain.actions.includes(name) || isDefaultAction(name) || Boolean(domain.responses[name]);
        if (!known) this.err(step.pos, name.startsWith('utter_') ? `unknown response "${name}"` : `unknown action "${name}" (add it to the domain actions)`);
        break;
      }
      case 'set_slots':
        for (const kv of step.set_slots) {
          for (const name of Object.keys(kv)) {
            const slot = domain.slots[name];
            if (!slot) this.err(step.pos, `set_slots uses unknown slot "${name}"`);
            else if (slot.type === 'list') this.err(step.pos, `list slot "${name}" cannot be set in set_slots`);
          }
        }
        break;
      case 'link': {
        const target = flows.get(step.link);
        if (!target) this.err(step.pos, `link to unknown flow "${step.link}"`);
        else if (target.id.startsWith('pattern_') && !['pattern_human_handoff', 'pattern_chitchat'].includes(target.id)) {
          this.err(step.pos, `cannot link to pattern "${step.link}"`);
        }
        if (this.flow.id === 'pattern_internal_error') this.err(step.pos, 'pattern_internal_error cannot link');
        if (step.next !== undefined || !last) this.err(step.pos, 'a link step must be the last step and has no next');
        break;
      }
      case 'call': {
        const target = flows.get(step.call);
        // Rasa 3.14 may also call a sub-agent or an MCP tool by name; Portier runs neither.
        if (!target) this.err(step.pos, `call to unknown flow "${step.call}" (calls to Rasa sub-agents and MCP tools are not supported)`);
        else if (target.id.startsWith('pattern_')) this.err(step.pos, `cannot call pattern "${step.call}"`);
        if (isPattern) this.err(step.pos, 'patterns cannot call flows');
        if (target && target.id === this.flow.id) this.err(step.pos, 'a flow cannot call itself');
        break;
      }
      case 'noop':
        if (step.next === undefined) this.err(step.pos, 'a noop step needs next');
        break;
    }
  }

  private condition(cond: Condition, pos: SourcePos | undefined, what: string): void {
    if (typeof cond === 'boolean' || JINJA.test(cond)) return;
    const syntax = checkPredicateSyntax(cond);
    if (syntax) {
      this.err(pos, `${what} "${cond}": ${syntax}`);
      return;
    }
    for (const slot of referencedSlots(cond)) {
      if (!this.domain.slots[slot]) this.err(pos, `${what} "${cond}" uses unknown slot "${slot}"`);
    }
  }

  private persisted(): void {
    const { flow, compiled } = this;
    for (const slot of flow.persisted_slots ?? []) {
      if (!compiled.collectSlots.includes(slot) && !compiled.setSlots.includes(slot)) {
        this.err(flow.pos, `persisted slot "${slot}" is not set by a collect or set_slots step of this flow`);
      }
    }
    if (flow.persisted_slots?.length) {
      const resetStep = compiled.order.find((c) => c.step.kind === 'collect' && c.step.reset_after_flow_ends !== undefined);
      if (resetStep) this.err(resetStep.step.pos, 'persisted_slots cannot be combined with reset_after_flow_ends');
    }
  }

  private reachability(): void {
    const { compiled } = this;
    const seen = new Set<string>();
    const queue = [compiled.first];
    while (queue.length) {
      const id = queue.pop()!;
      if (id === END || seen.has(id)) continue;
      seen.add(id);
      const c = compiled.steps.get(id);
      if (c) queue.push(...nextTargets(c));
    }
    for (const c of compiled.order) {
      if (!seen.has(c.id)) this.err(c.step.pos, `step "${c.id}" can never be reached`, 'warning');
    }
  }
}

const FORMAT_VAR = /(?<!\{)\{([A-Za-z_][A-Za-z0-9_]*)\}(?!\})/g;

/**
 * A {variable} that is not a slot is a mistake in a response the flows utter; a response only custom actions
 * send (utter_greet from action_session_start) gets its variables from the action, so it is not reported.
 */
function checkResponses(domain: Domain, problems: Problem[], uttered: ReadonlySet<string>): void {
  for (const [name, variations] of Object.entries(domain.responses)) {
    for (const v of variations) {
      if (uttered.has(name) && v.text && !JINJA.test(v.text) && v.metadata?.template !== 'jinja') {
        for (const m of v.text.matchAll(FORMAT_VAR)) {
          const slot = m[1]!;
          if (!domain.slots[slot]) {
            problems.push({
              severity: 'warning',
              message: `response "${name}" uses {${slot}}, which is not a slot (a flow utters it, so only slots can fill it)`,
            });
          }
        }
      }
      if (typeof v.condition === 'string') {
        const syntax = checkPredicateSyntax(v.condition);
        if (syntax) problems.push({ severity: 'error', message: `response "${name}" condition "${v.condition}": ${syntax}` });
        else
          for (const slot of referencedSlots(v.condition))
            if (!domain.slots[slot]) problems.push({ severity: 'error', message: `response "${name}" condition uses unknown slot "${slot}"` });
      }
    }
  }
}
