// «Сегодня»: who arrives and leaves today and tomorrow (the hotel's days by the server's clock), and free rooms
// with prices night by night for the coming weeks. Refreshes itself every minute.
import { api, loadHotel } from './app.js';
import { contact, empty, h, table, wishes } from './dom.js';
import * as f from './format.js';

const REFRESH_MS = 60_000;

function guestRows(bookings, hotel) {
  const names = new Map(hotel.room_types.map((t) => [t.code, t.name]));
  return bookings.map((b) =>
    h(
      'tr',
      {},
      h('td', {}, h('a', { href: `#/bookings?q=${encodeURIComponent(b.code)}` }, b.guest_name)),
      h('td', {}, names.get(b.room_type) ?? b.room_type, h('br'), h('small', {}, f.nights(b.check_in, b.check_out)), wishes(b)),
      h('td', {}, f.party(b.adults, b.children)),
      h('td', {}, contact(b)),
      h('td', {}, f.SOURCES[b.source] ?? b.source),
    ),
  );
}

function guests(title, bookings, hotel, none) {
  return h(
    'section',
    { class: 'card', 'aria-label': title },
    h('h2', {}, title, ' ', h('span', { class: 'count' }, String(bookings.length))),
    bookings.length ? h('div', { class: 'scroll' }, table(title, ['Гость', 'Номер', 'Гости', 'Контакт', 'Источник'], guestRows(bookings, hotel))) : empty(none),
  );
}

function cellClass(available, weekend) {
  return [available === 0 ? 'full' : available <= 1 ? 'few' : 'free', weekend ? 'weekend' : ''].join(' ').trim();
}

export function occupancyGrid(grid) {
  const head = h(
    'tr',
    {},
    h('th', { scope: 'col' }, 'Тип номера'),
    grid.dates.map((date, i) =>
      h(
        'th',
        { scope: 'col', class: grid.weekend[i] ? 'weekend' : '' },
        h('span', { class: 'wd' }, f.weekday(date)),
        h('span', { class: 'dm' }, f.dayShort(date)),
      ),
    ),
  );
  const rows = grid.room_types.map((type) =>
    h(
      'tr',
      {},
      h('th', { scope: 'row' }, type.name, h('small', {}, `${type.rooms ?? '?'} номеров`)),
      type.nights.map((night, i) =>
        h(
          'td',
          { class: cellClass(night.available, grid.weekend[i]), title: `${type.name}, ${f.day(night.date)}: свободно ${night.available}` },
          h('strong', {}, night.available === 0 ? 'нет' : String(night.available)),
          h('small', {}, night.price === null ? '—' : f.money(night.price, grid.currency)),
        ),
      ),
    ),
  );
  return h('table', { class: 'grid' }, h('caption', { class: 'sr-only' }, 'Свободные номера и цена за ночь'), h('thead', {}, head), h('tbody', {}, rows));
}

export function legend() {
  return h(
    'ul',
    { class: 'legend', 'aria-label': 'Обозначения' },
    h('li', {}, h('i', { class: 'free' }), 'есть свободные (число — сколько)'),
    h('li', {}, h('i', { class: 'few' }), 'остался один'),
    h('li', {}, h('i', { class: 'full' }), 'мест нет'),
    h('li', {}, h('i', { class: 'weekend' }), 'ночь пятницы или субботы (цена выходного дня)'),
  );
}

export async function show(view) {
  const hotel = await loadHotel();
  const render = async () => {
    const [today, grid] = await Promise.all([api('today'), api('grid?nights=21')]);
    view.replaceChildren(
      h('h1', {}, 'Сегодня, ', f.day(today.today)),
      h(
        'dl',
        { class: 'tiles' },
        h('div', {}, h('dt', {}, 'Заезды сегодня'), h('dd', {}, String(today.arrivals.today.length))),
        h('div', {}, h('dt', {}, 'Выезды сегодня'), h('dd', {}, String(today.departures.today.length))),
        h('div', {}, h('dt', {}, 'Живут сейчас'), h('dd', {}, String(today.in_house))),
        h('div', {}, h('dt', {}, 'Свободно этой ночью'), h('dd', {}, String(grid.room_types.reduce((n, t) => n + (t.nights[0]?.available ?? 0), 0)))),
      ),
      h(
        'div',
        { class: 'columns' },
        guests(`Заезды сегодня, ${f.day(today.today)}`, today.arrivals.today, hotel, 'Сегодня никто не заезжает.'),
        guests(`Выезды сегодня, ${f.day(today.today)}`, today.departures.today, hotel, 'Сегодня никто не выезжает.'),
        guests(`Заезды завтра, ${f.day(today.tomorrow)}`, today.arrivals.tomorrow, hotel, 'Завтра никто не заезжает.'),
        guests(`Выезды завтра, ${f.day(today.tomorrow)}`, today.departures.tomorrow, hotel, 'Завтра никто не выезжает.'),
      ),
      h(
        'section',
        { class: 'card', 'aria-label': 'Загрузка по ночам' },
        h('h2', {}, 'Загрузка по ночам: свободные номера и цена'),
        legend(),
        h('div', { class: 'scroll', tabindex: '0', role: 'region', 'aria-label': 'Таблица загрузки, прокручивается вбок' }, occupancyGrid(grid)),
        h('p', { class: 'muted' }, `Обновлено ${f.time(today.now, hotel.timezone)} по времени отеля; страница обновляется каждую минуту.`),
      ),
    );
  };
  await render();
  const timer = setInterval(() => render().catch(() => {}), REFRESH_MS);
  return () => clearInterval(timer);
}
