// Finding a procedure: search with the on-screen keyboard or browse by field, then the procedure's card.

import { h, button } from '/common/dom.js';
import { t } from '/common/words.js';
import { icon } from './icons.js';
import { getJson, postJson } from '/common/api.js';
import { printFaultKey } from './printfault.js';
import { keyboard } from './keyboard.js';
import { screenShown } from '/common/settle.js';

function name(app, p) {
  return app.lang === 'vi' ? p.name : p.nameEn || p.name;
}

function badges(p) {
  return [
    h('span.badge.online-' + p.online, {}, t('card.online_' + p.online)),
    p.freeOnline ? h('span.badge.free', {}, t('card.free')) : null,
  ];
}

function resultList(app, list) {
  if (!list.length) return h('p.notice.warn', { role: 'status' }, t('find.none'));
  return h('div.results', {}, list.map(p => button('result', [
    h('span.title', {}, app.lang === 'vi' ? p.shortName || p.name : p.nameEn || p.name),
    h('span.badges', {}, badges(p))], () => app.go('card', { id: p.id }), { dataset: { procedure: p.id } })));
}

/** params.query keeps what was typed when the citizen comes back from a card; params.field a chosen field. */
export function findScreen(app, params) {
  const box = h('div.searchbox', { role: 'searchbox', 'aria-label': t('find.search'), tabindex: '0' });
  const body = h('div.findbody', { 'aria-live': 'polite' });
  let typing = params.keyboard !== false;
  let seq = 0;
  let timer;

  const count = h('span.count');
  const drawBox = q => box.replaceChildren(h('span', { html: icon('search') }),
    q ? h('span.q', {}, q) : h('span.placeholder', {}, t('find.search')), h('span.caret'), count);

  async function showFields(mine) {
    const fields = await getJson('/api/v1/kiosk/fields');
    if (mine !== seq) return; // a letter typed since: its results stand, not the fields
    body.replaceChildren(h('h2', {}, t('find.fields')), h('div.fields', {}, fields.map(f => button('tile.field',
      [h('span', { html: icon(f.icon, 'icon') }), h('span.title', {}, app.lang === 'vi' ? f.name : f.nameEn || f.name),
        h('span.sub', {}, t('find.count', { n: f.procedures }))],
      () => app.go('find', { field: f, keyboard: false }), { dataset: { field: f.code } }))));
    // The tiles come after the screen, where the finger that opened it may still be; the keyboard beside them
    // did not move, so keys tapped meanwhile still count.
    screenShown(body);
  }

  async function search(q) {
    const mine = ++seq;
    if (!q.trim()) {
      count.textContent = '';
      await showFields(mine);
      return;
    }
    const list = await getJson('/api/v1/kiosk/procedures?q=' + encodeURIComponent(q));
    if (mine !== seq) return; // a newer search has answered already
    count.textContent = t('find.count', { n: list.length });
    body.replaceChildren(h('h2', {}, t('find.results') + ' · ' + t('find.count', { n: list.length })),
      resultList(app, list));
  }

  const kb = keyboard({
    t,
    value: params.query || '',
    onChange: q => {
      params.query = q;
      drawBox(q);
      clearTimeout(timer);
      timer = setTimeout(() => search(q).catch(() => app.toast(t('error.offline'), 'warn')), 250);
    },
    onDone: () => setTyping(false),
  });
  const kbToggle = button('nav.kbtoggle', [h('span', { html: icon('keyboard') }), t('keyboard.show')],
    () => setTyping(true));
  function setTyping(on) {
    typing = on;
    params.keyboard = on;
    kb.el.hidden = !on;
    kbToggle.hidden = on;
    section.classList.toggle('typing', on);
    // The keyboard coming or going uncovers other controls under the finger that tapped.
    screenShown();
  }
  box.addEventListener('click', () => setTyping(true));
  const clear = button('clear', t('keyboard.clear'), () => kb.clear());

  let section;
  if (params.field) {
    section = h('section.find', {}, h('h1', { tabindex: '-1' },
      t('find.field_title', { field: app.lang === 'vi' ? params.field.name : params.field.nameEn })), body);
    getJson('/api/v1/kiosk/procedures?field=' + encodeURIComponent(params.field.code))
      .then(list => { body.replaceChildren(resultList(app, list)); screenShown(); })
      .catch(() => app.toast(t('error.offline'), 'warn'));
    return section;
  }
  section = h('section.find', {}, h('h1.sr', { tabindex: '-1' }, t('find.title')),
    h('div.searchrow', {}, box, clear, kbToggle), body, kb.el);
  drawBox(params.query || '');
  setTyping(typing);
  search(params.query || '').catch(() => app.toast(t('error.offline'), 'warn'));
  app.voice.say('procedure');
  return section;
}

