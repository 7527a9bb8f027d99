import * as z from 'zod';

/** What a staff member may do: admin (people, settings), counsellor (cases), auditor (reads the audit log). */
export const STAFF_ROLES = ['admin', 'counsellor', 'auditor'] as const;
export const staffRoleSchema = z.enum(STAFF_ROLES);
export type StaffRole = z.infer<typeof staffRoleSchema>;

export const staffStatusSchema = z.enum(['invited', 'active', 'deactivated']);
export type StaffStatus = z.infer<typeof staffStatusSchema>;

/** The header every state-changing console request carries: the session's CSRF token. */
export const CSRF_HEADER = 'x-jikim-csrf';
/** The console session cookie; `__Host-` binds it to this origin, path `/`, Secure. */
export const STAFF_SESSION_COOKIE = '__Host-jikim-staff';
