/**
 * Invitations and set-up. An invitation (`jikim admin invite`, or an admin in the console) makes an
 * account waiting for set-up and a one-time link, valid 24 hours. Re-issuing a link for someone
 * who lost their second factor starts them over: their password, TOTP, passkeys and sessions are
 * gone at once, and the new link sets them up again. The link's token (256 bits) is kept only as
 * a hash and travels in the URL's fragment, which browsers send to no server and no Referer.
 */
import { randomUUID } from 'node:crypto';
import type { StaffRole } from '@jikim/contracts';
import type { AuditActor } from '../audit/audit-port.js';
import { adminChanges } from './admin-change.js';
import { passwordProblem, hashPassword } from './password-policy.js';
import { sessionService } from './sessions.js';
import { fieldError, LOGIN_PATTERN, loginHash, normaliseLogin, sealContext, StaffError, type StaffDeps } from './staff-deps.js';
import { staffRepository, type SetupLinkRow } from './staff.repository.js';
import { newToken, tokenHash } from './tokens.js';
import { checkTotp, newTotpSecret, totpUri } from './totp.js';

export const SETUP_LINK_MS = 24 * 60 * 60_000;
export const TOTP_ISSUER = 'Jikim';

export interface IssuedLink {
  readonly staffId: string;
  /** Korean console; the English one is `englishLink`. */
  readonly link: string;
  readonly englishLink: string;
  readonly expiresAt: string;
}

