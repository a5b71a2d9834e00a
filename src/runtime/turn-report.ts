// What a finished (or failed) turn tells its observers — metrics, the debug printer — and the log: channel,
// latency, what understanding read, how many messages went back. Texts are redacted: no guest's words in a log line.
import type { IncomingMessage } from '../engine/messages.ts';
import { describeCommand, redactText } from '../logging/redact.ts';
import type { TurnReport, TurnResult } from './types.ts';

/** The turn's report and its log line; `error` is null for a turn that went through. */
export function turnReport(message: IncomingMessage, latencyMs: number, result: TurnResult | null, error: unknown) {
  const understanding = result?.understanding ?? null;
  const report: TurnReport = {
    conversationId: message.sender,
    channel: message.channel,
    latencyMs: Math.round(latencyMs * 10) / 10,
    ok: error === null,
    commands: understanding?.commands.map((c) => c.command) ?? [],
    source: understanding?.source ?? 'none',
    intent: understanding?.intent.name ?? null,
    messages: result?.messages.length ?? 0,
    ...(error !== null ? { error: redactText(error instanceof Error ? error.message : String(error)) } : {}),
  };
  const line = {
    event: 'turn',
    conversation: message.sender,
    channel: report.channel,
    latency_ms: report.latencyMs,
    source: report.source,
    intent: report.intent,
    commands: understanding?.commands.map(describeCommand) ?? [],
    messages: report.messages,
  };
  return { report, line };
}
