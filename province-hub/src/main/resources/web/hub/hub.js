// The hub's page: signs in, then shows the league table, the kiosks' health, the alerts and the load by hour.

import { h, s } from '/hub/dom.js';
import * as f from '/hub/format.js';
import { ringName, ringsCard } from '/hub/rings.js';
import { catalogView } from '/hub/catalog.js';
import { voiceView } from '/hub/voice.js';

const main = document.getElementById('main');
const LANGUAGES = ['vi', 'en'];
const TABS = ['league', 'fleet', 'alerts', 'load'];
const ADMIN_TABS = ['accounts', 'catalog', 'voice'];
let lang = 'vi';
let words = {};
let session = null;
let tab = 'league';
/** What each tab was last asked for, so a language switch or a redraw asks the same again. */
const state = { league: { sort: 'served', dir: 'desc' }, alerts: { filter: 'open' }, load: {} };

function t(key, params = {}) {
  const w = words[key];
  if (w === undefined) return key;
  return w.replace(/\{(\w+)\}/g, (m, name) => (name in params ? String(params[name]) : m));
}

async function loadWords(l) {
  const res = await fetch('/api/v1/words?lang=' + l);
  words = await res.json();
  lang = l;
  f.setLanguage(l);
  document.documentElement.lang = l;
}

async function api(method, url, body) {
  const headers = { Accept: 'application/json', 'Accept-Language': lang };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && session) headers['X-CSRF-Token'] = session.csrfToken;
  const res = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const data = res.status === 204 ? null : await res.json().catch(() => ({}));
  if (!res.ok) throw Object.assign(new Error(data.message || res.status), { status: res.status });
  return data;
}

function account() {
  const nav = document.getElementById('account');
  const items = LANGUAGES.filter(l => l !== lang).map(l => h('button', {
    type: 'button', lang: l, class: 'language',
    onclick: async () => { await loadWords(l); drawAll(); },
  }, l === 'en' ? 'English' : 'Tiếng Việt'));
  if (session) {
    items.unshift(h('span', {}, t('hub.signed_in', { user: session.username })));
    items.push(h('button', { type: 'button', class: 'signout', onclick: signOut }, t('hub.signout')));
  }
  nav.replaceChildren(...items);
}

function drawAll() {
  document.title = t('hub.title');
  document.getElementById('title').textContent = t('hub.title');
  document.getElementById('subtitle').textContent = t('hub.subtitle');
  account();
  if (!session) signInForm();
  else if (session.mustChangePassword) passwordForm();
  else if (tabsOf(session).length === 0) {
    main.replaceChildren(h('p.card.problem', { role: 'alert' }, t('hub.no_role')));
  } else {
    tabsView();
  }
}

function failed(e) {
  if (e.status === 401) { session = null; drawAll(); return; }
  return h('p.card.problem', { role: 'alert' }, t('hub.failed', { message: e.message }));
}

function signInForm() {
  const problem = h('p.problem', { role: 'alert', hidden: true });
  const form = h('form.signin.card', {},
    h('h2', {}, t('hub.signin_title')),
    h('label', { for: 'user' }, t('hub.username')), h('input', { id: 'user', autocomplete: 'username', required: true }),
    h('label', { for: 'pass' }, t('hub.password')),
    h('input', { id: 'pass', type: 'password', autocomplete: 'current-password', required: true }),
    h('p', {}, h('button.primary', { type: 'submit' }, t('hub.signin_button'))), problem);
  form.addEventListener('submit', async e => {
    e.preventDefault();
    try {
      session = await api('POST', '/api/v1/auth/login',
        { username: form.querySelector('#user').value, password: form.querySelector('#pass').value });
      drawAll();
    } catch (err) {
      problem.textContent = err.message;
      problem.hidden = false;
    }
  });
  main.replaceChildren(form);
}

