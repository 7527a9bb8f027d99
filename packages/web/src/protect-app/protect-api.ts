/**
 * The calls of "Protect my images" (contracts: protect.ts): the proof of work's challenge (the help
 * request's), the submission, its status and its withdrawal. The code and PIN travel only in
 * headers, never in an address, and live only in the page's memory. Types only from the contracts,
 * so the page's bundle does not carry their schemas.
 */
import { failureOf, privateCall, type CallFailure } from '../client/private-call.js';
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

export type ProtectFailure = CallFailure;

export class ProtectApiError extends Error {
  constructor(readonly failure: ProtectFailure, readonly status: number) {
    super(`protect request failed: ${failure} (${String(status)})`);
    this.name = 'ProtectApiError';
  }
}

export { failureOf };

/** Typed forgivingly: spaces around the code, spaces inside the PIN ("123 456"). */
export const accessHeaders = (access: ProtectAccess): Record<string, string> => ({
  [CODE_HEADER]: access.code.trim(),
  [PIN_HEADER]: access.pin.replace(/\s/gu, ''),
});

const call = <T>(method: 'GET' | 'POST', url: string, access?: ProtectAccess, body?: unknown): Promise<T> =>
  privateCall<T>(method, url, access ? accessHeaders(access) : {}, body, (failure, status) => new ProtectApiError(failure, status));

export const protectApi = {
  challenge: () => call<PowChallenge>('GET', CHALLENGE_URL),
  submit: (body: ProtectSubmissionRequest) => call<ProtectSubmissionResponse>('POST', `${PROTECT_API}/submissions`, undefined, body),
  status: (access: ProtectAccess) => call<ProtectStatus>('GET', `${PROTECT_API}/submission`, access),
  withdraw: (access: ProtectAccess) => call<ProtectWithdrawResponse>('POST', `${PROTECT_API}/submission/withdraw`, access),
};
