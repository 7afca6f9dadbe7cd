// Taking a number: choose the field, confirm (with priority), and the ticket on screen with its print status.

import { h, button } from '/common/dom.js';
import { t } from '/common/words.js';
import { icon } from './icons.js';
import { getJson, postJson, requestKey } from '/common/api.js';
import { printFaultKey } from './printfault.js';

function serviceName(app, s) {
  return app.lang === 'vi' ? s.name : s.nameEn || s.name;
}

function waitLine(s) {
  return s.waiting === 0 ? t('services.nobody')
    : t('services.waiting', { n: s.waiting }) + ' · ' + t('services.wait', { m: s.estimatedWaitMinutes });
}

export function servicesScreen(app) {
  const grid = h('div.services');
  const draw = () => grid.replaceChildren(...app.services.map(s => button('tile.service',
    [h('span', { html: icon(app.settings.serviceIcons[s.id], 'icon') }),
      h('span.title', {}, serviceName(app, s)),
      h('span.sub', { dataset: { waiting: s.id } }, waitLine(s))],
    () => app.go('confirm', { serviceId: s.id }), { dataset: { service: s.id }, disabled: !s.open })));
  draw();
  app.listen(name => { if (name !== 'screen-left') draw(); });
  app.voice.say('service');
  return h('section.take', {},
    h('h1', { tabindex: '-1' }, t('services.title')),
    h('p.hint', {}, t('services.hint')),
    grid);
}

/** params: serviceId, or procedure (a card) and serviceId of the queue it joins. */
export function confirmScreen(app, params) {
  const key = params.key || (params.key = requestKey());
  let priority = params.priority ?? app.priorityFromCard;
  const s = app.service(params.serviceId);
  const what = params.procedure
    ? h('div.what', {}, h('span.title', {}, app.lang === 'vi' ? params.procedure.name : params.procedure.nameEn || params.procedure.name),
      h('span.sub', {}, s ? serviceName(app, s) : ''))
    : h('div.what', {}, h('span', { html: icon(app.settings.serviceIcons[params.serviceId], 'icon') }),
      h('span.title', {}, s ? serviceName(app, s) : params.serviceId));
  const toggle = button('toggle', [h('span.box', { html: icon('check') }),
    h('span', {}, h('span.title', {}, t('confirm.priority')), h('span.sub', {}, t('confirm.priority_who')))],
  () => {
    priority = !priority;
    params.priority = priority;
    toggle.setAttribute('aria-checked', String(priority));
  }, { role: 'switch', 'aria-checked': String(priority) });
  const take = button('primary.take', [h('span', { html: icon('print') }), t('confirm.take')], async b => {
    b.disabled = true;
    b.lastChild.textContent = t('confirm.taking');
    try {
      const body = { priority, requestKey: key };
      if (params.procedure) body.procedureId = params.procedure.id;
      if (params.serviceId) body.serviceId = params.serviceId;
      const ticket = await postJson('/api/v1/tickets', body);
      app.history = [];
      app.go('ticket', { ticket }, { replace: true });
    } catch (e) {
      b.disabled = false;
      b.lastChild.textContent = t('confirm.take');
      if (e.offline) app.toast(t('error.offline'), 'warn');
      else if (e.status === 409) app.toast(e.message || t('error.closed'), 'warn');
      else app.toast(e.message || t('error.generic'), 'warn');
    }
  });
  app.voice.say('confirm');
  return h('section.confirm', {},
    h('h1', { tabindex: '-1' }, t('confirm.title')),
    h('p.hint', {}, t('confirm.for')),
    what,
    app.priorityFromCard ? h('p.notice.ok', { role: 'status' }, t('confirm.priority_card')) : null,
    params.vneidHelp ? h('p.notice.vneid', { role: 'note' }, h('span', { html: icon('phone') }), t('ready.helped')) : null,
    toggle,
    take);
}

function printLine(status) {
  switch (status?.status) {
    case 'PRINTED': return ['ok', 'check', t('ticket.print_printed')];
    case 'FAILED': return ['bad', 'warning', t(printFaultKey('ticket', status.printer))];
    case 'NOT_REQUESTED': return ['warn', 'warning', t('ticket.print_none')];
    default: return ['pending', 'print', t('ticket.print_pending')];
  }
}

export function ticketScreen(app, { ticket }) {
  if (ticket.print?.status === 'PENDING' && app.prints.has(ticket.id)) ticket.print = app.prints.get(ticket.id);
  const printBox = h('div.print', { role: 'status', 'aria-live': 'polite' });
  const drawPrint = () => {
    const [cls, ic, text] = printLine(ticket.print);
    printBox.className = 'print ' + cls;
    printBox.replaceChildren(h('span', { html: icon(ic) }), text);
  };
  drawPrint();
  // Should the printer's answer be missed while the connection was down, ask once more.
  const check = setTimeout(async () => {
    if (ticket.print?.status !== 'PENDING' || app.screen !== 'ticket') return;
    try {
      const now = await getJson('/api/v1/tickets/follow/' + encodeURIComponent(ticket.followToken));
      if (now.print && now.print.status !== 'PENDING') app.listeners.forEach(fn => fn('print-updated', { ticketId: ticket.id, status: now.print }));
    } catch (e) { /* the live stream will bring it */ }
  }, 4000);
  app.listen((name, n) => {
    if (name === 'screen-left') clearTimeout(check);
    if (name === 'print-updated' && n.ticketId === ticket.id) {
      const failedNow = n.status.status === 'FAILED' && ticket.print?.status !== 'FAILED';
      ticket.print = n.status;
      drawPrint();
      if (failedNow) {
        app.voice.say('print-failed');
        app.idle.setLimit(app.settings.ticketIdleSeconds * 2);
      }
    }
  });
  const counters = (ticket.counters || []).map(c => app.lang === 'vi' ? c.name : c.nameEn || c.name).join(', ');
  app.voice.say(ticket.print?.status === 'FAILED' ? 'print-failed' : 'ticket');
  return h('section.ticket', {},
    printBox,
    h('div.ticketbody', {},
      h('div.left', {},
        h('h1', { tabindex: '-1' }, t('ticket.title')),
        h('div.number', { 'aria-label': ticket.number }, ticket.number),
        ticket.priority ? h('div.badge.priority', {}, t('ticket.priority')) : null,
        h('div.service', {}, app.lang === 'vi' ? ticket.serviceName : ticket.serviceNameEn || ticket.serviceName),
        counters ? h('div.counters', {}, t('ticket.counters', { counters })) : null,
        h('div.ahead', {}, ticket.waitingAhead === 0 ? t('ticket.next') : t('ticket.ahead', { n: ticket.waitingAhead })),
        ticket.waitingAhead > 0 ? h('div.wait', {}, t('ticket.wait', { m: ticket.estimatedWaitMinutes })) : null,
        h('p.keep', {}, t('ticket.keep'))),
      h('div.right', {},
        h('img.qr', { src: `/api/v1/kiosk/tickets/${encodeURIComponent(ticket.followToken)}/qr.svg`, alt: t('ticket.follow') }),
        h('p.caption', {}, t('ticket.follow')))),
    button('primary.done', [h('span', { html: icon('check') }), t('ticket.done')], () => app.home()));
}