function passwordForm() {
  const problem = h('p.problem', { role: 'alert', hidden: true });
  const form = h('form.signin.card.password', {},
    h('h2', {}, t('hub.must_change')),
    h('label', { for: 'old' }, t('hub.password')),
    h('input', { id: 'old', type: 'password', autocomplete: 'current-password', required: true }),
    h('label', { for: 'new' }, t('hub.new_password')),
    h('input', { id: 'new', type: 'password', autocomplete: 'new-password', required: true }),
    h('p', {}, h('button.primary', { type: 'submit' }, t('hub.change_password'))), problem);
  form.addEventListener('submit', async e => {
    e.preventDefault();
    try {
      await api('POST', '/api/v1/auth/password',
        { currentPassword: form.querySelector('#old').value, newPassword: form.querySelector('#new').value });
      session = await api('GET', '/api/v1/auth/me');
      drawAll();
    } catch (err) {
      problem.textContent = err.message;
      problem.hidden = false;
    }
  });
  main.replaceChildren(form);
}

async function signOut() {
  try { await api('POST', '/api/v1/auth/logout', {}); } catch (e) { /* signed out either way */ }
  session = null;
  drawAll();
}

/** The leader's and technician's four tabs, and the accounts tab for an admin. */
function tabsOf(s) {
  const figures = s.roles.includes('LEADER') || s.roles.includes('TECHNICIAN') ? TABS : [];
  return [...figures, ...(s.roles.includes('ADMIN') ? ADMIN_TABS : [])];
}

function tabsView() {
  const tabs = tabsOf(session);
  if (!tabs.includes(tab)) tab = tabs[0];
  const panel = h('section', { id: 'panel', role: 'tabpanel', 'aria-labelledby': 'tab-' + tab });
  const bar = h('div.tabs', { role: 'tablist' }, tabs.map(name => h('button.tab', {
    type: 'button', role: 'tab', id: 'tab-' + name, 'data-tab': name, 'aria-selected': String(name === tab),
    'aria-controls': 'panel', onclick: () => { tab = name; tabsView(); },
  }, t('hub.tab.' + name))));
  main.replaceChildren(bar, panel);
  panel.append(h('p.note', {}, t('hub.loading')));
  const views = { league: leagueView, fleet: fleetView, alerts: alertsView, load: loadView, accounts: accountsView,
    catalog: p => catalogView(p, { t, api, csrf: () => session.csrfToken, lang: () => lang }),
    voice: p => voiceView(p, { t, api, csrf: () => session.csrfToken, lang: () => lang }) };
  views[tab](panel).catch(e => panel.replaceChildren(failed(e) || ''));
}

// ---- League table ----

const LEAGUE_COLUMNS = [
  { key: 'rank', sort: null, text: true }, { key: 'centre', sort: 'centre', text: true },
  { key: 'served', sort: 'served' }, { key: 'wait_mean', sort: 'waitMean' }, { key: 'wait_median', sort: 'waitMedian' },
  { key: 'guided_share', sort: 'guidedShare' }, { key: 'satisfaction', sort: 'satisfaction' },
  { key: 'rated_share', sort: 'ratedShare' }, { key: 'no_shows', sort: 'noShows' }, { key: 'uptime', sort: 'uptime' },
];

/** A day typed the Vietnamese way, dd/mm/yyyy, whatever the browser's own date format would be. */
function dayInput(id, iso) {
  return h('input.day', { id, value: f.day(iso), inputmode: 'numeric', placeholder: 'dd/mm/yyyy', size: 10,
    autocomplete: 'off' });
}

function dayOf(input) {
  const iso = f.parseDay(input.value);
  if (!iso) throw new Error(t('hub.bad_day', { text: input.value }));
  return iso;
}

function periodQuery(p) {
  return (p.from ? `from=${p.from}&` : '') + (p.to ? `to=${p.to}&` : '');
}

