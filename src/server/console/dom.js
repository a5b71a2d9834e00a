// Building the page from data with DOM calls only: text always goes in as text (a guest named "<b>" stays
// "<b>"), and no inline script or style is ever written, so a strict Content-Security-Policy holds.
import { phone } from './format.js';

const SVG = 'http://www.w3.org/2000/svg';

function fill(node, attrs, children) {
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'text') node.textContent = String(value);
    else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** An HTML element: h('td', {class: 'code'}, booking.code). */
export const h = (tag, attrs, ...children) => fill(document.createElement(tag), attrs, children);
/** An SVG element, for charts. */
export const s = (tag, attrs, ...children) => fill(document.createElementNS(SVG, tag), attrs, children);

export function table(caption, headers, rows, attrs = {}) {
  return h(
    'table',
    attrs,
    caption ? h('caption', { class: 'sr-only' }, caption) : null,
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        headers.map((t) => h('th', { scope: 'col' }, t)),
      ),
    ),
    h('tbody', {}, rows),
  );
}

let hints = 0;
/**
 * A labelled form control: the label wraps the control, so every input has an accessible name. A hint stands
 * outside the label and describes the control (aria-describedby), so it is read after the name, not as part of it.
 */
export function field(label, control, hint) {
  const labelled = h('label', { class: 'field' }, h('span', {}, label), control);
  if (!hint) return labelled;
  const id = `hint-${++hints}`;
  control.setAttribute('aria-describedby', id);
  return h('div', { class: 'field' }, labelled, h('small', { class: 'muted', id }, hint));
}

export function empty(text) {
  return h('p', { class: 'muted' }, text);
}

/**
 * A modal form: `onSubmit(formData)` runs on submit; its error is shown in the dialog, success closes it. The
 * dialog is removed from the page when closed.
 */
export function dialog(title, body, onSubmit, submitLabel) {
  const error = h('p', { class: 'error', role: 'alert' });
  const box = h('dialog', { 'aria-labelledby': 'dialog-title' });
  const close = () => {
    box.close();
    box.remove();
  };
  const form = h(
    'form',
    {
      onsubmit: async (event) => {
        event.preventDefault();
        const button = form.querySelector('button[type=submit]');
        button.disabled = true;
        error.textContent = '';
        try {
          await onSubmit(new FormData(form));
          close();
        } catch (e) {
          error.textContent = e.message;
        } finally {
          button.disabled = false;
        }
      },
    },
    h('h2', { id: 'dialog-title' }, title),
    body,
    error,
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, submitLabel), h('button', { type: 'button', class: 'quiet', onclick: close }, 'Закрыть')),
  );
  box.append(form);
  box.addEventListener('close', () => box.remove());
  document.body.append(box);
  box.showModal();
  return box;
}

/**
 * How to reach a booking's guest: the phone and the e-mail, whichever exist (a guest may leave either), each on
 * its own line; «—» when neither. The server has masked them already if the role may not see them.
 */
export function contact(booking) {
  const lines = [
    booking.phone ? h('span', { class: 'nowrap' }, phone(booking.phone)) : null,
    booking.email ? h('a', { href: `mailto:${booking.email}`, class: 'email' }, booking.email) : null,
  ].filter(Boolean);
  return lines.length ? h('span', { class: 'contact' }, lines) : '—';
}

/**
 * The guest's wishes for the room («две раздельные кровати», «номер для гостя на коляске»), which whoever prepares
 * the room must see; nothing when there are none.
 */
export function wishes(booking) {
  const list = booking.special_requests ?? [];
  return list.length ? h('small', { class: 'wishes' }, h('strong', {}, 'Пожелания: '), list.join(', ')) : null;
}

/** A textarea of wishes, one per line, and back: how the forms edit a booking's special_requests. */
export function wishesInput(list = []) {
  return h('textarea', { name: 'special_requests', rows: '2', placeholder: 'две раздельные кровати', autocomplete: 'off' }, list.join('\n'));
}

export const wishesOf = (data) =>
  String(data.get('special_requests') ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
