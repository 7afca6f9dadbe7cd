// Numbers as the page's language writes them (Vietnamese 11,4 · 1.234 · 0,0 %; English 11.4 · 1,234 · 0.0%),
// for every page that shows figures to people; the CSV downloads keep points, for spreadsheets.

const locale = () => (document.documentElement.lang === 'en' ? 'en-GB' : 'vi-VN');

/** A number with a fixed count of decimals; a dash when there is none. */
export function num(v, digits = 0) {
  if (v === null || v === undefined || Number.isNaN(Number(v))) return '–';
  return new Intl.NumberFormat(locale(), { minimumFractionDigits: digits, maximumFractionDigits: digits })
    .format(Number(v));
}

/** A share (0..1) as a percentage with one decimal: Vietnamese writes a space before the sign. */
export function pct(share) {
  if (share === null || share === undefined) return '–';
  return num(share * 100, 1) + (locale() === 'vi-VN' ? ' %' : '%');
}

/** Seconds as minutes with one decimal. */
export function minutes(seconds) {
  return seconds === null || seconds === undefined ? '–' : num(seconds / 60, 1);
}

/**
 * The steps of a chart's value axis for a largest value: whole numbers (counts), a round step (1, 2, 5 × 10ⁿ),
 * so that no two labels are the same, and at most `most` steps above zero.
 */
export function axisSteps(max, most = 4) {
  const need = Math.max(1, Math.ceil(max));
  let step = 1;
  for (let p = 1; step * most < need; p *= 10) {
    step = [1, 2, 5].map(m => m * p).find(s => s * most >= need) || 10 * p;
  }
  const count = Math.max(1, Math.ceil(need / step));
  return Array.from({ length: count + 1 }, (_, i) => i * step);
}
