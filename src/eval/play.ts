// Plays one acceptance conversation against a server and decides whether it passed.
import { Caller } from './caller.ts';
import type { EvalCase, GoalCase, QuestionCase } from './cases.ts';
import { isQuestionCase } from './cases.ts';
import type { EvalClient, HotelBooking } from './client.ts';

export type Line = readonly ['user' | 'bot', string];

export interface CaseResult {
  id: string;
  ok: boolean;
  /** Why the case failed. */
  why?: string;
  turns: number;
  /** Time of each turn, for the latency line. */
  ms: number[];
  log: Line[];
}

const matchesAll = (text: string, patterns: readonly string[] = []) => patterns.find((p) => !new RegExp(p, 'i').test(text));

/** Whether a booking in the hotel system is the one a case expects (`name_has` is a case-insensitive substring). */
export function bookingMatches(booking: HotelBooking, expect: GoalCase['expect']): boolean {
  if (expect.status && booking.status !== expect.status) return false;
  const want = expect.booking;
  if (!want) return true;
  if (!expect.status && booking.status === 'cancelled') return false;
  const fields: Record<string, unknown> = booking;
  for (const [key, value] of Object.entries(want)) {
    if (key === 'name_has') {
      if (
        !String(booking.guest_name ?? '')
          .toLowerCase()
          .includes(String(value).toLowerCase())
      )
        return false;
    } else if (String(fields[key] ?? (key === 'children' ? 0 : '')) !== String(value)) return false;
  }
  return true;
}

async function playQuestion(client: EvalClient, c: QuestionCase, sender: string): Promise<CaseResult> {
  const log: Line[] = [];
  for (const b of c.setup ?? []) await client.book(b);
  for (const m of c.before ?? []) log.push(['user', m], ['bot', (await client.say(sender, m)).text]);
  const { text, ms } = await client.say(sender, c.ask);
  log.push(['user', c.ask], ['bot', text]);
  const result = { id: c.id, turns: 1, ms: [ms], log };
  const missing = matchesAll(text, c.expect);
  if (missing !== undefined) return { ...result, ok: false, why: `reply lacks /${missing}/` };
  const forbidden = (c.forbid ?? []).find((p) => new RegExp(p, 'i').test(text));
  if (forbidden !== undefined) return { ...result, ok: false, why: `reply has forbidden /${forbidden}/` };
  return { ...result, ok: true };
}

async function playGoal(client: EvalClient, c: GoalCase, sender: string): Promise<CaseResult> {
  const log: Line[] = [];
  const ms: number[] = [];
  const codes: (string | undefined)[] = [];
  for (const b of c.setup ?? []) codes.push((await client.book(b))?.code);
  const caller = new Caller(c.goal, codes);
  const phone = c.goal.phoneE164 ?? '';
  const done = (turns: number): CaseResult => ({ id: c.id, ok: true, turns, ms, log });
  const failed = (why: string): CaseResult => ({ id: c.id, ok: false, why, turns: log.length / 2, ms, log });
  const turn = async (message: string) => {
    const reply = await client.say(sender, message);
    ms.push(reply.ms);
    log.push(['user', message], ['bot', reply.text]);
    return reply.text;
  };

  let utterance = c.goal.first;
  let injected = false;
  for (let n = 0; n < (c.maxTurns ?? 12); n++) {
    const text = await turn(utterance);
    if (c.inject && !injected && n + 1 === c.inject.atTurn) {
      injected = true;
      const reply = await turn(c.inject.say);
      const missing = matchesAll(reply, c.inject.expect);
      if (missing !== undefined) return failed(`reply to "${c.inject.say}" lacks /${missing}/`);
      // the case ends on the reply to the injected message (e.g. a cancellation)
      if (c.inject.expectBot) break;
      utterance = caller.reply(reply) ?? 'да';
      continue;
    }
    if (c.expect.said) {
      const heard = log.filter(([who]) => who === 'bot').map(([, t]) => t);
      if (matchesAll(heard.join('\n'), c.expect.said) === undefined) return done(n + 1);
    }
    if ((c.expect.booking || c.expect.status) && (await client.bookings(phone)).some((b) => bookingMatches(b, c.expect))) return done(n + 1);
    utterance = caller.reply(text) ?? c.goal.nudge ?? 'да';
  }
  if (c.expect.said) return failed(`the assistant never said all of ${c.expect.said.map((p) => `/${p}/`).join(' ')}`);
  const found = await client.bookings(phone);
  if (c.expect.none) {
    const live = found.filter((b) => b.status !== 'cancelled');
    return live.length === 0 ? done(log.length / 2) : failed(`a booking exists that should not: ${JSON.stringify(live)}`);
  }
  if (found.some((b) => bookingMatches(b, c.expect))) return done(log.length / 2);
  return failed(`no matching booking; hotel system holds ${JSON.stringify(found)}`);
}

/** Plays a case; a server error fails that case only. */
export async function playCase(client: EvalClient, c: EvalCase, run: string): Promise<CaseResult> {
  const sender = c.sender ?? `eval-${run}-${c.id}`;
  try {
    return isQuestionCase(c) ? await playQuestion(client, c, sender) : await playGoal(client, c, sender);
  } catch (e) {
    return { id: c.id, ok: false, why: `error: ${e instanceof Error ? e.message : String(e)}`, turns: 0, ms: [], log: [] };
  }
}
