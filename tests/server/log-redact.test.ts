import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { describe, it } from 'node:test';
import { createLogger } from '../../src/logging/logger.ts';
import { describeCommand, maskEmail, maskName, maskPhone, redactLogFields, redactText, redactUrl } from '../../src/logging/redact.ts';

describe('log redaction', () => {
  it('masks phone numbers keeping the country code and last two digits', () => {
    assert.equal(maskPhone('+79161234567'), '+7********67');
    assert.equal(maskPhone('8 (916) 123-45-67'), '8********67');
    assert.equal(maskPhone('123'), '***');
  });

  it('masks e-mails and names', () => {
    assert.equal(maskEmail('ivan.petrov@mail.ru'), 'i***@mail.ru');
    assert.equal(maskName('Иван Петров'), 'И*** П***');
    assert.equal(maskName('Анна-Мария'), 'А***');
  });

  it('finds phones and e-mails inside free text', () => {
    const text = redactText('Мой телефон +7 916 123-45-67, почта anna@example.com, заезд 24.11');
    assert.doesNotMatch(text, /916 123|anna@/);
    assert.match(text, /\+7\*+67/);
    assert.match(text, /a\*\*\*@example\.com/);
    assert.match(text, /заезд 24\.11/, 'short numbers such as dates stay');
  });

  it('masks numbers shaped like phones, not status and error codes', () => {
    const twilio = redactText("Twilio SMS failed: 400 (21211) The 'To' number +79161234567 is not a valid phone number.");
    assert.match(twilio, /400 \(21211\)/, 'an HTTP status and a Twilio error code stay readable');
    assert.doesNotMatch(twilio, /9161234567/);
    assert.match(twilio, /\+7\*+67/);
    for (const phone of [
      '89161234567',
      '8 (916) 123-45-67',
      '+7 916 1234567',
      '916.123.45.67',
      '+44 20 7946 0958',
      '+3725123456',
      '555-12-34',
      '555 12 34',
      'звоните 8-916-123-45-67!',
    ]) {
      const digits = phone.replace(/\D/g, '');
      assert.doesNotMatch(redactText(phone).replace(/\D/g, ''), new RegExp(digits.slice(2, -2)), `${phone} is masked`);
    }
    for (const kept of ['ошибка 503 (21614)', 'код 20003', 'с 24.12.2026']) assert.equal(redactText(kept), kept);
  });

  it('describes commands with personal slot values masked', () => {
    assert.equal(describeCommand({ command: 'set slot', name: 'guest_phone', value: '+79161234567', extractor: 'NLU' }), 'set slot guest_phone=+7********67');
    assert.equal(describeCommand({ command: 'set slot', name: 'guest_name', value: 'Иван Петров', extractor: 'LLM' }), 'set slot guest_name=И*** П***');
    assert.equal(describeCommand({ command: 'set slot', name: 'adults', value: 2, extractor: 'NLU' }), 'set slot adults=2');
    assert.equal(describeCommand({ command: 'start flow', flow: 'book_room' }), 'start flow book_room');
  });

  it('masks a conversation id only when it is a phone number', () => {
    assert.deepEqual(redactLogFields({ conversation: '+79035556677', event: 'turn' }), { conversation: '+7********77', event: 'turn' });
    const sid = 'CA1234567890abcdef1234567890abcdef';
    assert.deepEqual(redactLogFields({ conversation: sid, sender: 'guest-1' }), { conversation: sid, sender: 'guest-1' });
  });

  it('removes tokens from URLs and secrets from log lines', () => {
    assert.equal(redactUrl('/status?token=abc&x=1'), '/status?token=***&x=1');
    assert.equal(redactUrl('/api/bookings?phone=%2B7%20916%20123-45-67&x=1'), '/api/bookings?phone=***&x=1');
    assert.equal(redactUrl('/api/conversations/+79161234567/transcript'), '/api/conversations/+7********67/transcript');
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logger = createLogger({ LOG_LEVEL: 'debug' }, sink);
    logger.info({ req: { headers: { authorization: 'Bearer topsecret' } }, token: 'topsecret' }, 'hello');
    assert.equal(lines.length, 1);
    assert.doesNotMatch(lines[0]!, /topsecret/);
    logger.warn({ text: 'мой номер 89161234567', guest_name: 'Иван Петров', conversation: 'c-1', nested: { phone: '+79161234567' } }, 'understanding failed');
    assert.equal(lines.length, 2);
    assert.doesNotMatch(lines[1]!, /9161234567|Иван|Петров/);
    assert.match(lines[1]!, /"conversation":"c-1"/);
    assert.match(lines[1]!, /И\*\*\* П\*\*\*/);
    const quiet = createLogger({ LOG_LEVEL: 'warn' }, sink);
    quiet.info('not shown');
    assert.equal(lines.length, 2);
  });
});
