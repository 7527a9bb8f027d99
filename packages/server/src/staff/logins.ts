/**
 * Logging in, in two steps, each answered with a new session token (no token that existed before
 * is ever promoted): the login name and password make a short "second-factor" session; a TOTP
 * code or a passkey turns it into a signed-in one. Failures at either step count against the
 * account and the address (login-throttle.ts). Every outcome is audited; a login name that
 * matched nobody is not recorded (it may be a password typed into the wrong field).
 */
import type { AuthenticationResponseJSON } from '@simplewebauthn/server';
import type { AuditActor } from '../audit/audit-port.js';
import { normaliseAddress } from '../vault/keyed-hash.js';
import { loginThrottle, type ThrottleKey } from './login-throttle.js';
import { passkeys } from './passkeys.js';
import { verifyNothing, verifyPassword } from './password-policy.js';
import { sessionService, type OpenSession } from './sessions.js';
import { fieldError, loginHash, sealContext, StaffError, type StaffDeps } from './staff-deps.js';
import { staffRepository, type StaffRow } from './staff.repository.js';
import { checkTotp } from './totp.js';

/** 429 with the time the lock ends. */
export class LoginLockedError extends StaffError {
  constructor(readonly until: Date) {
    super(429, 'Too many failed logins');
  }
}

export interface SignedIn {
  readonly staffId: string;
  readonly sessionId: string;
  readonly token: string;
}

export function logins(deps: StaffDeps) {
  const repo = staffRepository(deps.db);
  const sessions = sessionService(deps.db, deps.now);
  const throttle = loginThrottle(deps.db, deps.now);
  const keys = passkeys(deps);

  async function throttleKeys(accountHash: string, address: string): Promise<ThrottleKey[]> {
    let normalised: string;
    try {
      normalised = normaliseAddress(address);
    } catch {
      normalised = 'unknown';
    }
    return [{ kind: 'account', key: accountHash }, { kind: 'address', key: await deps.hashes.of('address', normalised) }];
  }

  const actorOf = (staff: StaffRow | undefined): AuditActor =>
    staff ? { kind: 'staff', staffId: staff.id, sessionId: null } : { kind: 'system' };

  async function refuseIfLocked(k: readonly ThrottleKey[], staff: StaffRow | undefined, step: string): Promise<void> {
    const until = await throttle.lockedUntil(k);
    if (!until) return;
    await deps.audit.append({ actor: actorOf(staff), action: 'staff.login', subjectStaffId: staff?.id ?? null, detail: { outcome: 'locked', step } });
    throw new LoginLockedError(until);
  }

  async function failed(k: readonly ThrottleKey[], staff: StaffRow | undefined, step: string, outcome: string): Promise<void> {
    await throttle.fail(k);
    await deps.audit.append({ actor: actorOf(staff), action: 'staff.login', subjectStaffId: staff?.id ?? null, detail: { outcome, step } });
  }

  /** The pending login this token belongs to, with its account; 401 if there is none. */
  async function pending(token: string | undefined): Promise<{ open: OpenSession; staff: StaffRow }> {
    const open = token === undefined ? undefined : await sessions.resolve(token);
    const staff = open?.session.stage === 'second-factor' ? await repo.get(open.session.staff_id) : undefined;
    if (!open || !staff?.login_hash) throw new StaffError(401, 'No login in progress');
    return { open, staff };
  }

  async function complete(open: OpenSession, staff: StaffRow, factor: 'totp' | 'passkey', k: readonly ThrottleKey[]): Promise<SignedIn> {
    await throttle.succeed(k);
    return deps.db.transaction().execute(async (trx) => {
      const s = sessionService(trx, deps.now);
      await s.end(open.session.id);
      const created = await s.create(staff.id, 'signed-in', factor);
      await deps.audit.append({
        actor: { kind: 'staff', staffId: staff.id, sessionId: created.id }, action: 'staff.login', subjectStaffId: staff.id,
        detail: { outcome: 'success', factor },
      }, trx);
      return { staffId: staff.id, sessionId: created.id, token: created.token };
    });
  }

  return {
    /** Step 1. `previousToken`: whatever session cookie came with the request; it ends here. */
    async password(input: { readonly login: string; readonly password: string }, address: string, previousToken?: string) {
      const accountHash = await loginHash(deps, input.login);
      const k = await throttleKeys(accountHash, address);
      const found = await repo.byLoginHash(accountHash);
      await refuseIfLocked(k, found, 'password');
      const active = found?.status === 'active' && found.password_hash ? found : undefined;
      const ok = active?.password_hash ? await verifyPassword(active.password_hash, input.password) : await verifyNothing(input.password);
      if (!ok || !active) {
        await failed(k, found, 'password', found ? (active ? 'wrong_password' : 'inactive') : 'unknown_login');
        throw new StaffError(401, 'Wrong login name or password');
      }
      if (previousToken) {
        const previous = await sessions.resolve(previousToken);
        if (previous) await sessions.end(previous.session.id);
      }
      const created = await sessions.create(active.id, 'second-factor');
      const hasPasskey = (await keys.list(active.id)).length > 0;
      return { token: created.token, methods: hasPasskey ? (['totp', 'passkey'] as const) : (['totp'] as const) };
    },

    /** Step 2 with a TOTP code; a code is accepted once only. */
    async totp(token: string | undefined, code: string, address: string): Promise<SignedIn> {
      const { open, staff } = await pending(token);
      const k = await throttleKeys(staff.login_hash ?? '', address);
      await refuseIfLocked(k, staff, 'totp');
      const secret = staff.totp_secret_sealed ? await deps.vault.openSystemField(staff.totp_secret_sealed, sealContext.totp(staff.id)) : undefined;
      const step = secret ? await checkTotp(secret, code, deps.now(), staff.totp_last_step) : undefined;
      if (step === undefined || !(await repo.advanceTotpStep(staff.id, step))) {
        await failed(k, staff, 'totp', 'wrong_code');
        throw fieldError('code', 'wrong');
      }
      return complete(open, staff, 'totp', k);
    },

    async passkeyOptions(token: string | undefined) {
      const { open, staff } = await pending(token);
      return keys.authenticationOptions(staff.id, open.session.id);
    },

    /** Step 2 with a passkey. */
    async passkey(token: string | undefined, response: AuthenticationResponseJSON, address: string): Promise<SignedIn> {
      const { open, staff } = await pending(token);
      const k = await throttleKeys(staff.login_hash ?? '', address);
      await refuseIfLocked(k, staff, 'passkey');
      if (!(await keys.authenticate(staff.id, open.session.id, response))) {
        await failed(k, staff, 'passkey', 'wrong_passkey');
        throw fieldError('passkey', 'wrong');
      }
      return complete(open, staff, 'passkey', k);
    },

    async logout(staffId: string, sessionId: string): Promise<void> {
      await deps.db.transaction().execute(async (trx) => {
        await sessionService(trx, deps.now).end(sessionId);
        await deps.audit.append({ actor: { kind: 'staff', staffId, sessionId }, action: 'staff.logout', subjectStaffId: staffId }, trx);
      });
    },
  };
}

export type Logins = ReturnType<typeof logins>;
