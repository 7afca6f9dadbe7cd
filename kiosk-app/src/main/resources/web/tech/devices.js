// Devices: each one's live state and its test, the scans as they arrive (kind and time only), display identify.
import { getJson, postJson } from '/common/api.js';
import { t, tOr } from '/common/words.js';
import { h, section, button, note, failure, when } from './ui.js';

const TESTABLE = ['PRINTER', 'ANNOUNCER', 'DISPLAY_BOARD', 'CALL_BUTTONS'];

export async function devices(content) {
  const list = h('div.grid', { id: 'device-list' });
  const scans = h('ol.scans', { id: 'scans' }, h('li.muted', {}, t('tech.devices.no_scans')));
  const box = h('div.problems', { role: 'alert' });
  content.append(section('tech.devices.title', box, list),
    section('tech.devices.display', h('p', {}, t('tech.devices.display_hint')),
      button('tech.devices.identify', () => test('display', box), { id: 'identify' })),
    section('tech.devices.scans', h('p', {}, t('tech.devices.scanner_hint')), scans));

  const refresh = async () => {
    try {
      list.replaceChildren(...(await getJson('/api/v1/devices')).map(d => card(d, box)));
    } catch (e) {
      failure(box, e);
    }
  };
  await refresh();
  const timer = setInterval(refresh, 5000);
  // Scans arrive on the live stream; only the kind and the time are shown, never what the code held.
  const events = new EventSource('/api/v1/events');
  let first = true;
  events.addEventListener('scan', ev => {
    const s = JSON.parse(ev.data);
    if (first) { scans.replaceChildren(); first = false; }
    scans.prepend(h('li', {}, when(s.at || new Date().toISOString(), true), ' — ',
      t('tech.devices.scan_kind.' + s.kind)));
    while (scans.children.length > 20) scans.lastChild.remove();
    refresh();
  });
  events.addEventListener('print-updated', refresh);
  return () => { clearInterval(timer); events.close(); };
}

function card(d, box) {
  const state = h('ul.facts', {},
    h('li', {}, t('tech.devices.driver', { driver: tOr('tech.devices.driver.' + d.driver, d.driver) })),
    d.state && h('li', {}, t('tech.devices.state', { state: tOr('tech.devices.state.' + d.state, d.state) })),
    d.lastError && h('li.bad', {}, t('tech.devices.last_error', { error: d.lastError })),
    d.lastActivity && h('li', {}, t('tech.devices.last_activity', { time: when(d.lastActivity) })));
  return h('article.device', { id: 'device-' + d.id, dataset: { kind: d.kind } },
    h('h3', {}, t('tech.devices.kind.' + d.kind)),
    h('p', { class: d.connected ? 'ok' : 'bad' }, d.connected ? t('tech.devices.connected') : t('tech.devices.disconnected')),
    state,
    TESTABLE.includes(d.kind)
      ? button('tech.devices.test.' + d.kind, () => test(d.id, box), { id: 'test-' + d.id })
      : h('p.muted', {}, t('tech.devices.scanner_hint')));
}

async function test(id, box) {
  try {
    const r = await postJson('/api/v1/devices/' + encodeURIComponent(id) + '/test');
    box.replaceChildren();
    note(t('tech.devices.result.' + r.result, { reason: r.reason || '' }), r.result === 'FAILED');
  } catch (e) {
    failure(box, e);
  }
}
