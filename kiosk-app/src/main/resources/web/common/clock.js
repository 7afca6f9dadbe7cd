// Times as the centre tells them: in its own time zone (from the server's settings), never the browser's, so the
// kiosk, the consoles, the display and the paper ticket show the same hour even on a machine set to another zone.

let zone;

/** The centre's time zone (IANA id, e.g. Asia/Ho_Chi_Minh), from /api/v1/kiosk or /api/v1/display/settings. */
export function useZone(timeZone) {
  zone = timeZone || undefined;
}

const locale = () => (document.documentElement.lang === 'en' ? 'en-GB' : 'vi-VN');

function format(value, options) {
  const d = value instanceof Date ? value : new Date(value);
  return new Intl.DateTimeFormat(locale(), { timeZone: zone, ...options }).format(d);
}

/** 09:46 */
export function hoursMinutes(value = new Date()) {
  return format(value, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
}

/** 09:46:07 */
export function timeOfDay(value) {
  return format(value, { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
}

/** 09:46:07 7/12/2026 (Vietnamese) or 07/12/2026, 09:46:07 (English) */
export function dateTime(value) {
  return format(value, { day: 'numeric', month: 'numeric', year: 'numeric', hour: '2-digit', minute: '2-digit',
    second: '2-digit', hourCycle: 'h23' });
}

/** thứ Hai, 07/12/2026 */
export function longDate(value) {
  return format(value, { weekday: 'long', day: '2-digit', month: '2-digit', year: 'numeric' });
}
