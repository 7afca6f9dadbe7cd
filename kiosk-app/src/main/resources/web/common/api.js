// Talks to the kiosk server for every page: JSON in and out, the CSRF token on a signed-in page's writes, and
// every failure a Problem with a sentence fit to show (and, for a refused set-up, its reasons).

export class Problem extends Error {
  constructor(status, code, message, problems) {
    super(message || code);
    this.status = status;
    this.code = code;
    this.problems = problems || [];
  }
  get offline() { return this.status === 0; }
}

let language = 'vi';
let csrf = null;

/** A signed-in page's writes carry its session's CSRF token; the kiosk page has none. */
export function useCsrf(token) { csrf = token || null; }

/** Server messages come in the page's language, whatever the browser's own setting says. */
export function useLanguage(lang) { language = lang; }

/** A request with a body of any type (a database file, a YAML text); JSON unless told otherwise. */
export async function call(method, url, body, contentType = 'application/json') {
  const headers = { Accept: 'application/json', 'Accept-Language': language };
  if (csrf && method !== 'GET') headers['X-CSRF-Token'] = csrf;
  let payload;
  if (body !== undefined) {
    headers['Content-Type'] = contentType;
    payload = contentType === 'application/json' ? JSON.stringify(body) : body;
  }
  let res;
  try {
    res = await fetch(url, { method, headers, body: payload, credentials: 'same-origin' });
  } catch (e) {
    throw new Problem(0, 'offline', null);
  }
  if (!res.ok) {
    let b = {};
    try { b = await res.json(); } catch (e) { /* not JSON: keep the status */ }
    throw new Problem(res.status, b.error || 'http_' + res.status, b.message, b.problems);
  }
  return res.status === 204 ? null : res.json();
}

export const getJson = url => call('GET', url);
export const postJson = (url, body) => call('POST', url, body ?? {});
export const putJson = (url, body) => call('PUT', url, body);
export const deleteJson = url => call('DELETE', url);

/** A key for one tap: the server answers a repeated request with the ticket it already issued. */
export function requestKey() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
}
