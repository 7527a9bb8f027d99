import { describe, expect, it } from 'vitest';
import { appendEvidenceEvent, newEvidenceItem } from '../evidence/evidence-item.js';
import { counsellor, VICTIM } from '../events/actor.js';
import { itemFromManifest } from './from-manifest.js';
import { buildManifest } from './to-manifest.js';

const made = (items: Parameters<typeof buildManifest>[0]['items']) =>
  buildManifest({ items, caseReference: 'JK-1', locale: 'en', createdAt: new Date('2026-11-28T00:00:00Z'), generator: { name: 't', version: '1' } });

describe('an item brought in from a bundle', () => {
  it('keeps who made each line of its history, and who added it', () => {
    const added = newEvidenceItem('n', 'note', null, { title: 'Note' }, new Date('2026-11-01T00:00:00Z'), counsellor('staff-7'));
    const corrected = appendEvidenceEvent(added, 'corrected', { title: 'Note 2' }, new Date('2026-11-02T00:00:00Z'), VICTIM);
    const manifest = made([corrected]);
    const [entry] = manifest.items;
    if (!entry) throw new Error('no item');
    const item = itemFromManifest(entry, { manifest, manifestSha256: 'a'.repeat(64), now: new Date('2026-11-29T00:00:00Z') });
    expect(item.events.map((e) => e.actor)).toEqual([counsellor('staff-7')]);
    expect(item.imported?.history.map((h) => h.actor)).toEqual([counsellor('staff-7'), VICTIM]);
  });

  it('from a bundle written before actors were recorded, is the victim’s', () => {
    const manifest = made([newEvidenceItem('n', 'note', null, { title: 'Note' }, new Date('2026-11-01T00:00:00Z'), VICTIM)]);
    const [entry] = manifest.items;
    if (!entry) throw new Error('no item');
    const old = { ...entry, history: entry.history.map(({ actor: _actor, ...h }) => h) };
    const item = itemFromManifest(old, { manifest, manifestSha256: 'a'.repeat(64), now: new Date('2026-11-29T00:00:00Z') });
    expect(item.events.map((e) => e.actor)).toEqual([VICTIM]);
    expect(item.imported?.history).toEqual([{ at: '2026-11-01T00:00:00.000Z', action: 'added', summary: 'Added: title' }]);
  });
});
