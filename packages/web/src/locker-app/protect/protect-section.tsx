/**
 * The locker's "Protect my images" (issue 14): choose photos and videos already kept in the locker,
 * make their fingerprints on the device with the protect page's worker (each file decrypted in memory
 * only), review exactly what will be sent, send, and see the code and PIN — kept sealed in the locker
 * unless the person unchecks it, so the status can be checked and the fingerprints withdrawn here.
 * The section stays mounted while hidden; its blurred previews are decrypted only once it is shown.
 */
import type { EvidenceItem } from '@jikim/case';
import type { LockerStore } from '@jikim/device';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ChosenItem } from '../../protect-app/chosen-items.js';
import { protectMessages } from '../../protect-app/i18n/index.js';
import { MAX_ITEMS } from '../../protect-app/protect-limits.js';
import { ReviewStep, type SentSubmission } from '../../protect-app/review-step.js';
import { SentCodeCard } from '../../protect-app/sent-code-card.js';
import { useProtectFlow } from '../../protect-app/use-protect-flow.js';
import { useLockerUi } from '../locker-context.js';
import { HashingStep } from './hashing-step.js';
import { lockerProtectMessages } from './i18n/index.js';
import { KeepInLocker } from './keep-in-locker.js';
import { KeptSubmissions } from './kept-submissions.js';
import { lockerMedia, openMedia, type LockerMedia } from './locker-media.js';
import { MediaPicker } from './media-picker.js';
import { addSubmission, sentDates, setAccess } from './protect-record.js';
import { updateProtectRecord, useProtectRecord } from './protect-store.js';

interface ProtectSectionProps {
  readonly store: LockerStore;
  readonly items: readonly EvidenceItem[];
  /** Whether the section is the one shown now. */
  readonly shown: boolean;
}

export function ProtectSection({ store, items, shown }: ProtectSectionProps) {
  const { locale, setBusy } = useLockerUi();
  const t = lockerProtectMessages[locale];
  const p = protectMessages[locale];
  const record = useProtectRecord(store);
  // The previews are made when the section is first shown, and kept while it is hidden again; a lock unmounts them all.
  const [seen, setSeen] = useState(shown);
  if (shown && !seen) setSeen(true);
  const [chosen, setChosen] = useState<string[]>([]);
  const [notice, setNotice] = useState('');
  const [opening, setOpening] = useState(false);
  const [sentId, setSentId] = useState<string | null>(null);
  const [kept, setKept] = useState<boolean | null>(null);
  const [keepFailed, setKeepFailed] = useState(false);
  const files = useRef(new Map<File, LockerMedia>());
  const media = useMemo(() => lockerMedia(items, (kind) => (kind === 'image' ? t.photo : t.video)), [items, t]);
  const flow = useProtectFlow({ t: p, listStep: 'hashing', nameOf: (item: ChosenItem) => files.current.get(item.file)?.title });
  const { step, heading, hashing, labelOf, sent } = flow;

  // Long hashing (a video) holds the idle lock off while it runs.
  const working = opening || hashing.chosen.items.some((item) => item.state === 'waiting' || item.state === 'hashing');
  useEffect(() => {
    if (!working) return undefined;
    setBusy(true);
    return () => setBusy(false);
  }, [working, setBusy]);

  const make = async () => {
    const picked = media.filter((m) => chosen.includes(m.id));
    if (picked.length === 0) return setNotice(t.nothingChosen);
    setNotice('');
    setOpening(true);
    try {
      files.current = await openMedia(store, picked);
      hashing.add([...files.current.keys()]);
      flow.showList();
    } catch {
      setNotice(t.openFailed);
    } finally {
      setOpening(false);
    }
  };
  const startOver = () => {
    flow.startOver();
    files.current = new Map();
  };
  const onSent = (submission: SentSubmission) => {
    const id = crypto.randomUUID();
    const itemIds = flow.sending.flatMap((item) => files.current.get(item.file)?.id ?? []);
    const { photos, videos } = flow.summary;
    const entry = { id, sentAt: new Date().toISOString(), itemIds, photos, videos, access: { code: submission.code, pin: submission.pin } };
    setKept(null);
    setKeepFailed(false);
    void updateProtectRecord(store, (r) => addSubmission(r, entry)).then(() => setKept(true), () => setKeepFailed(true));
    files.current = new Map();
    setChosen([]);
    setSentId(id);
    flow.showSent(submission);
  };
  const keep = (on: boolean) => {
    if (!sent || !sentId) return;
    const access = on ? { code: sent.code, pin: sent.pin } : null;
    void updateProtectRecord(store, (r) => setAccess(r, sentId, access)).then(() => setKept(on), () => setKeepFailed(true));
  };

  return (
    <>
      <section aria-labelledby="protect-step-title" className="protect-app locker-protect">
        {step === 'choose' ? (
          <>
            <h2 id="protect-step-title" ref={heading} tabIndex={-1}>{t.title}</h2>
            <p>{t.lead}</p>
            {flow.canHash ? (
              <>
                <MediaPicker t={t} locale={locale} store={store} media={media} sent={sentDates(record)} chosen={chosen} onChange={setChosen} max={MAX_ITEMS} previews={seen} />
                <p role="status" className="form-status">{opening ? t.opening : ''}</p>
                <p role="alert" className="form-error">{notice}</p>
                {media.length > 0 ? (
                  <div className="button-row">
                    <button type="button" className="button" disabled={opening} onClick={() => void make()}>{t.make}</button>
                  </div>
                ) : null}
              </>
            ) : <p className="warning-note">{t.unsupported}</p>}
          </>
        ) : null}
        {step === 'hashing' ? (
          <HashingStep t={t} p={p} locale={locale} heading={heading} hashing={hashing} labelOf={labelOf} onStartOver={startOver} onReview={flow.review} />
        ) : null}
        {step === 'review' ? (
          <ReviewStep t={p} locale={locale} heading={heading} summary={flow.summary} labels={flow.sending.map(labelOf)} onBack={flow.back} onSent={onSent} />
        ) : null}
        {step === 'sent' && sent ? (
          <SentCodeCard t={p.done} sent={sent} heading={heading} doneLabel={t.done} onDone={flow.done}>
            <KeepInLocker t={t} kept={kept} keepFailed={keepFailed} onKeep={keep} />
          </SentCodeCard>
        ) : null}
      </section>
      {record && step !== 'sent' ? <KeptSubmissions t={t} p={p} locale={locale} store={store} record={record} /> : null}
    </>
  );
}