export function setupLinks(deps: StaffDeps) {
  const repo = staffRepository(deps.db);
  const asAdmin = adminChanges(deps);

  async function issue(staffId: string, issuedBy: string | null): Promise<Omit<IssuedLink, 'staffId'> & { row: SetupLinkRow }> {
    const token = newToken();
    const at = deps.now().getTime();
    const row: SetupLinkRow = {
      token_hash: tokenHash(token),
      staff_id: staffId,
      issued_by: issuedBy,
      created_at: new Date(at).toISOString(),
      expires_at: new Date(at + SETUP_LINK_MS).toISOString(),
      used_at: null,
      totp_secret_sealed: null,
    };
    return {
      row,
      link: `${deps.publicOrigin}/console#setup=${token}`,
      englishLink: `${deps.publicOrigin}/en/console#setup=${token}`,
      expiresAt: row.expires_at,
    };
  }

  /** The open link this token names, or a 410 (unknown, used, expired or superseded look the same). */
  async function openLink(token: string) {
    const link = await repo.link(tokenHash(token));
    const staff = link ? await repo.get(link.staff_id) : undefined;
    if (!link || !staff || link.used_at !== null || Date.parse(link.expires_at) <= deps.now().getTime() || staff.status !== 'invited') {
      throw new StaffError(410, 'This set-up link is no longer valid');
    }
    return { link, staff };
  }

  return {
    async invite(input: { readonly name: string; readonly role: StaffRole }, actor: AuditActor): Promise<IssuedLink> {
      const id = randomUUID();
      const name = input.name.normalize('NFC').trim();
      const nameSealed = await deps.vault.sealSystemField(name, sealContext.name(id));
      const issued = await issue(id, actor.kind === 'staff' ? actor.staffId : null);
      await deps.db.transaction().execute(async (trx) => {
        const r = staffRepository(trx);
        await r.insert({
          id, role: input.role, status: 'invited', name_sealed: nameSealed, login_hash: null, login_sealed: null,
          password_hash: null, totp_secret_sealed: null, totp_last_step: null, created_at: issued.row.created_at,
          activated_at: null, deactivated_at: null,
        });
        await r.insertLink(issued.row);
        await deps.audit.append({ actor, action: 'staff.invite', subjectStaffId: id, detail: { role: input.role } }, trx);
      });
      return { staffId: id, link: issued.link, englishLink: issued.englishLink, expiresAt: issued.expiresAt };
    },

    /**
     * A new link for someone who lost a factor: everything they could log in with ends now. An
     * admin does it (the last active admin cannot be started over: `jikim admin invite` is their way back).
     */
    async reissue(staffId: string, actor: AuditActor & { readonly kind: 'staff' }): Promise<IssuedLink> {
      const issued = await issue(staffId, actor.staffId);
      await asAdmin(actor.staffId, async ({ trx, repo: r, refuseLastAdmin }) => {
        const staff = await r.get(staffId);
        if (!staff) throw new StaffError(404, 'No such person');
        if (staff.status === 'deactivated') throw new StaffError(409, 'This account is deactivated');
        await refuseLastAdmin(staff);
        await r.deleteOpenLinks(staffId);
        await r.deletePasskeys(staffId);
        await sessionService(trx, deps.now).endAllFor(staffId);
        await r.update(staffId, {
          status: 'invited', login_hash: null, login_sealed: null, password_hash: null, totp_secret_sealed: null,
        });
        await r.insertLink(issued.row);
        await deps.audit.append({ actor, action: 'staff.reissue', subjectStaffId: staffId, detail: { role: staff.role } }, trx);
      });
      return { staffId, link: issued.link, englishLink: issued.englishLink, expiresAt: issued.expiresAt };
    },

    /** What the set-up page shows: who it is for and the TOTP key to add (the same key on every visit). */
    async start(token: string) {
      const { link, staff } = await openLink(token);
      const name = await deps.vault.openSystemField(staff.name_sealed, sealContext.name(staff.id));
      let secret: string;
      if (link.totp_secret_sealed) {
        secret = await deps.vault.openSystemField(link.totp_secret_sealed, sealContext.linkTotp(link.token_hash));
      } else {
        secret = newTotpSecret();
        await repo.setLinkTotp(link.token_hash, await deps.vault.sealSystemField(secret, sealContext.linkTotp(link.token_hash)));
        const stored = (await repo.link(link.token_hash))?.totp_secret_sealed;
        // Two first visits at once: both show the key that was stored first.
        if (stored) secret = await deps.vault.openSystemField(stored, sealContext.linkTotp(link.token_hash));
      }
      return { name, role: staff.role, expiresAt: link.expires_at, totpSecret: secret, totpUri: totpUri(secret, TOTP_ISSUER, name) };
    },

    /** Sets the login name, password and TOTP, uses up the link, and signs the person in. */
    async finish(input: { readonly token: string; readonly login: string; readonly password: string; readonly code: string }) {
      const { link, staff } = await openLink(input.token);
      const login = normaliseLogin(input.login);
      if (!LOGIN_PATTERN.test(login)) throw fieldError('login', 'format');
      const hash = await loginHash(deps, login);
      if (await repo.byLoginHash(hash)) throw fieldError('login', 'taken');
      const name = await deps.vault.openSystemField(staff.name_sealed, sealContext.name(staff.id));
      const problem = passwordProblem(input.password, [login, ...name.split(/\s+/)]);
      if (problem) throw fieldError('password', problem);
      if (!link.totp_secret_sealed) throw fieldError('code', 'wrong');
      const secret = await deps.vault.openSystemField(link.totp_secret_sealed, sealContext.linkTotp(link.token_hash));
      const step = await checkTotp(secret, input.code, deps.now(), null);
      if (step === undefined) throw fieldError('code', 'wrong');

      const [passwordHash, loginSealed, totpSealed] = await Promise.all([
        hashPassword(input.password),
        deps.vault.sealSystemField(login, sealContext.login(staff.id)),
        deps.vault.sealSystemField(secret, sealContext.totp(staff.id)),
      ]);
      const at = deps.now().toISOString();
      const session = await deps.db.transaction().execute(async (trx) => {
        const r = staffRepository(trx);
        if (!(await r.useLink(link.token_hash, at))) throw new StaffError(410, 'This set-up link is no longer valid');
        await r.deleteOpenLinks(staff.id);
        await r.update(staff.id, {
          status: 'active', login_hash: hash, login_sealed: loginSealed, password_hash: passwordHash,
          totp_secret_sealed: totpSealed, totp_last_step: step, activated_at: at,
        });
        const created = await sessionService(trx, deps.now).create(staff.id, 'signed-in', 'totp');
        await deps.audit.append({
          actor: { kind: 'staff', staffId: staff.id, sessionId: created.id }, action: 'staff.setup', subjectStaffId: staff.id,
          detail: { role: staff.role },
        }, trx);
        return created;
      }).catch((error: unknown) => {
        // Two set-ups chose the same login name at once: the database's unique index decides.
        if (error instanceof StaffError) throw error;
        throw /unique|duplicate/i.test(String((error as Error).message)) ? fieldError('login', 'taken') : error;
      });
      return { staffId: staff.id, role: staff.role, session };
    },
  };
}

export type SetupLinks = ReturnType<typeof setupLinks>;
