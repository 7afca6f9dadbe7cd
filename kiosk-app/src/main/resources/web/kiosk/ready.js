// The VNeID question before taking a number for a procedure that can be filed online: three big answers, spoken.

import { h, button } from '/common/dom.js';
import { t } from '/common/words.js';
import { icon } from './icons.js';
import { postJson } from '/common/api.js';

/**
 * params: procedure (its card) and serviceId (the queue the card offered). The answer is counted on the server,
 * never tied to anyone, and says which queue to join: "no" and "don't know" go where VNeID is set up. The kiosk
 * never asks for a VNeID password or number, and says so.
 */
export function readyScreen(app, params) {
  const answers = h('div.ready-answers', { role: 'group', 'aria-labelledby': 'ready-q' });
  const answer = async value => {
    answers.querySelectorAll('button').forEach(b => { b.disabled = true; });
    let route = null;
    try {
      route = await postJson('/api/v1/readiness', { procedureId: params.procedure.id, answer: value });
    } catch (e) {
      // Offline or refused: the citizen still gets a number for the queue the card offered, never a dead end.
    }
    app.go('confirm', { procedure: params.procedure, serviceId: route ? route.serviceId : params.serviceId,
      vneidHelp: !!route?.vneidHelp }, { replace: true });
  };
  answers.append(
    button('ready-answer.yes', [h('span', { html: icon('check') }), t('ready.yes')], () => answer('YES'),
      { dataset: { answer: 'YES' } }),
    button('ready-answer.no', [h('span', { html: icon('warning') }), t('ready.no')], () => answer('NO'),
      { dataset: { answer: 'NO' } }),
    button('ready-answer.unsure', [h('span', { html: icon('help') }), t('ready.unsure')], () => answer('UNSURE'),
      { dataset: { answer: 'UNSURE' } }));
  app.voice.say('vneid');
  return h('section.ready', {},
    h('div.ready-ask', {},
      h('h1', { id: 'ready-q', tabindex: '-1' }, t('ready.question')),
      h('p.hint', {}, t('ready.why')),
      answers),
    h('aside.ready-needs', { 'aria-labelledby': 'ready-needs' },
      h('h2', { id: 'ready-needs' }, h('span', { html: icon('phone') }), t('ready.needs')),
      h('ul', {}, ['phone', 'app', 'sim', 'papers'].map(k => h('li', {}, t('ready.need_' + k)))),
      h('p.ready-safe', {}, t('ready.never_password'))));
}
