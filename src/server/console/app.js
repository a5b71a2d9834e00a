// The console's shell: sign-in, the session's CSRF token, the API helper and the hash router between pages.
import { field, h } from './dom.js';
import { ROLES } from './format.js';

const $ = (id) => document.getElementById(id);
const session = { user: null, csrf: '', hotel: null };
export const hotel = () => session.hotel;
export const user = () => session.user;

export class ApiError extends Error {}

/** JSON to and from /console/api; any change carries the CSRF token; 401 brings the sign-in form back. */
export async function api(path, { method = 'GET', body } = {}) {
  const headers = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') headers['x-csrf-token'] = session.csrf;
  const response = await fetch(`/console/api/${path}`, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = await response.json().catch(() => ({}));
  if (response.status === 401 && path !== 'login') {
    signedOut();
    throw new ApiError('Войдите снова: сеанс закончился.');
  }
  if (!response.ok) throw new ApiError(data.error ?? `Ошибка сервера (${response.status})`);
  return data;
}

export function flash(message) {
  $('flash').textContent = message;
  $('flash').hidden = !message;
}

function signedIn(data) {
  session.user = data.user;
  session.csrf = data.csrf;
  $('user-name').textContent = data.user.display_name;
  $('user-role').textContent = ROLES[data.user.role] ?? data.user.role;
  // The staff page is offered only to those who may manage staff; its routes refuse everyone else anyway.
  document.querySelector('#nav a[data-page=users]').hidden = !data.user.may?.manageUsers;
  $('nav').hidden = false;
  $('account').hidden = false;
}

function signedOut() {
  session.user = null;
  session.csrf = '';
  $('nav').hidden = true;
  $('account').hidden = true;
  showLogin();
}

function showLogin(error = '') {
  stopPage();
  const login = h('input', { id: 'login', name: 'username', autocomplete: 'username', required: true, autocapitalize: 'none' });
  const password = h('input', { id: 'password', name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const message = h('p', { class: 'error', role: 'alert' }, error);
  const form = h(
    'form',
    {
      class: 'card login',
      onsubmit: async (event) => {
        event.preventDefault();
        message.textContent = '';
        try {
          signedIn(await api('login', { method: 'POST', body: { username: login.value, password: password.value } }));
          await loadHotel().catch(() => {});
          route();
        } catch (e) {
          message.textContent = e.message === 'wrong login or password' ? 'Неверный логин или пароль.' : e.message;
          password.value = '';
          password.focus();
        }
      },
    },
    h('h1', {}, 'Вход для сотрудников'),
    field('Логин', login),
    field('Пароль', password),
    h('button', { type: 'submit' }, 'Войти'),
    message,
    h('p', { class: 'muted' }, 'Учётную запись выдаёт администратор: на странице «Сотрудники» или командой portier users add <логин>.'),
  );
  $('view').replaceChildren(form);
  login.focus();
}

// Pages are loaded on first use; each exports show(view, params) and may return a stop() for its timers.
const PAGES = { today: './today.js', bookings: './bookings.js', conversations: './conversations.js', stats: './stats.js', users: './users.js' };
let stop = null;
function stopPage() {
  if (stop) stop();
  stop = null;
}

async function route() {
  if (!session.user) return showLogin();
  const [page = 'today', ...rest] = location.hash.replace(/^#\/?/, '').split('/');
  const [name, query = ''] = page.split('?');
  const key = PAGES[name] ? name : 'today';
  for (const link of document.querySelectorAll('#nav a')) {
    if (link.dataset.page === key) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  stopPage();
  flash('');
  const view = $('view');
  try {
    const module = await import(PAGES[key]);
    stop = (await module.show(view, { rest: rest.map(decodeURIComponent), query: new URLSearchParams(query) })) ?? null;
  } catch (e) {
    view.replaceChildren(h('p', { class: 'error', role: 'alert' }, e.message));
  }
}

async function start() {
  $('logout').addEventListener('click', async () => {
    await api('logout', { method: 'POST' }).catch(() => {});
    signedOut();
  });
  window.addEventListener('hashchange', route);
  try {
    const current = await fetch('/console/api/session', { credentials: 'same-origin' });
    if (current.ok) signedIn(await current.json());
  } catch {
    // offline or server down: the sign-in form says so on submit
  }
  if (session.user) await loadHotel().catch(() => {});
  route();
}

export async function loadHotel() {
  session.hotel ??= await api('room-types');
  $('hotel-name').textContent = session.hotel.hotel_name ?? '';
  return session.hotel;
}

start();
