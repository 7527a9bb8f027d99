/** One item on the timeline: what it says now, its file facts and preview, its history, and "correct". */
import { useState, type FormEvent } from 'react';
import { ZodError } from 'zod';
import { appendEvidenceEvent, fileTypeOf, formatDuration, summariseEvent, type EvidenceItem, type EvidenceState, VICTIM } from '@jikim/case';
import type { LockerStore } from '@jikim/device';
import { BlurredPreview } from './blurred-preview.js';
import { changedFields, fieldsFromForm } from './evidence-fields.js';
import { formatBytes, formatWhen } from './format.js';
import { KindFields } from './kind-fields.js';
import { FingerprintsSentNote } from './protect/fingerprints-sent-note.js';
import { RemoveItem } from './remove-item.js';
import { SaveOriginal } from './save-original.js';
import { useLockerUi } from './locker-context.js';

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return <><dt>{label}</dt><dd dir="auto">{children}</dd></>;
}

interface ItemCardProps {
  readonly store: LockerStore;
  readonly item: EvidenceItem;
  readonly state: EvidenceState;
  readonly when: string;
  readonly onChanged: () => Promise<void>;
}

export function ItemCard({ store, item, state, when, onChanged }: ItemCardProps) {
  const { t, locale } = useLockerUi();
  const [correcting, setCorrecting] = useState(false);
  const [removing, setRemoving] = useState(false);
  const [error, setError] = useState('');
  const title = state.title || t.kinds[item.kind];
  const i = t.item;
  const at = (iso: string | null | undefined) => (iso ? formatWhen(iso, locale) : null);

  const saveCorrection = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const after = fieldsFromForm(item.kind, new FormData(event.currentTarget));
    try {
      const changes = changedFields(state as unknown as Record<string, unknown>, after);
      // Adding a description where there was none is "described"; changing anything else is "corrected".
      const action = Object.keys(changes).join() === 'description' && !state.description ? 'described' : 'corrected';
      if (Object.keys(changes).length > 0) await store.saveItem(appendEvidenceEvent(item, action, changes, new Date(), VICTIM));
      setCorrecting(false);
      setError('');
      await onChanged();
    } catch (failure) {
      setError(failure instanceof ZodError ? failure.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join(' · ') : t.add.failed);
    }
  };

  const file = item.file;
  return (
    <article className="evidence-card" aria-labelledby={`title-${item.id}`} data-item-id={item.id}>
      <p className="evidence-kind">
        {t.kinds[item.kind]}{item.scenario ? ` · ${t.scenarios[item.scenario]}` : ''}
        {file ? ` · ${i.fileTypes[fileTypeOf(file.mediaType)]}${file.durationSeconds !== undefined ? ` ${formatDuration(file.durationSeconds, locale)}` : ''}` : ''}
      </p>
      <h3 id={`title-${item.id}`} dir="auto">{title}</h3>
      <p className="evidence-when"><time dateTime={when}>{formatWhen(when, locale)}</time></p>
      {file && (file.mediaType.startsWith('image/') || file.mediaType.startsWith('video/')) ? <BlurredPreview store={store} itemId={item.id} label={title} /> : null}
      {file ? <FingerprintsSentNote store={store} itemId={item.id} /> : null}
      <dl className="evidence-facts">
        {state.description ? <Row label={t.add.description}>{state.description}</Row> : null}
        {state.web?.url ? <Row label={i.url}><span className="break-all">{state.web.url}</span></Row> : null}
        {state.web?.site ? <Row label={i.site}>{state.web.site}</Row> : null}
        {state.web?.posterId ? <Row label={i.posterId}>{state.web.posterId}</Row> : null}
        {state.web?.postedAt ? <Row label={i.postedAt}>{at(state.web.postedAt)}</Row> : null}
        {state.web?.seenAt ? <Row label={i.seenAt}>{at(state.web.seenAt)}</Row> : null}
        {state.message?.senderNumber ? <Row label={i.sender}>{state.message.senderNumber}</Row> : null}
        {state.message?.text ? <Row label={i.text}>{state.message.text}</Row> : null}
        {state.message?.sentAt ? <Row label={i.sentAt}>{at(state.message.sentAt)}</Row> : null}
        {state.clue?.phoneModel ? <Row label={i.phoneModel}>{state.clue.phoneModel}</Row> : null}
        {state.clue?.appearance ? <Row label={i.appearance}>{state.clue.appearance}</Row> : null}
        {state.clue?.place ? <Row label={i.place}>{state.clue.place}</Row> : null}
        {state.clue?.witnesses ? <Row label={i.witnesses}>{state.clue.witnesses}</Row> : null}
        {file ? null : <Row label={i.added}>{at(state.addedAt)}</Row>}
      </dl>
      {/* A file's technical facts (name, fingerprint, size, times) are folded, so five cards fit a few phone screens. */}
      {file ? (
        <details className="file-facts">
          <summary>{i.fileFacts}</summary>
          <dl className="evidence-facts">
            <Row label={i.fileName}>{file.name}</Row>
            <Row label={i.sha256}><code className="sha256 break-all">{file.sha256}</code></Row>
            <Row label={i.size}>{formatBytes(file.bytes, locale)} ({file.bytes.toLocaleString(locale)} B)</Row>
            <Row label={i.type}>{i.fileTypes[fileTypeOf(file.mediaType)]}</Row>
            {file.durationSeconds !== undefined ? <Row label={i.duration}>{formatDuration(file.durationSeconds, locale)}</Row> : null}
            {file.modifiedAt ? <Row label={i.modified}>{at(file.modifiedAt)}</Row> : null}
            <Row label={i.added}>{at(state.addedAt)}</Row>
          </dl>
        </details>
      ) : null}
      {file?.extensionMismatch ? <p className="warning-note">{i.extensionMismatch}</p> : null}
      <details className="history">
        <summary>{i.history} ({item.events.length})</summary>
        <ol>
          {item.events.map((event, n) => (
            <li key={n}><time dateTime={event.at}>{formatWhen(event.at, locale)}</time> · {summariseEvent(event, locale, n === 0 && file !== undefined)}</li>
          ))}
        </ol>
      </details>
      <div className="button-row">
        {file ? <SaveOriginal store={store} itemId={item.id} file={file} /> : null}
        {correcting ? null : <button type="button" className="button button-secondary small" onClick={() => setCorrecting(true)}>{i.correct}</button>}
        {removing ? null : <button type="button" className="button danger-outline small" onClick={() => setRemoving(true)}>{i.remove}</button>}
      </div>
      {removing ? <RemoveItem store={store} itemId={item.id} title={title} onCancel={() => setRemoving(false)} onRemoved={onChanged} /> : null}
      {correcting ? (
        <form className="evidence-form" onSubmit={(e) => void saveCorrection(e)} noValidate>
          <KindFields kind={item.kind} state={state} prefix={`fix-${item.id}`} />
          <p role="alert" className="form-error">{error}</p>
          <div className="button-row">
            <button type="submit" className="button">{i.saveCorrection}</button>
            <button type="button" className="button button-secondary" onClick={() => setCorrecting(false)}>{i.cancel}</button>
          </div>
        </form>
      ) : null}
    </article>
  );
}
