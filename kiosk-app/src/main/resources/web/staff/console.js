// The working console of one counter: its current ticket, the actions with their keys, the waiting list, the others.
import { h } from '/common/dom.js';
import { t } from '/common/words.js';
import { getJson, postJson } from '/common/api.js';
import { num } from '/common/numbers.js';
import { hoursMinutes } from '/common/clock.js';
import { choose, askNumber, completeDialog } from './dialogs.js';

const OUTCOMES = ['RECEIVED_DOSSIER', 'GUIDED_ONLINE', 'NEEDS_MORE_DOCUMENTS', 'OTHER'];
/** The assisted-online desk's outcomes, offered first for a ticket of the desk's (or the VNeID) service. */
const DESK_OUTCOMES = ['FILED_ONLINE', 'VNEID_SET_UP', 'SENT_TO_COUNTER', 'NOT_FILED'];
const NOT_FILED_REASONS = ['NO_VNEID', 'NO_PHONE', 'MISSING_DOCUMENTS', 'PORTAL_DOWN', 'PAYMENT_FAILED', 'OTHER'];

/**
 * One console. ctx: { counterId, services (id → service), lang, deskServices (ids of the assisted-online desk's
 * and the VNeID service), onProblem(problem) }.
 * refresh() reloads the counter from the server; the live stream calls it on every change.
 */
