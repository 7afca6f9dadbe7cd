// The start screen: three large choices, and when the centre is closed, when to come back.

import { h, button } from '/common/dom.js';
import { t } from '/common/words.js';
import { icon } from './icons.js';

/** "07:30, thứ Hai 23/11" from the server's opening time, read as the centre's local time whatever the browser's zone. */
export function openingText(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso || '');
  if (!m) return null;
  const day = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])).getUTCDay();
  return { time: `${m[4]}:${m[5]}`, day: `${t('day.' + day)} ${+m[3]}/${+m[2]}` };
}

export function homeScreen(app) {
  const open = app.services.some(s => s.open);
  let closed = null;
  if (!open) {
    const when = openingText(app.services[0]?.nextOpening);
    closed = h('div.notice.closed', { role: 'status' }, h('span', { html: icon('warning') }),
      when ? t('home.closed', when) : t('home.closed_unknown'));
  }
  const tile = (name, iconName, title, sub, action, disabled) =>
    button('tile.home-' + name, [h('span', { html: icon(iconName, 'icon big') }),
      h('span.title', {}, title), h('span.sub', {}, sub)], action, { disabled });
  app.voice.say('home');
  return h('section.home', {},
    h('h1', { tabindex: '-1' }, t('home.greeting')),
    closed,
    h('div.tiles', {},
      tile('take', 'ticket', t('home.take'), t('home.take_sub'), () => app.go('services'), !open),
      tile('find', 'search', t('home.find'), t('home.find_sub'), () => app.go('find')),
      tile('mine', 'qr', t('home.follow'), t('home.follow_sub'), () => app.go('mine'))));
}
