// The leader's page: signs in, asks the report routes for today, a day or a range, and draws figures, chart and tables.

import { h } from '/common/dom.js';
import { loadWords, t } from '/common/words.js';
import { connectLive } from '/common/live.js';
import { num, pct, minutes as mins, axisSteps } from '/common/numbers.js';

const main = document.getElementById('main');
/** Today's figures are asked again this long after a live event, so a burst of calls costs one request. */
const LIVE_DELAY_MS = 2000;
const LIVE_POLL_MS = 30000;
let lang = 'vi';
let languages = [];
let session = null;
let mode = 'today';
let period = {};
let pending = null;
/** The centre's service day, as the server counts it (its zone and reset time), from the first report. */
let today = null;

async function api(method, url, body) {
  const headers = { Accept: 'application/json', 'Accept-Language': lang };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && session) headers['X-CSRF-Token'] = session.csrfToken;
  const res = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const data = res.status === 204 ? null : await res.json().catch(() => ({}));
  if (!res.ok) throw Object.assign(new Error(data.message || res.status), { status: res.status, code: data.error });
  return data;
}

const vnDate = iso => iso.slice(8, 10) + '/' + iso.slice(5, 7) + '/' + iso.slice(0, 4);

function account() {
  const nav = document.getElementById('account');
  const items = languages.filter(l => l.code !== lang).map(l => h('button', {
    type: 'button', lang: l.code, onclick: async () => { lang = l.code; await loadWords(lang); drawAll(); },
  }, l.name));
  if (session) {
    items.unshift(h('span', {}, t('leader.signed_in', { user: session.username })));
    items.push(h('button', { type: 'button', class: 'signout', onclick: signOut }, t('leader.signout')));
  }
  nav.replaceChildren(...items);
}

function drawAll() {
  document.title = t('leader.title');
  document.getElementById('title').textContent = t('leader.title');
  account();
  if (!session) signInForm();
  else if (session.mustChangePassword) passwordForm();
  else if (!session.roles.includes('LEADER') && !session.roles.includes('TECHNICIAN')) {
    main.replaceChildren(h('p.card.problem', { role: 'alert' }, t('leader.no_role')));
  } else {
    reportView().catch(e => {
      if (e.status === 401) { session = null; drawAll(); return; }
      main.replaceChildren(h('p.card.problem', { role: 'alert' }, t('leader.failed', { message: e.message })));
    });
  }
}

function signInForm(message) {
  const problem = h('p.problem', { role: 'alert', hidden: !message }, message || '');
  const form = h('form.signin.card', {},
    h('h2', {}, t('leader.signin')),
    h('label', { for: 'user' }, t('leader.username')), h('input', { id: 'user', autocomplete: 'username', required: true }),
    h('label', { for: 'pass' }, t('leader.password')),
    h('input', { id: 'pass', type: 'password', autocomplete: 'current-password', required: true }),
    // Offered once a lock-out is met: the code is printed on the Pi by `kiosk unlock <account>`.
    h('label', { for: 'unlock-code', hidden: true }, t('leader.unlock_code')),
    h('input', { id: 'unlock-code', autocomplete: 'off', hidden: true }),
    h('p', {}, h('button.primary', { type: 'submit' }, t('leader.signin_button'))), problem);
  form.addEventListener('submit', async e => {
    e.preventDefault();
    try {
      const code = form.querySelector('#unlock-code');
      session = await api('POST', '/api/v1/auth/login', { username: form.querySelector('#user').value,
        password: form.querySelector('#pass').value, unlockCode: code.value.trim() || undefined });
      drawAll();
    } catch (err) {
      if (err.code === 'locked') form.querySelectorAll('[hidden]:not(.problem)').forEach(el => { el.hidden = false; });
      form.querySelector('#unlock-code').value = '';
      problem.textContent = err.message;
      problem.hidden = false;
    }
  });
  main.replaceChildren(form);
}

