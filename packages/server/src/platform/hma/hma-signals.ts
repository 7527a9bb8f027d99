/**
 * HMA's signal types as Jikim matches them, with HMA's own checks and messages
 * (python-threatexchange `PdqSignal` and `VideoMD5Signal.validate_signal_str`): PDQ is 64 lower-case
 * hex characters exactly; MD5 (HMA's `video_md5`) is trimmed and lower-cased first.
 */
import { HMA_SIGNAL_TYPES, PLATFORM_MAX_DISTANCE, type HmaSignalType, type MatchableSignalType } from '@jikim/contracts';
import { HmaError } from './hma-errors.js';

export const TO_JIKIM: Readonly<Record<HmaSignalType, MatchableSignalType>> = { pdq: 'pdq', video_md5: 'md5' };
export const TO_HMA: Readonly<Partial<Record<string, HmaSignalType>>> = { pdq: 'pdq', md5: 'video_md5' };

export function isHmaSignalType(name: string): name is HmaSignalType {
  return (HMA_SIGNAL_TYPES as readonly string[]).includes(name);
}

/** The signal type a lookup or compare names; HMA's 400 for one it does not have. */
export function lookupSignalType(name: string): HmaSignalType {
  if (!isHmaSignalType(name)) throw new HmaError(400, `No such SignalType '${name}'`);
  return name;
}

/** HMA's normalised value, or null with the reason HMA gives. */
export function validSignal(type: HmaSignalType, value: unknown): { value: string } | { problem: string } {
  if (type === 'pdq') {
    return typeof value === 'string' && /^[0-9a-f]{64}$/.test(value) ? { value } : { problem: 'invalid PDQ hash' };
  }
  const normalised = typeof value === 'string' ? value.trim().toLowerCase() : '';
  return /^[0-9a-f]{32}$/.test(normalised) ? { value: normalised } : { problem: `${JSON.stringify(value)} is not a valid MD5 hash` };
}

/** Beyond HMA: `max_distance` (PDQ), at most 31 and never clamped. */
export function maxDistanceOf(text: string | undefined): number {
  if (text === undefined) return PLATFORM_MAX_DISTANCE;
  const n = /^\d{1,3}$/.test(text) ? Number(text) : Number.NaN;
  if (!(n >= 0 && n <= PLATFORM_MAX_DISTANCE)) throw new HmaError(400, `max_distance must be an integer from 0 to ${PLATFORM_MAX_DISTANCE}`);
  return n;
}

/** HMA's comma-separated `banks`: only these (unknown names simply match nothing). */
export function bankFilter(text: string | undefined): ReadonlySet<string> | undefined {
  return text ? new Set(text.split(',')) : undefined;
}
