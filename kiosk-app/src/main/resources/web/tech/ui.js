// Small building blocks shared by the technician page's sections: sections, fields, notes and error display.
import { h as make } from '/common/dom.js';
import { t } from '/common/words.js';
import { num } from '/common/numbers.js';
import { timeOfDay, dateTime } from '/common/clock.js';

/** The kiosk page's element builder, with an id allowed in the tag as well: h('input#user.wide', {...}). */
export function h(spec, attrs, ...children) {
  const id = (spec.match(/#([\w-]+)/) || [])[1];
  return make(spec.replace(/#[\w-]+/, ''), id ? { id, ...attrs } : attrs, ...children);
}

export function section(titleKey, ...children) {
  return h('section.card', {}, h('h2', {}, t(titleKey)), ...children);
}

/** A labelled input; the label is tied to it for screen readers and tests. */
export function field(id, labelKey, value, attrs = {}) {
  const input = h('input', { id, name: id, value: value ?? '', ...attrs });
  if (attrs.type === 'checkbox') {
    input.checked = !!value;
    return h('label.check', { for: id }, input, ' ', t(labelKey));
  }
  return h('label.field', { for: id }, h('span', {}, t(labelKey)), input);
}

export function note(text, bad = false) {
  const n = document.getElementById('note');
  n.textContent = text;
  n.className = 'note' + (bad ? ' bad' : '');
  n.hidden = false;
  clearTimeout(note.timer);
  note.timer = setTimeout(() => { n.hidden = true; }, 8000);
}

/** Shows a failure: its message and, for a refused set-up or file, every problem the server listed. */
export function failure(box, e) {
  document.getElementById('note').hidden = true;
  box.replaceChildren();
  if (e.status === 0) { box.append(t('tech.offline')); return; }
  box.append(h('p', {}, t('tech.error', { message: e.message })));
  if (e.problems.length) box.append(h('p', {}, t('tech.problems')), h('ul', {}, e.problems.map(p => h('li', {}, p))));
  box.scrollIntoView({ block: 'nearest' });
}

export function button(labelKey, action, attrs = {}) {
  const b = h('button', { type: 'button', ...attrs }, t(labelKey));
  b.addEventListener('click', async () => {
    if (b.disabled) return;
    b.disabled = true;
    try { await action(b); } finally { b.disabled = false; }
  });
  return b;
}

/** Reads a file the technician chose as text or bytes. */
export function pickFile(accept, asBytes) {
  return new Promise(resolve => {
    const input = h('input', { type: 'file', accept, hidden: true });
    input.addEventListener('change', async () => {
      const f = input.files[0];
      input.remove();
      resolve(f ? (asBytes ? await f.arrayBuffer() : await f.text()) : null);
    });
    document.body.append(input);
    input.click();
  });
}

export function bytes(n) {
  if (!n) return '—';
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let i = 0;
  while (n >= 1024 && i < units.length - 1) { n /= 1024; i++; }
  return num(n, i ? 1 : 0) + ' ' + units[i];
}

/** A date and time as people of the page's language write it, in the centre's zone (22:46:11 22/11/2026). */
export function when(iso, timeOnly = false) {
  return timeOnly ? timeOfDay(iso) : dateTime(iso);
}
