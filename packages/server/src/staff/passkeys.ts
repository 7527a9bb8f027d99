/**
 * Passkeys (WebAuthn, @simplewebauthn/server): an optional second factor a signed-in person adds
 * in "my account", usable at login instead of a TOTP code. The relying party is `PUBLIC_URL`'s
 * host, so passkeys need a domain name (or localhost): browsers refuse them on a bare IP address.
 * Challenges are kept on the session row and used once.
 */
import { randomUUID } from 'node:crypto';
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type AuthenticatorTransportFuture,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server';
import type { StaffPrincipal } from './require-staff.js';
import { sessionRepository } from './session.repository.js';
import { fieldError, sealContext, StaffError, type StaffDeps } from './staff-deps.js';
import { staffRepository, type PasskeyRow } from './staff.repository.js';
import { TOTP_ISSUER } from './setup-links.js';

const transportsOf = (row: PasskeyRow) => JSON.parse(row.transports) as AuthenticatorTransportFuture[];

export function passkeys(deps: StaffDeps) {
  const repo = staffRepository(deps.db);
  const sessions = sessionRepository(deps.db);
  const rpID = new URL(deps.publicOrigin).hostname;

  async function takeChallenge(sessionId: string): Promise<string> {
    const row = await deps.db.selectFrom('staff_sessions').select('challenge').where('id', '=', sessionId).executeTakeFirst();
    await sessions.setChallenge(sessionId, null);
    if (!row?.challenge) throw fieldError('passkey', 'wrong');
    return row.challenge;
  }

  return {
    list: (staffId: string) => repo.passkeys(staffId),

    async registrationOptions(staff: StaffPrincipal) {
      const row = await repo.get(staff.id);
      if (!row?.login_sealed) throw new StaffError(403, 'Not set up');
      const login = await deps.vault.openSystemField(row.login_sealed, sealContext.login(staff.id));
      const existing = await repo.passkeys(staff.id);
      const options = await generateRegistrationOptions({
        rpName: TOTP_ISSUER,
        rpID,
        userName: login,
        userID: new TextEncoder().encode(staff.id),
        attestationType: 'none',
        excludeCredentials: existing.map((p) => ({ id: p.credential_id, transports: transportsOf(p) })),
        authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
      });
      await sessions.setChallenge(staff.sessionId, options.challenge);
      return options;
    },

    async register(staff: StaffPrincipal, response: RegistrationResponseJSON) {
      const expectedChallenge = await takeChallenge(staff.sessionId);
      const result = await verifyRegistrationResponse({ response, expectedChallenge, expectedOrigin: deps.publicOrigin, expectedRPID: rpID, requireUserVerification: false })
        .catch(() => ({ verified: false as const }));
      if (!result.verified) throw fieldError('passkey', 'wrong');
      const { credential } = result.registrationInfo;
      const id = randomUUID();
      const at = deps.now().toISOString();
      await deps.db.transaction().execute(async (trx) => {
        await staffRepository(trx).insertPasskey({
          id, staff_id: staff.id, credential_id: credential.id, public_key: Buffer.from(credential.publicKey).toString('base64url'),
          counter: credential.counter, transports: JSON.stringify(credential.transports ?? []), created_at: at, last_used_at: null,
        });
        await deps.audit.append({ actor: { kind: 'staff', staffId: staff.id, sessionId: staff.sessionId }, action: 'staff.passkey_add', subjectStaffId: staff.id }, trx);
      });
      return { id, createdAt: at };
    },

    async remove(staff: StaffPrincipal, passkeyId: string) {
      await deps.db.transaction().execute(async (trx) => {
        if (!(await staffRepository(trx).deletePasskey(staff.id, passkeyId))) throw new StaffError(404, 'No such passkey');
        await deps.audit.append({ actor: { kind: 'staff', staffId: staff.id, sessionId: staff.sessionId }, action: 'staff.passkey_remove', subjectStaffId: staff.id }, trx);
      });
    },

    /** Options for the login's second step; the account's own passkeys only. */
    async authenticationOptions(staffId: string, sessionId: string) {
      const existing = await repo.passkeys(staffId);
      if (existing.length === 0) throw fieldError('passkey', 'none');
      const options = await generateAuthenticationOptions({
        rpID,
        allowCredentials: existing.map((p) => ({ id: p.credential_id, transports: transportsOf(p) })),
        userVerification: 'preferred',
      });
      await sessions.setChallenge(sessionId, options.challenge);
      return options;
    },

    /** True when the response proves this account's passkey for the challenge in flight. */
    async authenticate(staffId: string, sessionId: string, response: AuthenticationResponseJSON): Promise<boolean> {
      const expectedChallenge = await takeChallenge(sessionId).catch(() => undefined);
      const row = await repo.passkeyByCredential(response.id);
      if (!expectedChallenge || !row || row.staff_id !== staffId) return false;
      const result = await verifyAuthenticationResponse({
        response, expectedChallenge, expectedOrigin: deps.publicOrigin, expectedRPID: rpID, requireUserVerification: false,
        credential: { id: row.credential_id, publicKey: Buffer.from(row.public_key, 'base64url'), counter: Number(row.counter), transports: transportsOf(row) },
      }).catch(() => undefined);
      if (!result?.verified) return false;
      await repo.usePasskey(row.id, result.authenticationInfo.newCounter, deps.now().toISOString());
      return true;
    },
  };
}

export type Passkeys = ReturnType<typeof passkeys>;
