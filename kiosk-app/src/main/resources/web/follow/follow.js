// The phone's follow page: asks for its ticket every few seconds (light on a cheap phone and the centre Wi-Fi)
// and says plainly when it is the citizen's turn.

import { loadWords, t } from '/common/words.js';
import { stateLine } from '/common/ticketstate.js';
import { postJson, useLanguage } from '/common/api.js';
import { ratingPanel, givenLine, complaintNote } from '/rate/widget.js';
import { guardTaps, screenShown } from '/common/settle.js';

const POLL_MS = 3000;
const token = decodeURIComponent(location.pathname.split('/').filter(Boolean).pop() || '');
const el = id => document.getElementById(id);
let ticket = null;
let lang = 'vi';
let languages = [];
let wasCalled = false;
/** Asked for once, when the ticket is first seen completed: the panel stays put while the citizen taps. */
let rating = null;

/** After the service, the rating once: the three levels, or what was given before. */
async function offerRating() {
  const box = el('rating');
  let offer;
  try {
    const res = await fetch('/api/v1/feedback/' + encodeURIComponent(token));
    if (!res.ok) return;
    offer = await res.json();
  } catch (e) {
    return;
  }
  // On the citizen's own phone a QR cannot be scanned: the complaint page is a link.
  const complaint = complaintNote(offer.complaintUrl, { link: true }) || '';
  if (offer.rating) {
    box.replaceChildren(givenLine(offer.rating), complaint);
  } else if (offer.rateable) {
    box.replaceChildren(ratingPanel({
      reasons: offer.reasonChoices,
      send: (level, reasons) => postJson('/api/v1/feedback', { token, rating: level, reasons }),
    }), complaint);
  }
  screenShown();
}

function draw() {
  document.title = t('follow.title');
  el('label').textContent = t('follow.number');
  el('updates').textContent = t('follow.updates');
  el('offline').textContent = t('follow.offline');
  el('langs').replaceChildren(...languages.filter(l => l.code !== lang).map(l => {
    const b = document.createElement('button');
    b.type = 'button';
    b.lang = l.code;
    b.textContent = l.name;
    b.onclick = async () => {
      await loadWords(l.code);
      lang = l.code;
      useLanguage(l.code);
      if (rating !== null && el('rating').firstChild) rating = offerRating();
      draw();
      // The page now reads in another language: the finger that asked for it must not act on it yet.
      screenShown();
    };
    return b;
  }));
  const box = el('status');
  if (ticket === null) {
    box.textContent = t('loading');
    return;
  }
  if (ticket === false) {
    el('number').textContent = '—';
    box.className = 'status';
    box.textContent = t('follow.not_found');
    return;
  }
  el('number').textContent = ticket.number;
  el('service').textContent = lang === 'vi' ? ticket.serviceName : ticket.serviceNameEn || ticket.serviceName;
  box.className = ticket.state === 'CALLED' ? 'status called' : 'status';
  box.textContent = stateLine(ticket);
  if (ticket.state === 'COMPLETED' && rating === null) rating = offerRating();
}

async function refresh() {
  try {
    const res = await fetch('/api/v1/tickets/follow/' + encodeURIComponent(token));
    el('offline').hidden = true;
    if (res.status === 404) {
      ticket = false;
    } else if (res.ok) {
      ticket = await res.json();
      if (ticket.state === 'CALLED' && !wasCalled && navigator.vibrate) navigator.vibrate([300, 150, 300]);
      wasCalled = ticket.state === 'CALLED';
    }
  } catch (e) {
    el('offline').hidden = false;
  }
  draw();
  return ticket !== false && !['COMPLETED', 'EXPIRED'].includes(ticket?.state);
}

async function start() {
  guardTaps();
  const settings = await (await fetch('/api/v1/kiosk')).json();
  languages = settings.languages;
  const wanted = (navigator.language || 'vi').slice(0, 2);
  lang = languages.some(l => l.code === wanted) ? wanted : 'vi';
  await loadWords(lang);
  useLanguage(lang);
  draw();
  const loop = async () => {
    const more = document.hidden ? true : await refresh();
    if (more) setTimeout(loop, POLL_MS);
  };
  loop();
  document.addEventListener('visibilitychange', () => { if (!document.hidden) refresh(); });
}

start().catch(() => { el('offline').hidden = false; setTimeout(() => location.reload(), 5000); });
