// Optional LLM phrasing: the response rephraser (nlg: rephrase) and knowledge answers from retrieved facts.
// Both must never change a fact: an LLM text that does is thrown away.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { checkFacts, factsOf } from '../../../src/understanding/llm/fact-guard.ts';
import { KnowledgeAnswerer, resolveKnowledgeSettings } from '../../../src/understanding/llm/knowledge-answerer.ts';
import { ResponseRephraser, resolveRephraserSettings } from '../../../src/understanding/llm/rephraser.ts';
import { type FakeOpenAi, startFakeOpenAi } from './fake-openai.ts';

let fake: FakeOpenAi;
before(async () => {
  fake = await startFakeOpenAi();
});
after(() => fake.close());
beforeEach(() => {
  fake.requests.length = 0;
});

const env = { OPENAI_API_KEY: 'sk-test' };
const endpoints = (nlg: Record<string, unknown>) => ({
  model_groups: [{ id: 'openai_llm', models: [{ provider: 'openai', model: 'gpt-4', api_base: fake.baseURL, timeout: 2, max_retries: 0 }] }],
  nlg,
});
const history = [
  { role: 'user' as const, text: 'Сколько стоит комфорт на выходные?' },
  { role: 'bot' as const, text: 'Номер «Комфорт» в субботу стоит 9 900 рублей за ночь.' },
  { role: 'user' as const, text: 'А в будни?' },
];

describe('fact guard', () => {
  it('finds numbers (with thousands spaces), codes and «names»', () => {
    assert.deepEqual(
      [...factsOf('Бронь NB4821: «Комфорт», 27.11 с 14:00, 9 900 ₽.')].sort(),
      ['«комфорт»', '00', '11', '14', '27', '4821', '9900', 'NB4821'].sort(),
    );
  });

  it('rejects a rewording that drops or changes a number, accepts one that keeps them', () => {
    const source = 'Номер «Комфорт» стоит 8 900 рублей за ночь, заезд с 14:00.';
    assert.equal(checkFacts(source, 'В будни «Комфорт» обойдётся в 8 900 рублей за ночь, заселение с 14:00.').ok, true);
    const changed = checkFacts(source, 'Комфорт стоит 8 500 рублей, заезд с 14:00.');
    assert.deepEqual(changed, { ok: false, missing: ['8900'], added: ['8500'] });
    assert.deepEqual(checkFacts(source, 'Стоит 8 900 рублей, заезд с 14:00, «Люкс» дороже.').added, ['«люкс»']);
  });
});

describe('response rephraser (nlg: rephrase)', () => {
  it('is off unless endpoints.yml asks for it', () => {
    assert.equal(resolveRephraserSettings({}, env), null);
    assert.equal(resolveRephraserSettings({ nlg: { type: 'response' } }, env), null);
    const s = resolveRephraserSettings(endpoints({ type: 'rephrase', rephrase_all: true }), env);
    assert.equal(s?.llm.model, 'gpt-4');
    assert.equal(s?.rephraseAll, true);
  });

  it('rewords a response that opts in, keeping its facts', async () => {
    const rephraser = new ResponseRephraser({ settings: resolveRephraserSettings(endpoints({ type: 'rephrase' }), env)! });
    fake.script({ kind: 'answer', text: '«В будние дни «Комфорт» стоит 8 900 рублей за ночь.»' });
    const result = await rephraser.rephrase('В будни номер «Комфорт» стоит 8 900 рублей за ночь.', { senderId: 's', history }, { rephrase: true });
    assert.deepEqual(result, { text: 'В будние дни «Комфорт» стоит 8 900 рублей за ночь.', rephrased: true });
    const prompt = fake.requests[0]!.body.messages[0]!.content;
    assert.match(prompt, /Подготовленная реплика: В будни номер «Комфорт» стоит 8 900 рублей за ночь\./);
    assert.match(prompt, /Последнее сообщение гостя: А в будни\?/);
    assert.match(prompt, /AI: Номер «Комфорт» в субботу стоит 9 900 рублей за ночь\./);
  });

  it('keeps the original when the LLM changes a price, fails, or the response does not opt in', async () => {
    const rephraser = new ResponseRephraser({ settings: resolveRephraserSettings(endpoints({ type: 'rephrase' }), env)! });
    const original = 'В будни номер «Комфорт» стоит 8 900 рублей за ночь.';
    fake.script({ kind: 'answer', text: 'В будни «Комфорт» всего 7 900 рублей!' });
    assert.deepEqual(await rephraser.rephrase(original, { senderId: 's', history }, { rephrase: true }), {
      text: original,
      rephrased: false,
      reason: 'changed-facts',
    });
    fake.script({ kind: 'status', status: 500 });
    assert.equal((await rephraser.rephrase(original, { senderId: 's', history }, { rephrase: true })).reason, 'failed');
    const before = fake.requests.length;
    assert.equal((await rephraser.rephrase(original, { senderId: 's', history }, null)).reason, 'not-requested');
    assert.equal(fake.requests.length, before, 'no LLM call for a response that does not opt in');
  });

  it('with rephrase_all, rephrases everything except responses that opt out', () => {
    const rephraser = new ResponseRephraser({ settings: resolveRephraserSettings(endpoints({ type: 'rephrase', rephrase_all: true }), env)! });
    assert.equal(rephraser.wants(undefined), true);
    assert.equal(rephraser.wants({ rephrase: false }), false);
  });
});

