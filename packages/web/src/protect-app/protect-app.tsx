/**
 * "Protect my images": choose photos and videos, see them blurred while their fingerprints are made
 * on the device, review exactly what will be sent, send, and keep the code and PIN; below, check or
 * withdraw an earlier submission. Every step's heading takes the focus when it appears.
 */
import type { Locale } from '@jikim/guide';
import { useMemo, useState } from 'react';
import { useFocusHeading } from '../locker-app/help/focus-heading.js';
import { CheckPanel } from './check-panel.js';
import { ChooseStep } from './choose-step.js';
import type { ChosenItem } from './chosen-items.js';
import { summarise, type HashedItem } from './hashed-item.js';
import { canHashHere } from './hash-worker-client.js';
import { protectMessages } from './i18n/index.js';
import { ReviewStep, type SentSubmission } from './review-step.js';
import { SentCodeCard } from './sent-code-card.js';
import { useHashing } from './use-hashing.js';

type Step = 'choose' | 'review' | 'sent';

export function ProtectApp({ locale }: { locale: Locale }) {
  const t = protectMessages[locale];
  const [step, setStep] = useState<Step>('choose');
  const [sent, setSent] = useState<SentSubmission | null>(null);
  const heading = useFocusHeading<HTMLHeadingElement>(step);
  const labelOf = (item: ChosenItem) => t.item.label[item.kind](item.n);
  const hashing = useHashing({ label: labelOf, start: t.item.announceStart, done: t.item.announceDone, removed: t.item.announceRemoved });
  const canHash = useMemo(canHashHere, []);

  const hashed = hashing.chosen.items.flatMap((item) => (item.result ? [{ item, result: item.result }] : []));
  const summary = summarise(hashed.map((h): HashedItem => h.result));
  const sentLabels = hashed.filter((h) => h.result.item !== null).map((h) => labelOf(h.item));

  return (
    <>
      <section aria-labelledby="protect-step-title" className="protect-app">
        {step === 'choose' ? (
          <ChooseStep t={t} locale={locale} heading={heading} hashing={hashing} labelOf={labelOf} canHash={canHash}
            onReview={() => {
              if (summary.items.length === 0) return false;
              setStep('review');
              return true;
            }} />
        ) : null}
        {step === 'review' ? (
          <ReviewStep t={t} locale={locale} heading={heading} summary={summary} labels={sentLabels} onBack={() => setStep('choose')}
            onSent={(submission) => {
              hashing.clear();
              setSent(submission);
              setStep('sent');
            }} />
        ) : null}
        {step === 'sent' && sent ? (
          <SentCodeCard t={t.done} sent={sent} heading={heading}
            onDone={() => {
              setSent(null);
              setStep('choose');
            }} />
        ) : null}
      </section>
      <CheckPanel t={t} locale={locale} />
    </>
  );
}
