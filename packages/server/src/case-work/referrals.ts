/**
 * Referrals of a case (decision 0017): police (the station, chosen in the console by the guide's
 * station rule), legal aid, medical, psychological, KCSC, another centre (a transfer: the note says
 * what was sent; Jikim never hands over the case code). Kind, state, dates and whether it went ahead
 * without consent are clear (the figures); organisation, notes, the reason and the history with who
 * and when are sealed with the case key. The rules of the states: referrals-state.ts.
 *
 * Each change appends a `referral` case event (its text: kind and state only) and one audit row:
 * `case.referral.create` / `case.referral.state`, or `case.referral.without_consent` when the step
 * (creating, or moving to `sent`) went ahead without the consent its kind needs, with a reason.
 */
import { randomBytes } from 'node:crypto';
import { REFERRAL_CONSENT, referralKindSchema, referralStateSchema, type Referral } from '@jikim/contracts';
import type { FastifyRequest } from 'fastify';
import type { CaseReferralsTable } from '../db/schema.js';
import { staffNames } from '../console/case-views.js';
import { counsellorActor, type ConsoleCases } from '../console/case-deps.js';
import { currentStaff } from '../staff/require-staff.js';
import { StaffError } from '../staff/staff-deps.js';
import { ConsentMissingError, currentConsents } from './consent-state.js';
import { canMoveReferral, isReferralFlagged, type ReferralKind, type ReferralState } from './referrals-state.js';

export const referralDetailContext = (id: string) => `case_referrals.detail:${id}`;

/** What `detail_sealed` holds. */
interface ReferralDetail {
  organisation: string;
  note: string;
  withoutConsentReason?: string;
  history: { at: string; state: ReferralState; note: string; actor: { staffId: string }; withoutConsentReason?: string }[];
}

export interface NewReferral {
  readonly kind: ReferralKind;
  readonly organisation: string;
  readonly note: string;
  readonly withoutConsentReason?: string | undefined;
}

export interface ReferralMove {
  readonly state: ReferralState;
  readonly note: string;
  readonly withoutConsentReason?: string | undefined;
}

export const referralEventText = (kind: ReferralKind, state: ReferralState) => `${kind}: ${state}`;

