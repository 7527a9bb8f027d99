/**
 * Jikim's banks and contents in HMA's JSON. HMA's `disable_until_ts` is 1 (enabled), 0 (disabled)
 * or a unix time; Jikim keeps an ISO time or null, and HMA's 0 as the last second of year 9999.
 */
import type { Bank, BankContent } from '../platform-ports.js';
import { TO_HMA } from './hma-signals.js';

export const DISABLED_FOREVER = '9999-12-31T23:59:59.000Z';
const ENABLED = 1;
const DISABLED = 0;

export const hmaBank = (bank: Bank) => ({ name: bank.name, matching_enabled_ratio: bank.matchingEnabled ? 1 : 0 });

export function disableUntilTs(disabledUntil: string | null): number {
  if (disabledUntil === null) return ENABLED;
  if (disabledUntil >= DISABLED_FOREVER) return DISABLED;
  return Math.floor(Date.parse(disabledUntil) / 1000);
}

/** HMA's magic values back to Jikim's: 1 → enabled, 0 → disabled for good, else that time. */
export function disabledUntilOf(ts: number): string | null {
  if (ts === ENABLED) return null;
  if (ts === DISABLED) return DISABLED_FOREVER;
  return new Date(ts * 1000).toISOString();
}

/** Type → one value, HMA's names (a Jikim content may hold more per type; HMA shows one). */
export function hmaSignals(content: BankContent): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [type, values] of Object.entries(content.signals)) {
    const name = TO_HMA[type];
    const first = values?.[0];
    if (name && first !== undefined) out[name] = first;
  }
  return out;
}

/** `GET /c/bank/NAME/content/ID`: signals only when asked, a note only when there is one. */
export function hmaContent(content: BankContent, bank: Bank, includeSignals: boolean) {
  const signals = includeSignals ? hmaSignals(content) : {};
  return {
    id: content.id,
    disable_until_ts: disableUntilTs(content.disabledUntil),
    original_media_uri: null,
    bank: hmaBank(bank),
    ...(Object.keys(signals).length > 0 ? { signals } : {}),
    ...(content.note ? { note: content.note } : {}),
  };
}

/** `PUT /c/bank/NAME/content/ID` answers with HMA's stored dataclass, every field present. */
export function hmaContentUpdated(content: BankContent, bank: Bank) {
  return {
    id: content.id,
    disable_until_ts: disableUntilTs(content.disabledUntil),
    collab_metadata: {},
    original_media_uri: null,
    bank: hmaBank(bank),
    user_metadata: null,
    note: content.note || null,
  };
}
