// «Разговоры»: every call and chat, newest first, with those handed to reception above the rest; a conversation
// opens as its transcript with what the assistant understood on each turn (commands and the slots it set).
import { api, loadHotel } from './app.js';
import { empty, h, table } from './dom.js';
import * as f from './format.js';

const CHANNELS = { phone: 'звонок', chat: 'чат', other: '—' };
const capitalized = (text) => text.charAt(0).toUpperCase() + text.slice(1);

function describeCommand(c) {
  switch (c.command) {
    case 'start flow':
      return `начать «${c.flow}»`;
    case 'set slot':
      return `${c.name} = ${JSON.stringify(c.value)}`;
    case 'cannot handle':
      return 'не понял';
    case 'human handoff':
      return 'позвать сотрудника';
    case 'cancel flow':
      return 'отменить сценарий';
    default:
      return c.command;
  }
}

function understanding(turn) {
  const commands = turn.commands ?? [];
  const slots = turn.slots ?? [];
  return h(
    'dl',
    { class: 'understood' },
    turn.intent ? [h('dt', {}, 'Намерение'), h('dd', {}, turn.intent)] : null,
    h('dt', {}, 'Команды'),
    h('dd', {}, commands.length ? commands.map(describeCommand).join('; ') : 'нет'),
    slots.length ? [h('dt', {}, 'Слоты'), h('dd', {}, slots.map((s) => `${s.name} = ${JSON.stringify(s.value)}`).join('; '))] : null,
  );
}

async function transcript(ref, hotel) {
  const c = await api(`conversations/${encodeURIComponent(ref)}`);
  return h(
    'section',
    { class: 'card transcript', 'aria-label': 'Расшифровка разговора' },
    h('h2', {}, capitalized(`${CHANNELS[c.channel] ?? c.channel}, ${f.moment(c.started_at, hotel.timezone)}`)),
    h(
      'p',
      {},
      capitalized(f.OUTCOMES[c.outcome]),
      c.handoff_reason ? ` (${f.HANDOFF_REASONS[c.handoff_reason]})` : '',
      ` · ${f.duration(c.duration_s)} · ${c.phone ? f.phone(c.phone) : 'номер неизвестен'}`,
      c.booked.length ? ` · бронь ${c.booked.join(', ')}` : '',
    ),
    h('p', { class: 'muted' }, c.summary),
    h(
      'ol',
      { class: 'turns' },
      c.turns.map((t) =>
        h(
          'li',
          { class: t.role },
          h('span', { class: 'who' }, t.role === 'user' ? 'Гость' : 'Ассистент', ' · ', f.time(t.at, hotel.timezone)),
          h('p', {}, t.text),
          t.role === 'user' ? understanding(t) : null,
        ),
      ),
    ),
    h('p', {}, h('a', { href: '#/conversations' }, 'Ко всем разговорам')),
  );
}

function row(c, hotel, withReason) {
  return h(
    'tr',
    {},
    h('td', { class: 'nowrap' }, h('a', { href: `#/conversations/${encodeURIComponent(c.ref)}` }, f.moment(c.started_at, hotel.timezone))),
    h('td', {}, CHANNELS[c.channel] ?? c.channel),
    h('td', { class: 'nowrap' }, c.phone ? f.phone(c.phone) : '—'),
    withReason ? h('td', {}, f.HANDOFF_REASONS[c.handoff_reason] ?? '—') : h('td', {}, h('span', { class: `outcome ${c.outcome}` }, f.OUTCOMES[c.outcome])),
    h('td', { class: 'num' }, f.duration(c.duration_s)),
    h('td', { class: 'summary' }, c.summary),
  );
}

export async function show(view, { rest }) {
  const hotel = await loadHotel();
  if (rest[0]) {
    view.replaceChildren(h('h1', {}, 'Разговор'), await transcript(rest[0], hotel));
    return;
  }
  const { handoffs, conversations } = await api('conversations');
  const list = (title, columns, items, withReason, none, attrs) =>
    h(
      'section',
      { class: 'card', 'aria-label': title, ...attrs },
      h('h2', {}, `${title} `, h('span', { class: 'count' }, String(items.length))),
      items.length
        ? h(
            'div',
            { class: 'scroll' },
            table(
              title,
              ['Когда', 'Канал', 'Телефон', ...columns, 'Длительность', 'Кратко'],
              items.map((c) => row(c, hotel, withReason)),
            ),
          )
        : empty(none),
    );
  view.replaceChildren(
    h('h1', {}, 'Разговоры'),
    list('Переданы на ресепшен', ['Причина'], handoffs, true, 'Ассистент ни один разговор не передавал.', { class: 'card attention' }),
    list('Все разговоры', ['Итог'], conversations, false, 'Разговоров пока не было.', {}),
  );
}