async function leagueView(panel) {
  const st = state.league;
  const table = await api('GET', `/api/v1/league?${periodQuery(st)}sort=${st.sort}&dir=${st.dir}`);
  st.from = table.from;
  st.to = table.to;
  const from = dayInput('league-from', table.from);
  const to = dayInput('league-to', table.to);
  const problem = h('p.problem', { role: 'alert', hidden: true });
  const show = async () => {
    try {
      const next = { ...st, from: dayOf(from), to: dayOf(to) };
      await api('GET', `/api/v1/league?${periodQuery(next)}sort=${st.sort}&dir=${st.dir}`);
      Object.assign(st, next);
      tabsView();
    } catch (e) {
      problem.textContent = e.message;
      problem.hidden = false;
    }
  };
  const q = `${periodQuery(st)}sort=${st.sort}&dir=${st.dir}&lang=${lang}`;
  const head = h('tr', {}, LEAGUE_COLUMNS.map(c => {
    const label = t('league.col.' + c.key);
    if (!c.sort) return h('th', { scope: 'col', class: c.text ? 'text' : null }, label);
    const sorted = st.sort === c.sort;
    return h('th', {
      scope: 'col', class: c.text ? 'text' : null, 'data-col': c.sort,
      'aria-sort': sorted ? (st.dir === 'asc' ? 'ascending' : 'descending') : 'none',
    }, h('button.sort', {
      type: 'button',
      onclick: () => {
        // A second click on the sorted column turns the order round; a new column starts at its natural order.
        if (sorted) st.dir = st.dir === 'asc' ? 'desc' : 'asc';
        else { st.sort = c.sort; st.dir = c.sort === 'centre' || c.sort.startsWith('wait') ? 'asc' : 'desc'; }
        tabsView();
      },
    }, label));
  }));
  const rows = table.rows.map(r => {
    const x = r.figures;
    const waited = x.waitN > 0;
    return h('tr', { 'data-centre': r.centre },
      h('td.rank.text', {}, r.rank ?? '–'), h('td.text.centre', {}, r.centre), h('td', {}, f.integer(x.served)),
      h('td', {}, waited ? f.minutes(x.waitMeanSeconds) : '–'), h('td', {}, waited ? f.minutes(x.waitMedianSeconds) : '–'),
      h('td', {}, f.percent(x.guidedShare)), h('td', {}, f.percent(x.satisfaction)), h('td', {}, f.percent(x.ratedShare)),
      h('td', {}, f.integer(x.noShows)), h('td', {}, f.percent(r.uptime)));
  });
  panel.replaceChildren(h('div.card.league', {},
    h('h2', {}, t('league.title')),
    h('div.controls', {},
      h('label', { for: 'league-from' }, t('hub.from'), from), h('label', { for: 'league-to' }, t('hub.to'), to),
      h('button.primary.show', { type: 'button', onclick: show }, t('hub.show')),
      h('div.downloads', {},
        h('a.csv', { href: '/api/v1/league.csv?' + q, download: 'league.csv' }, t('hub.download_csv')),
        h('a.pdf', { href: '/api/v1/league.pdf?' + q, download: 'league.pdf' }, t('hub.download_pdf')))),
    problem,
    h('p.period', {}, t('league.period').replace('{0}', f.day(table.from)).replace('{1}', f.day(table.to))),
    h('div.scroll', {}, h('table', {}, h('thead', {}, head), h('tbody', {}, rows))),
    table.rows.length ? null : h('p.note.empty', {}, t('league.empty')),
    h('p.note', {}, t('league.sort_hint')), h('p.note', {}, t('league.uptime_note'))));
}

// ---- Fleet health ----

/** The voice pack in force (the shipped clips: the kiosk's own), and one still downloading. */
function voiceCell(hl) {
  const inForce = hl.voiceVersion ? f.integer(hl.voiceVersion) : t('fleet.catalog_local');
  return hl.voicePending ? [inForce, h('small.pending', {}, ' ' + t('fleet.voice_pending',
    { version: f.integer(hl.voicePending) }))] : inForce;
}

