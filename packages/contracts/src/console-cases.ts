import * as z from 'zod';

export const caseStatusSchema = z.enum(['new', 'assigned', 'waiting', 'closed']);

/** A row of the console's case list: status and dates only, nothing said in the case. */
export const caseSummarySchema = z.object({
  id: z.string(),
  status: caseStatusSchema,
  openedBy: z.enum(['victim_request', 'counsellor']),
  createdAt: z.string(),
  assignedToMe: z.boolean(),
});
export type CaseSummary = z.infer<typeof caseSummarySchema>;
export const caseListResponseSchema = z.object({ cases: z.array(caseSummarySchema) });
export type CaseListResponse = z.infer<typeof caseListResponseSchema>;
