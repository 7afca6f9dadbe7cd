// Accounts: staff and leader accounts with one-time passwords, and bearer tokens for machine clients.
import { getJson, postJson } from '/common/api.js';
import { t } from '/common/words.js';
import { h, section, button, failure, when } from './ui.js';

const ROLES = ['STAFF', 'LEADER'];
const PERSON_ROLES = [...ROLES, 'TECHNICIAN'];

/** The end of a lock-out, from its audit note "from <address> until <instant> after <n> wrong passwords". */
const lockEnd = detail => (/until (\S+)/.exec(detail || '') || [])[1];

export async function accounts(content) {
  const box = h('div.problems', { role: 'alert' });
  const secret = h('p.secret', { id: 'secret', role: 'status' });
  const people = h('tbody#accounts', {});
  const machines = h('tbody#tokens', {});
  const lockouts = h('tbody#lockouts', {});
  const user = h('input#new-user', { autocomplete: 'off', pattern: '[a-z0-9][a-z0-9._-]{1,31}' });
  const roleBoxes = PERSON_ROLES.map(r => h('label.check', { for: 'role-' + r },
    h('input', { type: 'checkbox', id: 'role-' + r, value: r, checked: r === 'STAFF' }), ' ', t('tech.accounts.role.' + r)));
  const tokenName = h('input#new-token', { autocomplete: 'off' });
  const tokenRoles = ROLES.map(r => h('label.check', { for: 'token-role-' + r },
    h('input', { type: 'checkbox', id: 'token-role-' + r, value: r, checked: r === 'STAFF' }), ' ',
    t('tech.accounts.role.' + r)));
  const chosen = boxes => boxes.map(l => l.querySelector('input')).filter(i => i.checked).map(i => i.value);

  const refresh = async () => {
    people.replaceChildren(...(await getJson('/api/v1/tech/accounts')).map(a => h('tr', {},
      h('td', {}, a.username),
      h('td', {}, a.roles.map(r => t('tech.accounts.role.' + r)).join(', ')),
      h('td', {}, [a.mustChangePassword && t('tech.accounts.must_change'), a.locked && t('tech.accounts.locked')]
        .filter(Boolean).join(', ')),
      h('td', {}, button('tech.accounts.reset', () => act(async () => {
        const p = await postJson('/api/v1/tech/accounts/' + encodeURIComponent(a.username) + '/reset-password');
        secret.textContent = t('tech.accounts.one_time', { user: p.username, password: p.password });
      }), { id: 'reset-' + a.username })))));
    const recent = await getJson('/api/v1/tech/lockouts');
    lockouts.replaceChildren(...(recent.length ? recent.map(e => h('tr', {},
      h('td', {}, when(e.at)), h('td', {}, e.target), h('td', {}, e.address || ''),
      h('td', {}, e.action === 'auth.lockout' ? t('tech.lockouts.locked', { until: when(lockEnd(e.detail), true) })
        : t('tech.lockouts.unlocked')))) : [h('tr', {}, h('td', { colspan: 4 }, t('tech.lockouts.none')))]));
    const tokens = await getJson('/api/v1/tech/tokens');
    machines.replaceChildren(...(tokens.length ? tokens.map(k => h('tr', {},
      h('td', {}, k.name),
      h('td', {}, k.roles.map(r => t('tech.accounts.role.' + r)).join(', ')),
      h('td', {}, when(k.createdAt)),
      h('td', {}, k.revokedAt ? t('tech.tokens.revoked')
        : button('tech.tokens.revoke', () => act(() => postJson('/api/v1/tech/tokens/' + k.id + '/revoke')),
          { id: 'revoke-' + k.id })))) : [h('tr', {}, h('td', { colspan: 4 }, t('tech.tokens.none')))]));
  };
  const act = async fn => {
    try {
      await fn();
      box.replaceChildren();
      await refresh();
    } catch (e) {
      failure(box, e);
    }
  };

  content.append(
    section('tech.accounts.title', h('table', {}, h('thead', {}, h('tr', {},
      h('th', {}, t('tech.accounts.user')), h('th', {}, t('tech.accounts.roles')), h('th', {}), h('th', {}))), people),
    h('div.actions', {}, h('label.field', { for: 'new-user' }, h('span', {}, t('tech.accounts.user')), user),
      ...roleBoxes,
      button('tech.accounts.create', () => act(async () => {
        const p = await postJson('/api/v1/tech/accounts', { username: user.value.trim(), roles: chosen(roleBoxes) });
        secret.textContent = t('tech.accounts.one_time', { user: p.username, password: p.password });
        user.value = '';
      }), { id: 'create-account', class: 'primary' }))),
    section('tech.lockouts.title', h('p.hint', {}, t('tech.lockouts.hint')),
      h('table', {}, h('thead', {}, h('tr', {}, ['at', 'user', 'address', 'what'].map(k =>
        h('th', {}, t('tech.lockouts.' + k))))), lockouts)),
    section('tech.tokens.title', h('table', {}, h('tbody', {}), machines),
      h('div.actions', {}, h('label.field', { for: 'new-token' }, h('span', {}, t('tech.tokens.name')), tokenName),
        ...tokenRoles,
        button('tech.tokens.issue', () => act(async () => {
          const k = await postJson('/api/v1/tech/tokens', { name: tokenName.value.trim(), roles: chosen(tokenRoles) });
          secret.textContent = t('tech.tokens.secret', { name: k.token.name, secret: k.secret });
          tokenName.value = '';
        }), { id: 'issue-token', class: 'primary' }))),
    secret, box);
  await refresh();
}
