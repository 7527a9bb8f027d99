/**
 * Deletion letters of a case (decision 0017): built with @jikim/case's buildDeletionLetter for the
 * chosen targets of one operator, sent through the deployment's SMTP or marked sent by the
 * operator's web form; only with the person's consent to write to operators (409 consent_missing).
 * Every letter is kept sealed (to, subject, text, locale, message id or reference, target ids) and
 * its targets move to 'requested' with the letter's id on the event.
 */
import { randomBytes } from 'node:crypto';
import { buildDeletionLetter, counsellor, type DeletionLetter, type LetterEvidence } from '@jikim/case';
import type { SentLetter } from '@jikim/contracts';
import type { FastifyRequest } from 'fastify';
import type * as z from 'zod';
import type { letterDraftRequestSchema, sendLetterRequestSchema } from '@jikim/contracts';
import { staffNames } from '../console/case-views.js';
import type { CaseLettersTable } from '../db/schema.js';
import { currentStaff } from '../staff/require-staff.js';
import { fieldError, StaffError } from '../staff/staff-deps.js';
import type { CaseWork } from './case-work-deps.js';
import { ConsentMissingError, hasConsent } from './consent-state.js';
import { channelOf, operatorName, type Locale } from './operators.js';
import { withStatus, type TargetRecord } from './target-record.js';
import type { TargetRow } from './targets.repository.js';

export const letterContext = (id: string) => `case_letters.letter:${id}`;
type DraftRequest = z.output<typeof letterDraftRequestSchema>;
type SendRequest = z.output<typeof sendLetterRequestSchema>;

interface SealedLetter { to: string; subject: string; body: string; locale: Locale; messageId: string; targetIds: string[] }

/** Regulators, support centres and hash services act for the person (as the locker's letter form). */
const BODIES = ['official-kr', 'hash-service'];

export class MailOffError extends StaffError {
  constructor() { super(409, 'E-mail is not configured on this server: mark the letter sent by web form'); }
}

