/**
 * The locker's "Protect my images" (issue 14): choose photos and videos already kept in the locker,
 * make their fingerprints on the device with the protect page's worker (each file decrypted in memory
 * only), review exactly what will be sent, send, and see the code and PIN — kept sealed in the locker
 * unless the person unchecks it, so the status can be checked and the fingerprints withdrawn here.
 */
import type { EvidenceItem } from '@jikim/case';
import type { LockerStore } from '@jikim/device';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ChosenItem } from '../../protect-app/chosen-items.js';
import { summarise, type HashedItem } from '../../protect-app/hashed-item.js';
import { canHashHere } from '../../protect-app/hash-worker-client.js';
import { protectMessages } from '../../protect-app/i18n/index.js';
import { MAX_ITEMS } from '../../protect-app/protect-limits.js';
import { ReviewStep, type SentSubmission } from '../../protect-app/review-step.js';
import { useHashing } from '../../protect-app/use-hashing.js';
import { useFocusHeading } from '../help/focus-heading.js';
import { useLockerUi } from '../locker-context.js';
import { HashingStep } from './hashing-step.js';
import { lockerProtectMessages } from './i18n/index.js';
import { KeptSubmissions } from './kept-submissions.js';
import { lockerMedia, openMedia, type LockerMedia } from './locker-media.js';
import { LockerSentCard } from './locker-sent-card.js';
import { MediaPicker } from './media-picker.js';
import { addSubmission, sentDates, setAccess } from './protect-record.js';
import { updateProtectRecord, useProtectRecord } from './protect-store.js';

type Step = 'choose' | 'hashing' | 'review' | 'sent';

export function ProtectSection({ store, items }: { store: LockerStore; items: readonly EvidenceItem[] }) {
  const { locale, setBusy } = useLockerUi();
  const t = lockerProtectMessages[locale];
  const p = protectMessages[locale];
  const record = useProtectRecord(store);
  const [step, setStep] = useState<Step>('choose');
  const [chosen, setChosen] = useState<string[]>([]);
  const [notice, setNotice] = useState('');
  const [opening, setOpening] = useState(false);
  const [sent, setSent] = useState<{ submission: SentSubmission; id: string } | null>(null);
  const [kept, setKept] = useState<boolean | null>(null);
  const [keepFailed, setKeepFailed] = useState(false);
  const files = useRef(new Map<File, LockerMedia>());
  const heading = useFocusHeading<HTMLHeadingElement>(step);
  const canHash = useMemo(canHashHere, []);
  const media = useMemo(() => lockerMedia(items, (kind) => (kind === 'image' ? t.photo : t.video)), [items, t]);

  const labelOf = (item: ChosenItem) => files.current.get(item.file)?.title ?? p.item.label[item.kind](item.n);
  const hashing = useHashing({ label: labelOf, start: p.item.announceStart, done: p.item.announceDone, removed: p.item.announceRemoved });
  const hashed = hashing.chosen.items.flatMap((item) => (item.result ? [{ item, result: item.result }] : []));
  const summary = summarise(hashed.map((h): HashedItem => h.result));
  const sending = hashed.filter((h) => h.result.item !== null);

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
      setStep('hashing');
    } catch {
      setNotice(t.openFailed);
    } finally {
      setOpening(false);
    }
  };
  const startOver = () => {
    hashing.clear();
    files.current = new Map();
    setStep('choose');
  };
  const onSent = (submission: SentSubmission) => {
    const id = crypto.randomUUID();
    const itemIds = sending.flatMap((h) => files.current.get(h.item.file)?.id ?? []);
    const entry = { id, sentAt: new Date().toISOString(), itemIds, photos: summary.photos, videos: summary.videos, access: { code: submission.code, pin: submission.pin } };
    setKept(null);
    setKeepFailed(false);
    void updateProtectRecord(store, (r) => addSubmission(r, entry)).then(() => setKept(true), () => setKeepFailed(true));
    startOver();
    setChosen([]);
    setSent({ submission, id });
    setStep('sent');
  };
  const keep = (on: boolean) => {
    if (!sent) return;
    const access = on ? { code: sent.submission.code, pin: sent.submission.pin } : null;
    void updateProtectRecord(store, (r) => setAccess(r, sent.id, access)).then(() => setKept(on), () => setKeepFailed(true));
  };

  return (
    <>
      <section aria-labelledby="protect-step-title" className="protect-app locker-protect">
        {step === 'choose' ? (
          <>
            <h2 id="protect-step-title" ref={heading} tabIndex={-1}>{t.title}</h2>
            <p>{t.lead}</p>
            {canHash ? (
              <>
                <MediaPicker t={t} locale={locale} store={store} media={media} sent={sentDates(record)} chosen={chosen} onChange={setChosen} max={MAX_ITEMS} />
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
          <HashingStep t={t} p={p} locale={locale} heading={heading} hashing={hashing} labelOf={labelOf} onStartOver={startOver}
            onReview={() => {
              if (summary.items.length === 0) return false;
              setStep('review');
              return true;
            }} />
        ) : null}
        {step === 'review' ? (
          <ReviewStep t={p} locale={locale} heading={heading} summary={summary} labels={sending.map((h) => labelOf(h.item))} onBack={() => setStep('hashing')} onSent={onSent} />
        ) : null}
        {step === 'sent' && sent ? (
          <LockerSentCard t={t} done={p.done} sent={sent.submission} heading={heading} kept={kept} keepFailed={keepFailed} onKeep={keep}
            onDone={() => {
              setSent(null);
              setStep('choose');
            }} />
        ) : null}
      </section>
      {record && step !== 'sent' ? <KeptSubmissions t={t} p={p} locale={locale} store={store} record={record} /> : null}
    </>
  );
}
