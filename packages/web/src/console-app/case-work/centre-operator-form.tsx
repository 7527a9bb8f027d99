/** Add or edit one of the centre's own operators: name, e-mail, form URL, language, site type, domains, notes. */
import { SITE_TYPES, type CentreOperator } from '@jikim/contracts';
import { useState, type FormEvent } from 'react';
import { TextAreaField } from '../cases/text-area-field.js';
import { failureText } from '../failure-text.js';
import { Field, Notice } from '../form-field.js';
import type { PageProps } from '../page-props.js';
import { caseWorkApi } from './case-work-api.js';
import type { CaseWorkMessages } from './case-work-messages.js';
import { operatorInput, type FieldName } from './operator-input.js';

interface CentreOperatorFormProps {
  readonly w: CaseWorkMessages;
  readonly t: PageProps['t'];
  readonly editing: CentreOperator | undefined;
  readonly onFailure: PageProps['onFailure'];
  readonly onSaved: (name: string) => Promise<void>;
  readonly onCancel: () => void;
}

export function CentreOperatorForm({ w, t, editing, onFailure, onSaved, onCancel }: CentreOperatorFormProps) {
  const o = w.operators;
  const [errors, setErrors] = useState<readonly FieldName[]>([]);
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const read = operatorInput(new FormData(form));
    if (!read.ok) {
      setErrors(read.fields);
      (form.elements.namedItem(read.fields[0] ?? 'name') as HTMLElement | null)?.focus();
      return;
    }
    setErrors([]);
    setBusy(true);
    const r = editing ? await caseWorkApi.editOperator(editing.id, read.input) : await caseWorkApi.addOperator(read.input);
    setBusy(false);
    if (!r.ok) {
      if (!onFailure(r)) setProblem(failureText(t, r));
      return;
    }
    await onSaved(r.value.name);
  }

  const error = (f: FieldName) => (errors.includes(f) ? o.errors[f] : undefined);
  return (
    <form className="console-form case-action cw-operator-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="cw-operator-form-title">
      <h3 id="cw-operator-form-title">{editing ? o.formTitleEdit(editing.name) : o.formTitleNew}</h3>
      <Field label={o.name} id="cw-op-name" name="name" defaultValue={editing?.name} maxLength={200} required error={error('name')} autoComplete="off" />
      <Field label={o.emailField} id="cw-op-email" name="email" type="email" defaultValue={editing?.email} maxLength={254} error={error('email')} autoComplete="off" />
      <Field label={o.formUrlField} id="cw-op-form" name="formUrl" type="url" defaultValue={editing?.formUrl} maxLength={2_000} error={error('formUrl')} autoComplete="off" />
      <div className="field console-field">
        <label htmlFor="cw-op-language" className="label">{o.language}</label>
        <select id="cw-op-language" name="language" defaultValue={editing?.language ?? 'ko'}>
          <option value="ko">{w.languages.ko}</option>
          <option value="en">{w.languages.en}</option>
        </select>
      </div>
      <div className="field console-field">
        <label htmlFor="cw-op-type" className="label">{o.siteType}</label>
        <select id="cw-op-type" name="siteType" defaultValue={editing?.siteType ?? 'other'}>
          {SITE_TYPES.map((s) => <option key={s} value={s}>{w.siteTypes[s]}</option>)}
        </select>
      </div>
      <TextAreaField label={o.domainsField} hint={o.domainsHint} id="cw-op-domains" name="domains" rows={3} defaultValue={editing?.domains.join('\n')} error={error('domains')}
        spellCheck={false} autoCapitalize="off" />
      <TextAreaField label={o.notesField} id="cw-op-notes" name="notes" rows={3} maxLength={2_000} defaultValue={editing?.notes} />
      <Notice text={problem} kind="error" />
      <div className="button-row">
        <button type="submit" className="button small" disabled={busy}>{o.save}</button>
        <button type="button" className="button small secondary" onClick={onCancel}>{o.cancel}</button>
      </div>
    </form>
  );
}
