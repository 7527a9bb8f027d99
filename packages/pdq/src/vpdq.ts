/**
 * vPDQ: a video's signal is the PDQ hash of its frames; two videos are compared as two unordered
 * "bags of hashes". Pure logic (no Node API), so the browser and the server hash frames and compare
 * videos the same way.
 *
 * Follows Meta's reference (facebook/ThreatExchange):
 * - the algorithm as `vpdq/README.md` states it: drop frames below the quality threshold F (50),
 *   keep each distinct hash once, then count the query's frames that lie within distance D (31) of
 *   some frame of the compared video, and the other way round;
 * - `python-threatexchange/.../vpdq/vpdq_brute_matcher.py` (`match_VPDQ_hash_brute`), which counts a
 *   pair as matching when the distance is `<= D`. The C++ `matchTwoHashBrute` (and the older
 *   `vpdq/python/vpdq_matcher.py`) use `< D` and do not dedupe; we follow the README and the
 *   Python library, whose thresholds (31 inclusive) are the ones PDQ users share;
 * - the file format of `vpdq/cpp/vpdq/cpp/io/vpdqio.cpp`: `frame,quality,pdqHex,timestampSeconds`,
 *   one frame a line, timestamp printed with 3 decimals;
 * - the frame hash of `vpdq/cpp/vpdq/cpp/hashing/pdqbufferhasher.cpp`: PDQ of the whole frame at its
 *   own size (see vpdqFrameHash).
 */
import { pdqHash } from './pdq-hash.js';
import type { PixelImage } from './pixel-image.js';
import {
  formatPdqHex,
  parsePdqHex,
  PdqFormatError,
  PDQ_MATCH_THRESHOLD,
  PDQ_MIN_QUALITY,
  type PdqHash,
  type PdqResult,
} from './signal.js';

/** Distance D: two frames match when their PDQ hashes differ by at most this many bits. */
export const VPDQ_DISTANCE_THRESHOLD = PDQ_MATCH_THRESHOLD;
/** Quality filter F: frames below this quality are left out of a comparison. */
export const VPDQ_QUALITY_THRESHOLD = PDQ_MIN_QUALITY;
/** Pc: share (%) of the compared (target) video's frames that must be found in the query. */
export const VPDQ_COMPARISON_MATCH_PERCENT = 80;
/** Pq: share (%) of the query's frames that must be found in the target; 0 = extra content in the query is fine. */
export const VPDQ_QUERY_MATCH_PERCENT = 0;

export interface VpdqFrame {
  /** Index of the frame among all decoded frames of the video, from 0. */
  readonly frameNumber: number;
  /** PDQ quality, 0–100. */
  readonly quality: number;
  readonly hash: PdqHash;
  /** frameNumber / frame rate, as the reference computes it (not the container's timestamp). */
  readonly timestampSeconds: number;
}

export class VpdqFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'VpdqFormatError';
  }
}

const INTEGER = /^\d+$/;
const DECIMAL = /^\d+(\.\d+)?$/;

/**
 * Parses the reference's text form: one `frame,quality,pdqHex,timestampSeconds` line per frame.
 * Blank lines (such as the final newline) are skipped; anything else malformed throws a
 * VpdqFormatError naming the line and what is wrong with it.
 */
export function parseVpdqText(text: string): VpdqFrame[] {
  if (typeof text !== 'string') throw new VpdqFormatError('vPDQ text must be a string');
  const frames: VpdqFrame[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i += 1) {
    const line = (lines[i] ?? '').trim();
    if (line === '') continue;
    const where = `vPDQ line ${i + 1}`;
    const fields = line.split(',').map((f) => f.trim());
    if (fields.length !== 4) {
      throw new VpdqFormatError(
        `${where} has ${fields.length} comma-separated fields; expected 4: frame,quality,pdqHex,timestampSeconds`,
      );
    }
    const [frameText = '', qualityText = '', hex = '', timeText = ''] = fields;
    if (!INTEGER.test(frameText)) throw new VpdqFormatError(`${where}: frame number "${frameText}" is not a whole number ≥ 0`);
    if (!INTEGER.test(qualityText) || Number(qualityText) > 100) {
      throw new VpdqFormatError(`${where}: quality "${qualityText}" is not a whole number from 0 to 100`);
    }
    let hash: PdqHash;
    try {
      hash = parsePdqHex(hex);
    } catch (error) {
      const reason = error instanceof PdqFormatError ? error.message : String(error);
      throw new VpdqFormatError(`${where}: ${reason}`);
    }
    if (!DECIMAL.test(timeText)) throw new VpdqFormatError(`${where}: timestamp "${timeText}" is not a number of seconds ≥ 0`);
    const frameNumber = Number(frameText);
    if (!Number.isSafeInteger(frameNumber)) throw new VpdqFormatError(`${where}: frame number "${frameText}" is too large`);
    frames.push({ frameNumber, quality: Number(qualityText), hash, timestampSeconds: Number(timeText) });
  }
  return frames;
}