function passwordForm() {
  const problem = h('p.problem', { role: 'alert', hidden: true });
  const form = h('form.signin.card', {},
    h('h2', {}, t('leader.must_change')),
    h('label', { for: 'old' }, t('leader.password')),
    h('input', { id: 'old', type: 'password', autocomplete: 'current-password', required: true }),
    h('label', { for: 'new' }, t('leader.new_password')),
    h('input', { id: 'new', type: 'password', autocomplete: 'new-password', required: true }),
    h('p', {}, h('button.primary', { type: 'submit' }, t('leader.change_password'))), problem);
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

/** The query of the chosen period, for the JSON route and the downloads alike. */
function route(ext) {
  if (mode === 'range') {
    return `/api/v1/reports/range${ext}?from=${period.from}&to=${period.to}&lang=${lang}`;
  }
  return mode === 'day' ? `/api/v1/reports/daily${ext}?date=${period.date}&lang=${lang}`
    : `/api/v1/reports/daily${ext}?lang=${lang}`;
}

function dossierRoute() {
  return '/api/v1/reports/dossier-ratings.csv' + (mode === 'day' ? '?date=' + period.date : '');
}

function controls() {
  const modeButton = (m, key) => h('button.mode', {
    type: 'button', 'aria-pressed': String(mode === m), dataset: { mode: m },
    onclick: () => { mode = m; drawAll(); },
  }, t(key));
  const date = (id, key, value) => h('label', { for: id }, t(key),
    h('input', { id, type: 'date', value, onchange: e => { period[id] = e.target.value; } }));
  period.date = period.date || today;
  period.from = period.from || today.slice(0, 8) + '01';
  period.to = period.to || today;
  const inputs = mode === 'day' ? [date('date', 'leader.date', period.date)]
    : mode === 'range' ? [date('from', 'leader.from', period.from), date('to', 'leader.to', period.to)] : [];
  return h('section.card.controls', {},
    h('fieldset', {}, h('legend', {}, t('leader.period')),
      modeButton('today', 'leader.today'), modeButton('day', 'leader.day'), modeButton('range', 'leader.range')),
    ...inputs,
    mode === 'today' ? null : h('button.primary.show', { type: 'button', onclick: load }, t('leader.show')),
    h('div.downloads', {},
      h('a.csv', { href: route('.csv'), download: '' }, t('leader.csv')),
      h('a.pdf', { href: route('.pdf'), download: '' }, t('leader.pdf')),
      // The ratings by dossier code are one day's, as the province's one-stop software imports them.
      mode === 'range' ? null : h('a.dossiers', { href: dossierRoute(), download: '' }, t('leader.dossier_csv'))));
}

async function reportView() {
  if (today === null) {
    const first = await api('GET', '/api/v1/reports/daily?lang=' + lang);
    today = first.from;
  }
  main.replaceChildren(controls(), h('div', { id: 'report', 'aria-live': 'polite' }, h('p', {}, t('loading'))));
  load();
}

async function load() {
  const box = document.getElementById('report');
  if (!box) return;
  document.querySelector('.downloads .csv').href = route('.csv');
  document.querySelector('.downloads .pdf').href = route('.pdf');
  const dossiers = document.querySelector('.downloads .dossiers');
  if (dossiers) dossiers.href = dossierRoute();
  try {
    const r = await api('GET', route(''));
    box.replaceChildren(...report(r));
  } catch (e) {
    if (e.status === 401) { session = null; drawAll(); return; }
    box.replaceChildren(h('p.card.problem', { role: 'alert' }, t('leader.failed', { message: e.message })));
  }
}

/** A figure's tile; a count is written with the language's thousands separator (12.345). */
function tile(value, key, sub) {
  return h('div.tile', {}, h('div.v', {}, typeof value === 'number' ? num(value) : String(value)),
    h('div.k', {}, t(key)), sub ? h('div.s', {}, sub) : null);
}

function table(head, rows, cls = '') {
  return h('table' + cls, {}, h('thead', {}, h('tr', {}, head.map(x => h('th', { scope: 'col' }, x)))),
    h('tbody', {}, rows.map(r => h('tr', {}, r.map(c => h('td', {}, c === null || c === undefined ? ''
      : typeof c === 'number' ? num(c) : String(c)))))));
}

function statCells(s) {
  return [mins(s.meanSeconds), mins(s.medianSeconds), mins(s.p90Seconds), mins(s.maxSeconds)];
}

function statHead() {
  return [t('leader.mean'), t('leader.median'), t('leader.p90'), t('leader.max')];
}

/** Issued and served per hour as SVG bars, over the hours that had any; the axis counts in round whole steps. */
function hourChart(hours) {
  const used = hours.filter(x => x.issued || x.served);
  if (!used.length) return h('p', {}, t('leader.no_data'));
  const first = used[0].hour;
  const last = used[used.length - 1].hour;
  const shown = hours.slice(first, last + 1);
  const steps = axisSteps(Math.max(...shown.map(x => Math.max(x.issued, x.served))));
  const max = steps[steps.length - 1];
  const W = 720; const H = 220; const left = 40; const base = H - 24; const top = 12;
  const group = (W - left) / shown.length;
  const bar = Math.min(22, group * 0.38);
  let svg = `<svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${t('leader.by_hour')}">`;
  steps.forEach((v, i) => {
    const y = base - (base - top) * v / max;
    svg += `<line x1="${left}" x2="${W}" y1="${y}" y2="${y}" stroke="${i ? '#d5dde6' : '#14202c'}"/>`
      + `<text class="axis" x="${left - 6}" y="${y + 4}" font-size="11" text-anchor="end">${num(v)}</text>`;
  });
  shown.forEach((x, i) => {
    const gx = left + i * group + group / 2;
    const hi = (base - top) * x.issued / max;
    const hs = (base - top) * x.served / max;
    svg += `<rect class="bar-issued" x="${gx - bar}" y="${base - hi}" width="${bar - 1}" height="${hi}" fill="#0b4f9c"><title>${num(x.issued)}</title></rect>`
      + `<rect class="bar-served" x="${gx}" y="${base - hs}" width="${bar - 1}" height="${hs}" fill="#2e7d4f"><title>${num(x.served)}</title></rect>`
      + `<text x="${gx}" y="${H - 8}" font-size="11" text-anchor="middle">${String(x.hour).padStart(2, '0')}</text>`;
  });
  return h('div.chart', { html: svg + '</svg>' });
}

function report(r) {
  const out = [];
  const tot = r.totals;
  const sat = r.satisfaction;
  out.push(h('p.period', {}, r.from === r.to ? t('leader.period_day', { date: vnDate(r.from) })
    : t('leader.period_range', { from: vnDate(r.from), to: vnDate(r.to) })),
  h('p.updated', {}, t('leader.updated', { time: r.generatedAt })));
  if (r.live) {
    const l = r.live;
    out.push(h('section.card.live', {}, h('h2', {}, t('leader.live')), h('div.tiles', {},
      tile(l.issued, 'leader.issued'), tile(l.waiting, 'leader.waiting'), tile(l.served, 'leader.served'),
      tile(l.noShow, 'leader.no_show'),
      tile(l.longestWaitSeconds === null ? '–' : t('leader.minutes', { m: mins(l.longestWaitSeconds) }),
        'leader.longest_wait', l.longestWaitNumber))));
  }
  out.push(h('section.card.summary', {}, h('h2', {}, t('leader.summary')), h('div.tiles', {},
    tile(tot.issued, 'leader.issued'), tile(tot.served, 'leader.served'), tile(tot.noShow, 'leader.no_show'),
    tile(tot.expired, 'leader.expired'), tile(tot.transferred, 'leader.transferred'),
    tile(pct(tot.guidedOnlineShare), 'leader.guided_online', t('leader.of', { part: num(tot.guidedOnline), whole: num(tot.served) })),
    tile(pct(tot.priorityShare), 'leader.priority', t('leader.of', { part: num(tot.priority), whole: num(tot.issued) })),
    tile(pct(sat.share), 'leader.satisfaction', t('leader.of', { part: num(sat.satisfied), whole: num(sat.rated) })),
    tile(pct(sat.responseRate), 'leader.response_rate', t('leader.of', { part: num(sat.rated), whole: num(tot.served) })))));
  out.push(h('div.grid2', {},
    h('section.card', {}, h('h2', {}, t('leader.by_hour')), hourChart(r.hours),
      h('div.legend', {}, h('span.issued', {}, t('leader.issued_legend')), h('span.served', {}, t('leader.served_legend')))),
    h('section.card', {}, h('h2', {}, t('leader.times')),
      table(['', ...statHead()], [[t('leader.wait'), ...statCells(tot.waitTime)],
        [t('leader.service_time'), ...statCells(tot.serviceTime)]]),
      h('p.note', {}, t('leader.wait_note')))));
  out.push(h('section.card.services', {}, h('h2', {}, t('leader.by_service')), table(
    [t('leader.name'), t('leader.issued'), t('leader.served'), t('leader.no_show'),
      ...statHead().map(x => t('leader.wait') + ' · ' + x), t('leader.service_time') + ' · ' + t('leader.mean'),
      t('leader.satisfaction')],
    r.services.map(s => [s.name, s.issued, s.served, s.noShow, ...statCells(s.waitTime),
      mins(s.serviceTime.meanSeconds), pct(s.satisfaction)]))));
  out.push(h('div.grid2', {},
    h('section.card.counters', {}, h('h2', {}, t('leader.by_counter')), table(
      [t('leader.name'), t('leader.served'), t('leader.wait') + ' · ' + t('leader.mean'),
        t('leader.service_time') + ' · ' + t('leader.mean'), t('leader.service_time') + ' · ' + t('leader.p90'),
        t('leader.satisfaction')],
      r.counters.map(c => [c.name, c.served, mins(c.waitTime.meanSeconds), mins(c.serviceTime.meanSeconds),
        mins(c.serviceTime.p90Seconds), pct(c.satisfaction)]))),
    h('section.card.officers', {}, h('h2', {}, t('leader.by_officer')), table(
      [t('leader.name'), t('leader.served'), t('leader.wait') + ' · ' + t('leader.mean'),
        t('leader.service_time') + ' · ' + t('leader.mean'), t('leader.service_time') + ' · ' + t('leader.median'),
        t('leader.service_time') + ' · ' + t('leader.p90')],
      r.officers.map(o => [o.username, o.served, mins(o.waitTime.meanSeconds), mins(o.serviceTime.meanSeconds),
        mins(o.serviceTime.medianSeconds), mins(o.serviceTime.p90Seconds)])))));
  out.push(h('div.grid2', {},
    h('section.card.satisfaction', {}, h('h2', {}, t('leader.levels')),
      table([t('leader.levels'), t('leader.count')], sat.levels.map(x => [t('rate.' + x.key), x.n])),
      h('h2', {}, t('leader.reasons')),
      table([t('leader.reasons'), t('leader.count')], sat.reasons.map(x => [t('rate.reason.' + x.key), x.n]))),
    h('section.card.channels', {}, h('h2', {}, t('leader.by_channel')),
      table([t('leader.by_channel'), t('leader.count')], r.channels.map(x => [t('leader.channel.' + x.key), x.n])),
      h('h2', {}, t('leader.outcomes')),
      table([t('leader.outcomes'), t('leader.count')], r.outcomes.map(x => [t('leader.outcome.' + x.key), x.n])))));
  out.push(...staffAndDesk(r));
  out.push(h('section.card.procedures', {}, h('h2', {}, t('leader.by_procedure')), table(
    [t('leader.name'), t('leader.issued')],
    r.procedures.slice(0, 20).map(p => [p.id === null ? t('leader.no_procedure')
      : (p.code ? p.code + ' · ' : '') + p.name, p.issued]))));
  return out;
}

/** Pauses, idle time and output per counter and officer; the assisted-online desk; the kiosk's VNeID question. */
function staffAndDesk(r) {
  const staffHead = [t('leader.name'), t('leader.served'), t('leader.pauses'), t('leader.paused_min'),
    t('leader.idle_min'), t('leader.per_hour'), t('leader.guided_online')];
  const staffRows = rows => rows.map(x => [x.name, x.served, x.pauses, mins(x.pausedSeconds), mins(x.idleSeconds),
    num(x.servedPerHour, 1), pct(x.guidedOnlineShare)]);
  const d = r.desk;
  const deskHead = first => [first, t('leader.outcome.FILED_ONLINE'), t('leader.outcome.VNEID_SET_UP'),
    t('leader.outcome.SENT_TO_COUNTER'), t('leader.outcome.NOT_FILED')];
  const deskRows = (rows, name) => rows.map(x => [name(x), x.filedOnline, x.vneidSetUp, x.sentToCounter, x.notFiled]);
  return [
    h('section.card.staff', {}, h('h2', {}, t('leader.staff')),
      h('div.grid2', {},
        h('div', {}, h('h3', {}, t('leader.by_counter')), table(staffHead, staffRows(r.staff.counters))),
        h('div', {}, h('h3', {}, t('leader.by_officer')), table(staffHead, staffRows(r.staff.officers)))),
      h('p.note', {}, t('leader.staff_note'))),
    h('section.card.desk', {}, h('h2', {}, t('leader.desk')),
      h('div.tiles', {}, tile(d.filedOnline, 'leader.outcome.FILED_ONLINE'), tile(d.vneidSetUp, 'leader.outcome.VNEID_SET_UP'),
        tile(d.sentToCounter, 'leader.outcome.SENT_TO_COUNTER'), tile(d.notFiled, 'leader.outcome.NOT_FILED')),
      h('div.grid2', {},
        h('div', {}, h('h3', {}, t('leader.by_officer')), table(deskHead(t('leader.name')), deskRows(d.officers, x => x.key)),
          h('h3', {}, t('leader.by_day')), table(deskHead(t('leader.date')), deskRows(d.days, x => vnDate(x.key)))),
        h('div', {}, h('h3', {}, t('leader.desk_by_procedure')),
          table(deskHead(t('leader.name')), deskRows(d.procedures, x => x.name ?? t('leader.no_procedure'))),
          h('h3', {}, t('leader.desk_reasons')),
          table([t('leader.desk_reasons'), t('leader.count')], d.reasons.map(x => [t('staff.desk.reason.' + x.key), x.n]))))),
    h('section.card.readiness', {}, h('h2', {}, t('leader.readiness')),
      r.readiness.length ? table([t('leader.name'), t('ready.yes'), t('ready.no'), t('ready.unsure')],
        r.readiness.map(x => [(x.code ? x.code + ' · ' : '') + x.name, x.yes, x.no, x.unsure]))
        : h('p', {}, t('leader.no_data'))),
  ];
}

/** While today is shown, a live event brings fresh figures a moment later. */
function onLive() {
  const showsToday = mode === 'today' || (mode === 'day' && period.date === today)
    || (mode === 'range' && period.from <= today && today <= period.to);
  if (!session || today === null || !showsToday || pending) return;
  pending = setTimeout(() => { pending = null; load(); }, LIVE_DELAY_MS);
}

async function start() {
  const settings = await (await fetch('/api/v1/kiosk')).json();
  languages = settings.languages;
  document.getElementById('centre').textContent = settings.centreName || '';
  await loadWords(lang);
  try {
    session = await api('GET', '/api/v1/auth/me');
  } catch (e) {
    session = null;
  }
  drawAll();
  connectLive({ onSnapshot: () => {}, onEvent: onLive, onNotice: () => {}, onConnection: () => {} });
  setInterval(onLive, LIVE_POLL_MS);
  document.body.dataset.ready = 'true';
}

start();
