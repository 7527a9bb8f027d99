/**
 * The locker's "ask a support centre for help" section (decision 0016): the request, one step at a
 * time; once sent, the code and PIN shown once, then the request's status, with the files still on
 * their way. The code and PIN stay sealed in the locker until the request is withdrawn.
 */
import type { EvidenceItem } from '@jikim/case';
import type { LockerStore } from '@jikim/device';
import { useCallback, useEffect, useState } from 'react';
import { useLockerUi } from '../locker-context.js';
import { helpMessages } from './i18n/index.js';
import { AddItems } from './add-items.js';
import { CodeCard } from './code-card.js';
import { useFocusHeading } from './focus-heading.js';
import { forgetHelpRecord, readHelpRecord, type HelpRecord } from './help-record.js';
import { RequestWizard } from './request-wizard.js';
import { ShareTakedowns } from './share-takedowns.js';
import { StatusView } from './status-view.js';
import { UploadList } from './upload-list.js';
import { useUploads } from './use-uploads.js';

export function HelpSection({ store, items }: { store: LockerStore; items: readonly EvidenceItem[] }) {
  const { t: lockerT, locale, setBusy } = useLockerUi();
  const t = helpMessages[locale];
  const [record, setRecord] = useState<HelpRecord | null | undefined>(undefined);
  const [screen, setScreen] = useState<'code' | 'status' | 'withdrawn' | null>(null);
  const [revision, setRevision] = useState(0);
  const [refused, setRefused] = useState(false);
  useEffect(() => {
    void readHelpRecord(store).then(setRecord, () => setRecord(null));
  }, [store]);
  const { progress, completed, add, retry } = useUploads(store, record ?? null, setRecord, setBusy);
  const heading = useFocusHeading<HTMLHeadingElement>(screen);

  const withdrawn = useCallback(() => {
    void forgetHelpRecord(store);
    setRecord(null);
    setScreen('withdrawn');
  }, [store]);

  const uploads = (hideWhenDone: boolean) => (record ? <UploadList t={t} locale={locale} uploads={record.uploads} progress={progress} onRetry={retry} hideWhenDone={hideWhenDone} /> : null);
  return (
    <section aria-labelledby="help-title" className="help-section">
      <h2 id="help-title">{record ? t.status.title : t.title}</h2>
      {screen === 'withdrawn' ? <p role="status" className="panel" ref={heading} tabIndex={-1}>{t.withdraw.done}</p> : null}
      {record === undefined ? <p>{lockerT.loading}</p> : null}
      {record === null ? <RequestWizard store={store} items={items} onSent={(sent) => {
        setRecord(sent);
        setScreen('code');
      }} /> : null}
      {record && screen === 'code' ? (
        <>
          <CodeCard t={t} access={record.access} heading={heading} onDone={() => setScreen('status')} />
          {uploads(false)}
        </>
      ) : null}
      {record && refused ? (
        <div className="panel">
          <p>{t.status.refused}</p>
          <div className="button-row">
            <button type="button" className="button button-secondary" onClick={() => {
              void forgetHelpRecord(store);
              setRecord(null);
              setRefused(false);
            }}>{t.status.forget}</button>
          </div>
        </div>
      ) : null}
      {record && screen !== 'code' && !refused ? (
        <StatusView t={t} locale={locale} access={record.access} revision={revision + completed} onUnauthorized={() => setRefused(true)} onWithdrawn={withdrawn}
          shareTakedowns={(caseUrls, onShared) => <ShareTakedowns t={t.caseWork.share} locale={locale} store={store} access={record.access} caseUrls={caseUrls} onShared={onShared} />}>
          {uploads(true)}
          <AddItems store={store} items={items} record={record} onAdded={(next, added) => {
            add(next, added);
            setRevision((n) => n + 1);
          }} />
        </StatusView>
      ) : null}
    </section>
  );
}
