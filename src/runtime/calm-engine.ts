// The real TurnEngine: the CALM MessageProcessor with the project's custom actions (in-process, or the action
// server of endpoints.yml) and its understanding (offline Russian NLU, the LLM in front when configured).

import { Registry } from 'prom-client';
import type { PipelineComponent } from '../config/config-schema.ts';
import type { ActionRunner } from '../engine/actions.ts';
import { RemoteActions } from '../actions-http/client.ts';
import { InProcessActions } from '../engine/executor/action-registry.ts';
import { buildEngineProject, type DialogueTracker, MessageProcessor } from '../engine/index.ts';
import type { EngineProject } from '../engine/project.ts';
import { type AssembledUnderstanding, assembleUnderstanding } from '../understanding/llm/index.ts';
import { OfflineCommandGenerator } from '../understanding/nlu/generator.ts';
import { HOTEL_BOOKING_VOCABULARY } from '../hotel/booking-vocabulary.ts';
import type { NluModel } from '../understanding/nlu/model.ts';
import { deserializeNluModel, trainNluModel } from '../understanding/nlu/train.ts';
import type { BuiltEngine, EngineAssembly } from './engine-assembly.ts';
import { type LlmPhrasing, llmPhrasing } from './llm-phrasing.ts';
import type { TurnEngine } from './types.ts';

const RECENT_TRACKERS = 1000;

/**
 * The model's NLU part, or one trained now from the project's NLU files (a model without NLU); null when the
 * project has no NLU data at all (an LLM-only project, as most CALM projects are).
 */
async function nluModel(assembly: EngineAssembly): Promise<NluModel | null> {
  const stored = assembly.model?.nlu;
  if (typeof stored === 'string') return deserializeNluModel(stored);
  if (stored && typeof stored === 'object') return deserializeNluModel(JSON.stringify(stored));
  if (assembly.project.files.nlu.length === 0) return null;
  assembly.logger.warn({ event: 'nlu.untrained' }, 'the model has no NLU part; training the intent classifier in memory');
  return trainNluModel(assembly.project.files.nlu);
}

/** The hotel's actions run in-process only for a project with a hotel description; other projects have none. */
function actionRunner(assembly: EngineAssembly, phrasing: LlmPhrasing): ActionRunner {
  const endpoint = assembly.project.endpoints.action_endpoint;
  if (endpoint) return new RemoteActions({ url: endpoint.url, ...(endpoint.token ? { token: endpoint.token } : {}) });
  const now = assembly.runtimeEnv.clock;
  if (!assembly.hotel || !assembly.pms) return new InProcessActions([], { now });
  const services = {
    now,
    pms: assembly.pms,
    hotel: assembly.hotel,
    notify: assembly.notify ?? null,
    callerIdKey: assembly.env.PORTIER_CALLER_ID_KEY,
    ...(phrasing.knowledge ? { phraseKnowledge: phrasing.knowledge } : {}),
  };
  return new InProcessActions(assembly.customActions, services);
}

/** The timezone conversations run in: the hotel's, else the machine's. */
function timezoneOf(assembly: EngineAssembly): string {
  return assembly.hotel?.hotel.timezone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** config.yml's `user_input.max_characters` of the command generator (Rasa's default 420 when absent). */
function maxInputChars(pipeline: PipelineComponent[]): number {
  for (const component of pipeline) if ('user_input' in component && component.user_input) return component.user_input.max_characters;
  return 420;
}

/** The understanding config.yml asks for, or the one the assembly brings (the e2e oracle). */
async function projectUnderstanding(
  assembly: EngineAssembly,
  engineProject: EngineProject,
  timezone: string,
): Promise<{ understanding: AssembledUnderstanding; offline: OfflineCommandGenerator | null }> {
  const { project, hotel, logger } = assembly;
  if (assembly.understanding) {
    const generator = assembly.understanding(engineProject);
    const decision = { use: 'offline' as const, reason: `${generator.name} understanding given by the caller` };
    return { understanding: { generator, decision, settings: null, name: generator.name, registry: new Registry() }, offline: null };
  }
  const model = await nluModel(assembly);
  const offline = model
    ? new OfflineCommandGenerator({ model, hotel, flows: engineProject.flows, domain: engineProject.domain, vocabulary: HOTEL_BOOKING_VOCABULARY })
    : null;
  const understanding = await assembleUnderstanding({
    pipeline: project.config.pipeline,
    endpoints: project.endpoints,
    env: assembly.env,
    mode: project.config.portier.understanding,
    flows: engineProject.flows,
    domain: engineProject.domain,
    hotelTimezone: timezone,
    ...(hotel ? { rooms: hotel.room_types } : {}),
    projectDir: project.root,
    offline,
    logger: logger.child({ part: 'understanding' }),
  });
  return { understanding, offline };
}

export async function buildCalmEngine(assembly: EngineAssembly): Promise<BuiltEngine> {
  const { project, hotel, logger, runtimeEnv } = assembly;
  const engineProject = buildEngineProject(project.flows, project.domain, [], project.config.language);
  const timezone = timezoneOf(assembly);
  const { understanding, offline } = await projectUnderstanding(assembly, engineProject, timezone);
  const phrasing = llmPhrasing(assembly, understanding.decision.use === 'llm', understanding.registry);
  const actions = actionRunner(assembly, phrasing);
  const processor = new MessageProcessor(engineProject, {
    actions: assembly.wrapActions ? assembly.wrapActions(actions) : actions,
    now: runtimeEnv.clock,
    seed: Number(assembly.env.PORTIER_SEED ?? 1) || 1,
    ...(hotel
      ? {
          transferTarget: hotel.hotel.phone,
          templateVariables: {
            room_names: Object.fromEntries(hotel.room_types.map((t) => [t.code, t.name])),
            reception_phone: hotel.hotel.phone,
            // where a written complaint goes (utter_complaint about staff); a hotel without an e-mail gives its phone
            hotel_email: hotel.hotel.email ?? hotel.hotel.phone,
          },
        }
      : {}),
    maxInputChars: maxInputChars(project.config.pipeline),
    interruptedFlowResume: project.config.portier.resume_interrupted,
    timezone,
    logger: logger.child({ part: 'engine' }),
  });
  const generator = understanding.generator;
  // The offline generator loads its morphology dictionaries on first use: do it now, not on a guest's turn.
  await offline?.understand('здравствуйте', processor.understandingContext(processor.tracker('warmup'), 'rest'));

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
      // `/intent{...}` and `/SetSlots(...)` are read as the message path reads them, before any generator.
      return processor.parse(processor.tracker(senderId, history), text, 'rest', generator);
    },
    domain: () => engineProject.domain,
    predict(history, senderId, channel) {
      return processor.predictNext(processor.tracker(senderId, history), channel);
    },
    execute(history, senderId, action, channel) {
      trackers.delete(senderId);
      return processor.executeAction(processor.tracker(senderId, history), action, channel);
    },
    describe(history) {
      const tracker = processor.tracker('describe', history);
      return { slots: { ...tracker.slots }, stack: [...tracker.stack] };
    },
  };
  return { engine, generator: understanding.name, metrics: understanding.registry };
}
