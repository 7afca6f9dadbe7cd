// The rating panel: three faces (Decision 766's levels), reason chips for "Không hài lòng", then thanks.

import { h } from '/common/dom.js';
import { t } from '/common/words.js';
import { screenShown } from '/common/settle.js';

const LEVELS = ['RAT_HAI_LONG', 'HAI_LONG', 'KHONG_HAI_LONG'];
const MOUTHS = {
  RAT_HAI_LONG: 'M14 27 Q24 37 34 27',
  HAI_LONG: 'M15 29 Q24 33 33 29',
  KHONG_HAI_LONG: 'M15 33 Q24 25 33 33',
};
const COLOURS = { RAT_HAI_LONG: '#1c6b34', HAI_LONG: '#0b4f9c', KHONG_HAI_LONG: '#a3001b' };

function face(level) {
  const c = COLOURS[level];
  return `<svg viewBox="0 0 48 48" aria-hidden="true"><circle cx="24" cy="24" r="21" fill="none" stroke="${c}" stroke-width="3"/>`
    + `<circle cx="17" cy="19" r="2.6" fill="${c}"/><circle cx="31" cy="19" r="2.6" fill="${c}"/>`
    + `<path d="${MOUTHS[level]}" fill="none" stroke="${c}" stroke-width="3" stroke-linecap="round"/></svg>`;
}

let styled = false;
function ensureStyle() {
  if (styled) return;
  styled = true;
  document.head.append(h('link', { rel: 'stylesheet', href: '/rate/rating.css' }));
}

/**
 * A panel that asks once. {@code send(rating, reasons)} posts the rating and throws on failure; the panel
 * then shows thanks, or the problem with the chance to try again. {@code onDone} runs after thanks.
 */
export function ratingPanel({ reasons, send, onDone }) {
  ensureStyle();
  const panel = h('section.rating', { 'aria-labelledby': 'rating-q' });
  let chosen = null;
  const picked = new Set();
  const problem = h('p.problem', { role: 'alert', hidden: true });

  async function submit() {
    problem.hidden = true;
    try {
      await send(chosen, [...picked]);
    } catch (e) {
      problem.textContent = e.status === 409 && e.message ? e.message : t('rate.failed');
      problem.hidden = false;
      return;
    }
    panel.replaceChildren(h('p.done', { role: 'status' }, t('rate.thanks')));
    screenShown();
    if (onDone) onDone();
  }

  function draw() {
    const levels = h('div.levels', {}, LEVELS.map(level => h('button.level.' + level, {
      type: 'button', dataset: { level }, 'aria-pressed': String(chosen === level),
      onclick: () => {
        chosen = level;
        if (level === 'KHONG_HAI_LONG') draw();
        else submit();
      },
    }, h('span', { html: face(level) }), t('rate.' + level))));
    const parts = [h('h2', { id: 'rating-q' }, t('rate.question')), levels];
    if (chosen === 'KHONG_HAI_LONG') {
      parts.push(h('div.reasons', {},
        h('p', {}, t('rate.reasons')),
        h('div.chips', {}, reasons.map(r => h('button.chip', {
          type: 'button', dataset: { reason: r }, 'aria-pressed': String(picked.has(r)),
          onclick: e => {
            if (picked.has(r)) picked.delete(r); else picked.add(r);
            e.currentTarget.setAttribute('aria-pressed', String(picked.has(r)));
          },
        }, t('rate.reason.' + r)))),
        h('button.send', { type: 'button', onclick: submit }, t('rate.send'))));
    }
    parts.push(problem);
    panel.replaceChildren(...parts);
  }

  draw();
  return panel;
}

/** The line for a ticket rated before: "Bạn đã đánh giá: Hài lòng." */
export function givenLine(rating) {
  ensureStyle();
  return h('p.done.given', { role: 'status' }, t('rate.given', { rating: t('rate.' + rating) }));
}

/**
 * Where to take a complaint further: the national feedback and complaint page (phản ánh, kiến nghị), as a QR for
 * the tablet and the kiosk, as a link on the citizen's own phone; nothing when the centre set no page.
 */
export function complaintNote(url, { link = false } = {}) {
  if (!url) return null;
  ensureStyle();
  return link
    ? h('p.complaint.link', {}, t('rate.complaint_link_intro') + ' ',
      h('a', { href: url, rel: 'noopener', target: '_blank' }, t('rate.complaint_link')))
    : h('figure.complaint', {},
      h('img', { src: '/api/v1/feedback/complaint-qr.svg', alt: t('rate.complaint_qr_alt') }),
      h('figcaption', {}, t('rate.complaint_qr')));
}
