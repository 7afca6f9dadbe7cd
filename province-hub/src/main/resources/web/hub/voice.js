// The admin's voice tab: upload a voice clip pack (checked as the kiosks check it), see each one, publish one.

import { h } from '/hub/dom.js';
import * as f from '/hub/format.js';

/** The last upload's refusal, kept so a redraw shows it again. */
let refused = null;
let done = null;

/** A pack's size in kilobytes: a call-out set is about a megabyte, so MB would read as 0 or 1. */
const kb = n => f.decimal(n / 1024) + ' KB';

/**
 * @param ui {t, api, csrf, lang} the page's words, its JSON calls, the session's CSRF token and language
 */
export async function voiceView(panel, ui) {
  const { t } = ui;
  const packs = await ui.api('GET', '/api/v1/voice/packs');
  const inForce = packs.find(p => p.publishedAt);
  const file = h('input', { id: 'pack-file', type: 'file', accept: '.zip,application/zip', required: true });
  const problem = h('p.problem', { role: 'alert', hidden: true });
  const form = h('form.controls.upload', {},
    h('label', { for: 'pack-file' }, t('voice.choose'), file),
    h('button.primary.upload-pack', { type: 'submit' }, t('voice.upload')));
  form.addEventListener('submit', async e => {
    e.preventDefault();
    if (!file.files.length) return;
    try {
      const res = await fetch('/api/v1/voice/packs', {
        method: 'POST', body: await file.files[0].arrayBuffer(),
        headers: { Accept: 'application/json', 'Accept-Language': ui.lang(), 'Content-Type': 'application/zip',
          'X-CSRF-Token': ui.csrf() },
      });
      const data = await res.json().catch(() => ({}));
      if (res.status === 422) {
        refused = data;
        done = null;
      } else if (res.status !== 201) {
        throw new Error(data.message || res.status);
      } else {
        refused = null;
        done = { uploaded: data.version };
      }
      voiceView(panel, ui);
    } catch (err) {
      problem.textContent = err.message;
      problem.hidden = false;
    }
  });
  const rows = packs.map(p => h('tr', { 'data-version': p.version, class: p === inForce ? 'in-force' : null },
    h('td', {}, f.integer(p.version)), h('td.text', {}, p.language), h('td', {}, f.integer(p.clips)),
    h('td', {}, kb(p.bytes)), h('td.text.sha', { title: p.sha256 }, p.sha256.slice(0, 12) + '…'),
    h('td.text', {}, f.dateTime(p.uploadedAt) + ' · ' + p.uploadedBy),
    h('td.text', {}, p.publishedAt ? f.dateTime(p.publishedAt) + ' · ' + p.publishedBy
      : publishButton(p, panel, ui, problem))));
  panel.replaceChildren(h('div.card.voice', {}, h('h2', {}, t('voice.title')),
    h('p.in-force', {}, inForce ? t('voice.in_force', { v: f.integer(inForce.version), n: f.integer(inForce.clips),
      lang: inForce.language, at: f.dateTime(inForce.publishedAt) }) : t('voice.in_force_shipped')),
    h('ol.steps', {}, h('li', {}, t('voice.step_make')), h('li', {}, t('voice.step_upload')),
      h('li', {}, t('voice.step_publish'))),
    form, problem,
    done && done.uploaded ? h('p.done', { role: 'status' }, t('voice.uploaded', { v: f.integer(done.uploaded) })) : null,
    done && done.published ? h('p.done', { role: 'status' }, t('voice.published', { v: f.integer(done.published) }))
      : null,
    refused ? h('div.refusal', {}, h('p.problem', {}, refused.message),
      h('ul.problems', {}, (refused.problems || []).map(p => h('li', {}, p)))) : null,
    packs.length ? h('div.scroll', {}, h('table.packs', {},
      h('thead', {}, h('tr', {}, ['version', 'language', 'clips', 'size', 'sha', 'uploaded', 'published'].map(c =>
        h('th', { scope: 'col', class: ['language', 'sha', 'uploaded', 'published'].includes(c) ? 'text' : null },
          t('voice.col.' + c))))),
      h('tbody', {}, rows))) : h('p.note', {}, t('voice.none'))));
}

function publishButton(p, panel, ui, problem) {
  const b = h('button.primary.publish', {
    type: 'button', 'data-version': p.version,
    onclick: async () => {
      b.disabled = true;
      try {
        await ui.api('POST', `/api/v1/voice/packs/${p.version}/publish`, {});
        done = { published: p.version };
        refused = null;
        voiceView(panel, ui);
      } catch (err) {
        problem.textContent = err.message;
        problem.hidden = false;
        b.disabled = false;
      }
    },
  }, ui.t('voice.publish'));
  return b;
}
