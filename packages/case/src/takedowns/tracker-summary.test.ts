import { describe, expect, it } from 'vitest';
import { newTakedown, recordStatus, TAKEDOWN_METHODS, TAKEDOWN_STATUSES } from './takedown.js';
import { summariseTakedowns, TAKEDOWN_SUMMARY_LABELS } from './tracker-summary.js';
import { VICTIM } from '../events/actor.js';

const t = (iso: string) => new Date(iso);
const URL_A = 'https://example.com/a';
const URL_B = 'https://example.org/b';

const siteA = recordStatus(
  recordStatus(
    newTakedown({ id: 'a-site', url: URL_A, channel: 'site-form', method: 'form', reportedAt: t('2026-11-01T00:30:00+09:00'), reference: 'S-1', by: VICTIM }),
    'acknowledged', t('2026-11-02T10:00:00+09:00'), VICTIM, { reference: 'S-1' },
  ),
  'removed', t('2026-11-04T23:30:00Z'), VICTIM, { response: 'Removed.' },
);
const regulatorA = newTakedown({ id: 'a-kcsc', url: URL_A, channel: '방송미디어통신심의위원회', method: 'other', reportedAt: t('2026-11-03T09:00:00+09:00'), reference: '2026-123', by: VICTIM });
const siteB = newTakedown({ id: 'b-site', url: URL_B, channel: 'help@example.org', method: 'email', reportedAt: t('2026-11-02T09:00:00+09:00'), by: VICTIM });

describe('the takedown summary for the evidence PDF', () => {
  it('has a label for every field, status and method in both languages', () => {
    for (const labels of Object.values(TAKEDOWN_SUMMARY_LABELS)) {
      for (const s of TAKEDOWN_STATUSES) expect(labels.statuses[s]).toBeTruthy();
      for (const m of TAKEDOWN_METHODS) expect(labels.methods[m]).toBeTruthy();
    }
    expect(TAKEDOWN_SUMMARY_LABELS.ko.statuses.removed).toBe('삭제됨');
    expect(TAKEDOWN_SUMMARY_LABELS.en.statuses.reappeared).toBe('Reappeared');
  });

  it('groups requests by URL in the order first reported, with Korea dates, each change and the references', () => {
    const { rows, labels } = summariseTakedowns([siteB, regulatorA, siteA], 'ko', (c) => (c === 'site-form' ? '사이트 신고 양식' : undefined));
    expect(labels.title).toBe('삭제 요청 기록');
    expect(rows.map((r) => r.id)).toEqual(['a-site', 'a-kcsc', 'b-site']);
    expect(rows[0]).toEqual({
      id: 'a-site',
      url: URL_A,
      channel: '사이트 신고 양식',
      method: '신고 양식',
      firstReported: '2026-11-01',
      status: 'removed',
      statusLabel: '삭제됨',
      changes: [
        { at: '2026-10-31T15:30:00.000Z', day: '2026-11-01', status: 'requested', statusLabel: '삭제 요청함', reference: 'S-1' },
        { at: '2026-11-02T01:00:00.000Z', day: '2026-11-02', status: 'acknowledged', statusLabel: '접수 확인됨', reference: 'S-1' },
        { at: '2026-11-04T23:30:00.000Z', day: '2026-11-05', status: 'removed', statusLabel: '삭제됨' },
      ],
      references: ['S-1'],
    });
    expect(rows[1]).toMatchObject({ channel: '방송미디어통신심의위원회', status: 'requested', references: ['2026-123'] });
  });

  it('uses English labels and keeps free-text channels as recorded', () => {
    const { rows } = summariseTakedowns([siteB], 'en');
    expect(rows[0]).toMatchObject({ channel: 'help@example.org', method: 'Email', statusLabel: 'Requested', firstReported: '2026-11-02', references: [] });
  });
});
