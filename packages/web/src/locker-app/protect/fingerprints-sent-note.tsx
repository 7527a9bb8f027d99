/** On an item's card: "Fingerprints sent" with the date, when its fingerprints were sent and not withdrawn. */
import type { LockerStore } from '@jikim/device';
import { formatWhen } from '../format.js';
import { useLockerUi } from '../locker-context.js';
import { lockerProtectMessages } from './i18n/index.js';
import { sentDates } from './protect-record.js';
import { useProtectRecord } from './protect-store.js';

export function FingerprintsSentNote({ store, itemId }: { store: LockerStore; itemId: string }) {
  const { locale } = useLockerUi();
  const sentAt = sentDates(useProtectRecord(store)).get(itemId);
  if (!sentAt) return null;
  return <p className="hint protect-sent-note">{lockerProtectMessages[locale].sentOn(formatWhen(sentAt, locale))}</p>;
}
