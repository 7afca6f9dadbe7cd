// The sentence for where a ticket stands, shared by the kiosk's "my ticket" screen and the phone's follow page.

import { t } from './words.js';

export function stateLine(tk) {
  switch (tk.state) {
    case 'WAITING': return tk.waitingAhead === 0 ? t('follow.next')
      : t('follow.waiting', { n: tk.waitingAhead, m: tk.estimatedWaitMinutes });
    case 'CALLED': return t('follow.called', { counter: tk.counterId });
    case 'SERVING': return t('follow.serving', { counter: tk.counterId });
    case 'COMPLETED': return t('follow.completed');
    case 'NO_SHOW': return t('follow.no_show');
    default: return t('follow.expired');
  }
}
