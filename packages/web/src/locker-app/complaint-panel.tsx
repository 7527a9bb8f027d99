/** The guided complaint (고소장) draft: consult first, then the form, then editable text or a PDF. */
import { useState, type FormEvent } from 'react';
import { buildComplaintText, factsFromItems, type EvidenceItem } from '@jikim/case';
import { ConsultNotice } from './consult-notice.js';
import { CrimeChecklist } from './crime-checklist.js';
import { downloadBlob, loadReportFonts } from '@jikim/device';
import { complaintEvidence, complaintFileName, complaintFromForm, exhibitNumbers, factFieldId } from './complaint-form.js';
import { formatWhen } from './format.js';
import { useLockerUi } from './locker-context.js';

export function ComplaintPanel({ items }: { items: readonly EvidenceItem[] }) {
  const { t, locale, fontUrls, setBusy } = useLockerUi();
  const c = t.complaint;
  const [known, setKnown] = useState(false);
  const [text, setText] = useState('');
  const [textFrom, setTextFrom] = useState('');
  const [status, setStatus] = useState('');
  const facts = factsFromItems(items, locale, { exhibitNumbers: exhibitNumbers(items) });
  const evidence = complaintEvidence(items, (item) => t.kinds[item.kind]);
  const factsNow = facts.map((fact) => fact.version).join();

  const run = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter?.getAttribute('value') ?? 'text';
    const input = complaintFromForm(new FormData(event.currentTarget), evidence, facts);
    setStatus('');
    try {
      if (submitter === 'text') {
        setText(buildComplaintText(input, locale));
        setTextFrom(factsNow);
        return;
      }
      const pdfLocale = submitter === 'pdf-en' ? 'en' : 'ko';
      setBusy(true);
      setStatus(c.working);
      const [{ buildComplaintPdf }, fonts] = await Promise.all([import('@jikim/case/pdf'), loadReportFonts(fontUrls)]);
      const pdf = await buildComplaintPdf(input, pdfLocale, fonts);
      const name = complaintFileName(input.today);
      downloadBlob(new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }), name);
      setStatus(t.savedAs(name));
    } catch {
      setStatus(c.failed);
    } finally {
      setBusy(false);
    }
  };

  const field = (name: string, label: string, type = 'text') => (
    <div className="field"><label htmlFor={name}>{label}</label><input id={name} name={name} type={type} autoComplete="off" /></div>
  );
  return (
    <section aria-labelledby="complaint-title">
      <h2 id="complaint-title">{c.title}</h2>
      <ConsultNotice locale={locale} />
      <p>{c.lead}</p>
      <form className="letter-form" onSubmit={(e) => void run(e)} noValidate>
        <fieldset>
          <legend>{c.complainant}</legend>
          {field('complainant-name', c.name)}
          <details className="more-fields">
            <summary>{c.complainantMore}</summary>
            {field('complainant-birth', c.birthDate, 'date')}{field('complainant-address', c.address)}{field('complainant-phone', c.phone, 'tel')}
          </details>
        </fieldset>
        <fieldset>
          <legend>{c.accused}</legend>
          <div className="option"><input type="radio" id="accused-unknown" name="accused-known" value="no" checked={!known} onChange={() => setKnown(false)} /><label htmlFor="accused-unknown">{c.accusedUnknown}</label></div>
          <div className="option"><input type="radio" id="accused-known" name="accused-known" value="yes" checked={known} onChange={() => setKnown(true)} /><label htmlFor="accused-known">{c.accusedKnown}</label></div>
          {known ? field('accused-name', c.name) : null}
          <details className="more-fields">
            <summary>{c.accusedMore}</summary>
            {field('accused-contact', c.contact)}{field('accused-address', c.address)}
            <div className="field"><label htmlFor="accused-description">{c.description}</label><textarea id="accused-description" name="accused-description" rows={2} /></div>
          </details>
        </fieldset>
        <fieldset>
          <legend>{c.facts}</legend>
          <p className="hint">{c.factsHint}</p>
          {facts.map((fact, i) => (
            // Keyed by the item and its version: a fact's text always starts from its own item, as it is now.
            <div className="field" key={fact.version}>
              <label htmlFor={factFieldId(fact.itemId)}>{fact.when ? formatWhen(fact.when, locale) : `${String(i + 1)}.`}</label>
              <textarea id={factFieldId(fact.itemId)} name={factFieldId(fact.itemId)} rows={2} defaultValue={fact.text} />
            </div>
          ))}
        </fieldset>
        <CrimeChecklist />
        <details className="more-fields">
          <summary>{c.moreFields}</summary>
          <div className="field"><label htmlFor="complaint-reason">{c.reason}</label><textarea id="complaint-reason" name="complaint-reason" rows={3} /></div>
          <div className="field"><label htmlFor="complaint-station">{c.station}</label><input id="complaint-station" name="complaint-station" aria-describedby="complaint-station-hint" autoComplete="off" /><p id="complaint-station-hint" className="hint">{c.stationHint}</p></div>
        </details>
        <div className="button-row">
          <button type="submit" className="button" value="text">{c.make}</button>
          <button type="submit" className="button button-secondary" value="pdf-ko">{c.pdfKo}</button>
          <button type="submit" className="button button-secondary" value="pdf-en">{c.pdfEn}</button>
        </div>
        <p className="hint">{t.savedOutside}</p>
        <p role="status" className="form-status">{status}</p>
      </form>
      {text ? (
        <div className="field">
          <label htmlFor="complaint-text">{c.text}</label>
          {textFrom !== factsNow ? <p className="warning-note" role="status">{c.stale}</p> : null}
          <textarea id="complaint-text" rows={20} value={text} onChange={(e) => setText(e.target.value)} />
          <div className="button-row"><button type="button" className="button" onClick={() => void navigator.clipboard.writeText(text).then(() => setStatus(c.copied))}>{c.copy}</button></div>
        </div>
      ) : null}
    </section>
  );
}
