/**
 * The console's case-work calls (`/api/console/v1`, case-work.ts in the contracts): a case's
 * targets, letters and consents, the reminders, the operators and whether e-mail can be sent.
 */
import type {
  addTargetsRequestSchema, addTargetsResponseSchema, centreOperatorInputSchema, CentreOperator, ConsentState, letterDraftRequestSchema,
  letterDraftSchema, mailStatusSchema, OperatorDirectory, RemindersView, SentLetter, sendLetterRequestSchema, Target, targetStatusRequestSchema,
} from '@jikim/contracts';
import type * as z from 'zod';
import { api } from '../console-api.js';

export type AddTargetsRequest = z.input<typeof addTargetsRequestSchema>;
export type AddTargetsResponse = z.infer<typeof addTargetsResponseSchema>;
export type TargetStatusRequest = z.input<typeof targetStatusRequestSchema>;
export type LetterDraftRequest = z.input<typeof letterDraftRequestSchema>;
export type LetterDraft = z.infer<typeof letterDraftSchema>;
export type SendLetterRequest = z.input<typeof sendLetterRequestSchema>;
export type MailStatus = z.infer<typeof mailStatusSchema>;
export type CentreOperatorInput = z.input<typeof centreOperatorInputSchema>;

const casePath = (id: string) => `/cases/${encodeURIComponent(id)}`;

export const caseWorkApi = {
  targets: (id: string) => api<{ targets: Target[] }>('GET', `${casePath(id)}/targets`),
  addTargets: (id: string, request: AddTargetsRequest) => api<AddTargetsResponse>('POST', `${casePath(id)}/targets`, request),
  targetStatus: (id: string, targetId: string, request: TargetStatusRequest) =>
    api<Target>('POST', `${casePath(id)}/targets/${encodeURIComponent(targetId)}/status`, request),
  previewLetter: (id: string, request: LetterDraftRequest) => api<LetterDraft>('POST', `${casePath(id)}/letters/preview`, request),
  sendLetter: (id: string, request: SendLetterRequest) => api<SentLetter>('POST', `${casePath(id)}/letters`, request),
  letters: (id: string) => api<{ letters: SentLetter[] }>('GET', `${casePath(id)}/letters`),
  consents: (id: string) => api<ConsentState>('GET', `${casePath(id)}/consents`),
  reminders: (scope: 'mine' | 'all') => api<RemindersView>('GET', `/reminders?scope=${scope}`),
  operators: () => api<OperatorDirectory>('GET', '/operators'),
  addOperator: (input: CentreOperatorInput) => api<CentreOperator>('POST', '/operators', input),
  editOperator: (operatorId: string, input: CentreOperatorInput) => api<CentreOperator>('PUT', `/operators/${encodeURIComponent(operatorId)}`, input),
  removeOperator: (operatorId: string) => api<undefined>('DELETE', `/operators/${encodeURIComponent(operatorId)}`),
  mailStatus: () => api<MailStatus>('GET', '/mail/status'),
};
