/**
 * The victim's calls to /api/help/v1 (contracts: help.ts). The code and PIN travel only in headers,
 * never in an address, and live only in the caller's memory or the sealed locker. Types only from
 * the contracts, so the status page's bundle does not carry their schemas.
 */
import type { ConsentKind, HelpRequest, HelpRequestResponse, HelpStatus, PowChallenge, SharedItem } from '@jikim/contracts';

/** The same names as CASE_CODE_HEADER and CASE_PIN_HEADER (help-api.test.ts checks). */
export const CODE_HEADER = 'x-jikim-case-code';
export const PIN_HEADER = 'x-jikim-case-pin';
export const HELP_API = '/api/help/v1';

export interface CaseAccess {
  readonly code: string;
  readonly pin: string;
}

export type HelpFailure = 'unauthorized' | 'busy' | 'offline' | 'failed';

export class HelpApiError extends Error {
  constructor(readonly failure: HelpFailure, readonly status: number) {
    super(`help request failed: ${failure} (${String(status)})`);
    this.name = 'HelpApiError';
  }
}

export const failureOf = (status: number): HelpFailure =>
  status === 401 || status === 403 || status === 404 ? 'unauthorized' : status === 429 || status === 503 ? 'busy' : 'failed';

export const accessHeaders = (access: CaseAccess): Record<string, string> => ({ [CODE_HEADER]: access.code.trim(), [PIN_HEADER]: access.pin.trim() });

async function call<T>(method: 'GET' | 'POST', path: string, access?: CaseAccess, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${HELP_API}${path}`, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(access ? accessHeaders(access) : {}) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
    });
  } catch {
    throw new HelpApiError('offline', 0);
  }
  if (!response.ok) throw new HelpApiError(failureOf(response.status), response.status);
  const text = await response.text();
  return (text ? JSON.parse(text) : {}) as T;
}

export const helpApi = {
  challenge: () => call<PowChallenge>('GET', '/challenge'),
  request: (body: HelpRequest) => call<HelpRequestResponse>('POST', '/requests', undefined, body),
  /** In the language it is read in (helpStatusQuerySchema): a site's name follows the page, not the request's language. */
  status: (access: CaseAccess, locale?: 'ko' | 'en') => call<HelpStatus>('GET', locale ? `/case?locale=${locale}` : '/case', access),
  reply: (access: CaseAccess, text: string) => call<unknown>('POST', '/case/messages', access, { text }),
  addItems: (access: CaseAccess, items: readonly SharedItem[]) => call<{ uploads: HelpRequestResponse['uploads'] }>('POST', '/case/items', access, { items }),
  withdraw: (access: CaseAccess) => call<unknown>('POST', '/case/withdraw', access, { confirm: true }),
  /** Issue 13: the locker tracker's chosen records (victimTakedownsRequestSchema), and a consent given or withdrawn. */
  shareTakedowns: (access: CaseAccess, body: { takedowns: readonly unknown[] }) => call<unknown>('POST', '/case/takedowns', access, body),
  consent: (access: CaseAccess, kind: ConsentKind, granted: boolean) => call<unknown>('POST', '/case/consents', access, { kind, granted }),
};
