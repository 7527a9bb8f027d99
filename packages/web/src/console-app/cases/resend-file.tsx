/**
 * A counsellor's file whose bytes never arrived (the page closed mid-upload, or the server refused a
 * mismatch): the same file can be sent again. It is hashed here first and sent only if it is the
 * file the item records.
 */
import type { CaseItem } from '@jikim/contracts';
import { useState, type FormEvent } from 'react';
import { failureText } from '../failure-text.js';
import { Field } from '../form-field.js';
import type { ConsoleMessages } from '../i18n/index.js';
import type { PageProps } from '../page-props.js';
import { putFile, uploadUrl } from './case-api.js';

interface ResendFileProps {
  readonly t: ConsoleMessages;
  readonly caseId: string;
  readonly entry: CaseItem;
  readonly onFailure: PageProps['onFailure'];
  readonly onSent: (name: string) => Promise<void>;
}

const percent = (done: number, total: number) => (total > 0 ? Math.floor((done / total) * 100) : 100);

export function ResendFile({ t, caseId, entry, onFailure, onSent }: ResendFileProps) {
  const a = t.cases.attach;
  const [error, setError] = useState('');
  const [progress, setProgress] = useState('');
  const [busy, setBusy] = useState(false);
  const expected = entry.item.file;
  if (!expected) return null;
  const fieldId = `resend-${entry.itemId}`;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = event.currentTarget.elements.namedItem('file') as HTMLInputElement;
    const file = input.files?.[0];
    const refuse = (text: string) => {
      setError(text);
      setProgress('');
      input.focus();
    };
    if (!file || !expected) return refuse(a.noFile);
    setError('');
    setBusy(true);
    try {
      const { fileSha256 } = await import('./prepare-file.js');
      const sha256 = await fileSha256(file, (read, total) => setProgress(a.hashing(percent(read, total))));
      if (sha256 !== expected.sha256 || file.size !== expected.bytes) return refuse(a.notSame);
      const sent = await putFile(uploadUrl(caseId, entry.itemId, undefined), file, (done, total) => setProgress(a.uploading(percent(done, total))));
      if (!sent.ok) return onFailure(sent) ? undefined : refuse(sent.status === 400 ? a.mismatch : failureText(t, sent));
      setProgress('');
      await onSent(expected.originalName);
    } catch {
      refuse(a.failed);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="case-resend" onSubmit={(e) => void submit(e)} noValidate>
      <Field label={a.resend} hint={a.resendHint} type="file" name="file" id={fieldId} error={error} />
      <div className="button-row">
        <button className="button small" type="submit" disabled={busy}>{a.resendSubmit}</button>
        {progress ? <span className="form-status" role="status">{progress}</span> : null}
      </div>
    </form>
  );
}
