// Procedure catalog: what is in force (and whether the province sent it), replace it with a new procedures.json
// (checked first), roll back one step.
import { getJson, postJson, call } from '/common/api.js';
import { t } from '/common/words.js';
import { h, section, button, note, failure, pickFile } from './ui.js';

export async function catalog(content) {
  const state = h('p#catalog-state', {});
  const origin = h('p#catalog-origin', {});
  const box = h('div.problems', { role: 'alert' });
  const rollback = button('tech.catalog.rollback', async () => {
    try {
      show(await postJson('/api/v1/tech/catalog/rollback'));
      note(t('tech.catalog.rolled_back'));
    } catch (e) {
      failure(box, e);
    }
  }, { id: 'catalog-rollback' });
  const show = c => {
    box.replaceChildren();
    state.textContent = t('tech.catalog.state', c);
    origin.textContent = (c.provinceVersion ? t('tech.catalog.from_province', c) : t('tech.catalog.own'))
      + (c.previousKept ? ' ' + (c.previousProvinceVersion ? t('tech.catalog.previous_province', c)
        : t('tech.catalog.previous_own')) : '');
    rollback.hidden = !c.previousKept;
  };
  content.append(section('tech.catalog.title', state, origin, h('div.actions', {},
    button('tech.catalog.replace', async () => {
      const json = await pickFile('.json,application/json', true);
      if (json === null) return;
      try {
        show(await call('PUT', '/api/v1/tech/catalog', json, 'application/json'));
        note(t('tech.catalog.replaced'));
      } catch (e) {
        failure(box, e);
      }
    }, { id: 'catalog-replace', class: 'primary' }), rollback), box));
  show(await getJson('/api/v1/tech/catalog'));
}
