// Modal choices for the console (outcome, transfer, a given number); each answers a key press as well as a click.
import { h } from '/common/dom.js';
import { t } from '/common/words.js';

const back = () => document.getElementById('dialog');

/** Opens a dialog around the content; resolves with what it settles with, or null on Esc or Cancel. */
function open(title, build, focus = 'button, input') {
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
    el.querySelector(focus)?.focus();
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

/** The shape of a dossier code (mã hồ sơ), as the server checks it: agency code - yymmdd - number. */
const DOSSIER = /^[0-9A-Z]+(\.[0-9A-Z]+)*-\d{6}-\d{4,6}$/;

/**
 * Completing a ticket: the outcome by click or number key, an optional dossier code above the choices, and
 * for "could not file" the reason chips first. {@code submit({outcome, dossierCode, reasons})} posts it; a
 * refusal (a bad or already given code) is shown here and the dialog stays, so nothing is lost.
 */
export function completeDialog(outcomes, reasons, submit) {
  return open(t('staff.outcome.title'), settle => {
    const problem = h('p.message', { role: 'alert', id: 'complete-problem' });
    const code = h('input', { id: 'dossier-code', type: 'text', autocomplete: 'off', spellcheck: 'false',
      maxlength: '40', placeholder: '000.00.23.H56-250815-0012', 'aria-describedby': 'dossier-hint' });
    const picked = new Set();
    const body = h('div.complete');
    async function send(outcome) {
      const dossierCode = code.value.trim().toUpperCase();
      if (dossierCode && !DOSSIER.test(dossierCode)) {
        problem.textContent = t('staff.dossier.bad');
        code.focus();
        return;
      }
      problem.textContent = '';
      try {
        settle(await submit({ outcome, dossierCode: dossierCode || undefined,
          reasons: outcome === 'NOT_FILED' ? [...picked] : undefined }));
      } catch (e) {
        if (e.status === 401) { settle(Promise.reject(e)); return; }
        problem.textContent = e.message || t('staff.dossier.failed');
      }
    }
    function chips() {
      body.replaceChildren(h('p', {}, t('staff.desk.reasons')),
        h('div.chips', {}, reasons.map(r => h('button.chip', {
          type: 'button', dataset: { reason: r }, 'aria-pressed': 'false',
          onclick: e => {
            if (picked.has(r)) picked.delete(r); else picked.add(r);
            e.currentTarget.setAttribute('aria-pressed', String(picked.has(r)));
          },
        }, t('staff.desk.reason.' + r)))),
        h('button.primary', { type: 'button', id: 'not-filed-send', onclick: () => send('NOT_FILED') },
          t('staff.desk.reasons_send')),
        problem);
      body.querySelector('button')?.focus();
    }
    const choose = o => (o === 'NOT_FILED' ? chips() : send(o));
    body.append(
      h('label.field.dossier', { for: 'dossier-code' }, h('span', {}, t('staff.dossier.label')), code),
      h('p.hint', { id: 'dossier-hint' }, t('staff.dossier.hint')),
      h('div.choices', {}, outcomes.map((o, i) => h('button.choice', {
        type: 'button', dataset: { value: o }, onclick: () => choose(o),
      }, h('kbd', {}, String(i + 1)), ' ', t('staff.outcome.' + o)))),
      problem);
    return {
      body,
      keys: e => {
        if (e.target === code) {
          if (e.key === 'Enter') { e.preventDefault(); body.querySelector('button.choice')?.focus(); return true; }
          return false;
        }
        const n = Number(e.key);
        if (body.querySelector('.choices') && Number.isInteger(n) && n >= 1 && n <= outcomes.length
            && !e.ctrlKey && !e.altKey) {
          choose(outcomes[n - 1]);
          return true;
        }
        return false;
      },
    };
  }, 'button.choice');
}
