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

const token = z.string().regex(/^[A-Za-z0-9_-]{43}$/);
const isoTime = z.string();
/** A six-digit TOTP code. */
export const totpCodeSchema = z.string().regex(/^\d{6}$/);
/** Login names: 3–32 of a–z, 0–9, dot, dash and underscore, starting with a letter or digit (case-insensitive). */
export const loginNameSchema = z.string().min(3).max(32);
/** WebAuthn JSON as @simplewebauthn produces and reads it; checked by the server's WebAuthn code. */
const webAuthnJson = z.record(z.string(), z.unknown());

export const setupStartRequestSchema = z.object({ token });
export const setupStartResponseSchema = z.object({
  name: z.string(),
  role: staffRoleSchema,
  expiresAt: isoTime,
  /** The TOTP key in base32, for typing into an authenticator app. */
  totpSecret: z.string(),
  totpUri: z.string(),
  /** The QR code of `totpUri`: one string of 0 and 1 per row of modules, drawn as SVG by the page. */
  totpQr: z.array(z.string().regex(/^[01]+$/)),
});
export type SetupStartResponse = z.infer<typeof setupStartResponseSchema>;

export const setupFinishRequestSchema = z.object({
  token,
  login: loginNameSchema,
  password: z.string().min(1).max(1024),
  code: totpCodeSchema,
});
export type SetupFinishRequest = z.infer<typeof setupFinishRequestSchema>;

export const meSchema = z.object({
  id: z.string(),
  name: z.string(),
  login: z.string().nullable(),
  role: staffRoleSchema,
});
export type Me = z.infer<typeof meSchema>;

/** A signed-in session: who, and the token state-changing requests send in `x-jikim-csrf`. */
export const sessionResponseSchema = z.object({
  me: meSchema,
  csrfToken: z.string(),
  idleTimeoutSeconds: z.number().int(),
});
export type SessionResponse = z.infer<typeof sessionResponseSchema>;

export const loginPasswordRequestSchema = z.object({
  login: z.string().min(1).max(64),
  password: z.string().min(1).max(1024),
});
export const secondFactorMethodSchema = z.enum(['totp', 'passkey']);
export const loginPasswordResponseSchema = z.object({
  next: z.literal('second-factor'),
  methods: z.array(secondFactorMethodSchema),
});
export type LoginPasswordResponse = z.infer<typeof loginPasswordResponseSchema>;
export const loginTotpRequestSchema = z.object({ code: totpCodeSchema });
export const passkeyOptionsResponseSchema = webAuthnJson;
export const passkeyResponseRequestSchema = z.object({ response: webAuthnJson });

export const staffMemberSchema = z.object({
  id: z.string(),
  name: z.string(),
  login: z.string().nullable(),
  role: staffRoleSchema,
  status: staffStatusSchema,
  createdAt: isoTime,
  activatedAt: isoTime.nullable(),
  deactivatedAt: isoTime.nullable(),
  passkeys: z.number().int().nonnegative(),
});
export type StaffMember = z.infer<typeof staffMemberSchema>;
export const staffListResponseSchema = z.object({ people: z.array(staffMemberSchema) });

export const staffIdParamsSchema = z.object({ id: z.uuid() });
export const inviteRequestSchema = z.object({
  name: z.string().trim().min(1).max(100),
  role: staffRoleSchema,
});
/** A set-up link, shown once: only its hash is stored. */
export const setupLinkResponseSchema = z.object({
  staffId: z.string(),
  link: z.string(),
  englishLink: z.string(),
  expiresAt: isoTime,
});
export type SetupLinkResponse = z.infer<typeof setupLinkResponseSchema>;
export const roleChangeRequestSchema = z.object({ role: staffRoleSchema });

export const passkeySchema = z.object({ id: z.string(), createdAt: isoTime, lastUsedAt: isoTime.nullable() });
export type Passkey = z.infer<typeof passkeySchema>;
export const passkeyListResponseSchema = z.object({ passkeys: z.array(passkeySchema) });
export const passkeyIdParamsSchema = z.object({ id: z.uuid() });
