/**
 * Once, after an unlock, what the person must hear before anything else: wrong passphrases tried
 * meanwhile, a file whose storing never finished, records gone or rolled back (the sealed index),
 * and the half-typed draft given back where they left it.
 */
import { useEffect, useState, type RefObject } from 'react';
import { noFindings, type IndexFindings, type LockerStore } from '@jikim/device';
import { restoreDraft, type FormDraft } from './form-draft.js';
import { formatWhen } from './format.js';
import { useLockerUi } from './locker-context.js';
import { sectionFromHash, type SectionId } from './locker-sections.js';

export function useAfterUnlock(store: LockerStore, loaded: boolean, root: RefObject<HTMLElement | null>, showSection: (id: SectionId) => void) {
  const { t, locale } = useLockerUi();
  const [notices, setNotices] = useState<string[]>([]);
  const [integrity, setIntegrity] = useState<IndexFindings | null>(null);
  useEffect(() => {
    if (!loaded) return;
    void (async () => {
      const found: string[] = [];
      if (store.failedAttempts.length > 0) {
        found.push(t.unlock.failedAttempts(store.failedAttempts.length, store.failedAttempts.map((at) => formatWhen(at, locale)).join(', ')));
      }
      const unfinished = await store.takeUnfinished();
      if (unfinished.length > 0) found.push(t.unfinished(unfinished.map((f) => (f.title ? `${f.title} (${f.fileName})` : f.fileName)).join(', ')));
      const findings = await store.checkIndex();
      if (!noFindings(findings)) setIntegrity(findings);
      const draft = await store.takeDraft<FormDraft>();
      const section = draft?.section ? sectionFromHash(draft.section) : null;
      if (section) showSection(section);
      if (draft && root.current && (await restoreDraft(root.current, draft)) > 0) found.push(t.draftRestored);
      setNotices(found);
    })().catch(() => undefined);
    // Once per unlock: `showSection` and `root` are stable for the open locker.
  }, [loaded, store, t, locale]);
  return { notices, integrity };
}
