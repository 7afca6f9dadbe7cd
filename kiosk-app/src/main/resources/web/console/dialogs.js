// Modal choices for the console (outcome, transfer, a given number); each answers a key press as well as a click.
import { h } from '/kiosk/dom.js';
import { t } from '/kiosk/words.js';

const back = () => document.getElementById('dialog');

/** Opens a dialog around the content; resolves with what it settles with, or null on Esc or Cancel. */
function open(title, build) {
  return new Promise(resolve => {
    const el = back();
    let done = false;
    const settle = value => {
      if (done) return;
      done = true;
      document.removeEventListener('keydown', onKey, true);
      el.hidden = true;
      el.replaceChildren();
      resolve(value);
    };
    const { body, keys } = build(settle);
    const onKey = e => {
      if (e.key === 'Escape') { e.preventDefault(); settle(null); return; }
      if (keys && keys(e)) e.preventDefault();
      e.stopPropagation();
    };
    el.replaceChildren(h('div.dialog', { role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'dialog-title' },
      h('h2', { id: 'dialog-title' }, title), body,
      h('button.cancel', { type: 'button', onclick: () => settle(null) }, t('staff.cancel'))));
    el.hidden = false;
    document.addEventListener('keydown', onKey, true);
    el.querySelector('button, input')?.focus();
  });
}

/** A numbered list of choices: click one, or press its number. */
export function choose(title, options) {
  return open(title, settle => ({
    body: h('div.choices', {}, options.map((o, i) => h('button.choice', {
      type: 'button', dataset: { value: o.value }, onclick: () => settle(o.value),
    }, h('kbd', {}, String(i + 1)), ' ', o.label))),
    keys: e => {
      const n = Number(e.key);
      if (Number.isInteger(n) && n >= 1 && n <= options.length && !e.ctrlKey && !e.altKey) {
        settle(options[n - 1].value);
        return true;
      }
      return false;
    },
  }));
}

/** Asks for a waiting number, typed or picked; resolves with its ticket. */
export function askNumber(waiting) {
  return open(t('staff.call.title'), settle => {
    const message = h('p.message', { role: 'alert' });
    const input = h('input', { id: 'call-number', type: 'text', autocomplete: 'off', spellcheck: 'false' });
    const form = h('form.ask', { novalidate: true },
      h('label.field', { for: 'call-number' }, h('span', {}, t('staff.call.number')), input),
      message,
      h('button.primary', { type: 'submit' }, t('staff.call.submit')));
    form.addEventListener('submit', e => {
      e.preventDefault();
      const number = input.value.trim().toUpperCase();
      const ticket = waiting.find(w => w.number === number);
      if (ticket) settle(ticket);
      else message.textContent = t('staff.call.unknown', { number: number || '…' });
    });
    const list = h('div.numbers', {}, waiting.slice(0, 40).map(w =>
      h('button.pick', { type: 'button', onclick: () => settle(w) }, w.number)));
    return { body: h('div', {}, form, list) };
  });
}
