// The citizen's kiosk page: starts up, keeps the live picture, and moves between screens; forgets all when idle.

import { h, button } from '/common/dom.js';
import { loadWords, t } from '/common/words.js';
import { getJson, useLanguage } from '/common/api.js';
import { icon } from './icons.js';
import { connectLive } from '/common/live.js';
import { idleWatch } from './idle.js';
import { voice } from './voice.js';
import { homeScreen } from './home.js';
import { servicesScreen, confirmScreen, ticketScreen } from './take.js';
import { findScreen, cardScreen } from './find.js';
import { mineScreen } from './mine.js';
import { readyScreen } from './ready.js';
import { useZone, hoursMinutes } from '/common/clock.js';
import { guardTaps, screenShown } from '/common/settle.js';

const screens = {
  home: homeScreen,
  services: servicesScreen,
  confirm: confirmScreen,
  ticket: ticketScreen,
  find: findScreen,
  card: cardScreen,
  mine: mineScreen,
  ready: readyScreen,
};

const app = {
  settings: null,
  lang: 'vi',
  services: [],
  /** Set by a scanned ID card of someone old enough; forgotten when the kiosk goes home by itself. */
  priorityFromCard: false,
  screen: null,
  params: {},
  history: [],
  listeners: new Set(),
  /** The last print status heard per ticket: the printer may answer before the ticket screen is drawn. */
  prints: new Map(),
  voice: null,
  idle: null,

  go(name, params = {}, { replace = false } = {}) {
    if (this.screen && !replace) this.history.push([this.screen, this.params]);
    this.show(name, params);
  },
  back() {
    const prev = this.history.pop();
    if (prev) this.show(prev[0], prev[1]);
    else this.show('home', {});
  },
  home() {
    this.history = [];
    this.show('home', {});
  },
  show(name, params) {
    document.getElementById('toast').hidden = true;
    this.screen = name;
    this.params = params;
    this.listeners.forEach(fn => fn('screen-left'));
    this.listeners.clear();
    const view = screens[name](this, params);
    const main = document.getElementById('screen');
    main.replaceChildren(view);
    main.scrollTop = 0;
    main.dataset.screen = name;
    screenShown();
    document.body.dataset.screen = name;
    renderHeader();
    // The ticket stays longer, and longest when its paper failed and the screen is all the citizen has.
    const ticketLimit = this.settings.ticketIdleSeconds * (params.ticket?.print?.status === 'FAILED' ? 2 : 1);
    this.idle.setLimit(name === 'home' ? 0 : name === 'ticket' ? ticketLimit : this.settings.idleSeconds);
    const focus = main.querySelector('h1');
    if (focus) focus.focus({ preventScroll: true });
  },
  /** A screen hears live changes while it is shown. */
  listen(fn) { this.listeners.add(fn); },
  service(id) { return this.services.find(s => s.id === id); },
  toast(text, kind = 'info') { showToast(text, kind); },
};

function renderHeader() {
  const bar = document.getElementById('bar');
  const nav = app.screen === 'home' ? [] : [
    app.history.length ? button('nav.back', [h('span', { html: icon('back') }), t('nav.back')], () => app.back()) : null,
    button('nav.gohome', [h('span', { html: icon('home') }), t('nav.home')], () => app.home()),
  ];
  const others = app.settings.languages.filter(l => l.code !== app.lang);
  const langButtons = others.map(l => button('nav.lang',
    [h('span', { html: icon('globe') }), l.name], () => switchLanguage(l.code), { lang: l.code }));
  const sound = button('nav.sound',
    h('span', { html: icon(app.voice.isOn() ? 'speaker' : 'mute') }),
    () => { app.voice.setOn(!app.voice.isOn()); renderHeader(); },
    { 'aria-label': t(app.voice.isOn() ? 'header.sound_on' : 'header.sound_off'),
      'aria-pressed': String(!app.voice.isOn()) });
  bar.replaceChildren(
    h('div.navs', {}, nav),
    h('div.centre', {}, app.lang === 'vi' ? app.settings.centreName : app.settings.centreNameEn || app.settings.centreName),
    h('div.tools', {}, langButtons, sound, h('span.clock', { id: 'clock' }, clock())));
}

function clock() {
  return hoursMinutes();
}

async function switchLanguage(code) {
  await loadWords(code);
  app.lang = code;
  useLanguage(code);
  app.voice.setLanguage(code);
  document.title = t('app.title');
  app.show(app.screen, app.params);
}

let toastTimer;
function showToast(text, kind) {
  const el = document.getElementById('toast');
  el.className = 'toast ' + kind;
  el.textContent = text;
  el.hidden = false;
  // A warning is said too: a citizen who does not read well still learns that the tap did not work.
  if (kind === 'warn') app.voice.say('warn');
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => { el.hidden = true; }, 6000);
}

function connection(up) {
  const el = document.getElementById('conn');
  el.hidden = false;
  el.className = up ? 'conn back' : 'conn lost';
  el.textContent = t(up ? 'conn.back' : 'conn.lost');
  if (up) setTimeout(() => { el.hidden = true; }, 4000);
}

