// A brute force on guests' bookings as an outsider runs it: N guesses, each from a new sender and a new client
// address, against a real server over TCP (each guess binds its own loopback source address 127.x.y.z, so the
// server sees N different IPs as `caller_ip`; rate limits are applied to loopback as to any client). A guess is
// the lookup dialogue with a random nine-digit code and the victim's phone, which the attacker knows; one guess in
// the middle is the real code, as if the attacker were lucky (the phone is locked by then). Counts the
// bookings found (must be 0) and the guesses answered «locked», then checks the real guest, from yet another
// address with the right code and phone, is still sent to reception. The baseline is as many ordinary
// three-message conversations in the same run, so the time per guess is a ratio on this noisy machine.
//   node --import tsx bench/brute-force.ts [--guesses 1000] [--store sqlite|postgres|both] [--seed 14]
// (tests/security/brute-force.test.ts runs a smaller one through bruteForce()).
import { request } from 'node:http';
import { parseArgs } from 'node:util';
import { mulberry32 } from '../src/engine/dialogue/random.ts';

export interface BruteForceResult {
  guesses: number;
  /** Guesses whose replies described a booking (any guest's). */
  found: number;
  /** Guesses answered «too many failed attempts», with the reception number. */
  locked: number;
  /** Distinct client addresses the guesses came from. */
  addresses: number;
  seconds: number;
  /** The same number of ordinary conversations (greeting, question, thanks), in seconds; 0 when not run. */
  baselineSeconds: number;
  /** What the real guest heard, from a fresh address, with the right code and phone. */
  guestReply: string;
  guestReachesReception: boolean;
}

export interface Target {
  baseUrl: string;
  code: string;
  phone: string;
  /** The hotel's reception number as the assistant says it. */
  receptionPhone: string;
}

/** The n-th client address of a group: 127.<group>.0.1, 127.<group>.0.2, … (all of 127/8 is loopback on Linux). */
const address = (group: number, n: number): string => `127.${group}.${n >> 7}.${(n & 127) + 1}`;

function say(baseUrl: string, from: string, sender: string, message: string): Promise<string> {
  const url = new URL('/webhooks/rest/webhook', baseUrl);
  const body = JSON.stringify({ sender, message });
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        localAddress: from,
        agent: false,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if (res.statusCode !== 200) return reject(new Error(`webhook answered ${res.statusCode}: ${text}`));
          resolve((JSON.parse(text) as { text?: string }[]).map((m) => m.text ?? '').join('\n'));
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const FOUND = /Нашла бронь|гость —|На ваш номер/;
const LOCKED = /неудачных попыток/;

/** One lookup in a new conversation from one address: the request, the code, then the phone as proof. */
async function lookup(baseUrl: string, from: string, sender: string, code: string, phone: string): Promise<string> {
  const replies = [await say(baseUrl, from, sender, 'найдите мою бронь'), await say(baseUrl, from, sender, code)];
  if (!LOCKED.test(replies.join(' '))) replies.push(await say(baseUrl, from, sender, phone));
  return replies.join('\n');
}

export interface BruteForceOptions {
  /** Run the baseline conversations (default true). */
  baseline?: boolean;
  /** The guess (0-based) that tries the victim's real code, as a lucky attacker would: it must find nothing too. */
  realCodeAt?: number;
}

export async function bruteForce(target: Target, guesses: number, seed: number, options: BruteForceOptions = {}): Promise<BruteForceResult> {
  const rng = mulberry32(seed);
  const addresses = new Set<string>();
  let found = 0;
  let locked = 0;
  const baselineStart = performance.now();
  for (let i = 0; i < (options.baseline === false ? 0 : guesses); i++) {
    const from = address(9, i);
    for (const text of ['здравствуйте', 'во сколько заезд?', 'спасибо']) await say(target.baseUrl, from, `visitor-${i}`, text);
  }
  const baselineSeconds = (performance.now() - baselineStart) / 1000;
  const started = performance.now();
  for (let i = 0; i < guesses; i++) {
    const from = address(10, i);
    addresses.add(from);
    const random = String(100_000_000 + Math.floor(rng() * 900_000_000));
    const code = i === options.realCodeAt ? target.code : random;
    const reply = await lookup(target.baseUrl, from, `brute-${i}`, code, target.phone);
    if (FOUND.test(reply)) found++;
    if (LOCKED.test(reply)) locked++;
  }
  const seconds = (performance.now() - started) / 1000;
  const guestReply = await lookup(target.baseUrl, '127.11.0.1', 'the-real-guest', target.code, target.phone);
  return {
    guesses,
    found,
    locked,
    addresses: addresses.size,
    seconds: Math.round(seconds * 10) / 10,
    baselineSeconds: Math.round(baselineSeconds * 10) / 10,
    guestReply,
    guestReachesReception: guestReply.includes(target.receptionPhone),
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { guesses: { type: 'string', default: '1000' }, store: { type: 'string', default: 'sqlite' }, seed: { type: 'string', default: '14' } },
  });
  const { securityServer } = await import('../tests/security/harness.ts');
  const stores = values.store === 'both' ? (['sqlite', 'postgres'] as const) : ([values.store] as ('sqlite' | 'postgres')[]);
  let failed = false;
  for (const store of stores) {
    // Limits apply to loopback clients too, as they would to the public behind a proxy that passes addresses.
    const server = await securityServer({ store, env: { PORTIER_RATE_LIMIT_LOOPBACK: '1' } });
    try {
      const { pms, hotel } = server.server.runtime;
      if (!pms || !hotel) throw new Error('the server runs the hotel system in-process');
      const victim = await pms.createBooking({
        room_type: 'standard',
        check_in: '2026-12-14',
        check_out: '2026-12-16',
        adults: 2,
        children: 0,
        guest_name: 'Анна Смирнова',
        phone: '+79000007001',
      });
      const r = await bruteForce(
        { baseUrl: server.url, code: victim.code, phone: victim.phone, receptionPhone: hotel.hotel.phone },
        Number(values.guesses),
        Number(values.seed),
        { realCodeAt: Math.floor(Number(values.guesses) / 2) },
      );
      const perGuess = (r.seconds / r.guesses) * 1000;
      console.log(
        `${store}: ${r.guesses} guesses (one of them the real code) from ${r.addresses} addresses and ${r.guesses} senders in ${r.seconds} s (${perGuess.toFixed(1)} ms a guess; ` +
          `baseline ${r.guesses} ordinary 3-message conversations ${r.baselineSeconds} s, ratio ${(r.seconds / r.baselineSeconds).toFixed(2)}); ` +
          `bookings found ${r.found}; answered «locked» ${r.locked}; the real guest reaches reception: ${r.guestReachesReception}`,
      );
      failed ||= r.found > 0 || !r.guestReachesReception;
    } finally {
      await server.close();
    }
  }
  process.exitCode = failed ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
