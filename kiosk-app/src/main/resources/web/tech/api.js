// Talks to the kiosk server for the technician's page: JSON in and out, the CSRF token on every write.

export class Problem extends Error {
  constructor(status, code, message, problems) {
    super(message || code);
    this.status = status;
    this.code = code;
    this.problems = problems || [];
  }
}

let csrf = '';
let language = 'vi';

export function useCsrf(token) { csrf = token || ''; }
export function useLanguage(lang) { language = lang; }

export async function call(method, url, body, contentType = 'application/json') {
  const headers = { Accept: 'application/json', 'Accept-Language': language };
  if (method !== 'GET') headers['X-CSRF-Token'] = csrf;
  let payload;
  if (body !== undefined) {
    headers['Content-Type'] = contentType;
    payload = contentType === 'application/json' ? JSON.stringify(body) : body;
  }
  let res;
  try {
    res = await fetch(url, { method, headers, body: payload, credentials: 'same-origin' });
  } catch (e) {
    throw new Problem(0, 'offline');
  }
  if (!res.ok) {
    let b = {};
    try { b = await res.json(); } catch (e) { /* not JSON */ }
    throw new Problem(res.status, b.error || 'http_' + res.status, b.message, b.problems);
  }
  return res.status === 204 ? null : res.json();
}

export const get = url => call('GET', url);
export const post = (url, body) => call('POST', url, body ?? {});
export const put = (url, body) => call('PUT', url, body);
