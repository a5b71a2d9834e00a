// Public API of the CALM conversation engine. Everything else under src/engine is internal.
//
//   const problems: Problem[] = [];
//   const project = loadEngineProject({ root: '/path/to/project', problems });   // src/config/engine-files.ts: domain + data/** + patterns
//   if (problems.some((p) => p.severity === 'error')) throw new ProjectLoadError(problems);
//   const engine = new MessageProcessor(project, {
//     actions,                      // ActionRunner: custom actions (in-process / action server)
//     now: () => new Date(),        // clock (PORTIER_NOW); timestamps and session expiry use it
//     seed: 1,                      // response variations and frame ids are deterministic given seed + clock
//     transferTarget: hotel.phone,  // pattern_human_handoff transfers here; absent = "not available"
//     interruptedFlowResume: 'auto',// or 'ask' (collect continue_interrupted_flow_confirmation)
//     maxInputChars: 420,           // longer input → pattern_internal_error (too long) before understanding
//     timezone: 'Europe/Moscow', logger,
//   });
//   const tracker = engine.tracker(senderId, storedEvents);          // or DialogueTracker.fromEvents(...)
//   const { events, messages, understanding } = await engine.handleMessage(tracker, incoming, generator);
//   // persist `events` (appended to the tracker too); send `messages` (BotMessage, may carry call_control).
//
// A new conversation (no session yet) runs pattern_session_start first (action_session_start + whatever a
// project's override says, e.g. a greeting), like Rasa's REST channel. `/session_start`, `/restart`,
// `/silence_timeout`, `/session_end`, `/intent{...}` and `/SetSlots(...)` bypass the generator.
// tracker.toRasaJSON() is the GET /conversations/{id}/tracker body; tracker.toActionTracker() the action call's.
export type { ActionRunner } from './actions.ts';
export { processCommands } from './dialogue/command-processor.ts';
export { isPayload, parsePayload } from './dialogue/payloads.ts';
export type { FlowFrameType, StackFrame } from './dialogue/stack.ts';
export { DialogueTracker } from './dialogue/tracker.ts';
export { domainOfFiles } from './domain/load.ts';
export type { EngineLogger, EngineOptions } from './executor/turn.ts';
export { flowsOfFiles } from './flows/load.ts';
export { validateProject } from './flows/validate.ts';
export { MessageProcessor, type TurnOutput } from './message-processor.ts';
export { buildEngineProject, type EngineProject } from './project.ts';