async function fleetView(panel) {
  const [fleet, rings] = await Promise.all([api('GET', '/api/v1/fleet'), api('GET', '/api/v1/rings')]);
  const cols = ['centre', 'state', 'version', 'ring', 'catalog', 'ticker', 'settings', 'voice', 'printer', 'scanner', 'screens', 'disk', 'cpu', 'power', 'backup',
    'backlog', 'last', 'alerts'];
  const rows = fleet.map(k => {
    const hl = k.health;
    const stateCell = k.online === null ? h('span.state.unknown', {}, t('fleet.unknown'))
      : k.online ? h('span.state.online', {}, t('fleet.online'))
        : h('span.state.offline', {}, t('fleet.offline_since', { time: f.dateTime(k.since) }));
    const dash = '–';
    return h('tr', { 'data-centre': k.centre },
      h('td.text.centre', {}, k.centre), h('td.text', {}, stateCell),
      h('td.text.version', {}, hl ? hl.version : dash, hl && hl.upgradeFailed
        ? h('span.alert-chip', {}, t('fleet.upgrade_failed', { version: hl.upgradeFailed })) : null),
      h('td.text', {}, hl ? ringName(t, hl.ring) : dash),
      h('td', {}, hl ? (hl.catalogVersion ? f.integer(hl.catalogVersion) : t('fleet.catalog_local')) : dash),
      h('td', {}, hl ? (hl.tickerVersion ? f.integer(hl.tickerVersion) : t('fleet.catalog_local')) : dash),
      h('td', {}, hl ? (hl.settingsVersion ? f.integer(hl.settingsVersion) : t('fleet.settings_none')) : dash),
      h('td', {}, hl ? voiceCell(hl) : dash),
      h('td.text', { class: hl && hl.printer !== 'READY' ? 'bad' : null }, hl ? device(hl.printer) : dash),
      h('td.text', {}, hl ? device(hl.scanner) : dash), h('td', {}, hl ? hl.screensConnected : dash),
      h('td', {}, hl ? f.bytes(hl.diskFreeBytes) : dash),
      h('td', {}, hl && hl.cpuCelsius !== null ? f.decimal(hl.cpuCelsius) + ' °C' : dash),
      h('td.text', { class: hl && hl.powerFlags.length ? 'bad' : null },
        hl ? (hl.powerFlags.length ? hl.powerFlags.map(f => t('fleet.flag.' + f)).join(', ') : t('fleet.power_ok')) : dash),
      h('td', {}, hl && hl.lastBackupAt ? f.dateTime(hl.lastBackupAt) : dash),
      h('td', {}, hl ? f.integer(hl.backlog) : dash), h('td', {}, f.dateTime(k.lastHealthAt)),
      h('td.text', {}, k.alerts.length ? k.alerts.map(a => h('span.alert-chip', {}, kindName(a.kind)))
        : t('fleet.none')));
  });
  // Wider than a desk screen with its many columns: the scrolled region takes focus, so keys scroll it too.
  panel.replaceChildren(h('div.card.fleet', {}, h('h2', {}, t('fleet.title')), ringsCard(t, rings),
    h('div.scroll', { tabindex: '0', role: 'region', 'aria-label': t('fleet.title') }, h('table', {},
      h('thead', {}, h('tr', {}, cols.map(c => h('th', {
        scope: 'col', class: ['centre', 'state', 'version', 'ring', 'printer', 'scanner', 'power', 'alerts'].includes(c)
          ? 'text' : null,
      }, t('fleet.col.' + c))))),
      h('tbody', {}, rows))),
    fleet.length ? null : h('p.note', {}, t('fleet.empty'))));
}

/** A device's state word in the page's language; a word this page does not know shows as it came. */
function device(word) {
  const w = t('fleet.device.' + word);
  return w.startsWith('fleet.device.') ? word : w;
}

function kindName(kind) {
  const w = t('alerts.kind.' + kind);
  return w.startsWith('alerts.kind.') ? kind : w;
}

// ---- Alerts ----

function took(seconds) {
  if (seconds === null || seconds === undefined) return '–';
  const m = Math.round(seconds / 60);
  return m < 60 ? t('alerts.minutes', { n: m }) : t('alerts.hours', { h: Math.floor(m / 60), m: m % 60 });
}

