/** The auditor page's requests: same-origin, the session cookie sent, the CSRF token on POST. */
import { AUDIT_API, CSRF_HEADER, type AuditAnchor, type AuditPage, type AuditVerification } from '@jikim/contracts';

export type ApiFailure = { readonly failed: 'unauthorized' | 'forbidden' | 'validation' | 'network' } | { readonly failed: 'other'; readonly requestId: string };
export type ApiResult<T> = { readonly ok: T } | ApiFailure;

async function request<T>(url: string, init: RequestInit = {}): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin', headers: { accept: 'application/json' }, ...init });
  } catch {
    return { failed: 'network' };
  }
  if (response.ok) return { ok: (await response.json()) as T };
  if (response.status === 401) return { failed: 'unauthorized' };
  if (response.status === 403) return { failed: 'forbidden' };
  const body = (await response.json().catch(() => ({}))) as { error?: string; requestId?: string };
  if (response.status === 400 && body.error === 'validation') return { failed: 'validation' };
  return { failed: 'other', requestId: body.requestId ?? '-' };
}

export const fetchEntries = (url: string) => request<AuditPage>(url);
export const fetchVerification = () => request<AuditVerification>(`${AUDIT_API}/verification`);
export const postAnchor = (csrfToken: string) =>
  request<AuditAnchor>(`${AUDIT_API}/anchors`, { method: 'POST', headers: { accept: 'application/json', [CSRF_HEADER]: csrfToken } });
