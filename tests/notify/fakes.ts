// Local stand-ins for the services confirmations go to: Twilio's Messages API (HTTP, form-encoded, Basic auth,
// answering a message resource) and an SMTP server (the smtp-server package), each recording what arrived.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface FakeTwilioMessages {
  url: string;
  sent: { to: string; from: string | null; body: string }[];
  /** Statuses to answer before succeeding again (e.g. [500, 500] or [400]). */
  failWith: number[];
  close(): Promise<void>;
}

export async function startFakeTwilioMessages(accountSid: string, authToken: string): Promise<FakeTwilioMessages> {
  const fake: FakeTwilioMessages = { url: '', sent: [], failWith: [], close: () => new Promise((r) => server.close(() => r())) };
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => {
      raw += c.toString('utf8');
    });
    req.on('end', () => {
      const json = (status: number, value: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(value));
      };
      if (req.url !== `/2010-04-01/Accounts/${accountSid}/Messages.json` || req.method !== 'POST')
        return json(404, { code: 20404, message: 'not found', status: 404 });
      if (req.headers.authorization !== `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`)
        return json(401, { code: 20003, message: 'Authenticate', status: 401 });
      const status = fake.failWith.shift();
      if (status === 400) return json(400, { code: 21211, message: "The 'To' number is not a valid phone number.", status: 400 });
      if (status) return json(status, { code: 20500, message: 'Internal Server Error', status });
      const form = new URLSearchParams(raw);
      fake.sent.push({ to: form.get('To') ?? '', from: form.get('From'), body: form.get('Body') ?? '' });
      json(201, { sid: `SM${String(fake.sent.length).padStart(32, '0')}`, status: 'queued', to: form.get('To'), body: form.get('Body') });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}

export interface FakeSmtp {
  url: string;
  letters: { to: string[]; raw: string }[];
  /** Refuse the next RCPT with 550 (a mailbox that does not exist). */
  refuseNext: boolean;
  close(): Promise<void>;
}

export async function startFakeSmtp(): Promise<FakeSmtp> {
  const fake: FakeSmtp = { url: '', letters: [], refuseNext: false, close: () => new Promise((r) => server.close(() => r())) };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (fake.refuseNext) {
        fake.refuseNext = false;
        const error = Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 });
        return callback(error);
      }
      callback();
    },
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (c: Buffer) => {
        raw += c.toString('utf8');
      });
      stream.on('end', () => {
        fake.letters.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.server.address() as AddressInfo).port;
  fake.url = `smtp://127.0.0.1:${port}`;
  return fake;
}
