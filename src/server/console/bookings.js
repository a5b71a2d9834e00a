// «Брони»: search by name, phone or code; a new booking for a walk-in or a phone call; change dates, room type
// or guests (the hotel system's atomic change); cancel after a confirmation. Each booking shows its source and
// links to the conversation that made it, and what became of its SMS and e-mail confirmations.
import { api, flash, loadHotel } from './app.js';
import { contact, dialog, empty, field, h, table, wishes, wishesInput, wishesOf } from './dom.js';
import * as f from './format.js';

const roomSelect = (hotel, value) =>
  h(
    'select',
    { name: 'room_type', required: true },
    hotel.room_types.map((t) => h('option', { value: t.code, selected: t.code === value }, `${t.name} (до ${t.max_guests} гостей)`)),
  );
const dateInput = (name, value) => h('input', { type: 'date', name, value, required: true });
const countInput = (name, value, min) =>
  h('input', { type: 'number', name, value: String(value), min: String(min), max: '10', required: true, inputmode: 'numeric' });

function stayFields(hotel, b) {
  return h(
    'div',
    { class: 'form-grid' },
    field('Тип номера', roomSelect(hotel, b.room_type)),
    field('Заезд', dateInput('check_in', b.check_in)),
    field('Выезд', dateInput('check_out', b.check_out)),
    field('Взрослых', countInput('adults', b.adults, 1)),
    field('Детей', countInput('children', b.children, 0)),
    field('Пожелания к номеру', wishesInput(b.special_requests), 'по одному на строку; гость видит их в письме'),
  );
}

const stayOf = (data) => ({
  room_type: data.get('room_type'),
  check_in: data.get('check_in'),
  check_out: data.get('check_out'),
  adults: Number(data.get('adults')),
  children: Number(data.get('children')),
  special_requests: wishesOf(data),
});

function newBooking(hotel, done) {
  const requestId = crypto.randomUUID();
  const tomorrow = new Date(`${hotel.today}T00:00:00Z`);
  tomorrow.setUTCDate(tomorrow.getUTCDate() + 1);
  const body = h(
    'div',
    {},
    stayFields(hotel, { room_type: hotel.room_types[0]?.code, check_in: hotel.today, check_out: tomorrow.toISOString().slice(0, 10), adults: 2, children: 0 }),
    h(
      'div',
      { class: 'form-grid' },
      field('Имя и фамилия гостя', h('input', { name: 'guest_name', required: true, autocomplete: 'off', minlength: '2' })),
      field('Телефон', h('input', { name: 'phone', type: 'tel', required: true, autocomplete: 'off', placeholder: '+7 903 555-12-34' })),
      field('Эл. почта (необязательно)', h('input', { name: 'email', type: 'email', autocomplete: 'off' })),
    ),
  );
  dialog(
    'Новая бронь',
    body,
    async (data) => {
      const { booking } = await api('bookings', {
        method: 'POST',
        body: { ...stayOf(data), guest_name: data.get('guest_name'), phone: data.get('phone'), email: data.get('email') || undefined, request_id: requestId },
      });
      flash(`Бронь ${booking.code} создана: ${booking.guest_name}, ${f.stay(booking.check_in, booking.check_out)}, ${f.money(booking.total_price)}.`);
      done(booking.code);
    },
    'Забронировать',
  );
}

function changeBooking(hotel, b, done) {
  dialog(
    `Изменить бронь ${b.code} — ${b.guest_name}`,
    stayFields(hotel, b),
    async (data) => {
      const { before, booking } = await api(`bookings/${encodeURIComponent(b.code)}/change`, { method: 'POST', body: stayOf(data) });
      const diff = booking.total_price - before.total_price;
      flash(
        `Бронь ${booking.code} изменена: ${f.stay(booking.check_in, booking.check_out)}, ${f.money(booking.total_price)}${diff ? ` (${diff > 0 ? 'доплата' : 'возврат'} ${f.money(Math.abs(diff))})` : ''}.`,
      );
      done(booking.code);
    },
    'Сохранить изменения',
  );
}

function cancelBooking(b, done) {
  dialog(
    `Отменить бронь ${b.code}?`,
    h('p', {}, `${b.guest_name}, ${f.stay(b.check_in, b.check_out)}. Номер освободится, отмену нельзя вернуть.`),
    async () => {
      await api(`bookings/${encodeURIComponent(b.code)}/cancel`, { method: 'POST' });
      flash(`Бронь ${b.code} отменена.`);
      done(b.code);
    },
    'Да, отменить бронь',
  )
    .querySelector('button[type=submit]')
    .classList.add('danger');
}

function sourceCell(b) {
  const label = f.SOURCES[b.source] ?? b.source;
  if (b.conversation_ref)
    return h('a', { href: `#/conversations/${encodeURIComponent(b.conversation_ref)}` }, label, h('span', { class: 'sr-only' }, ': открыть разговор'));
  return b.made_by ? `${label} (${b.made_by})` : label;
}

