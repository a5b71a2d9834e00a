// «Сотрудники» (administrators only): who may sign in to the console, a new account with its role, a new password
// for someone who forgot theirs, and disabling an account (its open sessions end at their next request).
import { api, flash, loadHotel, user } from './app.js';
import { dialog, field, h, table } from './dom.js';
import { ROLES } from './format.js';

const PASSWORD_HINT = 'Не короче 10 символов. Сообщите его сотруднику лично.';
const passwordInput = () => h('input', { name: 'password', type: 'password', required: true, minlength: '10', autocomplete: 'new-password' });
/** «6 дек. 2026 г.», the hotel's day (not the browser's). */
const createdOn = (iso, timeZone) => new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'short', year: 'numeric', timeZone }).format(new Date(iso));

function addUser(done) {
  const body = h(
    'div',
    { class: 'form-grid' },
    field(
      'Логин',
      h('input', { name: 'username', required: true, autocomplete: 'off', autocapitalize: 'none', pattern: '[A-Za-z0-9._\\-]{2,40}' }),
      'Латиница, цифры, точка, дефис.',
    ),
    field('Имя и фамилия', h('input', { name: 'display_name', autocomplete: 'off' })),
    field(
      'Роль',
      h(
        'select',
        { name: 'role', required: true },
        Object.entries(ROLES).map(([value, label]) => h('option', { value, selected: value === 'reception' }, label)),
      ),
    ),
    field('Пароль', passwordInput(), PASSWORD_HINT),
  );
  dialog(
    'Новый сотрудник',
    body,
    async (data) => {
      const { user: added } = await api('users', {
        method: 'POST',
        body: { username: data.get('username'), display_name: data.get('display_name'), role: data.get('role'), password: data.get('password') },
      });
      flash(`Сотрудник ${added.display_name} (${added.username}) добавлен: ${ROLES[added.role]}.`);
      done();
    },
    'Добавить',
  );
}

function setPassword(u, done) {
  dialog(
    `Новый пароль: ${u.display_name} (${u.username})`,
    field('Новый пароль', passwordInput(), PASSWORD_HINT),
    async (data) => {
      await api(`users/${encodeURIComponent(u.username)}/password`, { method: 'POST', body: { password: data.get('password') } });
      flash(`Пароль сотрудника ${u.username} изменён.`);
      done();
    },
    'Сохранить пароль',
  );
}

async function setDisabled(u, disabled, done) {
  try {
    await api(`users/${encodeURIComponent(u.username)}/disabled`, { method: 'POST', body: { disabled } });
    flash(disabled ? `Учётная запись ${u.username} отключена: войти с ней больше нельзя.` : `Учётная запись ${u.username} снова действует.`);
    done();
  } catch (e) {
    flash(e.message);
  }
}

function rows(users, timeZone, refresh) {
  return users.map((u) => {
    const name = h('span', { class: 'sr-only' }, ` ${u.username}`);
    return h(
      'tr',
      { class: u.disabled ? 'cancelled' : '' },
      h('td', { class: 'code' }, u.username),
      h('td', {}, u.display_name, u.me ? h('span', { class: 'muted' }, ' (это вы)') : null),
      h('td', {}, ROLES[u.role] ?? u.role),
      h('td', {}, u.disabled ? 'отключена' : 'действует'),
      h('td', { class: 'nowrap' }, createdOn(u.created_at, timeZone)),
      h(
        'td',
        { class: 'actions' },
        h('button', { type: 'button', class: 'small', onclick: () => setPassword(u, refresh) }, 'Сменить пароль', name.cloneNode(true)),
        u.me
          ? null
          : u.disabled
            ? h('button', { type: 'button', class: 'small quiet', onclick: () => setDisabled(u, false, refresh) }, 'Включить', name.cloneNode(true))
            : h('button', { type: 'button', class: 'small danger', onclick: () => setDisabled(u, true, refresh) }, 'Отключить', name),
      ),
    );
  });
}

export async function show(view) {
  view.replaceChildren(h('h1', {}, 'Сотрудники'));
  if (!user()?.may?.manageUsers) {
    view.append(h('p', { class: 'error', role: 'alert' }, 'Сотрудников ведёт администратор.'));
    return;
  }
  const { timezone } = await loadHotel();
  const list = h('div', { class: 'scroll' });
  const load = async () => {
    const { users } = await api('users');
    list.replaceChildren(
      table('Сотрудники', ['Логин', 'Имя', 'Роль', 'Учётная запись', 'Создана', 'Действия'], rows(users, timezone, refresh), { class: 'users' }),
    );
  };
  const refresh = () => load().catch((e) => flash(e.message));
  view.append(
    h(
      'div',
      { class: 'toolbar' },
      h('p', { class: 'muted' }, 'Администратор видит всё и ведёт сотрудников; ресепшен видит номера звонивших скрытыми.'),
      h('button', { type: 'button', onclick: () => addUser(refresh) }, 'Новый сотрудник'),
    ),
    list,
  );
  await load();
}
