/** The last screen: exactly what will be sent, every field and every item; nothing goes before "Send". */
import type { EvidenceKind } from '@jikim/case';
import type { ContactPreferences } from '@jikim/contracts';
import type { Locale } from '@jikim/guide';
import type { ReactNode, Ref } from 'react';
import { formatBytes } from '../format.js';
import type { HelpMessages, Situation } from './i18n/help-messages.js';
import { StepHeading } from './request-steps.js';
import { shortSha256 } from './help-format.js';
import type { ItemSummary } from './shared-items.js';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return <><dt>{label}</dt><dd dir="auto">{children}</dd></>;
}

interface ReviewStepProps {
  readonly t: HelpMessages;
  readonly kinds: Record<EvidenceKind, string>;
  readonly locale: Locale;
  readonly heading: Ref<HTMLHeadingElement>;
  readonly stepLabel: string;
  readonly contact: ContactPreferences;
  readonly situation: Situation;
  readonly message: string;
  readonly items: readonly ItemSummary[];
}

export function ReviewStep({ t, kinds, locale, heading, stepLabel, contact, situation, message, items }: ReviewStepProps) {
  const r = t.review;
  const given = (value: string | undefined) => value?.trim() || <span className="hint">{r.notGiven}</span>;
  return (
    <>
      <StepHeading heading={heading} stepLabel={stepLabel}>{r.title}</StepHeading>
      <p>{r.lead}</p>
      <h4>{r.contactTitle}</h4>
      <dl className="evidence-facts help-review-contact">
        <Row label={r.channels}>{contact.channels.map((c) => t.contact[c]).join(', ')}</Row>
        {contact.phone ? <Row label={r.phone}>{contact.phone}</Row> : null}
        {contact.email ? <Row label={r.email}><span className="break-all">{contact.email}</span></Row> : null}
        <Row label={r.safeHours}>{given(contact.safeHours)}</Row>
        <Row label={r.voicemail}>{contact.noVoicemail ? r.voicemailNo : r.voicemailOk}</Row>
        <Row label={r.codeWord}>{given(contact.codeWord)}</Row>
        <Row label={r.name}>{given(contact.name)}</Row>
      </dl>
      <h4>{r.situation}</h4>
      <p>{t.situation.options[situation]}</p>
      <h4>{r.message}</h4>
      <p className="help-message-text" dir="auto">{given(message)}</p>
      <h4>{r.itemsTitle}</h4>
      {items.length === 0 ? <p>{r.noItems}</p> : (
        <ul className="help-review-items">
          {items.map((item) => (
            <li key={item.id} className="evidence-card" data-item-id={item.id}>
              <p className="evidence-kind">{kinds[item.kind]}</p>
              <p className="label" dir="auto">{item.title || kinds[item.kind]}</p>
              <dl className="evidence-facts">
                {item.url ? <Row label={r.url}><span className="break-all">{item.url}</span></Row> : null}
                {item.sender ? <Row label={r.sender}>{item.sender}</Row> : null}
                {item.sha256 ? <Row label={r.sha256}><code className="sha256">{shortSha256(item.sha256)}…</code></Row> : null}
                {item.bytes === undefined ? null : <Row label={r.size}>{formatBytes(item.bytes, locale)}</Row>}
              </dl>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