export function counterConsole(root, ctx) {
  let detail = null;
  let counters = [];
  let clockOffset = 0;
  let message = '';
  let refreshing = null;
  /** The procedure cards of the citizens' chosen procedures, fetched once each. */
  const cards = new Map();

  const base = '/api/v1/counters/' + ctx.counterId;
  const name = s => (ctx.lang === 'en' ? s.nameEn || s.name : s.name);
  const service = id => ctx.services.get(id);
  const time = iso => (iso ? hoursMinutes(iso) : '');

  const actions = [
    { id: 'next', key: 'G', label: 'staff.action.next', big: true, when: d => !d.counter.paused && !d.current,
      run: async () => {
        const answer = await postJson(base + '/call-next');
        return answer ? t('staff.done.next', { number: answer.ticket.number }) : t('staff.done.none');
      } },
    { id: 'recall', key: 'L', label: 'staff.action.recall', when: d => d.current?.state === 'CALLED',
      run: async () => t('staff.done.recall', { number: (await postJson(base + '/recall')).ticket.number }) },
    { id: 'no-show', key: 'V', label: 'staff.action.no_show', when: d => d.current?.state === 'CALLED',
      run: async () => t('staff.done.no_show', { number: (await postJson(base + '/no-show')).ticket.number }) },
    { id: 'start', key: 'B', label: 'staff.action.start', when: d => d.current?.state === 'CALLED',
      run: async () => t('staff.done.start', { number: (await postJson(base + '/start')).ticket.number }) },
    { id: 'complete', key: 'H', label: 'staff.action.complete', when: d => !!d.current,
      run: async () => {
        const desk = (ctx.deskServices || []).includes(detail.current.serviceId);
        const answer = await completeDialog(desk ? [...DESK_OUTCOMES, ...OUTCOMES] : OUTCOMES, NOT_FILED_REASONS,
          body => postJson(base + '/complete', body));
        if (!answer) return null;
        return t('staff.done.complete', { number: answer.ticket.number });
      } },
    { id: 'transfer', key: 'C', label: 'staff.action.transfer', when: d => !!d.current,
      run: async () => {
        const others = [...ctx.services.values()].filter(s => s.id !== detail.current.serviceId);
        const serviceId = await choose(t('staff.transfer.title'),
          others.map(s => ({ value: s.id, label: s.prefix + ' · ' + name(s) })));
        if (!serviceId) return null;
        const answer = await postJson(base + '/transfer', { serviceId });
        return t('staff.done.transfer', { number: answer.ticket.number, service: name(service(serviceId)) });
      } },
    { id: 'call', key: 'S', label: 'staff.action.call', when: d => !d.counter.paused && !d.current && d.waiting.length > 0,
      run: async () => {
        const ticket = await askNumber(detail.waiting);
        return ticket ? callTicket(ticket) : null;
      } },
    { id: 'reprint', key: 'I', label: 'staff.action.reprint', when: d => !!d.current,
      run: async () => {
        const status = await postJson('/api/v1/tickets/' + encodeURIComponent(detail.current.id) + '/reprint');
        return t('staff.print.' + status.status, { number: detail.current.number });
      } },
    { id: 'pause', key: 'T', label: d => (d.counter.paused ? 'staff.action.resume' : 'staff.action.pause'),
      when: d => d.counter.paused || !d.current,
      run: async () => {
        const resume = detail.counter.paused;
        await postJson(base + (resume ? '/resume' : '/pause'));
        return t(resume ? 'staff.done.resume' : 'staff.done.pause');
      } },
  ];

  async function callTicket(ticket) {
    const answer = await postJson(base + '/call', { ticketId: ticket.id });
    return t('staff.done.next', { number: answer.ticket.number });
  }

  async function act(action) {
    if (!detail || !action.when(detail) || root.dataset.busy) return;
    root.dataset.busy = '1';
    try {
      const said = await action.run();
      if (said !== null) message = said;
    } catch (problem) {
      if (problem.status === 401) { ctx.onProblem(problem); return; }
      message = problem.message;
    } finally {
      delete root.dataset.busy;
    }
    await refresh();
  }

  function onKey(e) {
    if (e.ctrlKey || e.altKey || e.metaKey || e.repeat) return;
    if (e.target.closest && e.target.closest('input, select, textarea')) return;
    if (!document.getElementById('dialog').hidden) return;
    const action = actions.find(a => a.key === e.key.toUpperCase());
    if (action) {
      e.preventDefault();
      act(action);
    }
  }
  document.addEventListener('keydown', onKey);

  async function load() {
    const res = await fetch(base, { headers: { Accept: 'application/json' } });
    if (res.status === 401) throw Object.assign(new Error('signed out'), { status: 401 });
    if (!res.ok) throw new Error('counter ' + res.status);
    const date = Date.parse(res.headers.get('Date'));
    if (!Number.isNaN(date)) clockOffset = date - Date.now();
    detail = await res.json();
    counters = await getJson('/api/v1/counters');
  }

  /** Reloads and redraws; calls that arrive while one runs share its result, then one more follows. */
  async function refresh() {
    if (refreshing) { refreshing.again = true; return refreshing.done; }
    const run = { again: false };
    refreshing = run;
    run.done = (async () => {
      try {
        do {
          run.again = false;
          await load();
        } while (run.again);
        draw();
      } catch (problem) {
        if (problem.status === 401) ctx.onProblem(problem);
      } finally {
        refreshing = null;
      }
    })();
    return run.done;
  }

  function draw() {
    const d = detail;
    const cur = d.current;
    const now = Date.now() + clockOffset;
    const longest = d.waiting.reduce((m, w) => Math.max(m, now - Date.parse(w.issuedAt)), 0);
    root.dataset.state = d.counter.state;
    root.replaceChildren(
      h('section.work', { 'aria-labelledby': 'current-title' },
        h('div.current' + (cur ? '.' + cur.state.toLowerCase() : ''), { id: 'current' },
          h('h2', { id: 'current-title' }, t('staff.current')),
          cur ? [
            h('div.number', { id: 'current-number' }, cur.number),
            h('div.meta', {},
              h('span.badge', { id: 'current-state' }, t('staff.state.' + cur.state)),
              cur.priority ? h('span.badge.priority', {}, t('staff.priority')) : null,
              h('span', {}, service(cur.serviceId) ? name(service(cur.serviceId)) : cur.serviceId)),
            h('div.meta', {},
              h('span', {}, cur.startedAt ? t('staff.started_at', { time: time(cur.startedAt) })
                : t('staff.called_at', { time: time(cur.calledAt) })),
              cur.recallCount ? h('span', {}, t('staff.recalls', { n: num(cur.recallCount) })) : null),
          ] : h('div.none', {}, d.counter.paused ? t('staff.paused') : t('staff.current.none'))),
        cur?.procedureId ? procedurePanel(cur.procedureId) : null,
        h('div.actions', {}, actions.map(a => {
          const label = t(typeof a.label === 'function' ? a.label(d) : a.label);
          return h('button.action' + (a.big ? '.big' : ''), {
            type: 'button', id: 'act-' + a.id, disabled: !a.when(d), onclick: () => act(a),
            'aria-keyshortcuts': a.key, title: t('staff.key', { key: a.key }),
          }, h('span', {}, label), h('kbd', {}, a.key));
        })),
        h('p.message', { id: 'message', role: 'status', 'aria-live': 'polite' }, message)),
      h('aside.side', {},
        h('section.waiting', { 'aria-labelledby': 'waiting-title' },
          h('h2', { id: 'waiting-title' }, t('staff.waiting.title')),
          h('p.summary', { id: 'waiting-summary' },
            t('staff.waiting.summary', { n: num(d.waiting.length), min: num(Math.floor(longest / 60000)) })),
          d.waiting.length === 0 ? h('p.none', {}, t('staff.waiting.none')) : [
            // Only while a number can be called by a click: with a ticket at the counter or a pause, it cannot.
            cur || d.counter.paused ? null : h('p.hint', { id: 'call-hint' }, t('staff.waiting.call_hint')),
            h('ol.queue', { id: 'waiting' }, d.waiting.slice(0, 60).map(w => h('li', {},
              h('button.ticket' + (w.priority ? '.priority' : ''), {
                type: 'button', dataset: { number: w.number }, disabled: !!cur || d.counter.paused,
                onclick: () => act({ when: () => true, run: () => callTicket(w) }),
                'aria-label': w.number + (w.priority ? ' · ' + t('staff.priority') : ''),
              }, w.number, w.priority ? h('span.star', { 'aria-hidden': 'true' }, '★') : null)))),
          ]),
        h('section.others', { 'aria-labelledby': 'others-title' },
          h('h2', { id: 'others-title' }, t('staff.others')),
          h('ul', { id: 'others' }, counters.filter(c => c.id !== ctx.counterId).map(c =>
            h('li', { dataset: { counter: c.id } }, h('span', {}, name(c)),
              h('b', {}, c.paused ? t('staff.other.paused') : c.currentNumber || t('staff.other.idle'))))))));
  }

  /** The procedure the citizen chose at the kiosk: its name and code, portal QR and documents, to file it with them. */
  function procedurePanel(id) {
    // Focusable, since a long list of documents scrolls inside it and the keyboard must reach it too.
    const panel = h('section.procedure', { id: 'procedure', 'aria-labelledby': 'procedure-title', tabindex: '0' });
    const fill = p => {
      const list = (title, items) => (items?.length ? [h('h3', {}, title), h('ul', {}, items.map(x => h('li', {}, x)))] : []);
      panel.replaceChildren(
        h('div.text', {},
          h('h2', { id: 'procedure-title' }, t('staff.procedure.title')),
          h('p.name', {}, ctx.lang === 'en' ? p.nameEn || p.name : p.name),
          h('p.code', {}, p.nationalCode ? t('staff.procedure.code', { code: p.nationalCode }) : t('staff.procedure.no_code')),
          list(t('staff.procedure.submit'), p.documentsToSubmit), list(t('staff.procedure.present'), p.documentsToPresent)),
        p.online !== 'none' ? h('figure.qr', {},
          h('img', { src: '/api/v1/kiosk/procedures/' + encodeURIComponent(id) + '/qr.svg', alt: t('staff.procedure.qr') }),
          h('figcaption', {}, t('staff.procedure.qr'))) : null);
    };
    if (cards.has(id)) fill(cards.get(id));
    else {
      panel.append(h('p', {}, t('staff.procedure.loading')));
      getJson('/api/v1/kiosk/procedures/' + encodeURIComponent(id)).then(p => {
        cards.set(id, p);
        fill(p);
      }).catch(() => panel.replaceChildren(h('p', {}, id)));
    }
    return panel;
  }

  return {
    refresh,
    close() { document.removeEventListener('keydown', onKey); },
  };
}