async function alertsView(panel) {
  const st = state.alerts;
  const alerts = await api('GET', '/api/v1/alerts?state=' + st.filter);
  const technician = session.roles.includes('TECHNICIAN');
  const filters = h('div.controls', { role: 'group' }, ['open', 'closed', 'all'].map(name => h('button.tab', {
    type: 'button', 'data-filter': name, 'aria-pressed': String(st.filter === name),
    onclick: () => { st.filter = name; tabsView(); },
  }, t('alerts.state.' + name))));
  const rows = alerts.map(a => h('tr', { 'data-alert': a.id },
    h('td.text.centre', {}, a.centre), h('td.text', {}, kindName(a.kind)), h('td.text', {}, a.detail),
    h('td', {}, f.dateTime(a.openedAt)), h('td.text', {}, a.assignee || '–'),
    h('td.text', {}, a.note || '–', a.notes.length ? h('ul.notes', {}, a.notes.map(n =>
      h('li', {}, `${f.dateTime(n.at)} ${n.author}: ${n.note}`))) : null),
    h('td', {}, a.closedAt ? f.dateTime(a.closedAt) : '–',
      a.closedAt ? h('div.note', {}, a.closedBy === 'auto' ? t('alerts.closed_auto')
        : t('alerts.closed_by', { user: a.closedBy })) : null),
    h('td', {}, took(a.durationSeconds)),
    technician ? h('td', {}, a.closedAt ? '' : h('div.actions', {},
      h('button.secondary.assign', { type: 'button', onclick: () => ask(a, 'assign') }, t('alerts.assign')),
      h('button.secondary.add-note', { type: 'button', onclick: () => ask(a, 'note') }, t('alerts.add_note')),
      h('button.secondary.close', { type: 'button', onclick: () => ask(a, 'close') }, t('alerts.close')))) : null));
  const cols = ['centre', 'kind', 'detail', 'opened', 'assignee', 'note', 'closed', 'took'];
  if (technician) cols.push('actions');
  panel.replaceChildren(h('div.card.alerts', {}, h('h2', {}, t('alerts.title')), filters,
    h('div.scroll', {}, h('table', {},
      h('thead', {}, h('tr', {}, cols.map(c => h('th', {
        scope: 'col', class: ['centre', 'kind', 'detail', 'assignee', 'note'].includes(c) ? 'text' : null,
      }, t('alerts.col.' + c))))),
      h('tbody', {}, rows))),
    alerts.length ? null : h('p.note.empty', {}, t('alerts.empty'))));
}

/** Asks for the assignee or the note in a dialog, then sends it; the list is drawn again from the answer. */
function ask(alert, action) {
  const label = action === 'assign' ? t('alerts.assign_to') : t('alerts.note_text');
  const field = action === 'assign'
    ? h('input', { id: 'dialog-text', value: alert.assignee || session.username, required: true })
    : h('textarea', { id: 'dialog-text', rows: 3, required: action === 'note' });
  const problem = h('p.problem', { role: 'alert', hidden: true });
  const dialog = h('dialog', { 'aria-labelledby': 'dialog-title' }, h('form', { method: 'dialog' },
    h('h2', { id: 'dialog-title' }, `${t('alerts.' + (action === 'note' ? 'add_note' : action))} · ${alert.centre}`),
    h('label', { for: 'dialog-text' }, label), field, problem,
    h('div.buttons', {},
      h('button.secondary', { type: 'button', value: 'cancel', onclick: () => dialog.close() }, t('alerts.cancel')),
      h('button.primary.save', { type: 'submit' }, t('alerts.save')))));
  dialog.querySelector('form').addEventListener('submit', async e => {
    e.preventDefault();
    const body = action === 'assign' ? { assignee: field.value } : { note: field.value };
    try {
      await api('POST', `/api/v1/alerts/${alert.id}/${action}`, body);
      dialog.close();
      tabsView();
    } catch (err) {
      problem.textContent = err.message;
      problem.hidden = false;
    }
  });
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  field.focus();
}

// ---- Load by hour ----

