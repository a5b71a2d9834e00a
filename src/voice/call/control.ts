// Ending or transferring a call: Twilio's REST API when credentials are set; otherwise a hang-up closes the
// stream (the TwiML has nothing after <Connect>, so Twilio ends the call) and a transfer cannot be done.
import type { Logger } from 'pino';
import type { BotMessage } from '../../channels/types.ts';
import type { TwilioRest } from './twilio-rest.ts';

export type CallControl = NonNullable<BotMessage['call_control']>;

export interface ControlContext {
  callSid: string;
  hotelPhone: string;
  rest?: TwilioRest;
  log: Logger;
  closeStream: () => Promise<void>;
}

/** Resolves true when the call has left this stream: hung up, or transferred to reception. */
export async function executeCallControl(control: CallControl, ctx: ControlContext): Promise<boolean> {
  try {
    if (control.kind === 'hangup') {
      ctx.log.info('hanging up');
      if (ctx.rest) await ctx.rest.hangUp(ctx.callSid);
      else await ctx.closeStream();
      return true;
    }
    const to = control.to || ctx.hotelPhone;
    ctx.log.info({ to }, 'transferring the call');
    if (!ctx.rest) throw new Error('transfer needs account_sid and auth_token (Twilio REST) in credentials.yml');
    await ctx.rest.transfer(ctx.callSid, to);
    return true;
  } catch (err) {
    ctx.log.error({ err: String(err), control: control.kind }, 'call control failed');
    if (control.kind !== 'hangup') return false;
    // Closing the stream ends the call as well: the TwiML has nothing after <Connect>.
    await ctx.closeStream();
    return true;
  }
}
