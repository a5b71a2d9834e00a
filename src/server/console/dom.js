// Building the page from data with DOM calls only: text always goes in as text (a guest named "<b>" stays
// "<b>"), and no inline script or style is ever written, so a strict Content-Security-Policy holds.
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
    h('thead', {}, h('tr', {}, headers.map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, rows),
  );
}

/** A labelled form control: the label wraps the control, so every input has an accessible name. */
export function field(label, control, hint) {
  return h('label', { class: 'field' }, h('span', {}, label), control, hint ? h('small', { class: 'muted' }, hint) : null);
}

export function empty(text) {
  return h('p', { class: 'muted' }, text);
}