async function loadView(panel) {
  const st = state.load;
  const fleet = await api('GET', '/api/v1/fleet');
  const q = (st.centre ? `centre=${encodeURIComponent(st.centre)}&` : '') + periodQuery(st);
  const load = await api('GET', '/api/v1/load?' + q);
  st.from = load.from;
  st.to = load.to;
  const centre = h('select', { id: 'load-centre' }, h('option', { value: '' }, t('load.all_centres')),
    fleet.map(k => h('option', { value: k.centre, selected: k.centre === st.centre }, k.centre)));
  const from = dayInput('load-from', load.from);
  const to = dayInput('load-to', load.to);
  const problem = h('p.problem', { role: 'alert', hidden: true });
  const show = async () => {
    try {
      const next = { centre: centre.value || null, from: dayOf(from), to: dayOf(to) };
      await api('GET', '/api/v1/load?' + (next.centre ? `centre=${encodeURIComponent(next.centre)}&` : '')
        + periodQuery(next));
      Object.assign(st, next);
      tabsView();
    } catch (e) {
      problem.textContent = e.message;
      problem.hidden = false;
    }
  };
  panel.replaceChildren(h('div.card.load', {}, h('h2', {}, t('load.title')),
    h('div.controls', {},
      h('label', { for: 'load-centre' }, t('load.centre'), centre),
      h('label', { for: 'load-from' }, t('hub.from'), from), h('label', { for: 'load-to' }, t('hub.to'), to),
      h('button.primary.show', { type: 'button', onclick: show }, t('hub.show'))),
    problem,
    h('p.period', {}, t('league.period').replace('{0}', f.day(load.from)).replace('{1}', f.day(load.to)), ' · ',
      t('load.total', { n: f.integer(load.issued), d: load.days })),
    h('div.chart', {}, hourChart(load.hours))),
  h('div.card.weekdays', {}, h('h2', {}, t('load.weekday_title')),
    h('table', {}, h('thead', {}, h('tr', {}, h('th.text', { scope: 'col' }, ''),
      h('th', { scope: 'col' }, t('load.days')), h('th', { scope: 'col' }, t('load.issued')),
      h('th', { scope: 'col' }, t('load.per_day')))),
    h('tbody', {}, load.weekdays.map(w => h('tr', {}, h('td.text', {}, t('weekday.' + w.day)),
      h('td', {}, w.days), h('td', {}, f.integer(w.issued)),
      h('td', {}, w.perDay === null ? '–' : f.decimal(w.perDay))))))));
}

/** Bars per hour over the working day (6:00–19:00) and any other hour that had tickets. */
function hourChart(hours) {
  const shown = hours.filter(x => (x.hour >= 6 && x.hour <= 19) || x.issued > 0);
  const max = Math.max(1, ...shown.map(x => x.issued));
  const W = 960;
  const H = 240;
  const left = 40;
  const bottom = 24;
  const step = (W - left) / shown.length;
  const y = v => (H - bottom) - (v / max) * (H - bottom - 16);
  const bars = shown.map((x, i) => {
    const bx = left + i * step + step * 0.15;
    return [
      s('rect.bar', { x: bx, y: y(x.issued), width: step * 0.7, height: (H - bottom) - y(x.issued),
        'data-hour': x.hour }, s('title', {}, `${String(x.hour).padStart(2, '0')}:00 – ${f.integer(x.issued)}`)),
      s('text', { x: bx + step * 0.35, y: H - 8, 'text-anchor': 'middle' }, String(x.hour).padStart(2, '0')),
      x.issued ? s('text', { x: bx + step * 0.35, y: y(x.issued) - 3, 'text-anchor': 'middle' }, f.integer(x.issued))
        : null,
    ];
  });
  return s('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': t('load.chart_label') },
    s('line', { x1: left, y1: H - bottom, x2: W, y2: H - bottom, stroke: '#8a9bb0' }),
    s('text', { x: left - 6, y: 20, 'text-anchor': 'end' }, f.integer(max)),
    s('text', { x: left - 6, y: H - bottom, 'text-anchor': 'end' }, '0'), bars);
}

