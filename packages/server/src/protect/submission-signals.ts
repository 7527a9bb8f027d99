/**
 * From the items a person sent to the signals a bank stores: each PDQ hash with its quality, the
 * MD5, and the vPDQ cut to its frames of quality ≥ 50 (the only ones a comparison uses). The body's
 * schema adds to the contract's what needs @jikim/pdq: a vPDQ that parses, within the frame limit.
 * A hash below the quality that matches reliably is refused with its own code, `low_quality`.
 */
import { PROTECT_LIMITS, protectSubmissionRequestSchema, type ProtectItem } from '@jikim/contracts';
import { formatVpdqText, parseVpdqText, VpdqFormatError, type VpdqFrame } from '@jikim/pdq';
import type { NewSignal } from '../platform/platform-ports.js';
import { ProtectError } from './protect-deps.js';

function vpdqFrames(text: string): VpdqFrame[] | string {
  try {
    const frames = parseVpdqText(text);
    if (frames.length === 0) return 'a vPDQ has at least one frame';
    if (frames.length > PROTECT_LIMITS.vpdqFrames) return `a vPDQ has at most ${PROTECT_LIMITS.vpdqFrames} frames`;
    return frames;
  } catch (error) {
    // The parser's message names a line and a field, never a whole hash's worth of the input.
    if (error instanceof VpdqFormatError) return 'not a vPDQ in the reference\'s text form (frame,quality,pdqHex,seconds)';
    throw error;
  }
}

export const submissionBodySchema = protectSubmissionRequestSchema.superRefine((body, ctx) => {
  body.items.forEach((item, i) => {
    if (item.vpdq === undefined) return;
    const frames = vpdqFrames(item.vpdq);
    if (typeof frames === 'string') ctx.addIssue({ code: 'custom', path: ['items', i, 'vpdq'], message: frames });
  });
});

/** The signals of one item, in this order: its PDQ hashes as sent, its MD5, its vPDQ. */
export function itemSignals(item: ProtectItem): NewSignal[] {
  const signals: NewSignal[] = [];
  for (const pdq of item.pdq ?? []) {
    if (pdq.quality < PROTECT_LIMITS.minQuality) throw new ProtectError(400, 'A PDQ hash is of too low a quality', 'low_quality');
    signals.push({ type: 'pdq', value: pdq.hash, quality: pdq.quality });
  }
  signals.push({ type: 'md5', value: item.md5 });
  if (item.vpdq !== undefined) {
    const frames = vpdqFrames(item.vpdq);
    if (typeof frames === 'string') throw new ProtectError(400, frames, 'validation');
    const good = frames.filter((f) => f.quality >= PROTECT_LIMITS.minQuality);
    if (good.length === 0) throw new ProtectError(400, 'No frame of the video is of a quality that matches', 'low_quality');
    signals.push({ type: 'vpdq', value: formatVpdqText(good) });
  }
  return signals;
}
