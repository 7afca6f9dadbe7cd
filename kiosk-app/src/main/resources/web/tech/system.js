// System: version, uptime, disk, memory, the Pi's temperature and power flags, the log; and the audit log.
import { getJson } from '/common/api.js';
import { t } from '/common/words.js';
import { h, section, button, bytes, when } from './ui.js';
import { num } from '/common/numbers.js';

export async function system(content) {
  const facts = h('dl.facts#system', {});
  const log = h('pre.log#log', {});
  const refresh = async () => {
    const s = await getJson('/api/v1/tech/system');
    const b = s.board || {};
    const row = (k, v) => [h('dt', {}, t(k)), h('dd', {}, v)];
    const hours = Math.floor(s.uptimeSeconds / 3600);
    const minutes = Math.floor((s.uptimeSeconds % 3600) / 60);
    facts.replaceChildren(
      ...row('tech.system.version', s.version), ...row('tech.system.java', s.javaVersion),
      ...row('tech.system.uptime', t('tech.system.uptime_value', { h: num(hours), m: num(minutes) })),
      ...row('tech.system.disk', `${bytes(s.diskFreeBytes)} / ${bytes(s.diskTotalBytes)}`),
      ...row('tech.system.memory', `${bytes(s.memoryAvailableBytes)} / ${bytes(s.memoryTotalBytes)}`),
      ...row('tech.system.heap', `${bytes(s.heapUsedBytes)} / ${bytes(s.heapMaxBytes)}`),
      ...row('tech.system.board', b.model || t('tech.system.not_pi')),
      ...row('tech.system.temperature', b.cpuCelsius == null ? '—' : num(b.cpuCelsius, 1) + ' °C'),
      ...row('tech.system.throttling', b.throttledHex == null ? t('tech.system.not_pi')
        : b.throttled.length ? b.throttled.map(f => t('tech.system.flag.' + f)).join(', ') : t('tech.system.throttling_ok')),
      ...clockRows(s.time, row));
    log.textContent = (await getJson('/api/v1/tech/log'))
      .map(l => `${l.at} ${l.level} ${l.logger}: ${l.message}`).join('\n');
    log.scrollTop = log.scrollHeight;
  };
  content.append(section('tech.system.title', facts, button('tech.system.refresh', refresh, { id: 'refresh-system' })),
    section('tech.system.log', log));
  await refresh();
}

/** The centre's zone, the machine's (a warning when they differ) and whether the clock is synchronised. */
function clockRows(c, row) {
  const sameZone = c.systemZone === c.centreZone;
  return [
    ...row('tech.system.centre_zone', `${c.centreZone} · ${when(new Date().toISOString())}`),
    ...row('tech.system.system_zone', h('span', { class: sameZone ? '' : 'bad', id: 'system-zone' },
      sameZone ? c.systemZone : t('tech.system.zone_differs', { zone: c.systemZone }))),
    ...row('tech.system.sync', h('span', { id: 'time-sync', class: c.synchronised === false ? 'bad' : '' },
      c.source === 'simulated' ? t('tech.system.sync_simulated')
        : c.synchronised ? t('tech.system.sync_ok') : c.ntp ? t('tech.system.sync_waiting') : t('tech.system.sync_off'))),
  ];
}

export async function audit(content) {
  const rows = h('tbody#audit', {});
  content.append(section('tech.audit.title', h('table', {}, h('thead', {}, h('tr', {},
    ['at', 'actor', 'action', 'target', 'address'].map(k => h('th', {}, t('tech.audit.' + k))))), rows)));
  rows.replaceChildren(...(await getJson('/api/v1/tech/audit?limit=200')).map(e => h('tr', {},
    h('td', {}, when(e.at)), h('td', {}, e.actor), h('td', {}, e.action),
    h('td', {}, [e.target, e.detail].filter(Boolean).join(' · ')), h('td', {}, e.address || ''))));
}