// ---- Accounts (admin) ----

const ROLES = ['LEADER', 'TECHNICIAN', 'ADMIN'];

async function accountsView(panel) {
  const accounts = await api('GET', '/api/v1/accounts');
  const problem = h('p.problem', { role: 'alert', hidden: true });
  const done = h('p.note', { role: 'status' });
  const name = h('input', { id: 'acc-name', autocomplete: 'off', required: true });
  const pass = h('input', { id: 'acc-pass', type: 'password', autocomplete: 'new-password', required: true });
  const boxes = ROLES.map(r => h('label.check', {}, h('input', { type: 'checkbox', value: r, checked: r === 'LEADER' }),
    ' ', t('accounts.role.' + r)));
  const form = h('form.controls.new-account', {},
    h('label', { for: 'acc-name' }, t('hub.username'), name),
    h('label', { for: 'acc-pass' }, t('accounts.first_password'), pass),
    h('fieldset.roles', {}, h('legend', {}, t('accounts.roles')), boxes),
    h('button.primary', { type: 'submit' }, t('accounts.create')));
  form.addEventListener('submit', async e => {
    e.preventDefault();
    try {
      const roles = boxes.map(b => b.querySelector('input')).filter(i => i.checked).map(i => i.value);
      await api('POST', '/api/v1/accounts', { username: name.value.trim(), password: pass.value, roles });
      tabsView();
    } catch (err) {
      problem.textContent = err.message;
      problem.hidden = false;
    }
  });
  const rows = accounts.map(a => h('tr', { 'data-account': a.username },
    h('td.text.centre', {}, a.username), h('td.text', {}, a.roles.map(r => t('accounts.role.' + r)).join(', ')),
    h('td.text', {}, a.mustChangePassword ? t('accounts.must_change') : ''),
    h('td', {}, h('button.secondary.reset', { type: 'button', onclick: () => resetPassword(a.username, done) },
      t('accounts.reset')))));
  panel.replaceChildren(h('div.card.accounts', {}, h('h2', {}, t('accounts.title')),
    h('div.scroll', {}, h('table', {}, h('thead', {}, h('tr', {},
      h('th.text', { scope: 'col' }, t('hub.username')), h('th.text', { scope: 'col' }, t('accounts.roles')),
      h('th.text', { scope: 'col' }, t('accounts.state')), h('th', { scope: 'col' }, t('alerts.col.actions')))),
    h('tbody', {}, rows))), done),
  h('div.card', {}, h('h2', {}, t('accounts.new')), form, problem, h('p.note', {}, t('accounts.hint'))));
}

function resetPassword(username, done) {
  const field = h('input', { id: 'dialog-text', type: 'password', autocomplete: 'new-password', required: true });
  const problem = h('p.problem', { role: 'alert', hidden: true });
  const dialog = h('dialog', { 'aria-labelledby': 'dialog-title' }, h('form', { method: 'dialog' },
    h('h2', { id: 'dialog-title' }, `${t('accounts.reset')} · ${username}`),
    h('label', { for: 'dialog-text' }, t('accounts.first_password')), field, problem,
    h('div.buttons', {},
      h('button.secondary', { type: 'button', onclick: () => dialog.close() }, t('alerts.cancel')),
      h('button.primary.save', { type: 'submit' }, t('alerts.save')))));
  dialog.querySelector('form').addEventListener('submit', async e => {
    e.preventDefault();
    try {
      await api('POST', `/api/v1/accounts/${encodeURIComponent(username)}/password`, { password: field.value });
      dialog.close();
      tabsView();
    } catch (err) {
      problem.textContent = err.message;
      problem.hidden = false;
    }
  });
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  field.focus();
}

// ---- Start ----

(async () => {
  const asked = new URLSearchParams(location.search).get('lang');
  await loadWords(asked === 'en' ? 'en' : 'vi');
  try {
    session = await api('GET', '/api/v1/auth/me');
  } catch (e) {
    session = null;
  }
  drawAll();
  document.body.dataset.ready = 'true';
})();
