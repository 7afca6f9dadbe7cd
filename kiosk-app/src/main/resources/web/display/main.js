// The ceiling display: keeps the live picture, flashes and announces each call, and catches up after an outage.
import { h } from '/common/dom.js';
import { getJson } from '/common/api.js';
import { connectLive } from '/common/live.js';
import { announcer } from './announcer.js';
import { useZone, hoursMinutes, longDate } from '/common/clock.js';

const RECENT = 6;
const params = new URLSearchParams(location.search);
/** ?counters=1,2 shows only those counters' calls; ?id=hall names this display for "identify". */
const group = params.get('counters') ? new Set(params.get('counters').split(',').map(Number)) : null;
const displayId = params.get('id') || '';
const inGroup = counterId => counterId != null && (!group || group.has(counterId));
const $ = id => document.getElementById(id);

const words = { vi: {}, en: {} };
const say = (lang, key, p = {}) => (words[lang][key] ?? key).replace(/\{(\w+)\}/g, (m, k) => (k in p ? p[k] : m));
/** A label in Vietnamese with its English beneath. */
const both = (key, p) => [h('span.vi', {}, say('vi', key, p)), h('span.en', { lang: 'en' }, say('en', key, p))];

const state = {
  settings: null,
  services: new Map(),
  counters: new Map(),
  recent: [],
  seen: new Map(),
  connectedOnce: false,
  clockOffset: 0,
  current: null,
};
const pending = [];
let working = false;
let voice;

function counterLabel(lang, id) { return say(lang, 'display.counter', { n: id }); }

function drawNow(call, flash) {
  const now = $('now');
  now.classList.toggle('flash', !!flash);
  if (!call) {
    now.replaceChildren(h('h2', {}, both('display.now')), h('div.big-number', { id: 'now-number' }, '—'));
    return;
  }
  now.replaceChildren(
    h('h2', {}, both('display.now')),
    h('div.big-number', { id: 'now-number' }, call.number),
    h('div.big-counter', { id: 'now-counter' }, h('span.vi', {}, counterLabel('vi', call.counterId)),
      h('span.en', { lang: 'en' }, counterLabel('en', call.counterId))),
    call.callOut ? h('p.sentence', { id: 'now-sentence' }, call.callOut.shown) : null);
  if (flash) {
    // Restart the animation even when the same number is recalled.
    void now.offsetWidth;
  }
}

function drawRecent() {
  $('recent').replaceChildren(h('h2', {}, both('display.recent')),
    h('ol', { id: 'recent-list' }, state.recent.slice(0, RECENT).map(c =>
      h('li', { dataset: { ticket: c.ticketId } }, h('b', {}, c.number), h('span.arrow', { 'aria-hidden': 'true' }, '→'),
        h('span', {}, counterLabel('vi', c.counterId))))));
}

function drawCounters() {
  const list = [...state.counters.values()].filter(c => inGroup(c.id)).sort((a, b) => a.id - b.id);
  $('counters').replaceChildren(h('h2', {}, both('display.counters')),
    h('ul', { id: 'counter-list' }, list.map(c => h('li' + (c.paused ? '.paused' : ''), { dataset: { counter: c.id } },
      h('span.name', {}, counterLabel('vi', c.id)),
      h('b', {}, c.paused ? say('vi', 'display.counter.paused') : c.currentNumber || say('vi', 'display.counter.idle'))))));
}

function servedHere() {
  if (!group) return null;
  const ids = new Set();
  for (const c of state.counters.values()) if (group.has(c.id)) c.serviceIds.forEach(s => ids.add(s));
  return ids;
}

function drawWaiting() {
  const served = servedHere();
  const list = [...state.services.values()].filter(s => !served || served.has(s.id));
  $('waiting').replaceChildren(h('h2', {}, both('display.waiting')),
    h('ul', { id: 'waiting-list' }, list.map(s => h('li', { dataset: { service: s.id } },
      h('span.prefix', {}, s.prefix), h('span.name', {}, s.name),
      h('b', {}, say('vi', 'display.waiting.count', { n: s.waiting }))))));
}

/** Shows calls one at a time: each flashes for its seconds and is said in full before the next. */
async function work() {
  if (working) return;
  working = true;
  try {
    while (pending.length) {
      const call = pending.shift();
      state.current = call;
      drawNow(call, true);
      document.body.dataset.announcing = call.number;
      const flash = new Promise(r => setTimeout(r, state.settings.flashSeconds * 1000));
      const speech = state.settings.audio && call.callOut ? voice.say(call.callOut.clips) : Promise.resolve();
      await Promise.all([flash, speech]);
      $('now').classList.remove('flash');
      delete document.body.dataset.announcing;
    }
  } finally {
    working = false;
  }
}

function announce(call) {
  pending.push(call);
  work();
}

function remember(call) {
  state.recent = [call, ...state.recent.filter(c => c.ticketId !== call.ticketId)].slice(0, 20);
  state.seen.set(call.ticketId, call.recallCount);
}

