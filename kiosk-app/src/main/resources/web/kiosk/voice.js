// Short spoken prompts on the main steps, from recorded clips; the speaker button mutes them.

export function voice(urlPattern) {
  let on = true;
  let lang = 'vi';
  let playing;

  return {
    setOn(v) {
      on = v;
      if (!on && playing) playing.pause();
    },
    isOn: () => on,
    setLanguage(l) { lang = l; },
    /** Plays the clip if sound is on and the language has one; a missing clip is silence, not an error. */
    say(name) {
      if (!on || !urlPattern) return;
      if (playing) playing.pause();
      playing = new Audio(urlPattern.replace('{lang}', lang).replace('{name}', name));
      playing.play().catch(() => { /* no clip for this language, or autoplay refused: stay quiet */ });
    },
  };
}
