// Call control through Twilio's REST API: POST /2010-04-01/Accounts/{sid}/Calls/{CallSid}.json, form body,
// basic auth. `baseUrl` (TWILIO_API_BASE_URL, given by the channel) points tests at a local server that speaks the same API.
export class TwilioRestError extends Error {
  constructor(
    readonly callSid: string,
    readonly status: number,
    message: string,
  ) {
    super(`Twilio REST update of call ${callSid} failed (${status}): ${message}`);
    this.name = 'TwilioRestError';
  }
}

export interface TwilioRestOptions {
  accountSid: string;
  authToken: string;
  /** https://api.twilio.com when unset. */
  baseUrl?: string | undefined;
}

export function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c);
}

/** hotel.yml writes numbers for people ("+7 812 555-01-48"); <Dial> gets the digits ("+78125550148"). */
export function dialable(number: string): string {
  return /^\+?[\d\s\-().]+$/.test(number) ? number.replace(/[^\d+]/g, '') : number;
}

export class TwilioRest {
  readonly baseUrl: string;
  constructor(readonly options: TwilioRestOptions) {
    this.baseUrl = (options.baseUrl || 'https://api.twilio.com').replace(/\/$/, '');
  }

  async updateCall(callSid: string, params: Record<string, string>): Promise<void> {
    const { accountSid, authToken } = this.options;
    const url = `${this.baseUrl}/2010-04-01/Accounts/${encodeURIComponent(accountSid)}/Calls/${encodeURIComponent(callSid)}.json`;
    const res = await fetch(url, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams(params).toString(),
      signal: AbortSignal.timeout(10_000),
    });
    const text = await res.text();
    // 404 code 20404: the call already ended, which is what a hang-up wants anyway.
    if (res.status === 404 && params.Status === 'completed') return;
    if (!res.ok) throw new TwilioRestError(callSid, res.status, text.slice(0, 300));
  }

  hangUp(callSid: string): Promise<void> {
    return this.updateCall(callSid, { Status: 'completed' });
  }

  transfer(callSid: string, to: string): Promise<void> {
    return this.updateCall(callSid, { Twiml: `<Response><Dial>${escapeXml(dialable(to))}</Dial></Response>` });
  }
}