export function caseLetters(w: CaseWork) {
  async function service(operator: string, locale: Locale, rows: readonly TargetRow[]) {
    const channel = channelOf(operator);
    if (channel !== undefined) {
      return { name: channel.name[locale], jurisdiction: channel.scope === 'kr' ? 'kr' as const : 'other' as const, addressee: BODIES.includes(channel.category) ? 'body' as const : 'operator' as const };
    }
    const centre = await w.operators.byKeys([operator]);
    const own = centre.get(operator);
    if (own !== undefined) return { name: own.name, jurisdiction: 'other' as const, addressee: 'operator' as const, email: own.email };
    return { name: rows[0]?.record.host || operatorName(operator, locale, centre), jurisdiction: 'other' as const, addressee: 'operator' as const };
  }

  async function evidence(caseId: string, ids: readonly string[]): Promise<LetterEvidence[]> {
    const out: LetterEvidence[] = [];
    for (const [i, id] of ids.entries()) {
      const item = await w.c.item(caseId, id);
      if (item.item.file === undefined) throw fieldError(`evidenceItemIds.${String(i)}`, 'This item has no file to give a hash of');
      out.push({ label: item.item.title || item.item.file.originalName, sha256: item.item.file.sha256 });
    }
    return out;
  }

  async function draft(caseId: string, input: DraftRequest): Promise<{ rows: TargetRow[]; operator: string; letter: DeletionLetter; to?: string }> {
    const rows = await w.targets.getMany(caseId, input.targetIds);
    if (rows.length !== new Set(input.targetIds).size) throw new StaffError(404, 'No such target');
    const operator = rows[0]?.operator ?? 'other';
    if (rows.some((r) => r.operator !== operator)) throw fieldError('targetIds', 'One letter goes to one operator: these targets belong to several');
    const svc = await service(operator, input.locale, rows);
    const requester = input.requester === undefined ? {} : {
      requester: { ...(input.requester.name ? { name: input.requester.name } : {}), ...(input.requester.contact ? { contact: input.requester.contact } : {}) },
    };
    const letter = buildDeletionLetter({
      locale: input.locale, service: { name: svc.name, jurisdiction: svc.jurisdiction, addressee: svc.addressee }, urls: rows.map((r) => r.record.url),
      contentKind: input.contentKind, evidence: await evidence(caseId, input.evidenceItemIds), respondBy: new Date(`${input.respondBy}T12:00:00+09:00`), today: w.now(), ...requester,
      voice: 'centre', // the centre writes for the person, with their consent: never "images of me"
    });
    const channel = channelOf(operator);
    const to = 'email' in svc && svc.email !== undefined ? svc.email : channel?.how.find((h) => h.kind === 'email')?.address;
    return { rows, operator, letter, ...(to !== undefined ? { to } : {}) };
  }

  async function view(rows: readonly CaseLettersTable[]): Promise<SentLetter[]> {
    const opened = await w.vault.openCaseFields(rows.map((r) => ({ caseId: r.case_id, sealed: r.letter_sealed, context: letterContext(r.id) })));
    const names = await staffNames(w.db, w.vault, rows.map((r) => r.actor_id));
    return rows.flatMap((r, i) => {
      const text = opened[i];
      if (text === null || text === undefined) return [];
      const l = JSON.parse(text) as SealedLetter;
      const name = names.get(r.actor_id);
      return [{ id: r.id, at: r.at, method: r.method, to: l.to, subject: l.subject, body: l.body, locale: l.locale, messageId: l.messageId, targetIds: l.targetIds, actor: { staffId: r.actor_id, ...(name !== undefined ? { name } : {}) } }];
    });
  }

  return {
    draft,
    async list(caseId: string): Promise<SentLetter[]> {
      return view(await w.db.selectFrom('case_letters').selectAll().where('case_id', '=', caseId).orderBy('at').orderBy('id').execute());
    },

    async send(caseId: string, input: SendRequest, request: FastifyRequest): Promise<{ letter: SentLetter; operator: string }> {
      if (!(await hasConsent(w.db, caseId, 'write_to_operators'))) throw new ConsentMissingError('write_to_operators');
      if (input.send.method === 'email' && w.mailer === null) throw new MailOffError();
      const { rows, operator, letter } = await draft(caseId, input);
      const id = randomBytes(16).toString('base64url');
      const staffId = currentStaff(request).id;
      const at = w.now();
      const method = input.send.method === 'email' ? 'email' as const : 'form' as const;
      const reference = input.send.method === 'web_form' && input.send.reference !== '' ? input.send.reference : undefined;
      // Every target must be able to move to 'requested' before anything is sent.
      const records: TargetRecord[] = rows.map((r) => withStatus(r.id, r.operator, r.record, { status: 'requested', at, by: counsellor(staffId), reference, letterId: id, method }));
      let to: string;
      let messageId: string;
      if (input.send.method === 'email') {
        to = input.send.to;
        messageId = await (w.mailer?.send({ to, subject: letter.subject, text: letter.body }) ?? Promise.reject(new MailOffError()));
      } else {
        to = input.send.formUrl ?? '';
        messageId = input.send.reference;
      }
      const sealed: SealedLetter = { to, subject: letter.subject, body: letter.body, locale: input.locale, messageId, targetIds: rows.map((r) => r.id) };
      const row: CaseLettersTable = {
        id, case_id: caseId, at: at.toISOString(), method: input.send.method, operator, target_count: rows.length, actor_id: staffId,
        letter_sealed: await w.vault.sealCaseField(caseId, JSON.stringify(sealed), letterContext(id)),
      };
      await w.db.insertInto('case_letters').values(row).execute();
      for (const [i, r] of rows.entries()) await w.targets.save(r, records[i] ?? r.record);
      const [view0] = await view([row]);
      if (view0 === undefined) throw new Error('The letter just kept does not open');
      return { letter: view0, operator };
    },
  };
}
