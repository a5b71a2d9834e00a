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

/** Twilio sends `stop` once the call has left; one that never comes does not keep the call open longer than this. */
const LEFT_CALL_GRACE_MS = 10_000;

export interface LeavingContext extends Omit<ControlContext, 'closeStream'> {
  timeScale: number;
  /** The call has ended (the caller hung up meanwhile): nothing more is done. */
  ended: () => boolean;
  end: (outcome: string) => Promise<void>;
  /** A transfer or hang-up could not be made (the caller must not be left in silence). */
  onFailed: (control: CallControl) => void;
  onLeft: () => void;
}

/** The assistant's hang-up or transfer, made when the phrase before it has been heard (its last mark echoed). */
export class CallLeaving {
  #waiting: { control: CallControl; mark: string } | undefined;
  #left = false;

  constructor(readonly ctx: LeavingContext) {}

  /** Hung up or transferred through Twilio's REST API: only Twilio's `stop` is still to come. */
  get left(): boolean {
    return this.#left;
  }

  /** A hang-up or transfer waits for its phrase to be heard. */
  get waiting(): boolean {
    return this.#waiting !== undefined;
  }

  after(mark: string, control: CallControl): void {
    this.#waiting = { control, mark };
  }

  /** Twilio echoed `mark`: the control waiting for it is made. */
  heard(mark: string): void {
    if (this.#waiting?.mark !== mark) return;
    const { control } = this.#waiting;
    this.#waiting = undefined;
    void this.make(control);
  }

  /** Resolves whether the call has left this stream. */
  async make(control: CallControl): Promise<boolean> {
    const { ctx } = this;
    const left = await executeCallControl(control, { ...ctx, closeStream: () => ctx.end('hangup') });
    if (ctx.ended()) return left;
    if (!left) {
      ctx.onFailed(control);
      return false;
    }
    // Until Twilio's `stop` nothing more is said or heard on this stream.
    this.#left = true;
    ctx.onLeft();
    setTimeout(() => void ctx.end(control.kind === 'hangup' ? 'hangup' : 'transferred'), LEFT_CALL_GRACE_MS / ctx.timeScale).unref();
    return true;
  }
}
