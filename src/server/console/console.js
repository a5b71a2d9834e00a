// The hotel staff's console: what is running, free rooms and prices per night, bookings (list, look up,
// cancel), the latest conversations with their transcripts, and a chat with the assistant. Data comes from the
// /api routes with the bearer token, which is kept in this tab only (sessionStorage), never written to disk.
const $ = (id) => document.getElementById(id);
const TOKEN_KEY = 'portier.apiToken';
const token = () => sessionStorage.getItem(TOKEN_KEY) ?? '';

class NeedsToken extends Error {}

async function api(path, init = {}) {
  if (!token()) throw new NeedsToken('Введите токен API, чтобы увидеть данные.');
  const response = await fetch(path, { ...init, headers: { ...(init.headers ?? {}), authorization: `Bearer ${token()}` } });
  const body = await response.json().catch(() => ({}));
  if (response.status === 401) {
    notice('Токен не подошёл. Его значение — PORTIER_API_TOKEN сервера (или строка, напечатанная при запуске).');
    throw new NeedsToken('Нужен верный токен API.');
  }
  if (!response.ok) throw new Error(body.error ?? `Ошибка сервера ${response.status}`);
  return body;
}

function element(tag, props = {}, children = []) {
  const node = Object.assign(document.createElement(tag), props);
  for (const child of children) if (child !== null) node.append(child);
  return node;
}
const text = (tag, textContent, className = '') => element(tag, { textContent, className });

function showError(target, error) {
  target.replaceChildren(text('p', error.message, error instanceof NeedsToken ? 'muted' : 'error'));
}

function notice(message) {
  $('notice').textContent = message;
  $('notice').hidden = !message;
}

/** The hotel's own day and time zone (from /api/status), so PORTIER_NOW and the hotel's zone are respected. */
const hotel = { today: new Date().toISOString().slice(0, 10), timezone: undefined, currency: 'RUB' };

function addDays(iso, n) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
const dayMonth = (iso) => iso.slice(5).split('-').reverse().join('.');
const weekday = (iso) => ['вс', 'пн', 'вт', 'ср', 'чт', 'пт', 'сб'][new Date(`${iso}T00:00:00Z`).getUTCDay()];
const money = (n) => (n === null ? '—' : `${n.toLocaleString('ru-RU')} ${hotel.currency === 'RUB' ? '₽' : hotel.currency}`);
const when = (iso) => new Date(iso).toLocaleString('ru-RU', { timeZone: hotel.timezone, day: '2-digit', month: '2-digit', hour: '2-digit', minute: '2-digit' });

