// Plays call-outs one after another from their clips, so that two calls never talk over each other.

/**
 * clipUrl has {name} where a clip's name goes. onBlocked is told when the browser refuses to play sound
 * before someone has touched the screen, so the page can ask for one touch.
 */
export function announcer({ clipUrl, onBlocked }) {
  const clip = name => clipUrl.replace('{name}', encodeURIComponent(name));

  function play(audio) {
    return new Promise(resolve => {
      let settled = false;
      const done = () => {
        if (settled) return;
        settled = true;
        clearTimeout(guard);
        resolve();
      };
      // A clip that never ends (a broken file, a stalled network) must not silence every later call.
      const guard = setTimeout(done, 15000);
      audio.addEventListener('ended', done, { once: true });
      audio.addEventListener('error', done, { once: true });
      audio.play().catch(e => {
        if (e.name === 'NotAllowedError') onBlocked();
        done();
      });
    });
  }

  return {
    /** Says the clips in order; resolves when the last one has ended (or failed). */
    async say(clips) {
      // Loaded all at once, so the words follow each other without gaps.
      const audios = clips.map(name => {
        const a = new Audio(clip(name));
        a.preload = 'auto';
        return a;
      });
      for (const a of audios) await play(a);
    },
  };
}
