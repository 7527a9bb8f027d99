import { newTakedown, recordStatus, VICTIM, counsellor, type TakedownRequest } from '@jikim/case';
import { CASE_WORK_LIMITS, victimTakedownsRequestSchema } from '@jikim/contracts';
import { describe, expect, it } from 'vitest';
import { shareableRecords, shareRequest } from './share-takedowns-choice.js';

const first = newTakedown({ id: 'rec-1', url: 'https://board.example/a?no=1', channel: 'naver', method: 'form', reportedAt: new Date('2026-11-02T00:00:00Z'), reference: 'N-1', by: VICTIM });
const second = recordStatus(
  newTakedown({ id: 'rec-2', url: 'https://video.example/v/2', channel: 'A site I found', method: 'email', reportedAt: new Date('2026-11-01T00:00:00Z'), by: VICTIM }),
  'removed', new Date('2026-11-05T00:00:00Z'), counsellor('staff-1'), { response: 'Gone' },
);
const tooLong: TakedownRequest = { ...first, id: 'rec-3', url: `https://long.example/${'x'.repeat(CASE_WORK_LIMITS.urlChars)}` };
const noEvents: TakedownRequest = { ...first, id: 'rec-4', url: 'https://empty.example/', events: [] };

describe('sharing the locker tracker records', () => {
  it('lists every record oldest first, and only those within the contract limits can go', () => {
    const records = shareableRecords([first, tooLong, second, noEvents], []);
    expect(records.map((r) => [r.request.id, r.shareable])).toEqual([['rec-2', true], ['rec-1', true], ['rec-3', false], ['rec-4', false]]);
    expect(records.find((r) => r.request.id === 'rec-2')?.status).toBe('removed');
    expect(records.find((r) => r.request.id === 'rec-1')?.status).toBe('requested');
  });

  it('marks a record whose exact address the case already lists', () => {
    const records = shareableRecords([first, second], [second.url, 'https://board.example/a?no=1&x']);
    expect(records.map((r) => [r.request.id, r.alreadyListed])).toEqual([['rec-2', true], ['rec-1', false]]);
  });

  it('sends exactly the chosen shareable records, as kept, without who recorded each event', () => {
    const records = shareableRecords([first, second, tooLong], []);
    const body = shareRequest(records, ['rec-2', 'rec-3']);
    expect(body.takedowns).toEqual([{
      id: 'rec-2', url: second.url, channel: 'A site I found', reportedAt: '2026-11-01T00:00:00.000Z', method: 'email',
      events: [{ at: '2026-11-01T00:00:00.000Z', status: 'requested' }, { at: '2026-11-05T00:00:00.000Z', status: 'removed', response: 'Gone' }],
    }]);
    expect(victimTakedownsRequestSchema.safeParse(body).success).toBe(true);
    const both = shareRequest(records, ['rec-1', 'rec-2']);
    expect(both.takedowns.map((d) => [d.id, d.url, d.events[0]?.reference])).toEqual([['rec-2', second.url, undefined], ['rec-1', first.url, 'N-1']]);
    expect(victimTakedownsRequestSchema.safeParse(both).success).toBe(true);
  });

  it('sends nothing when nothing is chosen', () => {
    expect(shareRequest(shareableRecords([first], []), []).takedowns).toEqual([]);
  });
});
