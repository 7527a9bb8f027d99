/**
 * "Protect my images": choose photos and videos, see them blurred while their fingerprints are made
 * on the device, review exactly what will be sent, send, and keep the code and PIN; below, check or
 * withdraw an earlier submission. Every step's heading takes the focus when it appears.
 */
import type { Locale } from '@jikim/guide';
import { CheckPanel } from './check-panel.js';
import { ChooseStep } from './choose-step.js';
import { protectMessages } from './i18n/index.js';
import { ReviewStep } from './review-step.js';
import { SentCodeCard } from './sent-code-card.js';
import { useProtectFlow } from './use-protect-flow.js';

export function ProtectApp({ locale }: { locale: Locale }) {
  const t = protectMessages[locale];
  const flow = useProtectFlow({ t, listStep: 'choose' });
  const { step, heading, hashing, labelOf, sent } = flow;

  return (
    <>
      <section aria-labelledby="protect-step-title" className="protect-app">
        {step === 'choose' ? (
          <ChooseStep t={t} locale={locale} heading={heading} hashing={hashing} labelOf={labelOf} canHash={flow.canHash} onReview={flow.review} />
        ) : null}
        {step === 'review' ? (
          <ReviewStep t={t} locale={locale} heading={heading} summary={flow.summary} labels={flow.sending.map(labelOf)} onBack={flow.back} onSent={flow.showSent} />
        ) : null}
        {step === 'sent' && sent ? <SentCodeCard t={t.done} sent={sent} heading={heading} onDone={flow.done} /> : null}
      </section>
      <CheckPanel t={t} locale={locale} />
    </>
  );
}
