// `portier call`: phones a running Portier server the way Twilio would (webhook, then the media stream),
// speaks the caller's lines with espeak-ng in real time, presses keys, and records what the bot said.
import type { Command } from 'commander';
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
      const call = await SimulatedCall.dial({ baseUrl: flags.url, from: flags.from, to: flags.to, authToken: flags.authToken ?? process.env.TWILIO_AUTH_TOKEN });
      const report = (what: string) => process.stdout.write(`[${(call.audioMs / 1000).toFixed(1)} s] ${what}\n`);
      report(`call ${call.callSid} connected`);
      const botTurn = async () => {
        const u = await call.waitForBotTurn(800, timeoutMs).catch(() => undefined);
        report(u ? `bot spoke ${((u.endMs - u.startMs) / 1000).toFixed(1)} s` : 'bot said nothing');
      };
      try {
        await botTurn();
        for (const line of flags.say) {
          report(`caller: ${line}`);
          await call.say(line);
          await botTurn();
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
        if (flags.record) {
          await call.saveRecording(flags.record);
          report(`recording: ${flags.record} (${(call.heardMs / 1000).toFixed(1)} s of bot speech, ${call.clears} interruptions)`);
        }
      }
    });
}
