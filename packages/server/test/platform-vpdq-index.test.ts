/**
 * vPDQ in the matcher's memory (no database): the reference's 80 % rule over a stored video's
 * usable frames, low-quality and repeated frames left out, removal, the same filters as PDQ
 * lookups, and the vPDQ texts surviving a sealed snapshot.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatVpdqText, type VpdqFrame } from '@jikim/pdq';
import { describe, expect, it } from 'vitest';
import { readSnapshot, writeSnapshot } from '../src/platform/matcher/match-snapshot.js';
import { MatchState, type SignalState } from '../src/platform/matcher/match-state.js';
import { VpdqIndex } from '../src/platform/matcher/vpdq-index.js';

const frame = (frameNumber: number, hash: Uint8Array, quality = 100): VpdqFrame => ({ frameNumber, quality, hash, timestampSeconds: frameNumber });
const randomFrames = (n: number) => Array.from({ length: n }, (_, i) => frame(i, new Uint8Array(randomBytes(32))));
/** A frame `bits` bits away from `f`. */
function near(f: VpdqFrame, bits: number): VpdqFrame {
  const hash = new Uint8Array(f.hash);
  for (let b = 0; b < bits; b += 1) hash[b >> 3] = (hash[b >> 3] ?? 0) ^ (1 << (b & 7));
  return frame(f.frameNumber, hash);
}
const NOW = Date.parse('2026-12-01T00:00:00Z');
const video = (value: string, bank = 'BANK', contentId = 7, extra: Partial<SignalState> = {}): SignalState => ({
  type: 'vpdq', value, bank, contentId, disabledUntil: null, quarantined: false, ...extra,
});

describe('VpdqIndex', () => {
  it('matches when at least 80 % of the stored video is found in the query, not below', () => {
    const stored = randomFrames(10);
    const index = new VpdqIndex();
    index.upsert(1, formatVpdqText(stored));
    const eight = [...stored.slice(0, 8).map((f) => near(f, 12)), ...randomFrames(5)];
    const [hit] = index.match(eight, () => true);
    expect(hit?.signalId).toBe(1);
    expect(hit?.comparison.targetMatchPercent).toBe(80);
    expect(index.match(stored.slice(0, 7), () => true)).toEqual([]);
    expect(index.match(stored.map((f) => near(f, 40)), () => true)).toEqual([]);
  });

  it('leaves out low-quality and repeated frames, and forgets a removed video', () => {
    const good = randomFrames(4);
    const poor = randomFrames(6).map((f) => ({ ...f, quality: 20 }));
    const index = new VpdqIndex();
    index.upsert(3, formatVpdqText([...good, ...good, ...poor]));
    // The 4 usable frames are the whole video: finding them all is 100 %.
    expect(index.match(good, () => true)[0]?.comparison.targetMatchPercent).toBe(100);
    expect(index.match(good, (id) => id !== 3)).toEqual([]);
    index.remove(3);
    expect(index.size).toBe(0);
    expect(index.match(good, () => true)).toEqual([]);
  });
});

describe('MatchState vPDQ', () => {
  it('filters like PDQ lookups (bank, matching, quarantine, disabled) and survives a sealed snapshot', async () => {
    const stored = randomFrames(6);
    const state = new MatchState();
    state.setBanks(new Map([['BANK', true], ['OFF', false]]));
    state.apply(10, video(formatVpdqText(stored)));
    state.apply(11, video(formatVpdqText(stored), 'OFF', 8));
    state.apply(12, video(formatVpdqText(stored), 'BANK', 9, { quarantined: true }));
    state.apply(13, video(formatVpdqText(stored), 'BANK', 10, { disabledUntil: new Date(NOW + 60_000).toISOString() }));
    state.apply(14, video('not vpdq'));
    expect(state.size('vpdq')).toBe(4);
    const found = state.lookupVideo(stored, {}, NOW);
    expect(found.map((h) => [h.bank, h.contentId, h.signalId])).toEqual([['BANK', 7, 10]]);
    expect(state.lookupVideo(stored, { banks: new Set(['OTHER']) }, NOW)).toEqual([]);

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-vpdq-snap-'));
    try {
      const key = randomBytes(32);
      const file = path.join(dir, 'index.snap');
      await writeSnapshot(file, key, { seq: 5, builtAt: new Date(NOW).toISOString(), ...state.save() });
      const snapshot = await readSnapshot(file, key);
      expect(snapshot).not.toBeNull();
      const loaded = new MatchState(snapshot ? { tables: snapshot.tables, pdq: snapshot.pdq } : undefined);
      loaded.setBanks(new Map([['BANK', true]]));
      expect(loaded.size('vpdq')).toBe(4);
      expect(loaded.lookupVideo(stored, {}, NOW).map((h) => h.signalId)).toEqual([10]);
      loaded.apply(10, null);
      expect(loaded.lookupVideo(stored, {}, NOW)).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
