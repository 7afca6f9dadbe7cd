// What the province sent: the ticker notice in force (with its one-click rollback), where each setting comes from,
// and the voice clip pack the kiosk calls out with.
import { getJson, postJson } from '/common/api.js';
import { t } from '/common/words.js';
import { h, section, button, note, failure, bytes, when } from './ui.js';

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** A setting's value as the technician reads it, in words rather than as centre.yaml holds it. */
function shown(key, v) {
  if (v === null || v === undefined) return '—';
  if (key === 'online-fee-waiver') return t(v ? 'tech.province.yes' : 'tech.province.no');
  if (key === 'no-show-recall-minutes') return t('tech.province.minutes', { n: v });
  if (key === 'priority') {
    return v.policy === 'interleave' ? t('tech.province.interleave', { n: v['normal-per-priority'] })
      : t('tech.centre.policy.' + v.policy);
  }
  if (key === 'hours') {
    if (v.always) return t('tech.centre.always');
    // Days in a row with the same hours read as one span: "Thứ Hai – Thứ Sáu 07:30-11:30, 13:30-17:00".
    const runs = [];
    for (const d of DAYS) {
      const last = runs[runs.length - 1];
      if (last && last.hours === v[d]) last.to = d;
      else runs.push({ from: d, to: d, hours: v[d] });
    }
    return runs.map(r => t('tech.centre.day.' + r.from) + (r.to !== r.from ? ' – ' + t('tech.centre.day.' + r.to) : '')
      + ' ' + (r.hours === 'closed' ? t('tech.province.closed') : r.hours)).join(' · ');
  }
  return String(v);
}

export async function province(content) {
  const box = h('div.problems', { role: 'alert' });
  const shown = h('blockquote#ticker-text', {});
  const origin = h('p#ticker-origin', {});
  const previous = h('p#ticker-previous', {});
  const rollback = button('tech.province.ticker.rollback', async () => {
    try {
      show(await postJson('/api/v1/tech/ticker/rollback'));
      note(t('tech.province.ticker.rolled_back'));
    } catch (e) {
      failure(box, e);
    }
  }, { id: 'ticker-rollback' });
  const line = x => x.en ? x.vi + ' • ' + x.en : x.vi;
  const show = s => {
    box.replaceChildren();
    // Text only, as the display shows it: whatever the province wrote is never read as markup.
    shown.textContent = line(s.inForce);
    origin.textContent = s.inForce.version ? t('tech.province.ticker.from_province', s.inForce)
      : t('tech.province.ticker.own');
    previous.textContent = !s.previousKept ? '' : s.previous.version
      ? t('tech.province.ticker.previous_province', s.previous) : t('tech.province.ticker.previous_own');
    rollback.hidden = !s.previousKept;
  };
  content.append(section('tech.province.ticker.title', h('p.muted', {}, t('tech.province.ticker.explain')), shown,
    origin, previous, h('div.actions', {}, rollback), box));
  show(await getJson('/api/v1/tech/ticker'));
  await settings(content);
  await voice(content);
}

/** The voice pack in force, where it came from, the one a rollback brings back and a download under way. */
async function voice(content) {
  const box = h('div.problems', { role: 'alert' });
  const inForce = h('p#voice-in-force', {});
  const source = h('p#voice-source.muted', {});
  const previous = h('p#voice-previous', {});
  const pending = h('p#voice-pending', {});
  const recordings = h('p#voice-recordings.muted', {});
  const rollback = button('tech.province.voice.rollback', async () => {
    try {
      draw(await postJson('/api/v1/tech/voice/rollback'));
      note(t('tech.province.voice.rolled_back'));
    } catch (e) {
      failure(box, e);
    }
  }, { id: 'voice-rollback' });
  const draw = s => {
    box.replaceChildren();
    const p = s.inForce;
    inForce.textContent = p.version ? t('tech.province.voice.from_province', { version: p.version,
      clips: p.clips, language: p.language, size: bytes(p.bytes) }) : t('tech.province.voice.shipped');
    source.textContent = p.version ? t('tech.province.voice.source', { source: p.source, at: when(p.takenAt) }) : '';
    previous.textContent = !s.previousKept ? '' : s.previous.version
      ? t('tech.province.voice.previous_province', s.previous) : t('tech.province.voice.previous_shipped');
    pending.textContent = s.pending ? t('tech.province.voice.pending', { version: s.pending.version,
      attempts: s.pending.attempts, problem: s.pending.lastProblem || '—' }) : '';
    recordings.textContent = s.recordings ? t('tech.province.voice.recordings', { n: s.recordings }) : '';
    rollback.hidden = !s.previousKept;
  };
  content.append(section('tech.province.voice.title', h('p.muted', {}, t('tech.province.voice.explain')), inForce,
    source, previous, pending, recordings, h('div.actions', {}, rollback), box));
  draw(await getJson('/api/v1/tech/voice'));
}

/** Each setting the province may set: the value in force, where it comes from, and the way back to the province's. */
async function settings(content) {
  const box = h('div.problems', { role: 'alert' });
  const version = h('p#settings-version', {});
  const rows = h('tbody#province-settings', {});
  const rollback = button('tech.province.settings.rollback', async () => {
    try {
      draw(await postJson('/api/v1/tech/province-settings/rollback'));
      note(t('tech.province.settings.rolled_back'));
    } catch (e) {
      failure(box, e);
    }
  }, { id: 'settings-rollback' });
  const draw = s => {
    box.replaceChildren();
    version.textContent = s.version ? t('tech.province.settings.version', s) : t('tech.province.settings.none');
    rollback.hidden = !s.previousKept;
    rows.replaceChildren(...s.settings.map(e => {
      const from = e.origin === 'province'
        ? t(e.locked ? 'tech.province.origin.locked' : 'tech.province.origin.open')
        : t('tech.province.origin.' + e.origin);
      const back = e.origin === 'local' && e.locked === false
        ? button('tech.province.use_province', async () => {
          try {
            draw(await postJson('/api/v1/tech/province-settings/' + encodeURIComponent(e.key) + '/province'));
            note(t('tech.province.used_province'));
          } catch (err) {
            failure(box, err);
          }
        }, { class: 'link' }) : '';
      return h('tr', { dataset: { setting: e.key, origin: e.origin } },
        h('th', { scope: 'row' }, t('tech.province.setting.' + e.key)), h('td', {}, shown(e.key, e.value)),
        h('td.origin', {}, from,
          e.origin === 'local' && e.provinceValue !== null ? h('small', {}, ' ' + t('tech.province.province_value',
            { value: shown(e.key, e.provinceValue) })) : ''),
        h('td', {}, back));
    }));
  };
  content.append(section('tech.province.settings.title', h('p.muted', {}, t('tech.province.settings.explain')),
    version, h('table#province-settings-table', {}, h('thead', {}, h('tr', {},
      ['setting', 'value', 'origin'].map(k => h('th', { scope: 'col' }, t('tech.province.col.' + k))), h('th', {}))),
    rows), h('div.actions', {}, rollback), box));
  draw(await getJson('/api/v1/tech/province-settings'));
}