function onSnapshot(s) {
  state.clockOffset = Date.parse(s.at) - Date.now();
  state.services = new Map(s.services.map(x => [x.id, x]));
  state.counters = new Map(s.counters.map(c => [c.id, c]));
  const calls = s.recentCalls.filter(c => inGroup(c.counterId));
  if (!state.connectedOnce) {
    // A display that starts shows where things are, and says nothing about calls made before it was on.
    state.connectedOnce = true;
    calls.forEach(c => state.seen.set(c.ticketId, c.recallCount));
    state.recent = calls.slice();
    state.current = calls[0] || null;
    drawNow(state.current, false);
  } else {
    // Back after an outage: every call or recall it did not see is listed, and the recent ones are said.
    const missed = calls.filter(c => !state.seen.has(c.ticketId) || state.seen.get(c.ticketId) < c.recallCount)
      .sort((a, b) => Date.parse(a.calledAt) - Date.parse(b.calledAt));
    for (const c of missed) {
      remember(c);
      if (Date.parse(s.at) - Date.parse(c.calledAt) <= state.settings.catchUpSeconds * 1000) announce(c);
    }
    state.recent = calls.slice();
  }
  drawRecent();
  drawCounters();
  drawWaiting();
  document.body.dataset.seq = s.seq;
}

function onEvent(name, e) {
  if (e.counter) state.counters.set(e.counter.id, e.counter);
  for (const count of e.services || []) {
    const s = state.services.get(count.id);
    if (s) Object.assign(s, count);
  }
  if (name === 'ticket-called' && e.ticket && inGroup(e.ticket.counterId)) {
    const call = {
      ticketId: e.ticket.id, number: e.ticket.number, serviceId: e.ticket.serviceId, counterId: e.ticket.counterId,
      calledAt: e.ticket.calledAt, state: e.ticket.state, recallCount: e.ticket.recallCount, callOut: e.callOut,
    };
    remember(call);
    announce(call);
    drawRecent();
  }
  drawCounters();
  drawWaiting();
  document.body.dataset.seq = e.seq;
}

function identify(notice) {
  if (notice && notice.display && notice.display !== displayId) return;
  const el = $('identify');
  el.replaceChildren(h('div', {}, say('vi', 'display.identify', { id: displayId || location.host })),
    h('div.small', {}, group ? say('vi', 'display.identify.group', { counters: [...group].join(', ') })
      : say('vi', 'display.identify.all')));
  el.hidden = false;
  clearTimeout(identify.timer);
  identify.timer = setTimeout(() => { el.hidden = true; }, (Number(notice && notice.seconds) || 10) * 1000);
}

/** The province's notice when it sent one, else the centre's own word; set as text, never as markup. */
function showTicker(t) {
  const vi = t && t.version ? t.vi : say('vi', 'display.ticker');
  const en = t && t.version ? t.en : say('en', 'display.ticker');
  $('ticker').textContent = en ? vi + '   •   ' + en : vi;
  document.body.dataset.tickerVersion = String(t ? t.version : 0);
}

function tick() {
  const now = new Date(Date.now() + state.clockOffset);
  $('clock').replaceChildren(
    h('b', {}, hoursMinutes(now)), h('span', {}, longDate(now)));
}

(async () => {
  const [settings, vi, en] = await Promise.all([getJson('/api/v1/display/settings'),
    getJson('/api/v1/kiosk/wording/vi'), getJson('/api/v1/kiosk/wording/en')]);
  state.settings = settings;
  useZone(settings.timeZone);
  document.documentElement.style.setProperty('--flash-count', String(settings.flashSeconds));
  words.vi = vi.words;
  words.en = en.words;
  document.title = say('vi', 'display.title');
  $('centre').replaceChildren(h('span.vi', {}, settings.centreName), h('span.en', { lang: 'en' }, settings.centreNameEn || ''));
  showTicker(await getJson('/api/v1/ticker').catch(() => null));
  $('portal-qr').src = '/api/v1/display/portal-qr.svg';
  $('portal-qr').alt = settings.portalUrl;
  $('portal-caption').replaceChildren(...both('display.portal'));
  if (settings.complaintUrl) {
    $('complaint-qr').src = '/api/v1/display/complaint-qr.svg';
    $('complaint-qr').alt = settings.complaintUrl;
    $('complaint-caption').replaceChildren(...both('display.complaint'));
    $('complaint').hidden = false;
  }
  $('lost').replaceChildren(h('span.dot', { 'aria-hidden': 'true' }), say('vi', 'display.lost'));
  const sound = $('sound');
  sound.textContent = say('vi', 'display.sound_off');
  sound.addEventListener('click', () => { sound.hidden = true; });
  voice = announcer({ clipUrl: settings.clipUrl, onBlocked: () => { sound.hidden = false; } });
  drawNow(null, false);
  tick();
  setInterval(tick, 10000);
  connectLive({
    notices: ['display-identify', 'ticker-updated'],
    // Each (re)connection asks for the ticker again: a change made while the display was cut off is not missed.
    onSnapshot: s => { onSnapshot(s); getJson('/api/v1/ticker').then(showTicker, () => {}); },
    onEvent,
    onNotice: (name, n) => {
      if (name === 'display-identify') identify(n);
      if (name === 'ticker-updated') showTicker(n);
    },
    onConnection: up => {
      $('lost').hidden = up;
      document.body.dataset.connected = String(up);
    },
  });
  document.body.dataset.ready = 'true';
})();
