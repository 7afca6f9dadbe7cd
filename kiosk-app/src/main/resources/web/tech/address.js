// The address phones open from a ticket's QR code: the one in force, where it comes from, a warning while a
// phone could never reach it (loopback), and a field to set it.
import { getJson, putJson } from '/common/api.js';
import { t } from '/common/words.js';
import { h, section, field, button, note, failure } from './ui.js';

/** The warning shown above every section while the address is loopback; empty when it is not. */
export async function addressWarning(box) {
  const v = await getJson('/api/v1/tech/public-url');
  box.replaceChildren(...(v.loopback ? [h('p.warning', { role: 'alert' }, t('tech.address.loopback', { url: v.url }),
    ' ', h('a', { href: '#address' }, t('tech.nav.address')))] : []));
  box.hidden = !v.loopback;
  return v;
}

export async function address(content) {
  const facts = h('dl.facts#address-state', {});
  const errors = h('div.errors#address-errors', {});
  const form = h('div.form#address-form', {});
  const warning = document.getElementById('address-warning');
  const show = v => {
    const row = (k, value) => [h('dt', {}, t(k)), h('dd', {}, value)];
    facts.replaceChildren(...row('tech.address.now', h('code#public-url', {}, v.url)),
      ...row('tech.address.how', t(v.fromEnvironment ? 'tech.address.environment'
        : v.derived ? 'tech.address.derived' : 'tech.address.configured')));
    form.replaceChildren(field('address-url', 'tech.address.field', v.configured,
      { type: 'url', disabled: v.fromEnvironment || undefined, size: 40 }));
  };
  const save = async () => {
    try {
      show(await putJson('/api/v1/tech/public-url', { url: document.getElementById('address-url').value }));
      errors.replaceChildren();
      await addressWarning(warning);
      note(t('tech.address.saved'));
    } catch (e) {
      failure(errors, e);
    }
  };
  content.append(section('tech.address.title', facts, form, errors,
    button('tech.address.save', save, { id: 'save-address' })));
  show(await getJson('/api/v1/tech/public-url'));
}
