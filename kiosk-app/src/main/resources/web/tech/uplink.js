// The uplink to the province hub: is it connected, how far the province has acknowledged, and its settings.
import { getJson, putJson } from '/common/api.js';
import { t } from '/common/words.js';
import { num } from '/common/numbers.js';
import { h, section, field, button, note, failure, when } from './ui.js';

export async function uplink(content) {
  const facts = h('dl.facts#uplink-state', {});
  const errors = h('div.errors#uplink-errors', {});
  const form = h('div.form#uplink-form', {});
  const show = v => {
    const s = v.state;
    const row = (k, value) => [h('dt', {}, t(k)), h('dd', {}, value)];
    facts.replaceChildren(
      ...row('tech.uplink.state', !s.enabled ? t('tech.uplink.off') : s.connected ? t('tech.uplink.connected')
        : t('tech.uplink.waiting')),
      ...row('tech.uplink.acked', num(s.lastAckedSeq)),
      ...row('tech.uplink.backlog', s.backlog < 0 ? '—' : num(s.backlog)),
      ...row('tech.uplink.last_ack', s.lastAckAt ? when(s.lastAckAt) : '—'),
      ...(s.lastError ? row('tech.uplink.error', s.lastError) : []));
    const f = v.settings;
    form.replaceChildren(
      field('uplink-enabled', 'tech.uplink.enabled', f.enabled, { type: 'checkbox' }),
      field('uplink-broker', 'tech.uplink.broker', f.broker),
      field('uplink-centre', 'tech.uplink.centre', f.centre),
      field('uplink-credentials', 'tech.uplink.credentials', f.credentialsFile),
      field('uplink-ca', 'tech.uplink.ca', f.caFile),
      field('uplink-names', 'tech.uplink.staff_names', f.staffNames, { type: 'checkbox' }),
      h('p.hint', {}, t('tech.uplink.hint')));
  };
  const save = async () => {
    const value = id => document.getElementById(id);
    try {
      show(await putJson('/api/v1/tech/uplink', {
        enabled: value('uplink-enabled').checked, broker: value('uplink-broker').value,
        centre: value('uplink-centre').value, credentialsFile: value('uplink-credentials').value,
        caFile: value('uplink-ca').value, staffNames: value('uplink-names').checked }));
      errors.replaceChildren();
      note(t('tech.uplink.saved'));
    } catch (e) {
      failure(errors, e);
    }
  };
  content.append(section('tech.uplink.title', facts,
    button('tech.uplink.refresh', async () => show(await getJson('/api/v1/tech/uplink')), { id: 'refresh-uplink' }),
    form, errors, button('tech.uplink.save', save, { id: 'save-uplink' })));
  show(await getJson('/api/v1/tech/uplink'));
}
