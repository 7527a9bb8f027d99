/** The text fields of each kind of evidence (shared by "add" and "correct"). */
import type { EvidenceKind, EvidenceState } from '@jikim/case';
import { localInputFromInstant } from './format.js';
import { useLockerUi } from './locker-context.js';

interface FieldProps {
  readonly name: string;
  readonly label: string;
  readonly type?: 'text' | 'url' | 'tel' | 'datetime-local' | 'textarea';
  readonly hint?: string;
  readonly value?: string | null | undefined;
  readonly prefix: string;
}

function Field({ name, label, type = 'text', hint, value, prefix }: FieldProps) {
  const id = `${prefix}-${name.replace('.', '-')}`;
  const described = hint ? `${id}-hint` : undefined;
  const common = { id, name, defaultValue: value ?? '', 'aria-describedby': described, autoComplete: 'off' };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {type === 'textarea' ? <textarea rows={4} {...common} /> : <input type={type} dir="auto" {...common} />}
      {hint ? <p id={described} className="hint">{hint}</p> : null}
    </div>
  );
}

export function KindFields({ kind, state, prefix = 'add' }: { kind: EvidenceKind; state?: EvidenceState; prefix?: string }) {
  const { t } = useLockerUi();
  const a = t.add;
  const time = (iso: string | null | undefined) => localInputFromInstant(iso);
  return (
    <>
      <Field prefix={prefix} name="title" label={a.itemTitle} value={state?.title} />
      {kind === 'web' ? (
        <>
          <Field prefix={prefix} name="web.url" label={a.url} type="url" value={state?.web?.url} />
          <Field prefix={prefix} name="web.site" label={a.site} value={state?.web?.site} />
          <Field prefix={prefix} name="web.posterId" label={a.posterId} value={state?.web?.posterId} />
          <Field prefix={prefix} name="web.postedAt" label={a.postedAt} type="datetime-local" value={time(state?.web?.postedAt)} />
          <Field prefix={prefix} name="web.seenAt" label={a.seenAt} type="datetime-local" value={time(state?.web?.seenAt)} />
        </>
      ) : null}
      {kind === 'message' ? (
        <>
          <Field prefix={prefix} name="message.senderNumber" label={a.senderNumber} type="tel" hint={a.senderHint} value={state?.message?.senderNumber} />
          <Field prefix={prefix} name="message.text" label={a.messageText} type="textarea" value={state?.message?.text} />
          <Field prefix={prefix} name="message.sentAt" label={a.sentAt} type="datetime-local" value={time(state?.message?.sentAt)} />
        </>
      ) : null}
      {kind === 'clue' ? (
        <>
          <Field prefix={prefix} name="clue.phoneModel" label={a.phoneModel} value={state?.clue?.phoneModel} />
          <Field prefix={prefix} name="clue.appearance" label={a.appearance} type="textarea" value={state?.clue?.appearance} />
          <Field prefix={prefix} name="clue.place" label={a.place} value={state?.clue?.place} />
          <Field prefix={prefix} name="clue.witnesses" label={a.witnesses} type="textarea" value={state?.clue?.witnesses} />
        </>
      ) : null}
      <Field prefix={prefix} name="occurredAt" label={a.occurredAt} type="datetime-local" hint={a.occurredHint} value={time(state?.occurredAt)} />
      <Field prefix={prefix} name="description" label={a.description} type="textarea" value={state?.description} />
    </>
  );
}
