// SMS through Twilio's Messages API, the account the phone channel already uses. TWILIO_API_BASE_URL points
// it at a test double; the sender is a number (TWILIO_SMS_FROM) or a Messaging Service (TWILIO_MESSAGING_SERVICE_SID).
import { SendError, type SmsSender } from './types.ts';

export interface TwilioSmsOptions {
  accountSid: string;
  authToken: string;
  from?: string;
  messagingServiceSid?: string;
  baseUrl?: string;
}

export class TwilioSmsSender implements SmsSender {
  readonly #url: string;
  readonly #auth: string;

  constructor(private readonly options: TwilioSmsOptions) {
    if (!options.from && !options.messagingServiceSid) throw new Error('Twilio SMS needs TWILIO_SMS_FROM or TWILIO_MESSAGING_SERVICE_SID');
    const base = (options.baseUrl ?? 'https://api.twilio.com').replace(/\/$/, '');
    this.#url = `${base}/2010-04-01/Accounts/${encodeURIComponent(options.accountSid)}/Messages.json`;
    this.#auth = `Basic ${Buffer.from(`${options.accountSid}:${options.authToken}`).toString('base64')}`;
  }

  async send(to: string, body: string): Promise<string> {
    const form = new URLSearchParams({ To: to, Body: body });
    if (this.options.messagingServiceSid) form.set('MessagingServiceSid', this.options.messagingServiceSid);
    else form.set('From', this.options.from!);
    let res: Response;
    try {
      res = await fetch(this.#url, {
        method: 'POST',
        headers: { Authorization: this.#auth, 'Content-Type': 'application/x-www-form-urlencoded' },
        body: form,
        signal: AbortSignal.timeout(10_000),
      });
    } catch (error) {
      throw new SendError(`Twilio SMS API unreachable: ${(error as Error).message}`, false);
    }
    const answer = (await res.json().catch(() => ({}))) as { sid?: string; message?: string; code?: number };
    if (res.ok && answer.sid) return answer.sid;
    // 4xx other than 429: the request itself is wrong (bad number, unverified sender); trying again will not help.
    const permanent = res.status >= 400 && res.status < 500 && res.status !== 429;
    throw new SendError(`Twilio SMS API answered ${res.status}${answer.code ? ` (${answer.code})` : ''}: ${answer.message ?? 'no message'}`, permanent);
  }
}
