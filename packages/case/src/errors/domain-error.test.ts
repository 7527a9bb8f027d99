import { describe, expect, it } from 'vitest';
import { koreanService } from '../../test/letter-fixtures.js';
import { fixtureComplaint } from '../../test/complaint-fixtures.js';
import { buildComplaintText } from '../complaint/complaint-draft.js';
import { buildDeletionLetter } from '../letters/deletion-letter.js';
import { mailtoHref } from '../letters/mailto.js';
import { newTakedown, recordStatus } from '../takedowns/takedown.js';
import { DOMAIN_ERROR_CODES, DomainError, isDomainErrorCode } from './domain-error.js';
import { VICTIM } from '../events/actor.js';

/** What a person typed, which must never come back in an error. */
const SECRET = 'kim-jiyoung-010-1234-5678';
const takedown = { id: 't', url: 'https://a.example/1', channel: 'c', method: 'email' as const, reportedAt: new Date('2026-11-01T00:00:00Z'), by: VICTIM };

const REFUSALS: readonly [string, () => unknown, string][] = [
  ['a letter to a non-web address', () => buildDeletionLetter(koreanService({ urls: [`ftp://${SECRET}.example/x`] })), 'invalid_url'],
  ['a letter with a bad hash', () => buildDeletionLetter(koreanService({ evidence: [{ label: 'x', sha256: SECRET }] })), 'invalid_sha256'],
  ['a letter with an invalid date', () => buildDeletionLetter(koreanService({ respondBy: new Date(SECRET) })), 'invalid_date'],
  ['a letter due today', () => buildDeletionLetter(koreanService({ respondBy: new Date('2026-11-28T10:00:00+09:00') })), 'letter_input_invalid'],
  ['a complaint with a bad URL', () => buildComplaintText(fixtureComplaint({ evidence: [{ exhibitNumber: 1, label: 'x', url: `javascript:${SECRET}` }] }), 'ko'), 'invalid_url'],
  ['a complaint without a name', () => buildComplaintText(fixtureComplaint({ complainant: { name: ' ' } }), 'ko'), 'complaint_input_invalid'],
  ['a complaint naming an unknown crime', () => buildComplaintText(fixtureComplaint({ crimes: [SECRET as never] }), 'ko'), 'complaint_input_invalid'],
  ['a takedown of a non-web address', () => newTakedown({ ...takedown, url: SECRET }), 'invalid_url'],
  ['a takedown reported nowhere', () => newTakedown({ ...takedown, channel: ' ' }), 'takedown_input_invalid'],
  ['a takedown with an unknown method', () => newTakedown({ ...takedown, method: SECRET as never }), 'takedown_input_invalid'],
  ['a status that cannot follow', () => recordStatus(recordStatus(newTakedown(takedown), 'removed', new Date('2026-11-02T00:00:00Z'), VICTIM), 'refused', new Date('2026-11-03T00:00:00Z'), VICTIM), 'status_not_allowed'],
  ['a status dated before the last', () => recordStatus(newTakedown(takedown), 'removed', new Date('2026-10-01T00:00:00Z'), VICTIM), 'event_out_of_order'],
  ['an unknown status', () => recordStatus(newTakedown(takedown), SECRET as never, new Date('2026-11-02T00:00:00Z'), VICTIM), 'takedown_input_invalid'],
  ['a reference too long', () => recordStatus(newTakedown(takedown), 'acknowledged', new Date('2026-11-02T00:00:00Z'), VICTIM, { reference: SECRET.repeat(1000) }), 'text_too_long'],
  ['a mail address that is not one', () => mailtoHref(`${SECRET} <x@y>`, { subject: 's', body: 'b' }), 'email_address_invalid'],
];

describe('DomainError', () => {
  it.each(REFUSALS)('refuses %s with a stable code and a message that repeats nothing given', (_what, attempt, code) => {
    let thrown: unknown;
    try {
      attempt();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    expect(thrown).toMatchObject({ code });
    expect(isDomainErrorCode((thrown as DomainError).code)).toBe(true);
    expect((thrown as DomainError).message).not.toContain(SECRET.slice(0, 8));
  });

  it('has a closed list of codes, each once', () => {
    expect(new Set(DOMAIN_ERROR_CODES).size).toBe(DOMAIN_ERROR_CODES.length);
    expect(isDomainErrorCode('invalid_url')).toBe(true);
    expect(isDomainErrorCode('anything else')).toBe(false);
  });
});
