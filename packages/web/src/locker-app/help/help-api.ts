/**
 * The victim's calls to /api/help/v1 (contracts: help.ts). The code and PIN travel only in headers,
 * never in an address, and live only in the caller's memory or the sealed locker. Types only from
 * the contracts, so the status page's bundle does not carry their schemas.
 */
import { failureOf, privateCall, type CallFailure } from '../../client/private-call.js';
import type { ConsentKind, HelpRequest, HelpRequestResponse, HelpStatus, PowChallenge, SharedItem } from '@jikim/contracts';

/** The same names as CASE_CODE_HEADER and CASE_PIN_HEADER (help-api.test.ts checks). */
export const CODE_HEADER = 'x-jikim-case-code';
export const PIN_HEADER = 'x-jikim-case-pin';
export const HELP_API = '/api/help/v1';

export interface CaseAccess {
  readonly code: string;
  readonly pin: string;
}

export type HelpFailure = CallFailure;

export class HelpApiError extends Error {
  constructor(readonly failure: HelpFailure, readonly status: number) {
    super(`help request failed: ${failure} (${String(status)})`);
    this.name = 'HelpApiError';
  }
}

export { failureOf };

export const accessHeaders = (access: CaseAccess): Record<string, string> => ({ [CODE_HEADER]: access.code.trim(), [PIN_HEADER]: access.pin.trim() });

const call = <T>(method: 'GET' | 'POST', path: string, access?: CaseAccess, body?: unknown): Promise<T> =>
  privateCall<T>(method, `${HELP_API}${path}`, access ? accessHeaders(access) : {}, body, (failure, status) => new HelpApiError(failure, status));

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
