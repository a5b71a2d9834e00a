// The real TurnEngine: the CALM MessageProcessor with the project's custom actions (in-process, or the action
// server of endpoints.yml) and its understanding (offline Russian NLU, the LLM in front when configured).
import { hotelActions } from '../../actions/index.ts';
import type { PipelineComponent } from '../config/config-schema.ts';
import type { ActionRunner } from '../engine/actions.ts';
import { RemoteActions } from '../engine/executor/action-client.ts';
import { InProcessActions } from '../engine/executor/action-registry.ts';
import { buildEngineProject, type DialogueTracker, MessageProcessor } from '../engine/index.ts';
import { assembleUnderstanding } from '../understanding/llm/index.ts';
import { OfflineCommandGenerator } from '../understanding/nlu/generator.ts';
import type { NluModel } from '../understanding/nlu/model.ts';
import { deserializeNluModel, trainNluModel } from '../understanding/nlu/train.ts';
import type { BuiltEngine, EngineAssembly } from './create-runtime.ts';
import { type LlmPhrasing, llmPhrasing } from './llm-phrasing.ts';
import type { TurnEngine } from './types.ts';

const RECENT_TRACKERS = 1000;

/** The model's NLU part, or one trained now from the project's NLU files (a model without NLU). */
async function nluModel(assembly: EngineAssembly): Promise<NluModel> {
  const stored = assembly.model?.nlu;
  if (typeof stored === 'string') return deserializeNluModel(stored);
  if (stored && typeof stored === 'object') return deserializeNluModel(JSON.stringify(stored));
  assembly.logger.warn({ event: 'nlu.untrained' }, 'the model has no NLU part; training the intent classifier in memory');
  return trainNluModel(assembly.project.files.nlu);
}

function actionRunner(assembly: EngineAssembly, phrasing: LlmPhrasing): ActionRunner {
  const endpoint = assembly.project.endpoints.action_endpoint;
  if (endpoint) return new RemoteActions({ url: endpoint.url, ...(endpoint.token ? { token: endpoint.token } : {}) });
  const services = { now: assembly.runtimeEnv.clock, pms: assembly.pms, hotel: assembly.hotel, ...(phrasing.knowledge ? { phraseKnowledge: phrasing.knowledge } : {}) };
  return new InProcessActions(hotelActions(), services);
}

/** config.yml's `user_input.max_characters` of the command generator (Rasa's default 420 when absent). */
function maxInputChars(pipeline: PipelineComponent[]): number {
  for (const component of pipeline) if ('user_input' in component && component.user_input) return component.user_input.max_characters;
  return 420;
}

export async function buildCalmEngine(assembly: EngineAssembly): Promise<BuiltEngine> {
  const { project, hotel, logger, runtimeEnv } = assembly;
  const engineProject = buildEngineProject(project.flows, project.domain);
  const offline = new OfflineCommandGenerator({ model: await nluModel(assembly), hotel, flows: engineProject.flows, domain: engineProject.domain });
  const understanding = await assembleUnderstanding({
    pipeline: project.config.pipeline,
    endpoints: project.endpoints,
    env: assembly.env,
    mode: project.config.portier.understanding,
    flows: engineProject.flows,
    domain: engineProject.domain,
    hotelTimezone: hotel.hotel.timezone,
    rooms: hotel.room_types,
    projectDir: project.root,
    offline,
    logger: logger.child({ part: 'understanding' }),
  });
  const phrasing = llmPhrasing(assembly, understanding.decision.use === 'llm', understanding.registry);
  const actions = actionRunner(assembly, phrasing);
  const processor = new MessageProcessor(engineProject, {
    actions: assembly.wrapActions ? assembly.wrapActions(actions) : actions,
    now: runtimeEnv.clock,
    seed: Number(assembly.env.PORTIER_SEED ?? 1) || 1,
    transferTarget: hotel.hotel.phone,
    maxInputChars: maxInputChars(project.config.pipeline),
    timezone: hotel.hotel.timezone,
    logger: logger.child({ part: 'engine' }),
  });
  const generator = understanding.generator;
  // The offline generator loads its morphology dictionaries on first use: do it now, not on a guest's turn.
  await offline.understand('здравствуйте', processor.understandingContext(processor.tracker('warmup'), 'rest'));

  // Trackers of recent conversations, reused when the runtime hands back the very events this tracker holds
  // (same objects: nothing else was written in between), so a long call is not replayed from scratch each turn.
  const trackers = new Map<string, DialogueTracker>();
  const engine: TurnEngine = {
    async handle(history, message) {
      const cached = trackers.get(message.sender);
      trackers.delete(message.sender);
      const upToDate = cached && cached.events.length === history.length && cached.events.at(-1) === history.at(-1);
      const tracker = upToDate ? cached : processor.tracker(message.sender, history);
      const out = await processor.handleMessage(tracker, message, generator);
      if (phrasing.rephrase) await phrasing.rephrase(out.events, out.messages, { senderId: message.sender, history: tracker.history });
      trackers.set(message.sender, tracker);
      if (trackers.size > RECENT_TRACKERS) trackers.delete(trackers.keys().next().value!);
      return { events: out.events, messages: out.messages, understanding: out.understanding };
    },
    parse(text, history, senderId) {
      return generator.understand(text, processor.understandingContext(processor.tracker(senderId, history), 'rest'));
    },
    describe(history) {
      const tracker = processor.tracker('describe', history);
      return { slots: { ...tracker.slots }, stack: [...tracker.stack] };
    },
  };
  return { engine, generator: understanding.name, metrics: understanding.registry };
}