function applyCounts(counts) {
  for (const c of counts || []) {
    const s = app.service(c.serviceId);
    if (s) Object.assign(s, { waiting: c.waiting, waitingPriority: c.waitingPriority,
      estimatedWaitMinutes: c.estimatedWaitMinutes, openCounters: c.openCounters });
  }
}

function onScan(notice) {
  switch (notice.kind) {
    case 'CITIZEN_CARD':
      if (notice.offerPriority) app.priorityFromCard = true;
      if (app.screen === 'confirm') app.show('confirm', app.params);
      else if (app.screen === 'home') app.go('services');
      // After the screen changed, so that the change does not wipe the message away.
      if (notice.offerPriority && app.screen !== 'confirm') app.toast(t('confirm.priority_card'), 'ok');
      break;
    case 'TICKET':
      app.go('mine', { ticket: notice.ticket }, { replace: app.screen === 'mine' });
      break;
    case 'PROCEDURE':
      app.go('card', { id: notice.procedureId });
      break;
    default: {
      const reason = { INVALID_CARD: 'scan.invalid_card', TICKET_NOT_TODAY: 'scan.ticket_not_today',
        UNKNOWN_PROCEDURE: 'scan.unknown_procedure' }[notice.reason] || 'scan.unsupported';
      app.toast(t(reason), 'warn');
    }
  }
}

/** Everything a citizen did is dropped: language, sound, card priority, screens. */
async function forget() {
  app.priorityFromCard = false;
  app.voice.setOn(app.settings.audio);
  if (app.lang !== 'vi') await switchLanguage('vi');
  document.getElementById('toast').hidden = true;
  app.home();
}

function idleOverlay() {
  const el = document.getElementById('idle');
  return {
    warn() { el.hidden = false; },
    tick(s) {
      el.replaceChildren(h('div.idlebox', {},
        h('div.count', {}, String(s)), h('p', {}, t('idle.warn', { s })), h('p.stay', {}, t('idle.stay'))));
    },
    hide() { el.hidden = true; },
  };
}

async function start() {
  guardTaps();
  // The browser's Back (a key, or a swipe) would leave the kiosk for a blank page: keep one entry of the kiosk's
  // own above the page, and going back from it is the kiosk's Back, after which the entry is set again.
  history.pushState({ kiosk: true }, '');
  window.addEventListener('popstate', () => {
    history.pushState({ kiosk: true }, '');
    app.back();
  });
  // No zoom, no long-press menu: a kiosk page is not a document.
  document.addEventListener('contextmenu', e => e.preventDefault());
  document.addEventListener('dragstart', e => e.preventDefault());
  window.addEventListener('unhandledrejection', e => { e.preventDefault(); app.toast(t('error.generic'), 'warn'); });
  window.addEventListener('error', () => app.toast(t('error.generic'), 'warn'));

  app.settings = await retry(() => getJson('/api/v1/kiosk'));
  useZone(app.settings.timeZone);
  await retry(() => loadWords('vi'));
  document.title = t('app.title');
  app.voice = voice(app.settings.audio ? '/voice/{lang}/kiosk-{name}.ogg' : null);
  app.voice.setOn(app.settings.audio);
  app.services = await retry(() => getJson('/api/v1/services'));
  const overlay = idleOverlay();
  app.idle = idleWatch({
    seconds: app.settings.idleSeconds, warnSeconds: app.settings.warnSeconds,
    onWarn: overlay.warn, onTick: overlay.tick, onCancel: overlay.hide,
    onIdle: () => { overlay.hide(); forget(); },
  });
  document.getElementById('idle').addEventListener('pointerdown', () => { overlay.hide(); app.idle.touch(); });
  const live = connectLive({
    onSnapshot: s => { app.services = s.services; app.listeners.forEach(fn => fn('snapshot', s)); },
    onEvent: (name, e) => { applyCounts(e.services); app.listeners.forEach(fn => fn(name, e)); },
    onNotice: (name, n) => {
      if (name === 'scan') onScan(n);
      else {
        if (name === 'print-updated' && n.ticketId) {
          if (app.prints.size > 50) app.prints.clear();
          app.prints.set(n.ticketId, n.status);
        }
        app.listeners.forEach(fn => fn(name, n));
      }
    },
    onConnection: connection,
  });
  // A page kept in the back-forward cache must not hold one of the browser's few connections to the server.
  window.addEventListener('pagehide', () => live.close());
  setInterval(() => { const c = document.getElementById('clock'); if (c) c.textContent = clock(); }, 10000);
  app.home();
  document.body.dataset.ready = 'true';
  performance.mark('kiosk-ready');
}

/** The page may load before the server is ready (a Pi booting): keep trying, never show a broken page. */
async function retry(fn) {
  for (let wait = 500; ; wait = Math.min(wait * 2, 5000)) {
    try {
      return await fn();
    } catch (e) {
      document.getElementById('conn').hidden = false;
      await new Promise(r => setTimeout(r, wait));
    }
  }
}

start();
