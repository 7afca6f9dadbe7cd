// The counter tablet: when the officer completes a ticket, the live stream says so and the citizen rates it here.

import { h } from '/common/dom.js';
import { loadWords, t } from '/common/words.js';
import { connectLive } from '/common/live.js';
import { getJson, postJson } from '/common/api.js';
import { ratingPanel, givenLine, complaintNote } from '/rate/widget.js';
import { guardTaps, screenShown } from '/common/settle.js';

/** After thanks, the tablet waits this long before it goes back to its resting screen. */
const THANKS_MS = 6000;
const counter = Number(new URLSearchParams(location.search).get('counter'));
const screen = document.getElementById('screen');
/** How often the tablet asks again, so an offer nobody took ends when the server's window closes. */
const RECHECK_MS = 30000;
let shown = null;
let resting = null;
/** Tickets offered once already: a ticket is never offered twice, whatever was tapped. */
const handled = new Set();

function idle() {
  clearTimeout(resting);
  resting = null;
  shown = null;
  screen.replaceChildren(h('p.idle', {}, t('rate.idle')));
  screenShown();
}

function offer(ticket) {
  clearTimeout(resting);
  shown = ticket.number;
  handled.add(ticket.number);
  screenShown();
  const head = h('p.ticket', {}, h('span.number', {}, ticket.number), ticket.serviceName);
  if (!ticket.rateable) {
    screen.replaceChildren(head, ticket.rating ? givenLine(ticket.rating) : h('p', {}, t('rate.already')),
      complaintNote(ticket.complaintUrl) || '');
    resting = setTimeout(idle, THANKS_MS);
    return;
  }
  screen.replaceChildren(head, ratingPanel({
    reasons: ticket.reasonChoices,
    send: (rating, reasons) => postJson('/api/v1/feedback', { counterId: counter, number: ticket.number, rating, reasons }),
    onDone: () => { resting = setTimeout(idle, THANKS_MS); },
  }), complaintNote(ticket.complaintUrl) || '');
}

/** Asks which ticket was just completed here; a new one replaces whatever is shown. */
async function check() {
  const ticket = await getJson('/api/v1/feedback/counter/' + counter);
  if (ticket && ticket.number !== shown && !handled.has(ticket.number)) offer(ticket);
  else if (!ticket && shown && !resting) idle();
}

async function start() {
  guardTaps();
  await loadWords('vi');
  document.title = t('rate.title');
  if (!Number.isInteger(counter) || counter < 1) {
    screen.replaceChildren(h('p.idle', {}, t('rate.no_counter')));
    return;
  }
  document.getElementById('counter').textContent = t('rate.counter', { counter });
  document.getElementById('offline').textContent = t('follow.offline');
  idle();
  connectLive({
    onSnapshot: () => check().catch(() => {}),
    onEvent: (name, e) => {
      if (e.kind === 'COMPLETED' && e.ticket && e.ticket.counterId === counter) check().catch(() => {});
    },
    onNotice: () => {},
    onConnection: ok => { document.getElementById('offline').hidden = ok; },
  });
  setInterval(() => check().catch(() => {}), RECHECK_MS);
  document.body.dataset.ready = 'true';
}

start();
