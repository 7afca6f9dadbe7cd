// What the province sent: the ticker notice in force (with its one-click rollback) and where each setting comes from.
import { get, post } from './api.js';
import { t } from './words.js';
import { h, section, button, note, failure } from './ui.js';

export async function province(content) {
  const box = h('div.problems', { role: 'alert' });
  const shown = h('blockquote#ticker-text', {});
  const origin = h('p#ticker-origin', {});
  const previous = h('p#ticker-previous', {});
  const rollback = button('tech.province.ticker.rollback', async () => {
    try {
      show(await post('/api/v1/tech/ticker/rollback'));
      note(t('tech.province.ticker.rolled_back'));
    } catch (e) {
      failure(box, e);
    }
  }, { id: 'ticker-rollback' });
  const line = x => x.en ? x.vi + ' • ' + x.en : x.vi;
  const show = s => {
    box.replaceChildren();
    // Text only, as the display shows it: whatever the province wrote is never read as markup.
    shown.textContent = line(s.inForce);
    origin.textContent = s.inForce.version ? t('tech.province.ticker.from_province', s.inForce)
      : t('tech.province.ticker.own');
    previous.textContent = !s.previousKept ? '' : s.previous.version
      ? t('tech.province.ticker.previous_province', s.previous) : t('tech.province.ticker.previous_own');
    rollback.hidden = !s.previousKept;
  };
  content.append(section('tech.province.ticker.title', h('p.muted', {}, t('tech.province.ticker.explain')), shown,
    origin, previous, h('div.actions', {}, rollback), box));
  show(await get('/api/v1/tech/ticker'));
}
