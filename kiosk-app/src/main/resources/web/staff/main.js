// Starts the staff console: words, session, counter, then the live console; a lost session goes back to sign-in.
import { h } from '/common/dom.js';
import { loadWords, t } from '/common/words.js';
import { getJson, postJson, deleteJson, useCsrf, useLanguage } from '/common/api.js';
import { connectLive } from '/common/live.js';
import { signIn } from './signin.js';
import { counterConsole } from './console.js';
import { useZone } from '/common/clock.js';

const bar = document.getElementById('bar');
const screen = document.getElementById('screen');
const stored = (key, value) => (value === undefined ? localStorage.getItem(key) : localStorage.setItem(key, value));

let lang = stored('staff.lang') === 'en' ? 'en' : 'vi';
let live = null;
let current = null;

async function session(notice) {
  try {
    const me = await getJson('/api/v1/auth/me');
    if (!me.mustChangePassword) {
      useCsrf(me.csrfToken);
      return me;
    }
  } catch (problem) {
    if (problem.status !== 401) throw problem;
  }
  bar.replaceChildren(h('h1.title', {}, t('staff.title')));
  document.body.dataset.screen = 'signin';
  return signIn(screen, notice);
}

function chooseCounter(counters, services) {
  const named = id => (services.get(id) ? (lang === 'en' ? services.get(id).nameEn : services.get(id).name) : id);
  return new Promise(resolve => {
    screen.replaceChildren(h('section.card.choose', { 'aria-labelledby': 'choose-title' },
      h('h1', { id: 'choose-title' }, t('staff.counter.choose')),
      h('div.counters', {}, counters.map(c => h('button.counter', {
        type: 'button', dataset: { counter: c.id }, onclick: () => resolve(c.id),
      }, h('b', {}, lang === 'en' ? c.nameEn || c.name : c.name),
      h('span', {}, t('staff.counter.serves', { services: c.serviceIds.map(named).join(', ') })))))));
    screen.querySelector('button')?.focus();
  });
}

async function signOut() {
  live?.close();
  current?.close();
  try { await postJson('/api/v1/auth/logout'); } catch (e) { /* already signed out */ }
  start();
}

function drawBar(me, counters, counterId) {
  const select = h('select', { id: 'counter-select', 'aria-label': t('staff.counter.label') },
    counters.map(c => h('option', { value: c.id, selected: c.id === counterId }, lang === 'en' ? c.nameEn || c.name : c.name)));
  select.addEventListener('change', async () => {
    await deleteJson('/api/v1/counters/' + counterId + '/seat').catch(() => {});
    stored('staff.counter', select.value);
    start();
  });
  bar.replaceChildren(
    h('h1.title', {}, t('staff.title')),
    select,
    h('span.officer', {}, t('staff.officer', { name: me.username })),
    h('span.conn', { id: 'conn', role: 'status', hidden: true }, t('display.lost')),
    h('button.lang', { type: 'button', onclick: () => { stored('staff.lang', lang === 'en' ? 'vi' : 'en'); location.reload(); } },
      t('staff.lang')),
    h('button.signout', { type: 'button', id: 'signout', onclick: signOut }, t('staff.signout')));
}

async function start(notice) {
  live?.close();
  current?.close();
  live = null;
  current = null;
  const me = await session(notice);
  if (!me.roles.includes('STAFF')) {
    screen.replaceChildren(h('section.card', {}, h('p.message', { role: 'alert' }, t('staff.not_staff')),
      h('button.primary', { type: 'button', onclick: signOut }, t('staff.signout'))));
    return;
  }
  const counters = await getJson('/api/v1/counters');
  const services = new Map((await getJson('/api/v1/services')).map(s => [s.id, s]));
  const kiosk = await getJson('/api/v1/kiosk');
  useZone(kiosk.timeZone);
  let counterId = Number(stored('staff.counter'));
  if (!counters.some(c => c.id === counterId)) {
    bar.replaceChildren(h('h1.title', {}, t('staff.title')),
      h('button.signout', { type: 'button', id: 'signout', onclick: signOut }, t('staff.signout')));
    document.body.dataset.screen = 'choose';
    counterId = await chooseCounter(counters, services);
    stored('staff.counter', counterId);
  }
  await postJson('/api/v1/counters/' + counterId + '/seat');
  drawBar(me, counters, counterId);
  screen.replaceChildren(h('div.console', { id: 'console' }));
  current = counterConsole(screen.firstChild, {
    counterId, services, lang, deskServices: [kiosk.supportServiceId, kiosk.vneidServiceId],
    onProblem: () => start(t('staff.signin.expired')),
  });
  await current.refresh();
  document.body.dataset.counter = counterId;
  document.body.dataset.screen = 'console';
  live = connectLive({
    notices: [],
    onSnapshot: () => current?.refresh(),
    onEvent: () => current?.refresh(),
    onNotice: () => {},
    onConnection: up => {
      document.getElementById('conn').hidden = up;
      if (up) current?.refresh();
    },
  });
}

(async () => {
  await loadWords(lang);
  useLanguage(lang);
  document.title = t('staff.title');
  document.body.dataset.ready = 'true';
  await start();
})();
window.addEventListener('pagehide', () => live?.close());
