// `portier call`: phones a running Portier server the way Twilio would (webhook, then the media stream),
// speaks the caller's lines with espeak-ng in real time, presses keys, and records what the bot said.
// Afterwards it prints what the server measured: which recogniser listened and each turn's latency.
import type { Command } from 'commander';
import type { CallReport } from '../../voice/call/report.ts';
import { SimulatedCall } from '../../voice/simulator.ts';

interface CallFlags {
  url: string;
  from: string;
  to: string;
  say: string[];
  digits?: string;
  record?: string;
  wait: string;
  authToken?: string;
}

const collect = (value: string, previous: string[]) => [...previous, value];

const STAGES = ['end_of_turn', 'transcript', 'agent_reply', 'first_audio_sent', 'first_mark_echoed'];

/** One line per caller turn: each stage in ms from the end of the caller's speech. */
export function latencyLines(report: CallReport): string[] {
  return report.turns.map((turn, i) => {
    const stages = STAGES.filter((s) => typeof turn[`${s}_ms`] === 'number').map((s) => `${s} ${Math.round(turn[`${s}_ms`] as number)}`);
    return `turn ${i + 1}: ${stages.join(', ')} ms after the caller stopped (${turn.outcome})`;
  });
}

/** One line per barge-in: where on the caller's line the bot was stopped, and after how much of the caller's speech. */
export function bargeInLines(report: CallReport): string[] {
  return (report.barge_ins ?? []).map(
    (b) => `barge-in: the bot stopped at ${(b.at_ms / 1000).toFixed(1)} s of the call, ${b.speech_ms} ms after the caller began speaking`,
  );
}

export const NO_RECOGNISER_NOTICE =
  'the server has no speech recogniser: what you say is ignored, only key presses work (see `portier models pull`, docs/voice.md)';

export function register(program: Command): void {
  program
    .command('call')
    .description('simulate a phone call to a running server (Twilio webhook + Media Streams), speaking Russian with espeak-ng')
    .option('--url <url>', 'the server', 'http://localhost:5005')
    .option('--from <e164>', "the caller's number", '+79161234567')
    .option('--to <e164>', "the hotel's Twilio number", '+74951234567')
    .option('--say <text>', 'a line the caller says after the bot finishes speaking (repeat for more)', collect, [])
    .option('--digits <keys>', 'keys pressed after the last line (e.g. "89161234567#", or "0" for reception)')
    .option('--record <file.wav>', 'write what the caller heard to a WAV file', 'call.wav')
    .option('--wait <seconds>', 'longest wait for each bot answer', '20')
    .option('--auth-token <token>', 'sign the webhook like Twilio (default: TWILIO_AUTH_TOKEN)')
    .action(async (flags: CallFlags) => {
      const timeoutMs = Number(flags.wait) * 1000;
      const call = await SimulatedCall.dial({
        baseUrl: flags.url,
        from: flags.from,
        to: flags.to,
        authToken: flags.authToken ?? process.env.TWILIO_AUTH_TOKEN,
      });
      const report = (what: string) => process.stdout.write(`[${(call.audioMs / 1000).toFixed(1)} s] ${what}\n`);
      report(`call ${call.callSid} connected`);
      let warned = false;
      const measured = async (): Promise<CallReport | undefined> => {
        const r = await call.serverReport().catch((err: Error) => void report(`no call report from the server: ${err.message}`));
        if (r && r.speech_ignored > 0 && !warned) {
          warned = true;
          report(NO_RECOGNISER_NOTICE);
        }
        return r;
      };
      const botTurn = async () => {
        const heardBefore = call.heardMs;
        const u = await call.waitForBotTurn(800, timeoutMs).catch(() => undefined);
        if (u) return report(`bot spoke ${((u.endMs - u.startMs) / 1000).toFixed(1)} s`);
        // No finished turn within --wait: say whether the bot was silent or is still talking (a long menu, say).
        const heard = call.heardMs - heardBefore;
        report(heard > 0 ? `bot spoke ${(heard / 1000).toFixed(1)} s and had not finished after ${flags.wait} s (--wait)` : 'bot said nothing');
      };
      try {
        await botTurn();
        for (const line of flags.say) {
          report(`caller: ${line}`);
          await call.say(line);
          await botTurn();
          await measured();
        }
        if (flags.digits) {
          report(`caller presses ${flags.digits}`);
          for (const d of flags.digits) call.press(d);
          await botTurn();
        }
      } finally {
        const ended = await Promise.race([call.closed.then(() => true), Promise.resolve(false)]);
        if (!ended) await call.hangup();
        report(ended ? 'the bot ended the call' : 'caller hung up');
        const final = await measured();
        if (final) {
          report(`server: recogniser ${final.recognizer}, ${final.turns.length} caller turn(s) measured`);
          for (const line of [...latencyLines(final), ...bargeInLines(final)]) report(line);
        }
        if (flags.record) {
          await call.saveRecording(flags.record);
          // every key press and every barge-in makes the server clear the bot's audio (Twilio's `clear`)
          report(
            `recording: ${flags.record} (${(call.heardMs / 1000).toFixed(1)} s of bot speech, bot audio cleared ${call.clears} times by key presses or barge-in)`,
          );
        }
      }
    });
}
