/**
 * A MatchIndex's parts in the saved form of format.ts and back: `MatchIndex.save` and `load` wrap
 * these. Version 2 keeps the segments as they are (built tables included) and the buffer; version 1
 * only the live entries, which load rebuilds.
 */
import type { EntryBuffer } from './buffer.js';
import { gatherLive, type Entries } from './entries.js';
import type { Header } from './format.js';
import { decodeV1, encodeV1 } from './format-v1.js';
import { decodeV2, encodeV2 } from './format-v2.js';
import { Segment } from './segment.js';

/** A saved index read back. */
export interface LoadedParts {
  /** Version 1: the live entries, sorted by id, for one segment to be built. */
  readonly rebuild: Entries;
  /** Version 2: the saved segments, wrapping the bytes. */
  readonly segments: readonly Segment[];
  /** Version 2: the buffered entries, in buffer order. */
  readonly buffered: Entries;
}

const NONE: Entries = { ids: new Uint32Array(0), words: new Uint32Array(0) };

export function saveParts(radius: number, segments: readonly Segment[], buffer: EntryBuffer, version: 1 | 2): Uint8Array {
  if (version === 1) return encodeV1({ radius, ...gatherLive(segments, buffer.entries()) });
  let n = buffer.count;
  for (const s of segments) n += s.live;
  const buffered = buffer.entries();
  return encodeV2({
    radius,
    n,
    bufIds: buffered.ids,
    bufWords: buffered.words,
    segments: segments.map((s) => ({ ids: s.ids, words: s.words, layout: s.layout, dead: s.deadBits, tables: s.tables })),
  });
}

/** Decodes (and validates) the body after `header`; `alwaysProbe` as in MatchIndexOptions. */
export function loadParts(bytes: Uint8Array, header: Header, alwaysProbe: boolean): LoadedParts {
  if (header.version === 1) return { rebuild: decodeV1(bytes, header), segments: [], buffered: NONE };
  const saved = decodeV2(bytes, header);
  return {
    rebuild: NONE,
    // The tombstones change as entries are removed: they get their own copy.
    segments: saved.segments.map((s) => new Segment(s.ids, s.words, s.layout, alwaysProbe, { tables: s.tables, dead: s.dead.slice() })),
    buffered: { ids: saved.bufIds, words: saved.bufWords },
  };
}