function duration(seconds) {
  const d = Math.floor(seconds / 86400);
  const h = Math.floor((seconds % 86400) / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  return d ? `${d} д ${h} ч` : h ? `${h} ч ${m} мин` : `${m} мин`;
}

async function checkHealth() {
  const badge = $('health');
  try {
    const body = await (await fetch('/health')).json();
    badge.textContent = body.ready ? 'работает' : 'не готов';
    badge.className = `badge ${body.ready ? 'ok' : 'bad'}`;
  } catch {
    badge.textContent = 'нет связи';
    badge.className = 'badge bad';
  }
}

const UNDERSTANDING = { llm: 'LLM', nlu: 'офлайн NLU', other: 'другое' };
const STORES = { sqlite: 'SQLite', postgresql: 'PostgreSQL', redis: 'Redis', in_memory: 'в памяти' };

async function showStatus() {
  const target = $('status');
  try {
    const s = await api('/api/status');
    Object.assign(hotel, { today: s.hotel.today, timezone: s.hotel.timezone, currency: s.hotel.currency });
    $('hotel-name').textContent = s.hotel.name;
    const understanding = `${UNDERSTANDING[s.understanding.mode]}${s.understanding.fallback ? ', резерв — офлайн NLU' : ''}`;
    const failing = Object.entries(s.checks).filter(([, c]) => !c.ok).map(([name]) => name);
    const tiles = [
      ['Сервер', s.status === 'ok' ? 'работает' : `не готов: ${failing.join(', ')}`, s.status === 'ok' ? 'ok' : 'bad'],
      ['Работает', duration(s.uptime_s)],
      ['Понимание', understanding],
      ['Модель', s.model_id, 'code'],
      ['Диалоги хранятся', STORES[s.tracker_store] ?? s.tracker_store],
      ['Звонки сейчас', s.voice.enabled ? String(s.voice.active_calls) : 'телефон не подключён'],
      ['Сегодня в отеле', `${dayMonth(s.hotel.today)}.${s.hotel.today.slice(0, 4)}`],
      ['Версия', s.version],
    ];
    target.replaceChildren(...tiles.map(([name, value, tone]) => element('div', { className: `tile ${tone ?? ''}` }, [text('dt', name), text('dd', value)])));
  } catch (error) {
    showError(target, error);
  }
}

async function showAvailability(event) {
  event?.preventDefault();
  const target = $('availability');
  try {
    const nights = Math.min(30, Math.max(1, Number($('nights').value) || 14));
    const grid = await api(`/api/availability/nights?from=${$('from').value}&nights=${nights}`);
    const weekend = (iso) => ['пт', 'сб'].includes(weekday(iso));
    const head = element('tr', {}, [
      text('th', 'Тип номера'),
      ...grid.dates.map((d) => element('th', { className: weekend(d) ? 'weekend' : '' }, [text('span', dayMonth(d)), text('small', weekday(d))])),
    ]);
    const rows = grid.room_types.map((room) =>
      element('tr', {}, [
        element('th', { scope: 'row' }, [text('span', room.name), text('small', `всего ${room.rooms ?? '?'}`)]),
        ...room.nights.map((n) => {
          // "few" is one or two rooms left, and never a type that only has two rooms and both free
          const tone = n.available === 0 ? 'full' : n.available <= Math.min(2, (room.rooms ?? 3) - 1) ? 'few' : '';
          return element('td', { className: `${tone} ${weekend(n.date) ? 'weekend' : ''}`, title: `${room.name}, ночь на ${dayMonth(n.date)}: свободно ${n.available}` }, [
            text('strong', String(n.available)),
            text('small', money(n.price)),
          ]);
        }),
      ]),
    );
    target.replaceChildren(element('table', { className: 'grid' }, [element('thead', {}, [head]), element('tbody', {}, rows)]));
  } catch (error) {
    showError(target, error);
  }
}

const roomNames = new Map();

async function learnRoomNames() {
  if (roomNames.size > 0) return;
  const grid = await api(`/api/availability/nights?from=${hotel.today}&nights=1`);
  for (const room of grid.room_types) roomNames.set(room.room_type, room.name);
}

/** A cancel button that asks once more inside the row before it cancels. */
function cancelControl(b, onCancelled) {
  const cell = element('td', { className: 'actions' });
  const ask = element('button', { type: 'button', className: 'danger small', textContent: 'Отменить' });
  ask.addEventListener('click', () => {
    const yes = element('button', { type: 'button', className: 'danger small', textContent: 'Да, отменить' });
    const no = element('button', { type: 'button', className: 'quiet small', textContent: 'Нет' });
    no.addEventListener('click', () => cell.replaceChildren(ask));
    yes.addEventListener('click', async () => {
      yes.disabled = true;
      try {
        onCancelled(await api(`/api/bookings/${encodeURIComponent(b.code)}/cancel`, { method: 'POST' }));
      } catch (error) {
        cell.replaceChildren(text('span', error.message, 'error'));
      }
    });
    cell.replaceChildren(text('span', `Отменить бронь ${b.code}? `), yes, no);
  });
  if (b.status !== 'cancelled') cell.append(ask);
  return cell;
}

function bookingRow(b) {
  const guests = `${b.adults} взр.${b.children ? ` + ${b.children} дет.` : ''}`;
  const row = element('tr', { className: b.status }, [
    text('td', b.code, 'code'),
    text('td', roomNames.get(b.room_type) ?? b.room_type),
    text('td', `${dayMonth(b.check_in)} → ${dayMonth(b.check_out)}`),
    text('td', guests),
    text('td', b.guest_name),
    text('td', b.phone),
    text('td', money(b.total_price)),
    text('td', b.status === 'cancelled' ? 'отменена' : 'подтверждена', 'state'),
  ]);
  row.append(cancelControl(b, (cancelled) => row.replaceWith(bookingRow(cancelled))));
  return row;
}

function bookingTable(bookings, summary) {
  // Live bookings first (by check-in, as the API sorts them), cancelled ones after.
  const ordered = [...bookings.filter((b) => b.status !== 'cancelled'), ...bookings.filter((b) => b.status === 'cancelled')];
  const head = element('tr', {}, ['Код', 'Номер', 'Даты', 'Гости', 'Гость', 'Телефон', 'Сумма', 'Статус', ''].map((h) => text('th', h)));
  return [
    text('p', summary, 'muted'),
    ...(ordered.length ? [element('table', { className: 'bookings' }, [element('thead', {}, [head]), element('tbody', {}, ordered.map(bookingRow))])] : []),
  ];
}

async function showPeriod(event) {
  event?.preventDefault();
  const target = $('bookings');
  try {
    await learnRoomNames();
    const bookings = await api(`/api/bookings?from=${$('period-from').value}&to=${$('period-to').value}`);
    const live = bookings.filter((b) => b.status !== 'cancelled').length;
    const cancelled = bookings.length - live;
    const summary = `С ${dayMonth($('period-from').value)} по ${dayMonth($('period-to').value)}: броней ${live}${cancelled ? `, отменённых ${cancelled}` : ''}.`;
    target.replaceChildren(...bookingTable(bookings, summary));
  } catch (error) {
    showError(target, error);
  }
}

async function lookup(event) {
  event.preventDefault();
  const target = $('bookings');
  const value = $('lookup').value.trim();
  const query = /^[A-Za-z0-9]{6}$/.test(value) ? `code=${encodeURIComponent(value.toUpperCase())}` : `phone=${encodeURIComponent(value)}`;
  try {
    await learnRoomNames();
    const bookings = await api(`/api/bookings?${query}`);
    target.replaceChildren(...bookingTable(bookings, bookings.length ? `Найдено: ${bookings.length}.` : 'Ничего не найдено.'));
  } catch (error) {
    showError(target, error);
  }
}

const CHANNELS = { rest: 'чат', twilio_media_streams: 'телефон', shell: 'терминал' };
const channelName = (c) => (c.id.startsWith('console-') ? 'тест из консоли' : (CHANNELS[c.channel] ?? c.channel ?? '—'));

async function showConversations() {
  const target = $('conversations');
  try {
    const { conversations } = await api('/api/conversations?limit=50');
    if (!conversations.length) return target.replaceChildren(text('p', 'Разговоров пока нет.', 'muted'));
    const head = element('tr', {}, ['Последнее событие', 'Канал', 'Реплик', 'Разговор'].map((h) => text('th', h)));
    const rows = conversations.map((c) => {
      const row = element('tr', { className: 'clickable', tabIndex: 0, title: 'Показать переписку' }, [
        text('td', when(c.last_event_at)),
        text('td', channelName(c)),
        text('td', String(c.turns)),
        text('td', c.id, 'code'),
      ]);
      const open = () => showTranscript(c.id, row);
      row.addEventListener('click', open);
      row.addEventListener('keydown', (e) => e.key === 'Enter' && open());
      return row;
    });
    target.replaceChildren(element('table', {}, [element('thead', {}, [head]), element('tbody', {}, rows)]));
  } catch (error) {
    showError(target, error);
  }
}

async function showTranscript(id, row) {
  const target = $('transcript');
  for (const selected of document.querySelectorAll('tr.selected')) selected.classList.remove('selected');
  row?.classList.add('selected');
  try {
    const t = await api(`/api/conversations/${encodeURIComponent(id)}/transcript`);
    const lines = t.messages.map((m) =>
      element('div', { className: `msg ${m.role}` }, [text('span', m.text), text('small', `${when(m.at)}${m.intent ? ` · ${m.intent}` : ''}`, 'meta')]),
    );
    target.replaceChildren(text('h3', `Разговор ${id}`), element('div', { className: 'chat transcript' }, lines));
  } catch (error) {
    showError(target, error);
  }
}

/** crypto.randomUUID exists only on https and localhost; the console may be opened over plain http on the LAN. */
const newSender = () => `console-${Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, '0')).join('')}`;
let sender = newSender();

function say(role, message) {
  const chat = $('chat');
  chat.append(text('div', message, `msg ${role}`));
  chat.scrollTop = chat.scrollHeight;
}

async function chat(event) {
  event.preventDefault();
  const message = $('message').value.trim();
  if (!message) return;
  $('message').value = '';
  say('user', message);
  try {
    const response = await fetch('/webhooks/rest/webhook', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ sender, message }) });
    const replies = await response.json();
    if (!response.ok) say('bot error', replies.message ?? `Ошибка сервера ${response.status}`);
    else for (const reply of replies) if (reply.text) say('bot', reply.text);
  } catch {
    say('bot error', 'Нет связи с сервером.');
  }
  if (token()) void showConversations();
}

