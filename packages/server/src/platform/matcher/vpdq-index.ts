/**
 * vPDQ matching in memory: every usable frame (quality ≥ 50, each distinct hash once) of every
 * video signal in a PDQ MatchIndex whose ids are frame numbers mapped to the signal. A query's
 * frames find candidate signals; each candidate is then compared whole with the reference's rule
 * (compareVpdq, isVpdqMatch: ≥ 80 % of the stored video's frames found in the query).
 */
import { compareVpdq, isVpdqMatch, MatchIndex, parseVpdqText, PDQ_MATCH_THRESHOLD, uniqueQualityFrames, type VpdqComparison, type VpdqFrame } from '@jikim/pdq';

export interface VpdqCandidateMatch {
  readonly signalId: number;
  readonly comparison: VpdqComparison;
}

export class VpdqIndex {
  private readonly index = new MatchIndex({ radius: PDQ_MATCH_THRESHOLD });
  /** Frame id → signal id (-1 once removed). */
  private readonly frameSignal: number[] = [];
  private readonly bySignal = new Map<number, { readonly frameIds: readonly number[]; readonly frames: readonly VpdqFrame[] }>();

  get size(): number {
    return this.bySignal.size;
  }

  /** Throws VpdqFormatError for text that does not parse (nothing is changed then). */
  upsert(signalId: number, text: string): void {
    const frames = uniqueQualityFrames(parseVpdqText(text));
    this.remove(signalId);
    const frameIds: number[] = [];
    for (const frame of frames) {
      const frameId = this.frameSignal.length;
      this.frameSignal.push(signalId);
      this.index.add(frameId, frame.hash);
      frameIds.push(frameId);
    }
    this.bySignal.set(signalId, { frameIds, frames });
  }

  remove(signalId: number): void {
    const entry = this.bySignal.get(signalId);
    if (!entry) return;
    for (const frameId of entry.frameIds) {
      this.index.remove(frameId);
      this.frameSignal[frameId] = -1;
    }
    this.bySignal.delete(signalId);
  }

  /** The stored videos this one matches (only signals `accept` lets through are compared). */
  match(query: readonly VpdqFrame[], accept: (signalId: number) => boolean): VpdqCandidateMatch[] {
    const frames = uniqueQualityFrames(query);
    const candidates = new Set<number>();
    for (const frame of frames) {
      for (const { id } of this.index.query(frame.hash, PDQ_MATCH_THRESHOLD)) {
        const signalId = this.frameSignal[id] ?? -1;
        if (signalId >= 0) candidates.add(signalId);
      }
    }
    const matches: VpdqCandidateMatch[] = [];
    for (const signalId of [...candidates].sort((a, b) => a - b)) {
      const entry = this.bySignal.get(signalId);
      if (!entry || !accept(signalId)) continue;
      const comparison = compareVpdq(frames, entry.frames);
      if (isVpdqMatch(comparison)) matches.push({ signalId, comparison });
    }
    return matches;
  }
}
