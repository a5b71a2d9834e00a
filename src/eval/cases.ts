// Acceptance conversations (eval/*.mjs): the format the graders' sample uses, checked with zod when a file loads
// so that a typo in a case is reported with its file and id instead of failing the conversation silently.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';

const answers = z.union([z.string(), z.array(z.string())]);

/** A booking made through POST /api/bookings before the conversation (a sold-out night, an existing booking). */
export const setupBookingSchema = z.looseObject({
  room_type: z.string(),
  check_in: z.string(),
  check_out: z.string(),
  adults: z.number(),
  children: z.number().optional(),
  guest_name: z.string(),
  phone: z.string(),
});

const expectSchema = z.object({
  booking: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  status: z.string().optional(),
  none: z.boolean().optional(),
  said: z.array(z.string()).optional(),
});

/** The caller's answers per question; a list gives the next item each time the same question comes again. */
const goalSchema = z.looseObject({
  first: z.string(),
  phoneE164: z.string().optional(),
  yes: z.string().optional(),
  nudge: z.string().optional(),
  code: answers.optional(),
  phone: answers.optional(),
  email: answers.optional(),
  name: answers.optional(),
  dates: answers.optional(),
  guests: answers.optional(),
  room: answers.optional(),
});

const common = {
  id: z.string(),
  sender: z.string().optional(),
  setup: z.array(setupBookingSchema).optional(),
};

/** One question, one reply: the reply must match every `expect` pattern and none of `forbid`. */
export const questionCaseSchema = z.object({
  ...common,
  ask: z.string(),
  before: z.array(z.string()).optional(),
  expect: z.array(z.string()).optional(),
  forbid: z.array(z.string()).optional(),
});

/** A caller with a goal, answering what the assistant asks until the hotel system shows the expected outcome. */
export const goalCaseSchema = z.object({
  ...common,
  goal: goalSchema,
  maxTurns: z.number().int().positive().optional(),
  inject: z.object({ atTurn: z.number().int(), say: z.string(), expect: z.array(z.string()).optional(), expectBot: z.boolean().optional() }).optional(),
  expect: expectSchema,
});

export type SetupBooking = z.infer<typeof setupBookingSchema>;
export type QuestionCase = z.infer<typeof questionCaseSchema>;
export type GoalCase = z.infer<typeof goalCaseSchema>;
export type Goal = GoalCase['goal'];
export type EvalCase = QuestionCase | GoalCase;

export function isQuestionCase(c: EvalCase): c is QuestionCase {
  return 'ask' in c;
}

export class CaseFileError extends Error {}

/** Loads the default export of each case file, in order, validating every case. */
export async function loadCases(files: readonly string[]): Promise<EvalCase[]> {
  const cases: EvalCase[] = [];
  for (const file of files) {
    const mod: { default?: unknown } = await import(pathToFileURL(resolve(file)).href);
    if (!Array.isArray(mod.default)) throw new CaseFileError(`${file}: the default export is not a list of cases`);
    for (const raw of mod.default) {
      const schema = raw && typeof raw === 'object' && 'ask' in raw ? questionCaseSchema : goalCaseSchema;
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        const id = raw && typeof raw === 'object' && 'id' in raw ? String(raw.id) : '?';
        throw new CaseFileError(`${file}: case ${id}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      }
      cases.push(parsed.data);
    }
  }
  return cases;
}
