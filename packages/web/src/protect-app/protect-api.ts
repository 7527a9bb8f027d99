/**
 * The calls of "Protect my images" (contracts: protect.ts): the proof of work's challenge (the help
 * request's), the submission, its status and its withdrawal. The code and PIN travel only in
 * headers, never in an address, and live only in the page's memory. Types only from the contracts,
 * so the page's bundle does not carry their schemas.
 */
import type { PowChallenge, ProtectStatus, ProtectSubmissionRequest, ProtectSubmissionResponse, ProtectWithdrawResponse } from '@jikim/contracts';

/** The same names as PROTECT_CODE_HEADER and PROTECT_PIN_HEADER (protect-api.test.ts checks). */
export const CODE_HEADER = 'x-jikim-protect-code';
export const PIN_HEADER = 'x-jikim-protect-pin';
export const PROTECT_API = '/api/protect/v1';
export const CHALLENGE_URL = '/api/help/v1/challenge';

export interface ProtectAccess {
  readonly code: string;
  readonly pin: string;
}

/** unauthorized: wrong, unknown or locked code/PIN (one answer); busy: limits (429) or a server that cannot take it now (503). */
export type ProtectFailure = 'unauthorized' | 'busy' | 'offline' | 'failed';

export class ProtectApiError extends Error {
  constructor(readonly failure: ProtectFailure, readonly status: number) {
    super(`protect request failed: ${failure} (${String(status)})`);
    this.name = 'ProtectApiError';
  }
}

export const failureOf = (status: number): ProtectFailure =>
  status === 401 || status === 403 || status === 404 ? 'unauthorized' : status === 429 || status === 503 ? 'busy' : 'failed';

/** Typed forgivingly: spaces around the code, spaces inside the PIN ("123 456"). */
export const accessHeaders = (access: ProtectAccess): Record<string, string> => ({
  [CODE_HEADER]: access.code.trim(),
  [PIN_HEADER]: access.pin.replace(/\s/gu, ''),
});

async function call<T>(method: 'GET' | 'POST', url: string, access?: ProtectAccess, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(access ? accessHeaders(access) : {}) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
    });
  } catch {
    throw new ProtectApiError('offline', 0);
  }
  if (!response.ok) throw new ProtectApiError(failureOf(response.status), response.status);
  return (await response.json()) as T;
}

export const protectApi = {
  challenge: () => call<PowChallenge>('GET', CHALLENGE_URL),
  submit: (body: ProtectSubmissionRequest) => call<ProtectSubmissionResponse>('POST', `${PROTECT_API}/submissions`, undefined, body),
  status: (access: ProtectAccess) => call<ProtectStatus>('GET', `${PROTECT_API}/submission`, access),
  withdraw: (access: ProtectAccess) => call<ProtectWithdrawResponse>('POST', `${PROTECT_API}/submission/withdraw`, access),
};