export function cardScreen(app, params) {
  const section = h('section.card', {}, h('p', {}, t('loading')));
  getJson('/api/v1/kiosk/procedures/' + encodeURIComponent(params.id))
    .then(p => { section.replaceChildren(...card(app, p).filter(Boolean)); screenShown(); })
    .catch(e => section.replaceChildren(h('p.notice.warn', { role: 'status' },
      e.offline ? t('error.offline') : e.message || t('error.generic'))));
  return section;
}

function docs(title, list) {
  return list.length ? [h('h2', {}, title), h('ul.docs', {}, list.map(d => h('li', {}, d)))] : [];
}

/** The counters of the assisted-online desk, by name: "Quầy 5". */
function desk(app, p) {
  return (p.supportDesk?.counters || []).map(c => app.lang === 'vi' ? c.name : c.nameEn || c.name).join(', ');
}

function card(app, p) {
  // The print's answer sits in the row of buttons, right above the finger that asked, and is said aloud.
  const status = h('div.cardstatus', { role: 'status', 'aria-live': 'polite' });
  const tell = (kind, text, clip) => {
    status.className = 'cardstatus ' + kind;
    status.textContent = text;
    app.voice.say(clip);
  };
  const outcome = r => {
    if (r.status === 'FAILED') tell('bad', t(printFaultKey('card', r.printer)), 'print-failed');
    else if (r.status === 'PRINTED') tell('ok', t('card.printed'), 'guide-printed');
  };
  // A slow printer answers PENDING; its outcome comes later on the live stream, perhaps before that answer.
  let waitingFor = null;
  const ended = new Map();
  app.listen((name, n) => {
    if (name !== 'print-updated' || n.ticketId || !n.status?.jobId || n.status.status === 'PENDING') return;
    if (n.status.jobId === waitingFor) { waitingFor = null; outcome(n.status); } else ended.set(n.status.jobId, n.status);
  });
  const printGuide = button('action.guide', [h('span', { html: icon('print') }), t('card.print')], async () => {
    tell('pending', t('card.printing'), 'guide-printing');
    waitingFor = null;
    try {
      const r = await postJson(`/api/v1/guides/${encodeURIComponent(p.id)}/print`);
      if (r.status === 'PENDING' && r.jobId) {
        if (ended.has(r.jobId)) outcome(ended.get(r.jobId));
        else waitingFor = r.jobId;
      } else outcome(r);
    } catch (e) {
      tell('bad', e.offline ? t('error.offline') : t('card.print_failed'), 'print-failed');
    }
  });
  // A procedure that can be filed online asks first whether the citizen has a level-2 VNeID account.
  const take = serviceId => app.go(p.online !== 'none' ? 'ready' : 'confirm', { procedure: p, serviceId });
  // A full-process procedure takes no paper, so its one number is for the assisted-online desk, and says where.
  const help = p.fullProcess
    ? button('action.primary.desk', [h('span', { html: icon('ticket') }), t('card.desk_ticket', { counters: desk(app, p) })],
      () => take(p.supportServiceId))
    : button('action', [h('span', { html: icon('help') }), t('card.help')], () => take(p.supportServiceId));
  const ticket = p.fullProcess ? null : button('action.primary', [h('span', { html: icon('ticket') }), t('card.ticket')],
    () => take(p.serviceId));
  const submit = p.documentsToSubmit || [];
  const present = p.documentsToPresent || [];
  return [
    h('h1', { tabindex: '-1' }, app.lang === 'vi' ? p.shortName || p.name : p.nameEn || p.name),
    app.lang === 'vi' && p.shortName && p.shortName !== p.name ? h('p.official', {}, p.name) : null,
    h('div.meta', {},
      h('span.code', {}, p.nationalCode ? t('card.code', { code: p.nationalCode }) : t('card.no_code')),
      h('span.level', {}, t('card.level_' + p.level)),
      badges(p)),
    p.fullProcess ? h('p.notice.full', { role: 'note' }, h('span', { html: icon('warning') }),
      t('card.full_process', { counters: desk(app, p) })) : null,
    h('div.cardbody', {},
      h('div.cardtext', {},
        docs(t('card.submit'), submit), docs(t('card.present'), present),
        !submit.length && !present.length ? h('p', {}, t('card.no_documents')) : null,
        p.processingTime ? [h('h2', {}, t('card.time')), h('p', {}, p.processingTime)] : null,
        p.feeNote ? [h('h2', {}, t('card.fee')), h('p', {}, p.feeNote)] : null),
      p.online !== 'none' ? h('figure.portal', {},
        h('img.qr', { src: `/api/v1/kiosk/procedures/${encodeURIComponent(p.id)}/qr.svg`, alt: t('card.scan') }),
        h('figcaption', {}, h('strong', {}, t('card.scan')),
          // The name is the card's own title: the code is what the portal's page shows to check against.
          p.nationalCode ? h('span', {}, p.nationalCode) : null))
        : null),
    h('div.actions', {}, status, printGuide, ticket, help),
  ];
}