/** The reference's text form (see parseVpdqText), one line per frame, each ending in a newline. */
export function formatVpdqText(frames: readonly VpdqFrame[]): string {
  let out = '';
  for (const f of frames) {
    if (!Number.isSafeInteger(f.frameNumber) || f.frameNumber < 0) {
      throw new VpdqFormatError(`Frame number ${f.frameNumber} is not a whole number ≥ 0`);
    }
    if (!Number.isInteger(f.quality) || f.quality < 0 || f.quality > 100) {
      throw new VpdqFormatError(`Frame ${f.frameNumber}: quality ${f.quality} is not a whole number from 0 to 100`);
    }
    if (!Number.isFinite(f.timestampSeconds) || f.timestampSeconds < 0) {
      throw new VpdqFormatError(`Frame ${f.frameNumber}: timestamp ${f.timestampSeconds} is not a number of seconds ≥ 0`);
    }
    out += `${f.frameNumber},${f.quality},${formatPdqHex(f.hash)},${f.timestampSeconds.toFixed(3)}\n`;
  }
  return out;
}

/**
 * The frames a comparison uses: those with quality ≥ minQuality, each distinct hash once (the
 * first frame that has it), in their original order.
 *
 * The quality filter runs first, so a hash is kept if any of its frames is good enough. The
 * reference is not consistent here (`match_VPDQ_hash_brute` dedupes first, `prepare_vpdq_feature`
 * filters first); the two differ only when identical hashes carry different qualities.
 */
