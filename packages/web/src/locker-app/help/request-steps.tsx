/** The first steps of a help request: what it is, how to be reached safely, what happened. */
import { SITUATIONS } from '@jikim/contracts';
import type { ReactNode, Ref } from 'react';
import { CHANNELS, type ContactDraft, type ContactField } from './contact-form.js';
import type { HelpMessages, Situation } from './i18n/help-messages.js';

interface StepProps {
  readonly t: HelpMessages;
  readonly heading: Ref<HTMLHeadingElement>;
  readonly stepLabel: string;
}

export function StepHeading({ heading, stepLabel, children }: { heading: Ref<HTMLHeadingElement>; stepLabel: string; children: ReactNode }) {
  return (
    <>
      <p className="help-step-count">{stepLabel}</p>
      <h3 ref={heading} tabIndex={-1} className="help-step-title">{children}</h3>
    </>
  );
}

export function IntroStep({ t, heading, stepLabel }: StepProps) {
  const i = t.intro;
  return (
    <>
      <StepHeading heading={heading} stepLabel={stepLabel}>{i.title}</StepHeading>
      <p>{i.lead}</p>
      <h4>{i.seesTitle}</h4>
      <ul>{i.sees.map((line) => <li key={line}>{line}</li>)}</ul>
      <p className="panel help-control">{i.control}</p>
      <p>{i.after}</p>
    </>
  );
}

/** An input's error, tied to it with aria-describedby and aria-invalid. */
function errorProps(id: string, error: string | undefined, hint?: string) {
  const describedBy = [hint, error ? `${id}-error` : undefined].filter(Boolean).join(' ');
  return { 'aria-invalid': error ? true : undefined, ...(describedBy ? { 'aria-describedby': describedBy } : {}) } as const;
}
const FieldError = ({ id, error }: { id: string; error: string | undefined }) =>
  error ? <p id={`${id}-error`} className="form-error">{error}</p> : null;

interface ContactStepProps extends StepProps {
  readonly draft: ContactDraft;
  readonly errors: Partial<Record<ContactField, string>>;
  readonly onChange: (draft: ContactDraft) => void;
}

export function ContactStep({ t, heading, stepLabel, draft, errors, onChange }: ContactStepProps) {
  const c = t.contact;
  const set = (change: Partial<ContactDraft>) => onChange({ ...draft, ...change });
  const byPhone = draft.channels.includes('phone') || draft.channels.includes('sms');
  const text = (id: ContactField & keyof ContactDraft, label: string, options: { type?: string; hint?: string; autoComplete?: string; max: number }) => (
    <div className="field">
      <label htmlFor={`help-${id}`}>{label}</label>
      <input
        id={`help-${id}`}
        type={options.type ?? 'text'}
        value={draft[id] as string}
        maxLength={options.max}
        autoComplete={options.autoComplete ?? 'off'}
        onChange={(e) => set({ [id]: e.target.value })}
        {...errorProps(`help-${id}`, errors[id], options.hint ? `help-${id}-hint` : undefined)}
      />
      {options.hint ? <p id={`help-${id}-hint`} className="hint">{options.hint}</p> : null}
      <FieldError id={`help-${id}`} error={errors[id]} />
    </div>
  );
  return (
    <>
      <StepHeading heading={heading} stepLabel={stepLabel}>{c.title}</StepHeading>
      <p>{c.lead}</p>
      <fieldset aria-describedby={errors.channels ? 'help-channels-error' : undefined}>
        <legend className="label">{c.channels}</legend>
        {CHANNELS.map((channel) => (
          <div className="option" key={channel}>
            <input
              type="checkbox"
              id={`help-channel-${channel}`}
              checked={draft.channels.includes(channel)}
              aria-invalid={errors.channels ? true : undefined}
              onChange={(e) => set({ channels: e.target.checked ? [...draft.channels, channel] : draft.channels.filter((x) => x !== channel) })}
            />
            <label htmlFor={`help-channel-${channel}`}>{c[channel]}</label>
          </div>
        ))}
        <FieldError id="help-channels" error={errors.channels} />
      </fieldset>
      {byPhone ? text('phone', c.phoneNumber, { type: 'tel', hint: c.phoneHint, max: 40 }) : null}
      {draft.channels.includes('email') ? text('email', c.emailAddress, { type: 'email', max: 254 }) : null}
      {text('safeHours', c.safeHours, { hint: c.safeHoursHint, max: 300 })}
      <div className="option">
        <input type="checkbox" id="help-no-voicemail" checked={draft.noVoicemail} onChange={(e) => set({ noVoicemail: e.target.checked })} />
        <label htmlFor="help-no-voicemail">{c.noVoicemail}</label>
      </div>
      {text('codeWord', c.codeWord, { hint: c.codeWordHint, max: 100 })}
      {text('name', c.name, { hint: c.nameHint, max: 100 })}
    </>
  );
}

interface SituationStepProps extends StepProps {
  readonly situation: Situation;
  readonly message: string;
  readonly error: string | undefined;
  readonly onSituation: (s: Situation) => void;
  readonly onMessage: (m: string) => void;
}

export function SituationStep({ t, heading, stepLabel, situation, message, error, onSituation, onMessage }: SituationStepProps) {
  const s = t.situation;
  return (
    <>
      <StepHeading heading={heading} stepLabel={stepLabel}>{s.title}</StepHeading>
      <p>{s.lead}</p>
      <fieldset>
        <legend className="label">{s.legend}</legend>
        {SITUATIONS.map((id) => (
          <div className="option" key={id}>
            <input type="radio" name="help-situation" id={`help-situation-${id}`} checked={situation === id} onChange={() => onSituation(id)} />
            <label htmlFor={`help-situation-${id}`}>{s.options[id]}</label>
          </div>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="help-message">{s.message}</label>
        <textarea id="help-message" value={message} rows={6} onChange={(e) => onMessage(e.target.value)} {...errorProps('help-message', error, 'help-message-hint')} />
        <p id="help-message-hint" className="hint">{s.messageHint}</p>
        <FieldError id="help-message" error={error} />
      </div>
    </>
  );
}
