/** A deletion request from the locker's web records (or typed addresses): made here, sent by the person. */
import { reportingChannels, type Locale } from '@jikim/guide';
import { useState, type FormEvent } from 'react';
import { buildDeletionLetter, CONTENT_KINDS, currentEvidence, letterFactsFromItems, mailtoHref, type DeletionLetter, type EvidenceItem } from '@jikim/case';
import { downloadBlob, loadReportFonts, savedFileName, type LockerStore } from '@jikim/device';
import { useLockerUi } from './locker-context.js';
import { channelById, channelEmail, contentKindFromForm, DEFAULT_CHANNEL, defaultRespondBy, OTHER_SERVICE, serviceFromForm, typedUrls, webItemsWithUrl } from './letter-form.js';
import { LetterSend } from './letter-send.js';

interface LetterPanelProps {
  readonly items: readonly EvidenceItem[];
  readonly store: LockerStore;
  readonly onSent: () => Promise<void>;
  readonly onShowTracker: () => void;
}

/** What a letter was made from: the chosen items as they were, so a later correction shows as "changed since". */
const versionsOf = (items: readonly EvidenceItem[]) => items.map((item) => `${item.id}:${String(item.events.length)}`).join();

export function LetterPanel({ items, store, onSent, onShowTracker }: LetterPanelProps) {
  const { t, locale, fontUrls, setBusy } = useLockerUi();
  const l = t.letter;
  const [channelId, setChannelId] = useState(DEFAULT_CHANNEL);
  const [letter, setLetter] = useState<(DeletionLetter & { urls: readonly string[]; itemIds: readonly string[]; madeFrom: string; channelId: string; otherName: string; id: string }) | null>(null);
  const [letterLocale, setLetterLocale] = useState<Locale>(locale);
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const webItems = webItemsWithUrl(items);
  const channel = channelById(channelId);
  const email = channelEmail(channelId);

  const make = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const language: Locale = data.get('letter-language') === 'en' ? 'en' : 'ko';
    const chosen = webItems.filter((item) => data.getAll('letter-item').includes(item.id));
    const facts = letterFactsFromItems(chosen, language);
    const urls = [...new Set([...facts.urls, ...typedUrls(String(data.get('letter-urls') ?? ''))])];
    if (urls.length === 0) return setError(l.needUrls);
    const name = String(data.get('letter-name') ?? '').trim();
    const contact = String(data.get('letter-contact') ?? '').trim();
    setError('');
    setStatus('');
    setLetterLocale(language);
    const otherName = String(data.get('letter-other') ?? '');
    const made = buildDeletionLetter({
      locale: language,
      service: serviceFromForm(channelId, otherName, language),
      urls,
      contentKind: contentKindFromForm(String(data.get('letter-kind') ?? '')),
      evidence: facts.evidence,
      ...(name || contact ? { requester: { ...(name ? { name } : {}), ...(contact ? { contact } : {}) } } : {}),
      respondBy: new Date(`${String(data.get('letter-respond-by') ?? defaultRespondBy(new Date()))}T23:59:59+09:00`),
      today: new Date(),
    });
    setLetter({ ...made, id: crypto.randomUUID(), urls, itemIds: chosen.map((item) => item.id), madeFrom: versionsOf(chosen), channelId, otherName });
  };
  const stale = letter !== null && versionsOf(items.filter((item) => letter.itemIds.includes(item.id))) !== letter.madeFrom;

  const copy = async () => {
    if (!letter) return;
    await navigator.clipboard.writeText(`${letter.subject}\n\n${letter.body}`);
    setStatus(l.copied);
  };
  const savePdf = async () => {
    if (!letter) return;
    setBusy(true);
    try {
      const [{ buildLetterPdf }, fonts] = await Promise.all([import('@jikim/case/pdf'), loadReportFonts(fontUrls)]);
      const now = new Date();
      const pdf = await buildLetterPdf(letter, letterLocale, fonts, now);
      const name = savedFileName(now, 'pdf');
      downloadBlob(new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }), name);
      setStatus(t.savedAs(name));
    } finally {
      setBusy(false);
    }
  };
  const mail = letter && email ? mailtoHref(email, letter) : null;

  return (
    <section aria-labelledby="letter-title">
      <h2 id="letter-title">{l.title}</h2>
      <p>{l.lead}</p>
      <form onSubmit={make} noValidate className="letter-form">
        <fieldset>
          <legend>{l.fromLocker}</legend>
          {webItems.length === 0 ? <p className="hint">{l.noWebItems}</p> : webItems.map((item) => (
            <div className="option" key={item.id}>
              <input type="checkbox" id={`letter-item-${item.id}`} name="letter-item" value={item.id} defaultChecked />
              <label htmlFor={`letter-item-${item.id}`} className="break-all">{currentEvidence(item).web?.url}</label>
            </div>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="letter-urls">{l.typedUrls}</label>
          <textarea id="letter-urls" name="letter-urls" rows={3} aria-describedby="letter-urls-hint" autoComplete="off" />
          <p id="letter-urls-hint" className="hint">{l.typedHint}</p>
        </div>
        <div className="field">
          <label htmlFor="letter-service">{l.service}</label>
          <select id="letter-service" value={channelId} onChange={(e) => setChannelId(e.target.value)}>
            {reportingChannels.map((c) => <option key={c.id} value={c.id}>{c.name[locale]}</option>)}
            <option value={OTHER_SERVICE}>{l.other}</option>
          </select>
          {channel?.verification.status === 'unverified' ? <p className="warning-note">{l.unverified}</p> : null}
        </div>
        {channel ? null : (
          <div className="field"><label htmlFor="letter-other">{l.otherName}</label><input id="letter-other" name="letter-other" autoComplete="off" /></div>
        )}
        <div className="field">
          <label htmlFor="letter-kind">{l.contentKind}</label>
          <select id="letter-kind" name="letter-kind" defaultValue="non-consensual-sharing">
            {CONTENT_KINDS.map((kind) => <option key={kind} value={kind}>{l.kinds[kind]}</option>)}
          </select>
        </div>
        <div className="field"><label htmlFor="letter-respond-by">{l.respondBy}</label><input id="letter-respond-by" name="letter-respond-by" type="date" defaultValue={defaultRespondBy(new Date())} /></div>
        <div className="field">
          <label htmlFor="letter-language">{l.language}</label>
          <select id="letter-language" name="letter-language" defaultValue={locale}><option value="ko" lang="ko">한국어</option><option value="en" lang="en">English</option></select>
        </div>
        <div className="field"><label htmlFor="letter-name">{l.name}</label><input id="letter-name" name="letter-name" autoComplete="off" aria-describedby="letter-personal-hint" /></div>
        <div className="field"><label htmlFor="letter-contact">{l.contact}</label><input id="letter-contact" name="letter-contact" autoComplete="off" aria-describedby="letter-personal-hint" /></div>
        <p id="letter-personal-hint" className="hint">{l.personalHint}</p>
        <p role="alert" className="form-error">{error}</p>
        <button type="submit" className="button">{l.make}</button>
      </form>
      {letter ? (
        <div className="letter-output">
          {stale ? <p className="warning-note" role="status">{l.stale}</p> : null}
          <div className="field"><label htmlFor="letter-subject">{l.subject}</label><input id="letter-subject" readOnly value={letter.subject} /></div>
          <div className="field"><label htmlFor="letter-body">{l.body}</label><textarea id="letter-body" readOnly rows={16} value={letter.body} /></div>
          <div className="button-row">
            <button type="button" className="button" onClick={() => void copy()}>{l.copy}</button>
            <button type="button" className="button button-secondary" onClick={() => void savePdf()}>{l.pdf}</button>
            {mail?.fitsMailClients ? <a className="button button-secondary" href={mail.href}>{l.mail}</a> : null}
          </div>
          {mail && !mail.fitsMailClients ? <p className="hint">{l.tooLongForMail}</p> : null}
          <p className="hint">{l.sendsNothing} {t.savedOutside}</p>
          <p role="status" className="form-status">{status}</p>
          <LetterSend
            key={letter.id}
            store={store} channelId={letter.channelId} otherName={letter.otherName} urls={letter.urls} onSent={onSent} onShowTracker={onShowTracker}
          />
        </div>
      ) : null}
    </section>
  );
}
