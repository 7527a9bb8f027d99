import { describe, expect, it } from 'vitest';
import { appendEvidenceEvent, newEvidenceItem, type EvidenceEvent } from '../../../case/src/evidence/evidence-item.js';
import { fieldsFromForm } from './evidence-fields.js';
import { summariseEvent } from '../../../case/src/bundle/history-summary.js';
import { VICTIM } from '../../../case/src/events/actor.js';

const at = new Date('2026-11-28T03:00:00Z');

/** The fields as the locker's add form gives them: every input, filled or not. */
function form(kind: Parameters<typeof fieldsFromForm>[0], values: Record<string, string>) {
  const data = new FormData();
  const names = ['title', 'description', 'occurredAt', 'web.url', 'web.site', 'web.posterId', 'web.postedAt', 'web.seenAt',
    'message.senderNumber', 'message.text', 'message.sentAt', 'clue.phoneModel', 'clue.appearance', 'clue.place', 'clue.witnesses'];
  for (const name of names) data.set(name, values[name] ?? '');
  return fieldsFromForm(kind, data);
}

const first = (kind: Parameters<typeof fieldsFromForm>[0], values: Record<string, string>): EvidenceEvent =>
  newEvidenceItem('id', kind, null, form(kind, values), at, VICTIM).events[0] as EvidenceEvent;

describe('a history line', () => {
  it('lists only the fields that were filled when an item was added', () => {
    const event = first('web', { title: '게시물', 'web.url': 'https://example.org/p/1' });
    // The form sent an empty description, site, poster and times too.
    expect(event.fields.description).toBe('');
    expect(summariseEvent(event, 'en', false)).toBe('Added: title, web address');
    expect(summariseEvent(event, 'ko', false)).toBe('추가함: 제목, 웹 주소');
  });

  it('names the file first, and nothing else when nothing was typed', () => {
    const event = first('file', {});
    expect(summariseEvent(event, 'en', true)).toBe('Added: file');
    expect(summariseEvent(event, 'ko', true)).toBe('추가함: 파일');
    expect(summariseEvent(first('note', {}), 'en', false)).toBe('Added');
  });

  it('keeps a fixed order, whatever order the fields came in', () => {
    const event = first('message', { 'message.sentAt': '2026-10-08T23:41', 'message.senderNumber': '010-1234-5678', description: '협박', title: '문자' });
    expect(summariseEvent(event, 'en', false)).toBe("Added: title, description, sender's number, when it was sent");
  });

  it('skips empty and missing values even in hand-made events', () => {
    const event: EvidenceEvent = { at: at.toISOString(), action: 'added', fields: { title: '', occurredAt: null, web: { url: 'https://example.org/', site: '', postedAt: null }, clue: {} }, actor: VICTIM };
    expect(summariseEvent(event, 'en', false)).toBe('Added: web address');
  });

  it('lists what a correction changed, and says so when it emptied a field', () => {
    const item = newEvidenceItem('id', 'web', null, form('web', { title: '게시물', 'web.url': 'https://example.org/p/1' }), at, VICTIM);
    const corrected = appendEvidenceEvent(item, 'corrected', { title: '', web: { site: '예시 게시판' } }, new Date('2026-11-29T00:00:00Z'), VICTIM);
    const event = corrected.events[1] as EvidenceEvent;
    expect(summariseEvent(event, 'en', false)).toBe('Corrected: site, title (removed)');
    expect(summariseEvent(event, 'ko', false)).toBe('정정함: 사이트, 제목(지움)');
    const described = appendEvidenceEvent(item, 'described', { description: '처음 본 날은 10월 3일' }, new Date('2026-11-29T00:00:00Z'), VICTIM);
    expect(summariseEvent(described.events[1] as EvidenceEvent, 'ko', false)).toBe('설명을 덧붙임: 설명');
  });
});
