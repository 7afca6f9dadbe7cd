// Talks to the kiosk server; every failure becomes a Problem with a sentence fit to show a citizen.

export class Problem extends Error {
  constructor(status, code, message) {
    super(message || code);
    this.status = status;
    this.code = code;
  }
  get offline() { return this.status === 0; }
}

let language = 'vi';
let csrf = null;

/** A signed-in page's writes carry its session's CSRF token; the kiosk page has none. */
export function useCsrf(token) { csrf = token; }

/** Server messages come in the page's language, whatever the browser's own setting says. */
export function useLanguage(lang) { language = lang; }

async function call(url, options) {
  options.headers['Accept-Language'] = language;
  if (csrf && options.method && options.method !== 'GET') options.headers['X-CSRF-Token'] = csrf;
  let res;
  try {
    res = await fetch(url, options);
  } catch (e) {
    throw new Problem(0, 'offline', null);
  }
  if (!res.ok) {
    let body = {};
    try { body = await res.json(); } catch (e) { /* not JSON: keep the status */ }
    throw new Problem(res.status, body.error || 'http_' + res.status, body.message);
  }
  return res.status === 204 ? null : res.json();
}

export function getJson(url) {
  return call(url, { headers: { Accept: 'application/json' } });
}

export function postJson(url, body) {
  return call(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body ?? {}),
  });
}

export function deleteJson(url) {
  return call(url, { method: 'DELETE', headers: { Accept: 'application/json' } });
}

/** A key for one tap: the server answers a repeated request with the ticket it already issued. */
export function requestKey() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
}
