/**
 * JSON calls to `/api/console/v1`. The session cookie travels by itself (same origin, HttpOnly);
 * state-changing calls add the session's CSRF token. Failures come back as values, never thrown.
 */
import { CSRF_HEADER, type ErrorResponse, type FieldError } from '@jikim/contracts';

export type ApiResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly status: number; readonly error: ErrorResponse['error'] | 'network'; readonly requestId: string; readonly fields: readonly FieldError[]; readonly retryAfter: number };

let csrfToken = '';
export const setCsrfToken = (token: string) => void (csrfToken = token);
export const currentCsrfToken = () => csrfToken;

export async function api<T>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<ApiResult<T>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers[CSRF_HEADER] = csrfToken;
  let response: Response;
  try {
    response = await fetch(`/api/console/v1${path}`, {
      method, headers, credentials: 'same-origin', cache: 'no-store', ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  } catch {
    return { ok: false, status: 0, error: 'network', requestId: '', fields: [], retryAfter: 0 };
  }
  if (response.ok) {
    const value = response.status === 204 || response.status === 201 && response.headers.get('content-length') === '0'
      ? (undefined as T)
      : ((await response.json().catch(() => undefined)) as T);
    return { ok: true, value };
  }
  const failure = (await response.json().catch(() => ({}))) as Partial<ErrorResponse>;
  return {
    ok: false,
    status: response.status,
    error: failure.error ?? 'internal',
    requestId: failure.requestId ?? '',
    fields: failure.fields ?? [],
    retryAfter: Number(response.headers.get('retry-after') ?? 0),
  };
}
