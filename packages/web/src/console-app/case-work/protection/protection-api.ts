/** The case's hash protection calls (contract: `@jikim/contracts` case-protection.ts). */
import type { CaseProtection, ProtectItemsRequest, ProtectedContent } from '@jikim/contracts';
import { api } from '../../console-api.js';

const path = (caseId: string) => `/cases/${encodeURIComponent(caseId)}/protection`;

export const protectionApi = {
  get: (caseId: string) => api<CaseProtection>('GET', path(caseId)),
  add: (caseId: string, body: ProtectItemsRequest) =>
    api<{ readonly added: readonly ProtectedContent[]; readonly alreadyProtected: readonly string[] }>('POST', path(caseId), body),
  remove: (caseId: string, contentId: number) => api<{ readonly removed: number }>('DELETE', `${path(caseId)}/${contentId}`),
};
