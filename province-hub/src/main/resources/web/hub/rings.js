// The fleet page's release rings: each ring's kiosks by version, failed upgrades, halted versions, healthy days.

import { h } from '/hub/dom.js';
import * as f from '/hub/format.js';

/** A ring's name in the page's language; one the page does not know shows as the kiosks name it. */
export function ringName(t, ring) {
  if (ring === null || ring === undefined) return t('rings.unknown');
  const w = t('rings.name.' + ring);
  return w.startsWith('rings.name.') ? ring : w;
}

/** The summary card above the kiosks' table, from GET /api/v1/rings. */
export function ringsCard(t, rings) {
  const none = t('rings.none');
  const rows = rings.map(r => h('tr', { 'data-ring': r.ring === null ? '' : r.ring },
    h('td.text', {}, ringName(t, r.ring)),
    h('td', {}, f.integer(r.kiosks)),
    h('td.text', {}, r.versions.length ? r.versions.map(v => h('div.ring-version', {},
      t('rings.version', { version: v.version, kiosks: f.integer(v.kiosks) }),
      r.ring === null ? null : h('span.days', {}, ' · ' + t('rings.healthy_days', { days: f.integer(v.healthyDays) }))))
      : none),
    h('td', { class: r.failedUpgrades ? 'bad' : null }, f.integer(r.failedUpgrades)),
    h('td.text', { class: r.halted.length ? 'bad' : null }, r.halted.length
      ? r.halted.map(x => h('div', {}, t('rings.halted_at', { version: x.version, centre: x.centre })))
      : none)));
  const cols = ['ring', 'kiosks', 'versions', 'failed', 'halted'];
  return h('div.rings', {}, h('h3', {}, t('rings.title')),
    h('div.scroll', { tabindex: '0', role: 'region', 'aria-label': t('rings.title') }, h('table.rings-table', {},
      h('thead', {}, h('tr', {}, cols.map(c => h('th', {
        scope: 'col', class: ['ring', 'versions', 'halted'].includes(c) ? 'text' : null,
      }, t('rings.col.' + c))))),
      h('tbody', {}, rows))),
    rings.length ? null : h('p.note', {}, t('rings.empty')),
    h('p.note', {}, t('rings.note')));
}
