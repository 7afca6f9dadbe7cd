// Backup: download a consistent copy of the database, restore one (checked by the server first).
import { call } from '/common/api.js';
import { t } from '/common/words.js';
import { h, section, button, note, failure, pickFile } from './ui.js';

export async function backup(content) {
  const box = h('div.problems', { role: 'alert' });
  content.append(section('tech.backup.title', h('p', {}, t('tech.backup.explain')), h('div.actions', {},
    h('a.button.primary', { href: '/api/v1/tech/backup', id: 'download-backup' }, t('tech.backup.download')),
    button('tech.backup.restore', async () => {
      const file = await pickFile('.db,.sqlite,application/vnd.sqlite3', true);
      if (file === null || !confirm(t('tech.backup.restore_warn'))) return;
      try {
        const r = await call('POST', '/api/v1/tech/restore', file, 'application/vnd.sqlite3');
        box.replaceChildren();
        note(t('tech.backup.restored', r));
      } catch (e) {
        failure(box, e);
      }
    }, { id: 'restore-backup' })), box));
}
