/**
 * Consent records of a case (decision 0017, "Consent and referrals"): append-only rows in
 * `case_consents` (a withdrawal is a later row with granted = 0), seq per case. Kind, given or
 * withdrawn, time and how are clear (the figures); the counsellor's note is sealed with the case key.
 * Each record appends a `consent` case event (its text: the kind and given/withdrawn, nothing else)
 * and an audit row `case.consent.record`. Withdrawing a consent that was given writes one audit row
 * `case.referral.consent_withdrawn` per referral of the case that depends on it and is still open.
 *
 *   record(caseId, { kind, granted, note, how }, { event, audit }) → the new record
 *   state(caseId)                                                  → ConsentState (notes opened, staff names)
 */
import { randomBytes } from 'node:crypto';
import { consentKindSchema, type ConsentKind, type ConsentState } from '@jikim/contracts';
import type { Kysely } from 'kysely';
import type { AuditActor, AuditLog } from '../audit/audit-port.js';
import { caseEvents, type CaseEventActor } from '../cases/case-events.js';
import { staffNames } from '../console/case-views.js';
import type { Database } from '../db/schema.js';
import type { BankStore } from '../platform/platform-ports.js';
import type { Vault } from '../vault/vault-port.js';
import { currentConsents } from './consent-state.js';
import { afterConsentRecord } from './protection/consent-withdrawal.js';
import { dependentReferrals } from './referrals-state.js';

export const consentNoteContext = (id: string) => `case_consents.note:${id}`;

export interface ConsentDeps {
  readonly db: Kysely<Database>;
  readonly vault: Pick<Vault, 'sealCaseField' | 'openCaseField' | 'openSystemField'>;
  readonly audit: AuditLog;
  readonly now: () => Date;
  /** Removes a case's contents from every bank (withdrawal, consent withdrawal, destruction). */
  readonly banks: Pick<BankStore, 'deleteCaseContents'>;
}

export interface ConsentInput {
  readonly kind: ConsentKind;
  readonly granted: boolean;
  readonly note: string;
  /** `locker`: the person's own choice with their code and PIN; `counsellor`: said on the phone or in person. */
  readonly how: 'locker' | 'counsellor';
}

/** Who records it: the case event's actor and the audit row's (a counsellor in a session, or the person). */
export interface ConsentRecorder {
  readonly event: Extract<CaseEventActor, { kind: 'victim' | 'counsellor' }>;
  readonly audit: AuditActor;
}

/** The case event's text: which consent, and whether given or withdrawn; never the note. */
export const consentEventText = (kind: ConsentKind, granted: boolean) => `${kind}: ${granted ? 'given' : 'withdrawn'}`;

export function caseConsents(deps: ConsentDeps) {
  const events = caseEvents(deps.db, deps.vault, deps.now);

  return {
    async record(caseId: string, input: ConsentInput, by: ConsentRecorder): Promise<{ id: string; seq: number; at: string }> {
      const before = await currentConsents(deps.db, caseId);
      const id = randomBytes(16).toString('base64url');
      const at = deps.now().toISOString();
      // Sealed before the transaction: the vault reads the case key on its own connection.
      const noteSealed = await deps.vault.sealCaseField(caseId, input.note, consentNoteContext(id));
      const staffId = by.event.kind === 'counsellor' ? by.event.staffId : null;
      const seq = await deps.db.transaction().execute(async (trx) => {
        const last = await trx.selectFrom('case_consents').select((eb) => eb.fn.max('seq').as('seq')).where('case_id', '=', caseId).executeTakeFirst();
        const next = Number(last?.seq ?? 0) + 1;
        await trx.insertInto('case_consents').values({
          id, case_id: caseId, seq: next, kind: input.kind, granted: input.granted ? 1 : 0, at, how: input.how, actor_id: staffId, note_sealed: noteSealed,
        }).execute();
        await deps.audit.append({ actor: by.audit, action: 'case.consent.record', caseId, detail: { kind: input.kind, granted: input.granted, how: input.how } }, trx);
        if (!input.granted && before[input.kind] === true) {
          for (const referral of await dependentReferrals(trx, caseId, input.kind)) {
            await deps.audit.append({
              actor: by.audit, action: 'case.referral.consent_withdrawn', caseId,
              detail: { referralId: referral.id, kind: referral.kind, state: referral.state, consent: input.kind },
            }, trx);
          }
        }
        return next;
      });
      await events.append(caseId, { type: 'consent', actor: by.event, body: { text: consentEventText(input.kind, input.granted) } });
      // Withdrawing hash_protection takes the case's hashes out of the banks.
      await afterConsentRecord(deps, caseId, input, by);
      return { id, seq, at };
    },

    async state(caseId: string): Promise<ConsentState> {
      const rows = await deps.db.selectFrom('case_consents').selectAll().where('case_id', '=', caseId).orderBy('seq').execute();
      const names = await staffNames(deps.db, deps.vault, rows.flatMap((r) => (r.actor_id ? [r.actor_id] : [])));
      const records: ConsentState['records'] = [];
      const current: ConsentState['current'] = {};
      for (const row of rows) {
        const kind = consentKindSchema.safeParse(row.kind);
        if (!kind.success) continue;
        const granted = row.granted === 1;
        current[kind.data] = granted;
        const name = row.actor_id ? names.get(row.actor_id) : undefined;
        records.push({
          id: row.id, kind: kind.data, granted, at: row.at, how: row.how,
          actor: row.actor_id ? { kind: 'counsellor', staffId: row.actor_id, ...(name !== undefined ? { name } : {}) } : { kind: 'victim' },
          note: await deps.vault.openCaseField(caseId, row.note_sealed, consentNoteContext(row.id)),
        });
      }
      return { records, current };
    },
  };
}

export type CaseConsents = ReturnType<typeof caseConsents>;
