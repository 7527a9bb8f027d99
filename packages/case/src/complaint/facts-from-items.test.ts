import { describe, expect, it } from 'vitest';
import type { EvidenceFile } from '../evidence/evidence-item.js';
import { newEvidenceItem } from '../evidence/evidence-item.js';
import { LONG_URL, nfd } from '../../test/complaint-fixtures.js';
import { factsFromItems } from './facts-from-items.js';
import { VICTIM } from '../events/actor.js';

const at = (iso: string) => new Date(iso);
const FILE: EvidenceFile = { name: nfd('영상.mp4'), sha256: 'b'.repeat(64), bytes: 10, mediaType: 'video/mp4', extensionMismatch: false, modifiedAt: null, chunks: 1 };

const items = [
  newEvidenceItem('n1', 'note', null, { title: nfd('메모'), description: nfd('친구가 알려 줌') }, at('2026-11-27T07:00:00Z'), VICTIM),
  newEvidenceItem('w1', 'web', 'dissemination', {
    web: { url: LONG_URL, site: nfd('예시 커뮤니티'), posterId: 'user_99', postedAt: '2026-11-20T10:00:00+09:00', seenAt: '2026-11-21T01:00:00Z' },
  }, at('2026-11-27T01:00:00Z'), VICTIM),
  newEvidenceItem('m1', 'message', 'threat', { message: { senderNumber: '010-1234-5678', text: nfd('사진 퍼뜨린다'), sentAt: '2026-11-21T09:00:00Z' } }, at('2026-11-27T05:00:00Z'), VICTIM),
  newEvidenceItem('c1', 'clue', 'illegal-shooting', { occurredAt: '2026-11-19T18:30:00+09:00', clue: { phoneModel: nfd('검은색 휴대전화'), place: nfd('지하철 2호선') } }, at('2026-11-27T06:00:00Z'), VICTIM),
  newEvidenceItem('f1', 'file', null, { title: 'x' }, at('2026-11-27T08:00:00Z'), VICTIM, FILE),
];

describe('facts from the locker', () => {
  it('gives one fact per item in timeline order, dated by when it happened, never by when it was added', () => {
    const facts = factsFromItems(items, 'ko');
    expect(facts.map((f) => f.when)).toEqual(['2026-11-19T18:30:00+09:00', '2026-11-20T10:00:00+09:00', '2026-11-21T09:00:00Z', null, null]);
    expect(facts.every((f) => f.text === f.text.normalize('NFC'))).toBe(true);
  });

  it('writes neutral Korean sentences from the fields, with URLs whole', () => {
    const [clue, web, message, note, file] = factsFromItems(items, 'ko', { exhibitNumbers: new Map([['w1', 2]]) }).map((f) => f.text);
    expect(clue).toBe('고소인이 기록한 단서: 장소 지하철 2호선, 기기 검은색 휴대전화.');
    expect(web).toBe(`예시 커뮤니티에 게시물이 올라왔습니다(게시자 아이디: user_99, 주소: ${LONG_URL}). 고소인은 이 게시물을 2026-11-21 10:00:00 KST에 확인했습니다. (증거 2)`);
    expect(message).toBe('010-1234-5678 번호로부터 고소인에게 메시지가 왔습니다. 내용: "사진 퍼뜨린다"');
    expect(note).toBe('고소인의 기록: 친구가 알려 줌');
    expect(file).toBe(`고소인이 보관하고 있는 파일: "영상.mp4"(SHA-256: ${'b'.repeat(64)}).`);
  });

  it('writes the same facts in English, and filters by scenario', () => {
    const facts = factsFromItems(items, 'en', { scenario: 'threat', exhibitNumbers: new Map([['m1', 7]]) });
    expect(facts).toEqual([{
      itemId: 'm1', version: 'm1:1:7', when: '2026-11-21T09:00:00Z',
      text: 'A message was sent to the complainant from 010-1234-5678. It read: "사진 퍼뜨린다" (Exhibit 7)',
    }]);
    const web = factsFromItems(items, 'en', { scenario: 'dissemination' })[0]?.text;
    expect(web).toBe(`A post appeared on 예시 커뮤니티 (poster ID: user_99; address: ${LONG_URL}). The complainant saw it on 2026-11-21 10:00:00 KST.`);
  });
});
