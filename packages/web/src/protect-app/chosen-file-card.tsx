/** One chosen file: its blurred preview, its progress while hashed, what it will send, and Cancel or Remove. */
import type { Locale } from '@jikim/guide';
import type { ChosenItem } from './chosen-items.js';
import { BlurredFilePreview } from './blurred-file-preview.js';
import type { ProtectMessages } from './i18n/protect-messages.js';

interface ChosenFileCardProps {
  readonly t: ProtectMessages['item'];
  readonly locale: Locale;
  readonly item: ChosenItem;
  readonly label: string;
  readonly preview: string | undefined;
  readonly onRemove: () => void;
}

export function ChosenFileCard({ t, locale, item, label, preview, onRemove }: ChosenFileCardProps) {
  const headingId = `protect-file-${item.id}`;
  const working = item.state === 'waiting' || item.state === 'hashing';
  const percent = new Intl.NumberFormat(locale === 'ko' ? 'ko-KR' : 'en-GB', { style: 'percent' }).format(item.progress);
  const result = item.result;
  const note = item.state === 'failed' ? t.notes.failed : result?.note ? t.notes[result.note] : null;
  return (
    <li className="evidence-card protect-file" data-file-state={item.state}>
      <h4 id={headingId} className="protect-file-title">{label}</h4>
      <BlurredFilePreview t={t} url={preview} label={label} describedBy={headingId} />
      {working ? (
        <div className="help-upload-line">
          <progress max={1} value={item.progress} aria-label={t.progress(label)} />
          <span aria-hidden="true">{percent}</span>
        </div>
      ) : null}
      {note ? <p className={result?.item ? 'hint' : 'warning-note'}>{note}</p> : null}
      <div className="protect-file-foot">
        {working ? (
          <p className="hint">
            {item.state === 'waiting' ? t.waiting : t.hashing}
            {item.frames ? ` · ${t.frames(item.frames.done, item.frames.total)}` : ''}
          </p>
        ) : <p className="label">{item.state === 'failed' ? t.notSent : result?.item ? t.ready(result.fingerprints) : t.notSent}</p>}
        <button type="button" className="button button-secondary small" aria-label={working ? t.cancel(label) : t.remove(label)} onClick={onRemove}>
          {working ? t.cancelText : t.removeText}
        </button>
      </div>
    </li>
  );
}