/**
 * The booking's confirmations from the outbox, one line each: «SMS о брони: отправлено 7 дек., 14:05»,
 * «Письмо об отмене: в очереди», «SMS о брони: не отправлено — <the provider's reason>».
 */
function confirmationsCell(hotel, b) {
  if (!b.notifications?.length) return h('span', { class: 'muted' }, '—');
  return h(
    'ul',
    { class: 'notifications' },
    b.notifications.map((n) => {
      const what = `${f.CHANNELS[n.channel] ?? n.channel} ${f.NOTIFY_EVENTS[n.event] ?? n.event}: `;
      if (n.status === 'sent') return h('li', { class: 'sent' }, what, `отправлено ${f.shortMoment(n.sent_at, hotel.timezone)}`);
      if (n.status === 'failed') return h('li', { class: 'failed' }, what, h('strong', {}, 'не отправлено'), ` — ${n.last_error ?? 'причина неизвестна'}`);
      const retry = n.attempts ? `, попытка ${n.attempts + 1} в ${f.shortMoment(n.next_attempt_at, hotel.timezone)} (${n.last_error ?? 'сбой'})` : '';
      return h('li', { class: 'queued' }, what, `в очереди${retry}`);
    }),
  );
}

const HEADERS = ['Код', 'Гость', 'Даты', 'Номер и гости', 'Контакт', 'Сумма', 'Источник', 'SMS и письма', 'Действия'];

/**
 * One cell, labelled with its column: on a portrait tablet the rows become cards and the label is shown above
 * the value (console.css), since the column headers are no longer on screen.
 */
const cell = (column, attrs, ...children) => h('td', { ...attrs, 'data-label': HEADERS[column] }, children);

function rows(hotel, bookings, refresh) {
  const names = new Map(hotel.room_types.map((t) => [t.code, t.name]));
  return bookings.map((b) =>
    h(
      'tr',
      { class: b.status === 'cancelled' ? 'cancelled' : '' },
      cell(0, { class: 'code' }, b.code),
      cell(1, { class: 'guest' }, b.guest_name),
      cell(2, { class: 'nowrap' }, f.stay(b.check_in, b.check_out)),
      cell(3, {}, names.get(b.room_type) ?? b.room_type, h('br'), h('small', {}, f.party(b.adults, b.children)), wishes(b)),
      cell(4, {}, contact(b)),
      cell(5, { class: 'num' }, f.money(b.total_price)),
      cell(6, {}, sourceCell(b)),
      cell(7, { class: 'confirmations' }, confirmationsCell(hotel, b)),
      cell(
        8,
        { class: 'actions' },
        b.status === 'confirmed'
          ? [
              h(
                'button',
                { type: 'button', class: 'small', onclick: () => changeBooking(hotel, b, refresh) },
                'Изменить',
                h('span', { class: 'sr-only' }, ` бронь ${b.code}`),
              ),
              h(
                'button',
                { type: 'button', class: 'small danger', onclick: () => cancelBooking(b, refresh) },
                'Отменить',
                h('span', { class: 'sr-only' }, ` бронь ${b.code}`),
              ),
            ]
          : 'отменена',
      ),
    ),
  );
}

export async function show(view, { query }) {
  const hotel = await loadHotel();
  const search = h('input', { type: 'search', name: 'q', value: query.get('q') ?? '', placeholder: 'Иванов, +7 903…, 123456789' });
  const results = h('div', { class: 'scroll' });
  const load = async (q) => {
    const { bookings } = await api(`bookings?q=${encodeURIComponent(q)}`);
    caption.textContent = q
      ? `Найдено: ${bookings.length}`
      : `Проживают в ближайшие две недели: ${bookings.length}. Найдите гостя по имени, телефону или коду брони.`;
    results.replaceChildren(
      bookings.length
        ? table('Брони', HEADERS, rows(hotel, bookings, refresh), { class: 'bookings' })
        : empty(q ? 'Ничего не нашлось.' : 'В ближайшие две недели никто не живёт.'),
    );
  };
  const refresh = (code) => {
    search.value = code;
    load(code).catch((e) => flash(e.message));
  };
  const caption = h('p', { class: 'muted' });
  view.replaceChildren(
    h('h1', {}, 'Брони'),
    h(
      'div',
      { class: 'toolbar' },
      h(
        'form',
        {
          role: 'search',
          class: 'row',
          onsubmit: (event) => {
            event.preventDefault();
            history.replaceState(null, '', `#/bookings?q=${encodeURIComponent(search.value)}`);
            load(search.value).catch((e) => flash(e.message));
          },
        },
        field('Имя, телефон или код брони', search),
        h('button', { type: 'submit' }, 'Найти'),
      ),
      h('button', { type: 'button', id: 'new-booking', onclick: () => newBooking(hotel, refresh) }, 'Новая бронь'),
    ),
    caption,
    results,
  );
  await load(search.value);
}
