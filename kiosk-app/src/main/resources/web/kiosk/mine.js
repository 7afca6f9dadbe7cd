// "My ticket" at the kiosk: invites a scan of the ticket's QR, then shows where that ticket stands.

import { h, button } from './dom.js';
import { t } from './words.js';
import { icon } from './icons.js';
import { stateLine } from './ticketstate.js';

export function mineScreen(app, { ticket }) {
  if (!ticket) {
    app.voice.say('scan');
    return h('section.mine', {},
      h('h1', { tabindex: '-1' }, t('follow.title')),
      h('div.scanhint', {}, h('span', { html: icon('qr', 'icon huge') }),
        h('p.big', {}, t('follow.scan')), h('p', {}, t('follow.scan_where'))));
  }
  return h('section.mine', {},
    h('h1', { tabindex: '-1' }, t('follow.number')),
    h('div.number', {}, ticket.number),
    h('div.service', {}, ticket.serviceName),
    h('p.state' + (ticket.state === 'CALLED' ? '.called' : ''), { role: 'status' }, stateLine(ticket)),
    button('primary.done', [h('span', { html: icon('check') }), t('ticket.done')], () => app.home()));
}
