/**
 * Asking a support centre for help, one short screen at a time: what it is, how to be reached, what
 * happened, which items, and a review of exactly what goes. Nothing is sent before "Send" on the
 * last screen; then the proof of work is solved, the request posted and its code and PIN sealed in
 * the locker (the files follow by tus, upload-list.tsx).
 */
import { HELP_LIMITS, type ContactPreferences } from '@jikim/contracts';
import type { EvidenceItem } from '@jikim/case';
import type { LockerStore } from '@jikim/device';
import { useMemo, useRef, useState } from 'react';
import { useLockerUi } from '../locker-context.js';
import { helpMessages } from './i18n/index.js';
import { contactErrorMessages, contactFromDraft, EMPTY_CONTACT, type ContactDraft, type ContactErrors } from './contact-form.js';
import { focusFirstInvalid, useFocusHeading } from './focus-heading.js';
import { helpApi, HelpApiError } from './help-api.js';
import { pendingUploads, saveHelpRecord, type HelpRecord } from './help-record.js';
import type { Situation } from './i18n/help-messages.js';
import { ItemPicker } from './item-picker.js';
import { solveProofOfWork } from './proof-of-work.js';
import { ContactStep, IntroStep, SituationStep } from './request-steps.js';
import { ReviewStep } from './review-step.js';
import { sharedItems, summariseItem } from './shared-items.js';

const STEPS = 5;

interface RequestWizardProps {
  readonly store: LockerStore;
  readonly items: readonly EvidenceItem[];
  readonly onSent: (record: HelpRecord) => void;
}

export function RequestWizard({ store, items, onSent }: RequestWizardProps) {
  const { t: lockerT, locale, setBusy } = useLockerUi();
  const t = helpMessages[locale];
  const [step, setStep] = useState(0);
  const [draft, setDraft] = useState<ContactDraft>(EMPTY_CONTACT);
  const [contactErrors, setContactErrors] = useState<ContactErrors>({});
  const [contact, setContact] = useState<ContactPreferences | null>(null);
  const [situation, setSituation] = useState<Situation>('unsure');
  const [message, setMessage] = useState('');
  const [messageError, setMessageError] = useState<string | undefined>();
  const [chosen, setChosen] = useState<string[]>([]);
  const [phase, setPhase] = useState<'idle' | 'preparing' | 'sending'>('idle');
  const [error, setError] = useState('');
  const heading = useFocusHeading<HTMLHeadingElement>(step);
  const form = useRef<HTMLFormElement>(null);
  const summaries = useMemo(() => items.map((item) => summariseItem(item, locale)), [items, locale]);
  const chosenSummaries = summaries.filter((s) => chosen.includes(s.id) && s.sharable);
  const stepLabel = t.step(step + 1, STEPS);

  // A field's error goes as soon as that field changes.
  const changeContact = (next: ContactDraft) => {
    const changed = (Object.keys(next) as (keyof ContactDraft)[]).filter((key) => next[key] !== draft[key]);
    setContactErrors((errors) => Object.fromEntries(Object.entries(errors).filter(([field]) => !changed.includes(field as keyof ContactDraft))));
    setDraft(next);
  };
  const goTo = (next: number) => {
    setError('');
    setStep(next);
  };
  const next = () => {
    if (step === 1) {
      const result = contactFromDraft(draft);
      if ('error' in result) {
        setContactErrors(contactErrorMessages(result.error, t.contact));
        requestAnimationFrame(() => focusFirstInvalid(form.current));
        return;
      }
      setContactErrors({});
      setContact(result);
    }
    if (step === 2) {
      if (message.length > HELP_LIMITS.messageChars) {
        setMessageError(t.situation.tooLong);
        requestAnimationFrame(() => focusFirstInvalid(form.current));
        return;
      }
      setMessageError(undefined);
    }
    goTo(step + 1);
  };

  const send = async () => {
    if (!contact || phase !== 'idle') return;
    setError('');
    setPhase('preparing');
    setBusy(true);
    try {
      const chosenItems = items.filter((item) => chosenSummaries.some((s) => s.id === item.id));
      const [challenge, shared] = await Promise.all([
        helpApi.challenge(),
        sharedItems(chosenItems, locale, new Date(), (id) => store.thumbnail(id)),
      ]);
      const pow = await solveProofOfWork(challenge);
      setPhase('sending');
      const response = await helpApi.request({ pow, locale, contact, situation, message: message.trim(), items: shared });
      const record: HelpRecord = {
        version: 1,
        access: { code: response.caseCode, pin: response.pin },
        sentAt: new Date().toISOString(),
        uploadPath: response.uploadPath,
        sharedItemIds: chosenSummaries.map((item) => item.id),
        uploads: pendingUploads(response.uploads, chosenSummaries),
      };
      await saveHelpRecord(store, record);
      onSent(record);
    } catch (failure) {
      const kind = failure instanceof HelpApiError ? failure.failure : 'failed';
      setError(kind === 'busy' ? t.sending.busy : kind === 'offline' ? t.sending.offline : t.sending.failed);
      setPhase('idle');
    } finally {
      setBusy(false);
    }
  };

  const working = phase !== 'idle';
  return (
    <form ref={form} className="help-wizard" noValidate onSubmit={(e) => {
      e.preventDefault();
      if (step < STEPS - 1) next();
      else void send();
    }}>
      {step === 0 ? <IntroStep t={t} heading={heading} stepLabel={stepLabel} /> : null}
      {step === 1 ? <ContactStep t={t} heading={heading} stepLabel={stepLabel} draft={draft} errors={contactErrors} onChange={changeContact} /> : null}
      {step === 2 ? (
        <SituationStep t={t} heading={heading} stepLabel={stepLabel} situation={situation} message={message} error={messageError} onSituation={setSituation} onMessage={setMessage} />
      ) : null}
      {step === 3 ? (
        <>
          <p className="help-step-count">{stepLabel}</p>
          <h3 ref={heading} tabIndex={-1} className="help-step-title">{t.items.title}</h3>
          <p>{t.items.lead}</p>
          <ItemPicker t={t} kinds={lockerT.kinds} locale={locale} items={summaries} chosen={chosen} onChange={setChosen} idPrefix="help-share" />
        </>
      ) : null}
      {step === 4 && contact ? (
        <ReviewStep t={t} kinds={lockerT.kinds} locale={locale} heading={heading} stepLabel={stepLabel} contact={contact} situation={situation} message={message.trim()} items={chosenSummaries} />
      ) : null}
      <p role="alert" className="form-error">{error}</p>
      <p role="status" className="form-status">{phase === 'preparing' ? t.sending.preparing : phase === 'sending' ? t.sending.sending : step === 4 ? t.review.sendsNothingYet : ''}</p>
      <div className="button-row help-nav">
        <button type="submit" className="button" disabled={working}>{step === 0 ? t.intro.start : step === STEPS - 1 ? t.review.send : t.next}</button>
        {step > 0 ? <button type="button" className="button button-secondary" disabled={working} onClick={() => goTo(step - 1)}>{t.back}</button> : null}
      </div>
    </form>
  );
}