/** Loads every panel; the status comes first because it gives the hotel's "today" the date fields start from. */
async function refreshAll() {
  notice(token() ? '' : 'Введите токен API (PORTIER_API_TOKEN), чтобы увидеть состояние, номера, брони и разговоры.');
  await showStatus();
  $('from').value = hotel.today;
  $('period-from').value = hotel.today;
  $('period-to').value = addDays(hotel.today, 30);
  await Promise.all([showAvailability(), showPeriod(), showConversations()]);
}

// /console#token=… signs in from a link: a fragment never reaches the server or its logs, and it is removed from
// the address bar (and history) at once.
const linked = new URLSearchParams(location.hash.slice(1)).get('token');
if (linked) {
  sessionStorage.setItem(TOKEN_KEY, linked);
  history.replaceState(null, '', location.pathname);
}
$('token').value = token();
$('token-form').addEventListener('submit', (event) => {
  event.preventDefault();
  sessionStorage.setItem(TOKEN_KEY, $('token').value.trim());
  void refreshAll();
});
$('logout').addEventListener('click', () => {
  sessionStorage.removeItem(TOKEN_KEY);
  $('token').value = '';
  location.reload();
});
$('availability-form').addEventListener('submit', showAvailability);
$('lookup-form').addEventListener('submit', lookup);
$('period-form').addEventListener('submit', showPeriod);
$('conversations-refresh').addEventListener('click', showConversations);
$('chat-form').addEventListener('submit', chat);
$('chat-reset').addEventListener('click', () => {
  sender = newSender();
  $('chat').replaceChildren();
});
void checkHealth();
void refreshAll();
setInterval(() => {
  void checkHealth();
  if (token()) void showStatus();
}, 15_000);
