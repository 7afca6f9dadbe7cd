// The console's sign-in and first-password screens; both end with a session that may call numbers.
import { h } from '/common/dom.js';
import { t } from '/common/words.js';
import { postJson, getJson, useCsrf } from '/common/api.js';

function field(id, label, type, autocomplete) {
  return h('label.field', { for: id }, h('span', {}, label),
    h('input', { id, name: id, type, autocomplete, required: true }));
}

/** Shows the sign-in form; resolves with the session once the officer is in and has a lasting password. */
export function signIn(screen, notice) {
  return new Promise(resolve => {
    const message = h('p.message', { role: 'alert' }, notice || '');
    // Offered once a lock-out is met: the code is printed on the Pi by `kiosk unlock <account>`.
    const codeField = h('label.field', { for: 'unlockCode', hidden: true }, h('span', {}, t('staff.signin.unlock_code')),
      h('input', { id: 'unlockCode', name: 'unlockCode', type: 'text', autocomplete: 'off' }));
    const form = h('form.card.signin', { novalidate: true },
      h('h1', {}, t('staff.signin.title')),
      field('username', t('staff.signin.username'), 'text', 'username'),
      field('password', t('staff.signin.password'), 'password', 'current-password'),
      codeField,
      message,
      h('button.primary', { type: 'submit' }, t('staff.signin.submit')));
    form.addEventListener('submit', async e => {
      e.preventDefault();
      message.textContent = '';
      try {
        const session = await postJson('/api/v1/auth/login', {
          username: form.username.value.trim(), password: form.password.value,
          unlockCode: form.unlockCode.value.trim() || undefined,
        });
        useCsrf(session.csrfToken);
        resolve(session.mustChangePassword ? await changePassword(screen, form.password.value) : session);
      } catch (problem) {
        if (problem.code === 'locked') codeField.hidden = false;
        form.unlockCode.value = '';
        message.textContent = problem.message;
      }
    });
    screen.replaceChildren(form);
    form.username.focus();
  });
}

/** The forced first change: the temporary password may not be kept. */
function changePassword(screen, current) {
  return new Promise(resolve => {
    const message = h('p.message', { role: 'alert' });
    const form = h('form.card.signin', { novalidate: true },
      h('h1', {}, t('staff.password.title')),
      h('p', {}, t('staff.password.hint')),
      field('newPassword', t('staff.password.new'), 'password', 'new-password'),
      field('repeat', t('staff.password.repeat'), 'password', 'new-password'),
      message,
      h('button.primary', { type: 'submit' }, t('staff.password.submit')));
    form.addEventListener('submit', async e => {
      e.preventDefault();
      if (form.newPassword.value !== form.repeat.value) {
        message.textContent = t('staff.password.mismatch');
        return;
      }
      try {
        await postJson('/api/v1/auth/password', { currentPassword: current, newPassword: form.newPassword.value });
        resolve(await getJson('/api/v1/auth/me'));
      } catch (problem) {
        message.textContent = problem.message;
      }
    });
    screen.replaceChildren(form);
    form.newPassword.focus();
  });
}
