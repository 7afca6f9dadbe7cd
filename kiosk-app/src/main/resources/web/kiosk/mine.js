// "My ticket" at the kiosk: invites a scan of the ticket's QR, then shows where that ticket stands.

import { h, button } from '/common/dom.js';
import { t } from '/common/words.js';
import { icon } from './icons.js';
import { stateLine } from '/common/ticketstate.js';
import { getJson, postJson } from '/common/api.js';
import { ratingPanel, givenLine, complaintNote } from '/rate/widget.js';

/**
 * A completed ticket scanned here may be rated at once; the server knows it was scanned at this kiosk a
 * moment ago, so the page never needs the ticket's token.
 */
async function offerRating(app, ticket, box) {
  let offer;
  try {
    offer = await getJson('/api/v1/feedback/scanned/' + encodeURIComponent(ticket.number));
  } catch (e) {
    return;
  }
  if (offer.rating) {
    box.replaceChildren(givenLine(offer.rating), complaintNote(offer.complaintUrl) || '');
  } else if (offer.rateable) {
    box.replaceChildren(ratingPanel({
      reasons: offer.reasonChoices,
      send: (rating, reasons) => postJson('/api/v1/feedback', { number: ticket.number, scanned: true, rating, reasons }),
      onDone: () => app.voice.say('thanks'),
    }), complaintNote(offer.complaintUrl) || '');
  }
}

export function mineScreen(app, { ticket }) {
  if (!ticket) {
    app.voice.say('scan');
    return h('section.mine', {},
      h('h1', { tabindex: '-1' }, t('follow.title')),
      h('div.scanhint', {}, h('span', { html: icon('qr', 'icon huge') }),
        h('p.big', {}, t('follow.scan')), h('p', {}, t('follow.scan_where'))));
  }
  const rating = h('div.mine-rating');
  if (ticket.state === 'COMPLETED') offerRating(app, ticket, rating);
  return h('section.mine', {},
    h('h1', { tabindex: '-1' }, t('follow.number')),
    h('div.number', {}, ticket.number),
    h('div.service', {}, ticket.serviceName),
    h('p.state' + (ticket.state === 'CALLED' ? '.called' : ''), { role: 'status' }, stateLine(ticket)),
    rating,
    button('primary.done', [h('span', { html: icon('check') }), t('ticket.done')], () => app.home()));
}
