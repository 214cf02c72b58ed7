// The typed API client, generated from the server's OpenAPI document (schema.gen.ts), so web and server
// cannot drift. Every request carries the UI language; unsafe ones carry the session's CSRF token.
import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema.gen';
import { NetworkError } from './problem';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

let csrfToken: string | null = null;
let language = 'en';

/** Remembered from GET/POST /session; cleared on sign-out. */
export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

export function setRequestLanguage(locale: string) {
  language = locale;
}

/** The headers every request carries: the UI language and, on unsafe methods, the CSRF token. */
export function requestHeaders(method: string): Record<string, string> {
  return {
    'Accept-Language': language,
    ...(csrfToken && UNSAFE_METHODS.has(method) ? { 'X-CSRF-Token': csrfToken } : {}),
  };
}

const headersMiddleware: Middleware = {
  onRequest({ request }) {
    for (const [name, value] of Object.entries(requestHeaders(request.method)))
      request.headers.set(name, value);
    return request;
  },
  onError() {
    return new NetworkError('network');
  },
};

export const api = createClient<paths>({ baseUrl: window.location.origin, credentials: 'same-origin' });
api.use(headersMiddleware);
