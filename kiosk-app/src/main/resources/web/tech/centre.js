// Centre set-up: name, hours, priority, services with letters, counters, ticket and call-out wording; saved with
// one PUT, checked by the server and applied without a restart.
import { getJson, putJson, call } from '/common/api.js';
import { t } from '/common/words.js';
import { h, section, field, button, note, failure, pickFile } from './ui.js';

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const list = s => s.split(',').map(x => x.trim()).filter(Boolean);

export async function centre(content) {
  const box = h('div.problems', { role: 'alert', id: 'centre-problems' });
  const form = h('form#centre-form', {});
  content.append(section('tech.centre.title', h('p', {}, t('tech.centre.explain')), form, box));
  render(form, box, await getJson('/api/v1/settings'));
}

function render(form, box, s) {
  const services = h('tbody#services', {}, s.services.map(serviceRow));
  const counters = h('tbody#counters', {}, s.counters.map(counterRow));
  form.replaceChildren(
    h('fieldset', {}, h('legend', {}, t('tech.centre.title')),
      field('c-name', 'tech.centre.name', s.name, { required: true }),
      field('c-name-en', 'tech.centre.name_en', s.nameEn),
      field('c-address', 'tech.centre.address', s.address),
      field('c-fee', 'tech.centre.fee_waiver', s.onlineFeeWaiver, { type: 'checkbox' }),
      field('c-reset', 'tech.centre.day_reset', s.dayReset, { pattern: '\\d\\d:\\d\\d' })),
    h('fieldset', {}, h('legend', {}, t('tech.centre.hours')),
      field('c-always', 'tech.centre.always', s.alwaysOpen, { type: 'checkbox' }),
      h('p.muted', {}, t('tech.centre.hours_hint')),
      h('div.days', {}, DAYS.map(d => field('c-day-' + d, 'tech.centre.day.' + d, s.hours[d])))),
    h('fieldset', {}, h('legend', {}, t('tech.centre.priority')),
      h('label.field', { for: 'c-policy' }, h('span', {}, t('tech.centre.policy')),
        h('select#c-policy', {}, ['strict', 'interleave', 'dedicated'].map(p =>
          h('option', { value: p, selected: s.priority.policy === p }, t('tech.centre.policy.' + p))))),
      field('c-npp', 'tech.centre.normal_per_priority', s.priority.normalPerPriority ?? 3, { type: 'number', min: 1 }),
      field('c-pcounters', 'tech.centre.priority_counters', (s.priority.counters || []).join(', ')),
      field('c-recall', 'tech.centre.recall', s.noShowRecallMinutes, { type: 'number', min: 0 }),
      field('c-minutes', 'tech.centre.service_minutes', s.defaultServiceMinutes, { type: 'number', min: 1 })),
    h('fieldset', {}, h('legend', {}, t('tech.centre.services')),
      h('table', {}, h('thead', {}, h('tr', {}, ['id', 'prefix', 'name', 'name_en', 'fields'].map(k =>
        h('th', {}, t('tech.centre.service.' + k))), h('th', {}))), services),
      button('tech.centre.add_service', () => services.append(serviceRow({ fields: [] })), { id: 'add-service' }),
      field('c-online', 'tech.centre.online_support', s.onlineSupportService),
      field('c-vneid', 'tech.centre.vneid_service', s.vneidService || '')),
    h('fieldset', {}, h('legend', {}, t('tech.centre.counters')),
      h('table', {}, h('thead', {}, h('tr', {}, ['id', 'name', 'name_en', 'services'].map(k =>
        h('th', {}, t('tech.centre.counter.' + k))), h('th', {}))), counters),
      button('tech.centre.add_counter', () => counters.append(counterRow({ services: [] })), { id: 'add-counter' })),
    h('fieldset', {}, h('legend', {}, t('tech.centre.ticket')),
      field('c-ticket-title', 'tech.centre.ticket_title', s.ticket.title, { maxlength: 60 }),
      field('c-ticket-footer', 'tech.centre.ticket_footer', s.ticket.footer, { maxlength: 60 })),
    h('fieldset', {}, h('legend', {}, t('tech.centre.voice')),
      field('c-voice-before', 'tech.centre.voice_before', s.voice.before),
      field('c-voice-counter', 'tech.centre.voice_counter', s.voice.counter),
      h('label.field', { for: 'c-voice-mode' }, h('span', {}, t('tech.centre.voice_mode')),
        h('select#c-voice-mode', {}, ['digits', 'number'].map(m =>
          h('option', { value: m, selected: s.voice.mode === m }, t('tech.centre.voice_mode.' + m))))),
      field('c-voice-repeat', 'tech.centre.voice_repeat', s.voice.repeat, { type: 'number', min: 1, max: 3 }),
      field('c-voice-chime', 'tech.centre.voice_chime', s.voice.chime, { type: 'checkbox' })),
    h('div.actions', {},
      button('tech.centre.save', () => save(form, box, s), { id: 'save-centre', class: 'primary' }),
      h('a.button', { href: '/api/v1/settings/export', download: 'centre.yaml', id: 'export' }, t('tech.centre.export')),
      button('tech.centre.import', () => importFile(form, box), { id: 'import' })));
  form.onsubmit = ev => ev.preventDefault();
  markProvince(form).catch(() => {});
}