describe('knowledge answers phrased from retrieved facts', () => {
  const policies = [{ name: 'FlowPolicy' }, { name: 'EnterpriseSearchPolicy', llm: { model_group: 'openai_llm' } }];
  const facts = ['Завтрак: шведский стол с 7:00 до 10:30, входит в стоимость номера.', 'Парковка: 800 рублей в сутки, 12 мест.'];

  it('is off unless config.yml lists EnterpriseSearchPolicy with an llm', () => {
    assert.equal(resolveKnowledgeSettings([{ name: 'FlowPolicy' }], endpoints({}), env), null);
    assert.equal(resolveKnowledgeSettings([{ name: 'EnterpriseSearchPolicy' }], endpoints({}), env), null);
    assert.equal(resolveKnowledgeSettings(policies, endpoints({}), env)?.llm.model, 'gpt-4');
  });

  it('answers from the facts, and passes the facts and the question to the LLM', async () => {
    const answerer = new KnowledgeAnswerer({ settings: resolveKnowledgeSettings(policies, endpoints({}), env)! });
    fake.script({ kind: 'answer', text: 'Парковка у нас есть: 800 рублей в сутки.' });
    assert.equal(await answerer.answer('Есть ли парковка?', facts, { senderId: 's', history: [] }), 'Парковка у нас есть: 800 рублей в сутки.');
    const prompt = fake.requests[0]!.body.messages[0]!.content;
    assert.match(prompt, /- Парковка: 800 рублей в сутки, 12 мест\./);
    assert.match(prompt, /Вопрос гостя: Есть ли парковка\?/);
  });

  it('returns null for an invented number, NO_ANSWER, a failure, or no facts', async () => {
    const answerer = new KnowledgeAnswerer({ settings: resolveKnowledgeSettings(policies, endpoints({}), env)! });
    fake.script({ kind: 'answer', text: 'Парковка стоит 500 рублей в сутки.' });
    assert.equal(await answerer.answer('Сколько стоит парковка?', facts, { senderId: 's', history: [] }), null);
    fake.script({ kind: 'answer', text: 'NO_ANSWER' });
    assert.equal(await answerer.answer('Есть ли бассейн?', facts, { senderId: 's', history: [] }), null);
    fake.script({ kind: 'status', status: 503 });
    assert.equal(await answerer.answer('Когда завтрак?', facts, { senderId: 's', history: [] }), null);
    const before = fake.requests.length;
    assert.equal(await answerer.answer('Когда завтрак?', [], { senderId: 's', history: [] }), null);
    assert.equal(fake.requests.length, before);
  });
});