export function caseReferrals(c: ConsoleCases) {
  const { db, vault, now } = c.deps;
  const seal = (caseId: string, id: string, detail: ReferralDetail) => vault.sealCaseField(caseId, JSON.stringify(detail), referralDetailContext(id));
  const open = async (row: CaseReferralsTable) => JSON.parse(await vault.openCaseField(row.case_id, row.detail_sealed, referralDetailContext(row.id))) as ReferralDetail;

  /** Without the consent `kind` needs now: a reason is required (409 `consent_missing` without one). */
  async function consentOrReason(caseId: string, kind: ReferralKind, reason: string | undefined): Promise<string | undefined> {
    const consent = REFERRAL_CONSENT[kind];
    if ((await currentConsents(db, caseId))[consent] === true) return undefined;
    if (reason === undefined) throw new ConsentMissingError(consent);
    return reason;
  }

  async function view(caseId: string, rows: readonly CaseReferralsTable[]): Promise<Referral[]> {
    const current = await currentConsents(db, caseId);
    const opened = await Promise.all(rows.map(open));
    const names = await staffNames(db, vault, opened.flatMap((d) => d.history.map((h) => h.actor.staffId)));
    return rows.map((row, i) => {
      const detail = opened[i] as ReferralDetail;
      const kind = referralKindSchema.parse(row.kind);
      const state = referralStateSchema.parse(row.state);
      return {
        id: row.id, kind, state, organisation: detail.organisation, note: detail.note, createdAt: row.created_at, updatedAt: row.updated_at,
        ...(detail.withoutConsentReason !== undefined ? { withoutConsentReason: detail.withoutConsentReason } : {}),
        flagged: isReferralFlagged({ kind, state, withoutConsent: row.without_consent === 1 }, current),
        history: detail.history.map((h) => {
          const name = names.get(h.actor.staffId);
          return { at: h.at, state: h.state, note: h.note, actor: { staffId: h.actor.staffId, ...(name !== undefined ? { name } : {}) } };
        }),
      };
    });
  }

  async function one(caseId: string, id: string): Promise<CaseReferralsTable> {
    const row = await db.selectFrom('case_referrals').selectAll().where('case_id', '=', caseId).where('id', '=', id).executeTakeFirst();
    if (!row) throw new StaffError(404, 'No such referral');
    return row;
  }

  return {
    async list(caseId: string): Promise<Referral[]> {
      const rows = await db.selectFrom('case_referrals').selectAll().where('case_id', '=', caseId).orderBy('created_at').orderBy('id').execute();
      return view(caseId, rows);
    },

    async create(caseId: string, input: NewReferral, request: FastifyRequest): Promise<Referral> {
      const reason = await consentOrReason(caseId, input.kind, input.withoutConsentReason);
      const id = randomBytes(16).toString('base64url');
      const at = now().toISOString();
      const staffId = currentStaff(request).id;
      const detail: ReferralDetail = {
        organisation: input.organisation, note: input.note, ...(reason !== undefined ? { withoutConsentReason: reason } : {}),
        history: [{ at, state: 'proposed', note: input.note, actor: { staffId }, ...(reason !== undefined ? { withoutConsentReason: reason } : {}) }],
      };
      const row: CaseReferralsTable = {
        id, case_id: caseId, kind: input.kind, state: 'proposed', without_consent: reason !== undefined ? 1 : 0, created_at: at, updated_at: at,
        detail_sealed: await seal(caseId, id, detail),
      };
      await db.insertInto('case_referrals').values(row).execute();
      await c.events.append(caseId, { type: 'referral', actor: counsellorActor(request), body: { text: referralEventText(input.kind, 'proposed') } });
      await c.audit(request, {
        action: reason !== undefined ? 'case.referral.without_consent' : 'case.referral.create', caseId,
        detail: { referralId: id, kind: input.kind, state: 'proposed', consent: REFERRAL_CONSENT[input.kind] },
      });
      return (await view(caseId, [row]))[0] as Referral;
    },

    async move(caseId: string, id: string, move: ReferralMove, request: FastifyRequest): Promise<Referral> {
      const row = await one(caseId, id);
      const kind = referralKindSchema.parse(row.kind);
      const from = referralStateSchema.parse(row.state);
      if (!canMoveReferral(from, move.state)) throw new StaffError(409, `A referral cannot move from ${from} to ${move.state}`);
      let reason: string | undefined;
      if (move.state === 'consented' && (await currentConsents(db, caseId))[REFERRAL_CONSENT[kind]] !== true) throw new ConsentMissingError(REFERRAL_CONSENT[kind]);
      if (move.state === 'sent') reason = await consentOrReason(caseId, kind, move.withoutConsentReason);
      const detail = await open(row);
      const at = now().toISOString();
      detail.history.push({ at, state: move.state, note: move.note, actor: { staffId: currentStaff(request).id }, ...(reason !== undefined ? { withoutConsentReason: reason } : {}) });
      if (reason !== undefined) detail.withoutConsentReason = reason;
      const withoutConsent = row.without_consent === 1 || reason !== undefined ? 1 : 0;
      const sealed = await seal(caseId, id, detail);
      // Only from the state read: a concurrent move of the same referral loses with a 409.
      const updated = await db.updateTable('case_referrals').set({ state: move.state, updated_at: at, without_consent: withoutConsent, detail_sealed: sealed })
        .where('id', '=', id).where('state', '=', from).executeTakeFirst();
      if (Number(updated.numUpdatedRows) !== 1) throw new StaffError(409, 'The referral changed meanwhile');
      await c.events.append(caseId, { type: 'referral', actor: counsellorActor(request), body: { text: referralEventText(kind, move.state) } });
      await c.audit(request, {
        action: reason !== undefined ? 'case.referral.without_consent' : 'case.referral.state', caseId,
        detail: { referralId: id, kind, from, state: move.state, consent: REFERRAL_CONSENT[kind] },
      });
      return (await view(caseId, [{ ...row, state: move.state, updated_at: at, without_consent: withoutConsent, detail_sealed: sealed }]))[0] as Referral;
    },
  };
}
