// The admin's catalog tab: download the sheet in force, import an edited sheet, read its diff, publish the draft.

import { h } from '/hub/dom.js';
import * as f from '/hub/format.js';

/** The last import's answer (a draft, or a refusal), kept so a language switch or a redraw shows it again. */
let shown = null;
let done = null;

/** How many procedures of an added or removed list show before "show all"; a province sheet adds hundreds. */
const LIST_OPEN_MAX = 12;

/**
 * @param ui {t, api, csrf, lang} the page's words, its JSON calls, the session's CSRF token and language
 */
export async function catalogView(panel, ui) {
  const { t } = ui;
  const versions = await ui.api('GET', '/api/v1/catalog/versions');
  const inForce = versions[0];
  const file = h('input', { id: 'sheet-file', type: 'file', accept: '.csv,text/csv', required: true });
  const problem = h('p.problem', { role: 'alert', hidden: true });
  const form = h('form.controls.import', {},
    h('label', { for: 'sheet-file' }, t('catalog.choose'), file),
    h('button.primary.import-sheet', { type: 'submit' }, t('catalog.import')));
  form.addEventListener('submit', async e => {
    e.preventDefault();
    if (!file.files.length) return;
    try {
      const answer = await sendSheet(ui, await file.files[0].arrayBuffer());
      shown = answer;
      done = null;
      catalogView(panel, ui);
    } catch (err) {
      problem.textContent = err.message;
      problem.hidden = false;
    }
  });
  const head = h('div.card.catalog', {}, h('h2', {}, t('catalog.title')),
    h('p.in-force', {}, inForce
      ? t('catalog.in_force_version', { v: f.integer(inForce.version), n: f.integer(inForce.procedures),
        at: f.dateTime(inForce.issuedAt), by: inForce.publishedBy })
      : t('catalog.in_force_shipped')),
    h('ol.steps', {},
      h('li', {}, h('a.download-sheet', { href: '/api/v1/catalog/sheet' }, t('catalog.download')), ' ',
        t('catalog.step_download')),
      h('li', {}, t('catalog.step_edit')),
      h('li', {}, t('catalog.step_import'))),
    form, problem,
    done ? h('p.done', { role: 'status' }, t('catalog.published', { v: f.integer(done.version),
      n: f.integer(done.procedures) })) : null);
  panel.replaceChildren(head, ...(shown ? [answerView(shown, panel, ui)] : []));
}

/** The CSV as it is, not as JSON; a refusal (422, 413) is an answer to show, not a failure. */
async function sendSheet(ui, bytes) {
  const res = await fetch('/api/v1/catalog/drafts', {
    method: 'POST', body: bytes,
    headers: { Accept: 'application/json', 'Accept-Language': ui.lang(), 'Content-Type': 'text/csv',
      'X-CSRF-Token': ui.csrf() },
  });
  const data = await res.json().catch(() => ({}));
  if (res.status !== 201 && res.status !== 422 && res.status !== 413) {
    throw Object.assign(new Error(data.message || res.status), { status: res.status });
  }
  return { status: res.status, data };
}

function answerView(answer, panel, ui) {
  const { t } = ui;
  if (answer.status !== 201) {
    const problems = answer.data.problems || [];
    return h('div.card.refusal', {}, h('h2', {}, t('catalog.refused_title', { n: f.integer(problems.length) })),
      h('p.problem', {}, answer.data.message),
      h('ul.problems', {}, problems.map(p => h('li', { 'data-code': p.code },
        ui.lang() === 'en' ? p.en : p.vi))));
  }
  const d = answer.data;
  const c = d.diff.counts;
  const problem = h('p.problem', { role: 'alert', hidden: true });
  const publish = h('button.primary.publish', {
    type: 'button', disabled: d.publishedVersion !== null,
    onclick: async () => {
      publish.disabled = true;
      try {
        done = await ui.api('POST', `/api/v1/catalog/drafts/${d.id}/publish`, {});
        shown = null;
        catalogView(panel, ui);
      } catch (err) {
        problem.textContent = err.message;
        problem.hidden = false;
        publish.disabled = false;
      }
    },
  }, t('catalog.publish'));
  const box = (key, n) => h('div.count', { 'data-count': key }, h('strong', {}, f.integer(n)),
    h('span', {}, t('catalog.count.' + key)));
  return h('div.card.diff', { 'data-draft': d.id },
    h('h2', {}, t('catalog.draft_title', { id: d.id }), ' · ',
      d.baseVersion === null ? t('catalog.against_shipped') : t('catalog.against_version', { v: f.integer(d.baseVersion) })),
    h('div.counts', {}, box('added', c.added), box('removed', c.removed), box('changed', c.changed),
      box('unchanged', c.unchanged)),
    h('p.note', {}, t('catalog.total', { n: f.integer(c.procedures) })),
    d.diff.added.length + d.diff.removed.length + d.diff.changed.length === 0
      ? h('p.same', {}, t('catalog.no_change')) : null,
    d.diff.changed.length ? h('section.changed', {}, h('h3', {}, t('catalog.changed_title')),
      d.diff.changed.map(p => changedView(p, t))) : null,
    entries('added', d.diff.added, t), entries('removed', d.diff.removed, t),
    h('div.publish-bar', {}, publish, h('p.note', {}, t('catalog.publish_note'))), problem);
}

function entries(kind, list, t) {
  if (!list.length) return null;
  return h('details.' + kind, { open: list.length <= LIST_OPEN_MAX },
    h('summary', {}, t('catalog.' + kind + '_title', { n: f.integer(list.length) })),
    h('table', {}, h('thead', {}, h('tr', {}, h('th.text', { scope: 'col' }, t('catalog.col.id')),
      h('th.text', { scope: 'col' }, t('catalog.col.short')), h('th.text', { scope: 'col' }, t('catalog.col.name')))),
    h('tbody', {}, list.map(p => h('tr', { 'data-id': p.id }, h('td.text.id', {}, p.id),
      h('td.text', {}, p.shortVi || '–'), h('td.text', {}, p.nameVi || '–'))))));
}

function changedView(p, t) {
  return h('article.procedure', { 'data-id': p.id },
    h('h4', {}, h('span.id', {}, p.id), ' ', p.shortVi || ''),
    h('table', {}, h('thead', {}, h('tr', {}, h('th.text', { scope: 'col' }, t('catalog.col.field')),
      h('th.text', { scope: 'col' }, t('catalog.col.before')), h('th.text', { scope: 'col' }, t('catalog.col.after')))),
    h('tbody', {}, p.fields.map(x => h('tr', { 'data-field': x.field },
      h('th.text', { scope: 'row' }, fieldName(x.field, t)),
      h('td.text.before', {}, value(x.before, t)), h('td.text.after', {}, value(x.after, t)))))));
}

function fieldName(key, t) {
  const w = t('catalog.key.' + key);
  return w.startsWith('catalog.key.') ? key : w;
}

/** A value of the catalog as a person reads it: lists as lists, flags as có/không, nothing as a dash. */
function value(v, t) {
  if (v === null || v === undefined) return h('span.nothing', {}, t('catalog.nothing'));
  if (Array.isArray(v)) return h('ul', {}, v.map(x => h('li', {}, String(x))));
  if (typeof v === 'boolean') return v ? t('catalog.yes') : t('catalog.no');
  if (typeof v === 'number') return f.integer(v);
  return String(v);
}
