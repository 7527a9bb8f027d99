/** One form for every kind of evidence; the kind decides which fields show. */
import { useState, type FormEvent } from 'react';
import { ZodError } from 'zod';
import { EVIDENCE_KINDS, type EvidenceKind } from '@jikim/case';
import { LockerFullError, type LockerStore } from '@jikim/device';
import { addEvidence, EmptyFileError } from './add-evidence.js';
import { useWarnBeforeLeaving } from './warn-before-leaving.js';
import { fieldsFromForm, SCENARIO_IDS, scenarioFromForm } from './evidence-fields.js';
import { KindFields } from './kind-fields.js';
import { useLockerUi } from './locker-context.js';

const WITH_FILE: readonly EvidenceKind[] = ['file', 'web', 'message'];

interface AddEvidenceFormProps {
  readonly store: LockerStore;
  readonly onAdded: () => Promise<void>;
  readonly onShowEvidence: () => void;
}

export function AddEvidenceForm({ store, onAdded, onShowEvidence }: AddEvidenceFormProps) {
  const { t, setBusy } = useLockerUi();
  const [kind, setKind] = useState<EvidenceKind>('file');
  const [status, setStatus] = useState('');
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState('');
  const [working, setWorking] = useState(false);
  const [emptyFile, setEmptyFile] = useState(false);
  useWarnBeforeLeaving(working);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const chosen = data.get('file');
    const file = chosen instanceof File && chosen.name !== '' ? chosen : null;
    if (kind === 'file' && !file) return setError(t.add.needFile);
    // The police package needs these: a post is found by its address, a threat by its number.
    if (kind === 'web' && !String(data.get('web.url') ?? '').trim()) return setError(t.add.needUrl);
    if (kind === 'message' && !String(data.get('message.senderNumber') ?? '').trim()) return setError(t.add.needSender);
    setError('');
    setStatus('');
    setSaved(false);
    setWorking(true);
    setBusy(true);
    try {
      await addEvidence(store, {
        kind,
        scenario: scenarioFromForm(String(data.get('scenario') ?? '')),
        fields: fieldsFromForm(kind, data),
        file: WITH_FILE.includes(kind) ? file : null,
        keepEmpty: data.get('keep-empty') === 'yes',
      }, () => new Date(), (done, total) => setStatus(t.add.saving(total === 0 ? 100 : Math.floor((done / total) * 100))));
      form.reset();
      setKind('file');
      setEmptyFile(false);
      setStatus(t.add.saved);
      setSaved(true);
      await onAdded();
    } catch (failure) {
      setStatus('');
      setEmptyFile(failure instanceof EmptyFileError);
      if (failure instanceof ZodError) setError(failure.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join(' · '));
      else if (failure instanceof EmptyFileError) setError(t.add.emptyFile);
      else setError(failure instanceof LockerFullError ? t.add.full : t.add.failed);
    } finally {
      setWorking(false);
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="add-evidence-title">
      <h2 id="add-evidence-title">{t.add.title}</h2>
      <form onSubmit={(e) => void submit(e)} noValidate className="evidence-form">
        <fieldset>
          <legend>{t.add.kind}</legend>
          {EVIDENCE_KINDS.map((k) => (
            <div className="option" key={k}>
              <input type="radio" id={`kind-${k}`} name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} aria-describedby={`kind-${k}-hint`} />
              <label htmlFor={`kind-${k}`}>{t.kinds[k]}</label>
              <p id={`kind-${k}-hint`} className="hint">{t.kindHints[k]}</p>
            </div>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="scenario">{t.add.scenario}</label>
          <select id="scenario" name="scenario" defaultValue="">
            <option value="">{t.scenarios.none}</option>
            {SCENARIO_IDS.map((id) => <option key={id} value={id}>{t.scenarios[id]}</option>)}
          </select>
        </div>
        {WITH_FILE.includes(kind) ? (
          <div className="field">
            <label htmlFor="evidence-file">{kind === 'file' ? t.add.file : t.add.attachment}</label>
            <input id="evidence-file" name="file" type="file" onChange={() => setEmptyFile(false)} />
          </div>
        ) : null}
        {emptyFile ? (
          <div className="option">
            <input type="checkbox" id="keep-empty" name="keep-empty" value="yes" />
            <label htmlFor="keep-empty">{t.add.keepEmpty}</label>
          </div>
        ) : null}
        <KindFields kind={kind} />
        <p role="alert" className="form-error">{error}</p>
        <p role="status" className="form-status">{status}</p>
        {saved ? <button type="button" className="button button-secondary" onClick={onShowEvidence}>{t.add.showEvidence}</button> : null}
        <button type="submit" className="button" disabled={working}>{t.add.submit}</button>
      </form>
    </section>
  );
}
