// Numbers and dates as Vietnamese writes them (11,4 and 06/12/2026), or as English does when it is chosen.

/** Vietnam keeps one time zone; the hub's times are shown in it whatever the desk's clock says. */
const ZONE = 'Asia/Ho_Chi_Minh';
let lang = 'vi';

export function setLanguage(l) {
  lang = l;
}

export function decimal(v, digits = 1) {
  const s = Number(v).toFixed(digits);
  return lang === 'en' ? s : s.replace('.', ',');
}

export function integer(v) {
  const s = String(Math.round(Number(v)));
  return s.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'en' ? ',' : '.');
}

export const minutes = seconds => decimal(seconds / 60);
export const percent = share => (share === null || share === undefined ? '–' : decimal(share * 100) + '%');

/** 2026-12-06 → 06/12/2026 */
export const day = iso => iso.slice(8, 10) + '/' + iso.slice(5, 7) + '/' + iso.slice(0, 4);

/** 06/12/2026 (or 6/12/2026) → 2026-12-06; null when it is no such day. */
export function parseDay(text) {
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text);
  if (!m) return null;
  const iso = `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
  const d = new Date(iso + 'T00:00:00Z');
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso ? iso : null;
}

/** An instant → dd/MM/yyyy HH:mm in Vietnam's time. */
export function dateTime(instant) {
  if (!instant) return '–';
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', {
    timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(instant)).map(p => [p.type, p.value]));
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}

export function bytes(n) {
  if (n === null || n === undefined) return '–';
  return n >= 1 << 30 ? decimal(n / 2 ** 30) + ' GB' : decimal(n / 2 ** 20, 0) + ' MB';
}
