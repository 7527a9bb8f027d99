/** The guided complaint (고소장) draft: consult first, then the form, then editable text or a PDF. */
import { useState, type FormEvent } from 'react';
import { buildComplaintText, consultFirstNotice } from '../complaint/complaint-draft.js';
import { CRIMES } from '../complaint/crimes.js';
import { factsFromLocker } from '../complaint/facts-from-locker.js';
import { downloadBlob } from '../bundle/download.js';
import type { EvidenceItem } from '../locker/evidence-item.js';
import { loadReportFonts } from '../report/load-report-fonts.js';
import { complaintEvidence, complaintFileName, complaintFromForm, exhibitNumbers } from './complaint-form.js';
import { formatWhen } from './format.js';
import { useLockerUi } from './locker-context.js';

export function ComplaintPanel({ items }: { items: readonly EvidenceItem[] }) {
  const { t, locale, fontUrls, setBusy } = useLockerUi();
  const c = t.complaint;
  const [known, setKnown] = useState(false);
  const [text, setText] = useState('');
  const [status, setStatus] = useState('');
  const facts = factsFromLocker(items, locale, { exhibitNumbers: exhibitNumbers(items) });
  const evidence = complaintEvidence(items, (item) => t.kinds[item.kind]);

  const run = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter?.getAttribute('value') ?? 'text';
    const input = complaintFromForm(new FormData(event.currentTarget), evidence, facts);
    setStatus('');
    try {
      if (submitter === 'text') {
        setText(buildComplaintText(input, locale));
        return;
      }
      const pdfLocale = submitter === 'pdf-en' ? 'en' : 'ko';
      setBusy(true);
      setStatus(c.working);
      const [{ buildComplaintPdf }, fonts] = await Promise.all([import('../complaint/complaint-pdf.js'), loadReportFonts(fontUrls)]);
      const pdf = await buildComplaintPdf(input, pdfLocale, fonts);
      downloadBlob(new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }), complaintFileName(pdfLocale, input.today));
      setStatus(t.exportPanel.done);
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
      <p className="warning-note" id="consult-first">{consultFirstNotice(locale)}</p>
      <p>{c.lead}</p>
      <form className="letter-form" onSubmit={(e) => void run(e)} noValidate>
        <fieldset>
          <legend>{c.complainant}</legend>
          {field('complainant-name', c.name)}{field('complainant-birth', c.birthDate, 'date')}{field('complainant-address', c.address)}{field('complainant-phone', c.phone, 'tel')}
        </fieldset>
        <fieldset>
          <legend>{c.accused}</legend>
          <div className="option"><input type="radio" id="accused-unknown" name="accused-known" value="no" checked={!known} onChange={() => setKnown(false)} /><label htmlFor="accused-unknown">{c.accusedUnknown}</label></div>
          <div className="option"><input type="radio" id="accused-known" name="accused-known" value="yes" checked={known} onChange={() => setKnown(true)} /><label htmlFor="accused-known">{c.accusedKnown}</label></div>
          {known ? field('accused-name', c.name) : null}
          {field('accused-contact', c.contact)}{field('accused-address', c.address)}
          <div className="field"><label htmlFor="accused-description">{c.description}</label><textarea id="accused-description" name="accused-description" rows={2} /></div>
        </fieldset>
        <fieldset>
          <legend>{c.facts}</legend>
          <p className="hint">{c.factsHint}</p>
          {facts.map((fact, i) => (
            <div className="field" key={i}>
              <label htmlFor={`fact-${String(i)}`}>{fact.when ? formatWhen(fact.when, locale) : `${String(i + 1)}.`}</label>
              <textarea id={`fact-${String(i)}`} name={`fact-${String(i)}`} rows={2} defaultValue={fact.text} />
            </div>
          ))}
        </fieldset>
        <fieldset>
          <legend>{c.crimes}</legend>
          {CRIMES.filter((crime) => crime.verified).map((crime) => (
            <div className="option" key={crime.id}>
              <input type="checkbox" id={`crime-${crime.id}`} name="crime" value={crime.id} aria-describedby={`crime-${crime.id}-hint`} />
              <label htmlFor={`crime-${crime.id}`}>{crime.law[locale]} {crime.provision[locale]}</label>
              <p id={`crime-${crime.id}-hint`} className="hint">{crime.summary[locale]}</p>
            </div>
          ))}
        </fieldset>
        <div className="field"><label htmlFor="complaint-reason">{c.reason}</label><textarea id="complaint-reason" name="complaint-reason" rows={3} /></div>
        <div className="field"><label htmlFor="complaint-station">{c.station}</label><input id="complaint-station" name="complaint-station" aria-describedby="complaint-station-hint" autoComplete="off" /><p id="complaint-station-hint" className="hint">{c.stationHint}</p></div>
        <div className="button-row">
          <button type="submit" className="button" value="text">{c.make}</button>
          <button type="submit" className="button button-secondary" value="pdf-ko">{c.pdfKo}</button>
          <button type="submit" className="button button-secondary" value="pdf-en">{c.pdfEn}</button>
        </div>
        <p role="status" className="form-status">{status}</p>
      </form>
      {text ? (
        <div className="field">
          <label htmlFor="complaint-text">{c.text}</label>
          <textarea id="complaint-text" rows={20} value={text} onChange={(e) => setText(e.target.value)} />
          <div className="button-row"><button type="button" className="button" onClick={() => void navigator.clipboard.writeText(text).then(() => setStatus(c.copied))}>{c.copy}</button></div>
        </div>
      ) : null}
    </section>
  );
}
