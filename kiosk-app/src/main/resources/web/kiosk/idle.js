// Returns the kiosk to its start after a quiet while, with a visible countdown first, so the next citizen never
// finds someone else's screen.

export function idleWatch({ seconds, warnSeconds, onWarn, onTick, onCancel, onIdle }) {
  let limit = seconds;
  let last = Date.now();
  let warning = false;

  function touch() {
    last = Date.now();
    if (warning) {
      warning = false;
      onCancel();
    }
  }

  for (const type of ['pointerdown', 'keydown', 'wheel', 'touchstart']) {
    window.addEventListener(type, touch, { capture: true, passive: true });
  }

  setInterval(() => {
    if (limit <= 0) return;
    const left = Math.ceil(limit - (Date.now() - last) / 1000);
    if (left <= 0) {
      warning = false;
      last = Date.now();
      onIdle();
    } else if (left <= warnSeconds) {
      if (!warning) {
        warning = true;
        onWarn(left);
      }
      onTick(left);
    }
  }, 250);

  return {
    /** A new limit for the screen now shown (0: never go home by itself); counts from now. */
    setLimit(s) {
      limit = s;
      document.body.dataset.idleSeconds = String(s);
      touch();
    },
    touch,
  };
}
