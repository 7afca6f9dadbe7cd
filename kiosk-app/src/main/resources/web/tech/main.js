// The technician's page: sign-in (with the forced first password change), then one section at a time.
import { getJson, postJson, useCsrf, useLanguage, Problem } from '/common/api.js';
import { loadWords, t } from '/common/words.js';
import { h, button, failure } from './ui.js';
import { useZone } from '/common/clock.js';
import { devices } from './devices.js';
import { centre } from './centre.js';
import { catalog } from './catalog.js';
import { province } from './province.js';
import { accounts } from './accounts.js';
import { backup } from './backup.js';
import { system, audit } from './system.js';
import { uplink } from './uplink.js';
import { address, addressWarning } from './address.js';

const SECTIONS = { devices, centre, catalog, province, accounts, backup, system, address, uplink, audit };
const app = document.getElementById('app');
let leaveSection = () => {};

async function boot() {
  const lang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'vi';
  useLanguage(lang);
  await loadWords(lang, 'tech');
  // The centre's time zone, which every time on this page is shown in (the laptop's may be another).
  useZone((await (await fetch('/api/v1/kiosk')).json()).timeZone);
  document.title = t('tech.title');
  document.getElementById('title').textContent = t('tech.title');
  let me = null;
  try {
    me = await getJson('/api/v1/auth/me');
  } catch (e) {
    if (!(e instanceof Problem) || e.status !== 401) throw e;
  }
  if (!me) signIn();
  else start(me);
}

function start(me) {
  useCsrf(me.csrfToken);
  if (me.mustChangePassword) changePassword();
  else main(me);
}

function signIn() {
  const box = h('div.problems', { role: 'alert' });
  const user = h('input#user', { name: 'username', autocomplete: 'username', required: true });
  const pass = h('input#password', { name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  // Offered once a lock-out is met: the code is printed on the Pi by `kiosk unlock <account>`.
  const code = h('input#unlock-code', { name: 'unlockCode', autocomplete: 'off' });
  const codeField = h('label.field', { for: 'unlock-code', hidden: true },
    h('span', {}, t('tech.signin.unlock_code')), code, h('small', {}, t('tech.signin.unlock_hint')));
  const form = h('form.card.narrow', {},
    h('h2', {}, t('tech.signin.title')),
    h('label.field', { for: 'user' }, h('span', {}, t('tech.signin.user')), user),
    h('label.field', { for: 'password' }, h('span', {}, t('tech.signin.password')), pass),
    codeField,
    h('button#signin', { type: 'submit' }, t('tech.signin.submit')), box);
  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    try {
      start(await postJson('/api/v1/auth/login', { username: user.value.trim(), password: pass.value,
        unlockCode: code.value.trim() || undefined }));
    } catch (e) {
      if (e.code === 'locked') codeField.hidden = false;
      code.value = '';
      failure(box, e);
    }
  });
  app.replaceChildren(h('main', {}, form));
  user.focus();
}

function changePassword() {
  const box = h('div.problems', { role: 'alert' });
  const cur = h('input#current', { type: 'password', autocomplete: 'current-password', required: true });
  const next = h('input#next', { type: 'password', autocomplete: 'new-password', minlength: 10, required: true });
  const again = h('input#again', { type: 'password', autocomplete: 'new-password', minlength: 10, required: true });
  const form = h('form.card.narrow', {},
    h('h2', {}, t('tech.change.title')), h('p', {}, t('tech.change.explain')),
    h('label.field', { for: 'current' }, h('span', {}, t('tech.change.current')), cur),
    h('label.field', { for: 'next' }, h('span', {}, t('tech.change.next')), next),
    h('label.field', { for: 'again' }, h('span', {}, t('tech.change.again')), again),
    h('button#change', { type: 'submit' }, t('tech.change.submit')), box);
  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    if (next.value !== again.value) { box.textContent = t('tech.change.mismatch'); return; }
    try {
      await postJson('/api/v1/auth/password', { currentPassword: cur.value, newPassword: next.value });
      main(await getJson('/api/v1/auth/me'));
    } catch (e) {
      failure(box, e);
    }
  });
  app.replaceChildren(h('main', {}, form));
  cur.focus();
}

function main(me) {
  document.getElementById('who').replaceChildren(t('tech.signed_in', { user: me.username }), ' ',
    button('tech.signin.out', async () => { await postJson('/api/v1/auth/logout'); location.reload(); }, { id: 'signout' }));
  const content = h('main#content', {});
  // A phone cannot open a loopback address: the warning stays above every section until that is fixed.
  const warning = h('div#address-warning', { hidden: true });
  const nav = h('nav', { 'aria-label': t('tech.title') }, h('ul', {}, Object.keys(SECTIONS).map(name =>
    h('li', {}, h('a', { href: '#' + name, id: 'nav-' + name }, t('tech.nav.' + name))))));
  app.replaceChildren(warning, h('div.layout', {}, nav, content));
  addressWarning(warning).catch(() => {});
  const show = async () => {
    const name = SECTIONS[location.hash.slice(1)] ? location.hash.slice(1) : 'devices';
    nav.querySelectorAll('a').forEach(a => a.setAttribute('aria-current', a.id === 'nav-' + name ? 'page' : 'false'));
    leaveSection();
    leaveSection = () => {};
    document.getElementById('note').hidden = true;
    content.replaceChildren();
    const box = h('div.problems', { role: 'alert' });
    try {
      leaveSection = (await SECTIONS[name](content)) || (() => {});
    } catch (e) {
      content.append(box);
      failure(box, e);
    }
  };
  window.onhashchange = show;
  show();
}

boot();