export function uniqueQualityFrames(frames: readonly VpdqFrame[], minQuality: number = VPDQ_QUALITY_THRESHOLD): VpdqFrame[] {
  const seen = new Set<string>();
  const out: VpdqFrame[] = [];
  for (const f of frames) {
    if (!(f.quality >= minQuality)) continue;
    const key = formatPdqHex(f.hash);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  return out;
}

export interface VpdqCompareOptions {
  /** D: frames within this Hamming distance (inclusive) match. Default 31. */
  readonly distance?: number;
  /** F: frames below this quality are ignored. Default 50. */
  readonly qualityThreshold?: number;
}

export interface VpdqComparison {
  /** Share (0–100) of the query's unique good frames that have a match in the target. */
  readonly queryMatchPercent: number;
  /** Share (0–100) of the target's unique good frames that have a match in the query ("compared-match %"). */
  readonly targetMatchPercent: number;
  /** Unique frames of quality ≥ F in the query, and how many of them matched. */
  readonly queryFrames: number;
  readonly queryMatchedFrames: number;
  readonly targetFrames: number;
  readonly targetMatchedFrames: number;
}

/** Hashes as 8 × 32-bit words each, for a fast all-pairs scan. */
function packWords(frames: readonly VpdqFrame[]): Uint32Array {
  const words = new Uint32Array(frames.length * 8);
  frames.forEach((f, i) => {
    const h = f.hash;
    if (h.length !== 32) throw new PdqFormatError(`Frame ${f.frameNumber}: a PDQ hash has 32 bytes; this one has ${h.length}`);
    for (let w = 0; w < 8; w += 1) {
      const b = 4 * w;
      words[8 * i + w] = (((h[b] ?? 0) << 24) | ((h[b + 1] ?? 0) << 16) | ((h[b + 2] ?? 0) << 8) | (h[b + 3] ?? 0)) >>> 0;
    }
  });
  return words;
}

function popcount32(v: number): number {
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/** How many hashes of `a` lie within `distance` of at least one hash of `b`. */
function countMatched(a: Uint32Array, b: Uint32Array, distance: number): number {
  const na = a.length / 8;
  const nb = b.length / 8;
  let matched = 0;
  for (let i = 0; i < na; i += 1) {
    const o = 8 * i;
    for (let j = 0; j < nb; j += 1) {
      const p = 8 * j;
      let d = 0;
      for (let w = 0; w < 8 && d <= distance; w += 1) d += popcount32(((a[o + w] ?? 0) ^ (b[p + w] ?? 0)) >>> 0);
      if (d <= distance) {
        matched += 1;
        break;
      }
    }
  }
  return matched;
}

/**
 * Brute-force vPDQ comparison, both directions. With no usable frame on either side both
 * percentages are 0 (as the C++ reference; the Python one divides by zero).
 */
export function compareVpdq(
  query: readonly VpdqFrame[],
  target: readonly VpdqFrame[],
  options: VpdqCompareOptions = {},
): VpdqComparison {
  const distance = options.distance ?? VPDQ_DISTANCE_THRESHOLD;
  const quality = options.qualityThreshold ?? VPDQ_QUALITY_THRESHOLD;
  if (!Number.isInteger(distance) || distance < 0 || distance > 256) {
    throw new RangeError(`vPDQ distance must be a whole number from 0 to 256; got ${distance}`);
  }
  if (!Number.isFinite(quality)) throw new RangeError(`vPDQ quality threshold must be a number; got ${quality}`);
  const q = uniqueQualityFrames(query, quality);
  const t = uniqueQualityFrames(target, quality);
  if (q.length === 0 || t.length === 0) {
    return {
      queryMatchPercent: 0,
      targetMatchPercent: 0,
      queryFrames: q.length,
      queryMatchedFrames: 0,
      targetFrames: t.length,
      targetMatchedFrames: 0,
    };
  }
  const qw = packWords(q);
  const tw = packWords(t);
  const queryMatchedFrames = countMatched(qw, tw, distance);
  const targetMatchedFrames = countMatched(tw, qw, distance);
  return {
    queryMatchPercent: (queryMatchedFrames * 100) / q.length,
    targetMatchPercent: (targetMatchedFrames * 100) / t.length,
    queryFrames: q.length,
    queryMatchedFrames,
    targetFrames: t.length,
    targetMatchedFrames,
  };
}

export interface VpdqMatchThresholds {
  /** Pc: minimum % of the compared (target) video found in the query. Default 80. */
  readonly comparisonThreshold?: number;
  /** Pq: minimum % of the query found in the target. Default 0 (a longer query still matches). */
  readonly queryThreshold?: number;
}

/**
 * The reference's decision, as `vpdq/README.md` states it:
 * `is_match = c_pct_matched >= Pc and q_pct_matched >= Pq`, with Pc = 80 %, Pq = 0 %.
 * So by default the query matches when it contains ≥ 80 % of the target, whatever else it holds.
 *
 * Beware: python-threatexchange's `VPDQSignal.compare_hash` and `VPDQIndex` apply the same two
 * numbers the other way round (80 % to the query side, 0 % to the compared side). To ask "is either
 * video mostly contained in the other", call this on compareVpdq(a, b) and compareVpdq(b, a).
 */
export function isVpdqMatch(result: Pick<VpdqComparison, 'queryMatchPercent' | 'targetMatchPercent'>, thresholds: VpdqMatchThresholds = {}): boolean {
  const pc = thresholds.comparisonThreshold ?? VPDQ_COMPARISON_MATCH_PERCENT;
  const pq = thresholds.queryThreshold ?? VPDQ_QUERY_MATCH_PERCENT;
  return result.targetMatchPercent >= pc && result.queryMatchPercent >= pq;
}

/**
 * PDQ of one video frame as the vPDQ reference hashes it (`pdqbufferhasher.cpp`): the whole frame
 * at its own size, without the photo hasher's 512 × 512 resize (on 480 × 720 frames that resize
 * alone moves hashes by up to ~10 bits from the reference's). A 64 × 64 frame is its own
 * downsample, unblurred; frames under 5 pixels give the all-zero hash with quality 0.
 */
export function vpdqFrameHash(image: PixelImage): PdqResult {
  return pdqHash(image, { resizeLargeImages: false });
}
