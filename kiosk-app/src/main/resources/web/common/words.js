// A page's words in the chosen language, loaded from the server's resource files; never written in code.

let words = {};

/**
 * @param source whose words: 'kiosk' (i18n/page*.properties: the kiosk, staff, display, follow and rating pages)
 *               or 'tech' (i18n/tech*.properties, the technician's page)
 */
export async function loadWords(lang, source = 'kiosk') {
  const res = await fetch('/api/v1/' + source + '/wording/' + encodeURIComponent(lang));
  if (!res.ok) throw new Error('no words for ' + lang);
  words = (await res.json()).words;
  document.documentElement.lang = lang;
}

/** The word for a key with {name} places filled in; a missing key shows itself, so it is seen and fixed. */
export function t(key, params = {}) {
  const w = words[key];
  if (w === undefined) return key;
  return w.replace(/\{(\w+)\}/g, (m, name) => (name in params ? String(params[name]) : m));
}

/** The word for a machine word (a device's state, a driver's name), or that word itself when it has none. */
export function tOr(key, fallback, params = {}) {
  return key in words ? t(key, params) : fallback;
}
