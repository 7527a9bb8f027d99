/** Each shared file on its way to the centre: how far it is, and "try again" when it stopped. */
import type { Locale } from '@jikim/guide';
import { formatBytes } from '../format.js';
import type { FileUpload } from './help-record.js';
import type { HelpMessages } from './i18n/help-messages.js';
import type { UploadProgress } from './use-uploads.js';

interface UploadListProps {
  readonly t: HelpMessages;
  readonly locale: Locale;
  readonly uploads: readonly FileUpload[];
  readonly progress: Readonly<Record<string, UploadProgress>>;
  readonly onRetry: (itemId: string) => void;
  /** In the status view, the list goes once every file has arrived (the status says so per item). */
  readonly hideWhenDone?: boolean;
}

export function UploadList({ t, locale, uploads, progress, onRetry, hideWhenDone = false }: UploadListProps) {
  const u = t.uploads;
  const allDone = uploads.every((upload) => upload.done);
  if (uploads.length === 0 || (hideWhenDone && allDone)) return null;
  return (
    <section className="help-uploads" aria-labelledby="help-uploads-title">
      <h4 id="help-uploads-title">{u.title}</h4>
      {allDone ? null : <p className="hint">{u.keepOpen}</p>}
      <ul className="help-upload-list">
        {uploads.map((upload) => {
          const now = upload.done ? { state: 'complete' as const, sent: upload.bytes } : progress[upload.itemId] ?? { state: 'waiting' as const, sent: 0 };
          const percent = upload.bytes === 0 ? 100 : Math.floor((now.sent / upload.bytes) * 100);
          return (
            <li key={upload.itemId} data-upload-item={upload.itemId} data-upload-state={now.state}>
              <span className="label" dir="auto">{upload.title}</span> <span className="hint">{formatBytes(upload.bytes, locale)}</span>
              <div className="help-upload-line">
                <progress max={100} value={percent} aria-label={upload.title}>{u.progress(percent)}</progress>
                <span role="status">{now.state === 'sending' ? u.progress(percent) : u.states[now.state]}</span>
              </div>
              {now.state === 'failed' ? <button type="button" className="button button-secondary small" onClick={() => onRetry(upload.itemId)}>{u.retry}</button> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
