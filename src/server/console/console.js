// The hotel staff's console: free rooms per night, booking lookup and cancellation (the /api routes, with the
// bearer token kept in this tab only), and a chat with the assistant through the REST channel.
const $ = (id) => document.getElementById(id);
const TOKEN_KEY = 'portier.apiToken';

function token() {
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

async function api(path, init = {}) {
  const response = await fetch(path, { ...init, headers: { ...(init.headers ?? {}), authorization: `Bearer ${token()}` } });
  const body = await response.json().catch(() => ({}));
  if (response.status === 401) throw new Error('Нужен верный токен API (PORTIER_API_TOKEN).');
  if (!response.ok) throw new Error(body.error ?? `Ошибка ${response.status}`);
  return body;
}

function element(tag, props = {}, children = []) {
  const node = Object.assign(document.createElement(tag), props);
  for (const child of children) node.append(child);
  return node;
}

function showError(target, error) {
  target.replaceChildren(element('p', { className: 'error', textContent: error.message }));
}

function isoDay(date) {
  return date.toISOString().slice(0, 10);
}

function addDays(iso, n) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return isoDay(d);
}

const money = (n) => `${n.toLocaleString('ru-RU')} ₽`;
/** Room type code → the hotel's name for it, learnt from the availability answers. */
const roomNames = new Map();

async function learnRoomNames() {
  if (roomNames.size > 0) return;
  const day = isoDay(new Date());
  for (const room of await api(`/api/availability?check_in=${day}&check_out=${addDays(day, 1)}`)) roomNames.set(room.room_type, room.name);
}

async function checkHealth() {
  const badge = $('health');
  try {
    const response = await fetch('/health');
    const body = await response.json();
    badge.textContent = body.ready ? 'работает' : 'не готов';
    badge.className = `badge ${body.ready ? 'ok' : 'bad'}`;
  } catch {
    badge.textContent = 'нет связи';
    badge.className = 'badge bad';
  }
}

/** One request per night: the availability of each room type for that night and its price. */
async function showAvailability(event) {
  event?.preventDefault();
  const target = $('availability');
  const from = $('from').value;
  const nights = Math.min(30, Math.max(1, Number($('nights').value) || 14));
  try {
    const days = Array.from({ length: nights }, (_, i) => addDays(from, i));
    const perNight = await Promise.all(days.map((day) => api(`/api/availability?check_in=${day}&check_out=${addDays(day, 1)}`)));
    const rooms = perNight[0] ?? [];
    for (const room of rooms) roomNames.set(room.room_type, room.name);
    const header = element('tr', {}, [element('th', { textContent: 'Номер' }), ...days.map((d) => element('th', { textContent: d.slice(5).split('-').reverse().join('.') }))]);
    const rows = rooms.map((room, r) =>
      element('tr', {}, [
        element('td', { textContent: room.name }),
        ...perNight.map((night) => {
          const cell = night[r];
          const free = cell?.available ?? 0;
          return element('td', { className: free === 0 ? 'full' : free <= 2 ? 'few' : '', textContent: `${free} · ${money(cell?.total_price ?? 0)}`, title: `свободно: ${free}` });
        }),
      ]),
    );
    target.replaceChildren(element('table', {}, [element('thead', {}, [header]), element('tbody', {}, rows)]));
  } catch (error) {
    showError(target, error);
  }
}

function bookingCard(b) {
  const card = element('div', { className: `card ${b.status}` });
  const guests = `${b.adults} взр.${b.children ? ` + ${b.children} дет.` : ''}`;
  card.append(
    element('strong', { textContent: `${b.code} — «${roomNames.get(b.room_type) ?? b.room_type}», ${b.check_in} → ${b.check_out}` }),
    element('div', { textContent: `${b.guest_name}, ${b.phone}, ${guests}, ${money(b.total_price)}` }),
    element('div', { textContent: b.status === 'cancelled' ? 'отменена' : 'подтверждена' }),
  );
  if (b.status !== 'cancelled') {
    const cancel = element('button', { type: 'button', className: 'danger', textContent: 'Отменить' });
    cancel.addEventListener('click', async () => {
      if (!confirm(`Отменить бронь ${b.code} на имя ${b.guest_name}?`)) return;
      try {
        card.replaceWith(bookingCard(await api(`/api/bookings/${encodeURIComponent(b.code)}/cancel`, { method: 'POST' })));
      } catch (error) {
        showError(card, error);
      }
    });
    card.append(cancel);
  }
  return card;
}

async function lookup(event) {
  event.preventDefault();
  const target = $('bookings');
  const value = $('lookup').value.trim();
  const query = /^[A-Za-z0-9]{6}$/.test(value) ? `code=${encodeURIComponent(value.toUpperCase())}` : `phone=${encodeURIComponent(value)}`;
  try {
    await learnRoomNames();
    const bookings = await api(`/api/bookings?${query}`);
    target.replaceChildren(...(bookings.length ? bookings.map(bookingCard) : [element('p', { textContent: 'Ничего не найдено.' })]));
  } catch (error) {
    showError(target, error);
  }
}

/** Everyone with a night in the period: who arrives, who stays, by check-in. */
async function period(event) {
  event.preventDefault();
  const target = $('bookings');
  try {
    await learnRoomNames();
    const bookings = await api(`/api/bookings?from=${$('period-from').value}&to=${$('period-to').value}`);
    const live = bookings.filter((b) => b.status !== 'cancelled');
    target.replaceChildren(
      element('p', { textContent: `Броней: ${live.length}${bookings.length > live.length ? ` (и отменённых: ${bookings.length - live.length})` : ''}` }),
      ...bookings.map(bookingCard),
    );
  } catch (error) {
    showError(target, error);
  }
}

let sender = `console-${crypto.randomUUID()}`;

function say(role, text) {
  const chat = $('chat');
  chat.append(element('div', { className: `msg ${role}`, textContent: text }));
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
    for (const reply of replies) if (reply.text) say('bot', reply.text);
  } catch {
    say('bot', 'Нет связи с сервером.');
  }
}

$('token').value = token();
$('token-form').addEventListener('submit', (event) => {
  event.preventDefault();
  sessionStorage.setItem(TOKEN_KEY, $('token').value.trim());
  void showAvailability();
});
$('availability-form').addEventListener('submit', showAvailability);
$('lookup-form').addEventListener('submit', lookup);
$('period-form').addEventListener('submit', period);
$('chat-form').addEventListener('submit', chat);
$('chat-reset').addEventListener('click', () => {
  sender = `console-${crypto.randomUUID()}`;
  $('chat').replaceChildren();
});
$('from').value = isoDay(new Date());
$('period-from').value = isoDay(new Date());
$('period-to').value = addDays(isoDay(new Date()), 7);
void checkHealth();
if (token()) void showAvailability();