/** The fields of each setting the province sets: where it comes from, and a locked one cannot be edited. */
const PROVINCE_FIELDS = {
  'online-fee-waiver': ['c-fee'], 'no-show-recall-minutes': ['c-recall'], priority: ['c-policy', 'c-npp'],
  hours: ['c-always', ...DAYS.map(d => 'c-day-' + d)],
};

async function markProvince(form) {
  for (const e of (await getJson('/api/v1/tech/province-settings')).settings) {
    if (e.origin !== 'province') continue;
    PROVINCE_FIELDS[e.key].forEach((id, i) => {
      const input = form.querySelector('#' + id);
      input.disabled = e.locked;
      if (i === 0) {
        input.closest('label').append(h('small.from-province', { dataset: { setting: e.key } },
          t(e.locked ? 'tech.province.origin.locked' : 'tech.province.origin.open')));
      }
    });
  }
}

function serviceRow(x) {
  return h('tr.service', {},
    h('td', {}, h('input', { name: 'id', value: x.id ?? '', 'aria-label': t('tech.centre.service.id'), size: 10 })),
    h('td', {}, h('input', { name: 'prefix', value: x.prefix ?? '', 'aria-label': t('tech.centre.service.prefix'),
      size: 2, maxlength: 1 })),
    h('td', {}, h('input', { name: 'name', value: x.name ?? '', 'aria-label': t('tech.centre.service.name') })),
    h('td', {}, h('input', { name: 'nameEn', value: x.nameEn ?? '', 'aria-label': t('tech.centre.service.name_en') })),
    h('td', {}, h('input', { name: 'fields', value: x.fields.join(', '), 'aria-label': t('tech.centre.service.fields') })),
    h('td', {}, removeButton()));
}

function counterRow(x) {
  return h('tr.counter', {},
    h('td', {}, h('input', { name: 'id', type: 'number', min: 1, max: 99, value: x.id ?? '',
      'aria-label': t('tech.centre.counter.id'), size: 3 })),
    h('td', {}, h('input', { name: 'name', value: x.name ?? '', 'aria-label': t('tech.centre.counter.name') })),
    h('td', {}, h('input', { name: 'nameEn', value: x.nameEn ?? '', 'aria-label': t('tech.centre.counter.name_en') })),
    h('td', {}, h('input', { name: 'services', value: x.services.join(', '),
      'aria-label': t('tech.centre.counter.services') })),
    h('td', {}, removeButton()));
}

function removeButton() {
  const b = h('button', { type: 'button', class: 'link' }, t('tech.centre.remove'));
  b.addEventListener('click', () => b.closest('tr').remove());
  return b;
}

function collect(form, before) {
  const v = id => form.querySelector('#' + id).value.trim();
  const on = id => form.querySelector('#' + id).checked;
  const row = (tr, name) => tr.querySelector(`[name="${name}"]`).value.trim();
  const hours = {};
  DAYS.forEach(d => { hours[d] = v('c-day-' + d); });
  return {
    name: v('c-name'), nameEn: v('c-name-en'), address: v('c-address'), onlineFeeWaiver: on('c-fee'),
    timezone: before.timezone, dayReset: v('c-reset'), alwaysOpen: on('c-always'), hours,
    priority: { policy: v('c-policy'), normalPerPriority: Number(v('c-npp')) || null,
      counters: list(v('c-pcounters')).map(Number) },
    noShowRecallMinutes: Number(v('c-recall')), defaultServiceMinutes: Number(v('c-minutes')),
    onlineSupportService: v('c-online'), vneidService: v('c-vneid'),
    services: [...form.querySelectorAll('tr.service')].map(tr => ({ id: row(tr, 'id'),
      prefix: row(tr, 'prefix').toUpperCase(), name: row(tr, 'name'), nameEn: row(tr, 'nameEn'),
      fields: list(row(tr, 'fields')) })),
    counters: [...form.querySelectorAll('tr.counter')].map(tr => ({ id: Number(row(tr, 'id')), name: row(tr, 'name'),
      nameEn: row(tr, 'nameEn'), services: list(row(tr, 'services')) })),
    ticket: { title: v('c-ticket-title'), footer: v('c-ticket-footer') },
    voice: { before: v('c-voice-before'), counter: v('c-voice-counter'), mode: v('c-voice-mode'),
      repeat: Number(v('c-voice-repeat')), chime: on('c-voice-chime') },
  };
}

async function save(form, box, before) {
  try {
    const saved = await putJson('/api/v1/settings', collect(form, before));
    box.replaceChildren();
    render(form, box, saved);
    note(t('tech.saved'));
  } catch (e) {
    failure(box, e);
  }
}

async function importFile(form, box) {
  const text = await pickFile('.yaml,.yml,application/yaml', false);
  if (text === null) return;
  try {
    const saved = await call('POST', '/api/v1/settings/import', text, 'application/yaml');
    box.replaceChildren();
    render(form, box, saved);
    note(t('tech.saved'));
  } catch (e) {
    failure(box, e);
  }
}
