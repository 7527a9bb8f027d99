import { describe, expect, it } from 'vitest';
import { appendEvidenceEvent, counsellor, platform, recordStatus, VICTIM, type EvidenceItem, type TakedownRequest } from '@jikim/case';
import { restoredEvidenceItem, restoredTakedown, type StoredEvidenceItem, type StoredTakedown } from './legacy-records.js';

/** Records as the first lockers stored them: JSON whose events name no actor. */
const storedItem = JSON.parse(JSON.stringify({
  id: 'old', kind: 'note', scenario: null,
  events: [{ at: '2026-11-01T00:00:00.000Z', action: 'added', fields: { title: '메모' } }, { at: '2026-11-02T00:00:00.000Z', action: 'corrected', fields: { title: '정정' } }],
})) as StoredEvidenceItem;
const storedTakedown = JSON.parse(JSON.stringify({
  id: 't', url: 'https://example.com/p/1', channel: 'c', reportedAt: '2026-11-01T00:00:00.000Z', method: 'email',
  events: [{ at: '2026-11-01T00:00:00.000Z', status: 'requested' }],
})) as StoredTakedown;

describe('records from before events named who made them', () => {
  it('read as the victim’s, and keep every other field as stored', () => {
    const item: EvidenceItem = restoredEvidenceItem(storedItem);
    expect(item.events.map((e) => e.actor)).toEqual([VICTIM, VICTIM]);
    expect(item.events.map((e) => e.fields.title)).toEqual(['메모', '정정']);
    const request: TakedownRequest = restoredTakedown(storedTakedown);
    expect(request.events).toEqual([{ at: '2026-11-01T00:00:00.000Z', status: 'requested', actor: VICTIM }]);
  });

  it('go on with events that name their actor, and keep the actor an event already names', () => {
    const later = appendEvidenceEvent(restoredEvidenceItem(storedItem), 'described', { description: '상담원이 덧붙임' }, new Date('2026-11-03T00:00:00Z'), counsellor('staff-1'));
    expect(restoredEvidenceItem(JSON.parse(JSON.stringify(later))).events.map((e) => e.actor)).toEqual([VICTIM, VICTIM, counsellor('staff-1')]);
    const removed = recordStatus(restoredTakedown(storedTakedown), 'removed', new Date('2026-11-04T00:00:00Z'), platform('key-9'));
    expect(restoredTakedown(JSON.parse(JSON.stringify(removed))).events.map((e) => e.actor)).toEqual([VICTIM, platform('key-9')]);
  });
});
