/** "Send more items": the same picker, then the items to the case and their files by tus. */
import type { EvidenceItem } from '@jikim/case';
import type { LockerStore } from '@jikim/device';
import { useMemo, useState } from 'react';
import { useLockerUi } from '../locker-context.js';
import { helpMessages } from './i18n/index.js';
import { focusFirstInvalid, useFocusHeading } from './focus-heading.js';
import { helpApi } from './help-api.js';
import { pendingUploads, type FileUpload, type HelpRecord } from './help-record.js';
import { ItemPicker } from './item-picker.js';
import { sharedItems, summariseItem } from './shared-items.js';

interface AddItemsProps {
  readonly store: LockerStore;
  readonly items: readonly EvidenceItem[];
  readonly record: HelpRecord;
  readonly onAdded: (record: HelpRecord, uploads: readonly FileUpload[]) => void;
}

export function AddItems({ store, items, record, onAdded }: AddItemsProps) {
  const { t: lockerT, locale, setBusy } = useLockerUi();
  const t = helpMessages[locale];
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<string[]>([]);
  const [error, setError] = useState('');
  const [working, setWorking] = useState(false);
  const heading = useFocusHeading<HTMLHeadingElement>(open);
  const offered = useMemo(() => items.filter((item) => !record.sharedItemIds.includes(item.id)).map((item) => summariseItem(item, locale)), [items, record.sharedItemIds, locale]);

  const send = async () => {
    const chosenItems = items.filter((item) => chosen.includes(item.id));
    if (chosenItems.length === 0) {
      setError(t.status.addItemsNone);
      return requestAnimationFrame(() => focusFirstInvalid(document.querySelector('.help-add-items')));
    }
    setWorking(true);
    setBusy(true);
    setError('');
    try {
      const shared = await sharedItems(chosenItems, locale, new Date(), (id) => store.thumbnail(id));
      const response = await helpApi.addItems(record.access, shared);
      const uploads = pendingUploads(response.uploads, offered.filter((s) => chosen.includes(s.id)));
      onAdded({ ...record, sharedItemIds: [...record.sharedItemIds, ...chosen], uploads: [...record.uploads, ...uploads] }, uploads);
      setChosen([]);
      setOpen(false);
    } catch {
      setError(t.sending.failed);
    } finally {
      setWorking(false);
      setBusy(false);
    }
  };

  if (!open) {
    return offered.length === 0 ? null : (
      <div className="button-row"><button type="button" className="button button-secondary" onClick={() => setOpen(true)}>{t.status.addItems}</button></div>
    );
  }
  return (
    <div className="help-add-items">
      <h3 ref={heading} tabIndex={-1}>{t.status.addItemsTitle}</h3>
      <ItemPicker t={t} kinds={lockerT.kinds} locale={locale} items={offered} chosen={chosen} onChange={setChosen} idPrefix="help-more" error={error || undefined} />
      <div className="button-row">
        <button type="button" className="button" disabled={working} onClick={() => void send()}>{t.status.addItemsSend}</button>
        <button type="button" className="button button-secondary" disabled={working} onClick={() => setOpen(false)}>{t.status.cancel}</button>
      </div>
    </div>
  );
}
