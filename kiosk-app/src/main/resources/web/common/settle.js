// Taps that fall through: an elderly citizen's double or triple tap must not act on the screen the first tap
// brought up. One guard for every citizen page (the kiosk's screens, the phone's follow page, the rating tablet).

/**
 * How long a newly shown screen ignores taps whose finger came down before it had settled. A double tap's second
 * tap comes 100 to 500 ms after the first (500 ms is the desktop's default double-click time, and elderly hands
 * sit at its slow end); a citizen's first deliberate tap on a new screen needs the screen to be read, and even a
 * bare visual reaction takes over 250 ms, reading a button well over a second. So 500 ms catches the doubled
 * taps and never a meant one: a tap whose pointerdown came before the screen was shown plus 500 ms is dropped.
 */
export const SETTLE_MS = 500;

let shownAt = -Infinity;
let lastDown = -Infinity;
let timer = null;
// Parts of a screen redrawn on their own (a result list under a keyboard): only taps inside one are held back, so
// a key tapped while the list beside it redraws still counts.
const parts = new Map();

/**
 * Says that what lies under the citizen's finger has just changed: a new screen, or a panel that replaced one.
 * With a part, only that part of the screen changed, and only taps on it are held back.
 */
export function screenShown(part) {
  const now = performance.now();
  if (part) parts.set(part, now);
  else {
    shownAt = now;
    parts.clear();
  }
  const root = document.documentElement;
  root.dataset.settling = 'true';
  clearTimeout(timer);
  timer = setTimeout(() => { delete root.dataset.settling; }, SETTLE_MS);
}

function tooEarly(e) {
  // A click with no pointer behind it (the Enter key, assistive technology) has no finger to have bounced.
  if (e.detail === 0) return false;
  if (lastDown < shownAt + SETTLE_MS) return true;
  for (const [part, at] of parts) {
    if (lastDown < at + SETTLE_MS && e.target instanceof Node && part.contains(e.target)) return true;
  }
  return false;
}

/** Installs the guard once per page, before every other listener (capture phase on the window). */
export function guardTaps() {
  if (window.__tapGuard) return;
  window.__tapGuard = true;
  window.addEventListener('pointerdown', e => { lastDown = e.timeStamp; }, { capture: true, passive: true });
  window.addEventListener('click', e => {
    if (!tooEarly(e)) return;
    e.preventDefault();
    e.stopImmediatePropagation();
  }, { capture: true });
}
