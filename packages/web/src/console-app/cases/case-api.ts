/**
 * The console's case calls (`/api/console/v1/cases…`, console-cases.ts in the contracts). JSON goes
 * through `api`; a thumbnail comes back as a Blob (shown from an object URL, never from the server's
 * address, so no image URL lingers in the page), and a file's bytes go up with XHR for its progress.
 */
import {
  CSRF_HEADER,
  type CaseDetail,
  type CaseListResponse,
  type CaseStatusValue,
  type SharedItem,
} from '@jikim/contracts';
import type * as z from 'zod';
import type { attachItemResponseSchema, identityCheckSchema, openCaseRequestSchema, originalTicketSchema, packageTicketSchema } from '@jikim/contracts';
import { api, currentCsrfToken, type ApiResult } from '../console-api.js';
import type { CaseTab } from './case-view.js';

export type OpenCaseRequest = z.input<typeof openCaseRequestSchema>;
export type IdentityCheck = z.input<typeof identityCheckSchema>;
type AttachResponse = z.infer<typeof attachItemResponseSchema>;
type OriginalTicket = z.infer<typeof originalTicketSchema>;
export type PackageTicket = z.infer<typeof packageTicketSchema>;

const casePath = (id: string) => `/cases/${encodeURIComponent(id)}`;
const itemPath = (id: string, itemId: string) => `${casePath(id)}/items/${encodeURIComponent(itemId)}`;

export const caseApi = {
  list: (view: CaseTab) => api<CaseListResponse>('GET', `/cases?view=${view}`),
  detail: (id: string) => api<CaseDetail>('GET', casePath(id)),
  open: (request: OpenCaseRequest) => api<{ id: string }>('POST', '/cases', request),
  assign: (id: string, staffId: string | null) => api<undefined>('POST', `${casePath(id)}/assign`, { staffId }),
  note: (id: string, text: string) => api<undefined>('POST', `${casePath(id)}/notes`, { text }),
  message: (id: string, text: string, waitForReply: boolean) => api<undefined>('POST', `${casePath(id)}/messages`, { text, waitForReply }),
  identity: (id: string, check: IdentityCheck) => api<undefined>('POST', `${casePath(id)}/identity`, check),
  status: (id: string, status: CaseStatusValue) => api<undefined>('POST', `${casePath(id)}/status`, { status }),
  original: (id: string, itemId: string, reason: string) => api<OriginalTicket>('POST', `${itemPath(id, itemId)}/original`, { reason }),
  package: (id: string, reason: string, locale: 'ko' | 'en') => api<PackageTicket>('POST', `${casePath(id)}/package`, { reason, locale }),
  attach: (id: string, item: SharedItem) => api<AttachResponse>('POST', `${casePath(id)}/items`, item),
  junk: (ids: readonly string[]) => api<{ destroyed: number }>('POST', '/cases/junk', { ids }),
};

/** The item's thumbnail as a Blob, or null (none, or refused). */
export async function fetchThumbnail(id: string, itemId: string, signal: AbortSignal): Promise<Blob | null> {
  const response = await fetch(`/api/console/v1${itemPath(id, itemId)}/thumbnail`, { credentials: 'same-origin', cache: 'no-store', signal });
  return response.ok ? response.blob() : null;
}

/** Where the bytes go: the server's `uploadPath`, or the contract's `PUT …/items/:itemId/file`. */
export function uploadUrl(id: string, itemId: string, uploadPath: string | undefined): string {
  return uploadPath?.startsWith('/api/') ? uploadPath : `/api/console/v1${itemPath(id, itemId)}/file`;
}

/** PUTs the file's bytes, reporting the share sent; failures come back as values like every call. */
export function putFile(url: string, file: Blob, onProgress: (sent: number, total: number) => void): Promise<ApiResult<undefined>> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open('PUT', url);
    request.setRequestHeader('content-type', 'application/octet-stream');
    request.setRequestHeader(CSRF_HEADER, currentCsrfToken());
    request.upload.onprogress = (event) => onProgress(event.loaded, event.lengthComputable ? event.total : file.size);
    request.onload = () => {
      if (request.status >= 200 && request.status < 300) return resolve({ ok: true, value: undefined });
      let body: { error?: string; requestId?: string } = {};
      try {
        body = JSON.parse(request.responseText) as typeof body;
      } catch {
        // Not JSON: the status says enough.
      }
      resolve({ ok: false, status: request.status, error: (body.error ?? 'internal') as 'internal', requestId: body.requestId ?? '', fields: [], retryAfter: 0 });
    };
    request.onerror = () => resolve({ ok: false, status: 0, error: 'network', requestId: '', fields: [], retryAfter: 0 });
    request.send(file);
  });
}
