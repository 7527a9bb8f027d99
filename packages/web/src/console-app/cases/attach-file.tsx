/**
 * "Attach a file" on a case: the file is hashed and given a thumbnail in this browser, its item (the
 * bundle's shape) is posted, then its bytes are PUT with progress; the server checks them against
 * the hash it was told.
 */
import type { CaseSummary } from '@jikim/contracts';
import { useState, type FormEvent } from 'react';
import { failureText } from '../failure-text.js';
import { Field } from '../form-field.js';
import type { ConsoleMessages } from '../i18n/index.js';
import type { PageProps } from '../page-props.js';
import { caseApi, putFile, uploadUrl } from './case-api.js';
import { attachedItem } from './attached-item.js';

interface AttachFileProps {
  readonly t: ConsoleMessages;
  readonly locale: 'ko' | 'en';
  readonly me: PageProps['me'];
  readonly summary: CaseSummary;
  readonly exhibitNumber: number;
  readonly onFailure: PageProps['onFailure'];
  readonly onAttached: (name: string) => Promise<void>;
}

const percent = (done: number, total: number) => (total > 0 ? Math.floor((done / total) * 100) : 100);

export function AttachFile({ t, locale, me, summary, exhibitNumber, onFailure, onAttached }: AttachFileProps) {
  const a = t.cases.attach;
  const [progress, setProgress] = useState('');
  const [error, setError] = useState('');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const input = form.elements.namedItem('file') as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) {
      setError(a.noFile);
      input.focus();
      return;
    }
    setError('');
    setProblem('');
    setBusy(true);
    try {
      const { prepareFile } = await import('./prepare-file.js');
      const prepared = await prepareFile(file, (read, total) => setProgress(a.hashing(percent(read, total))));
      const title = String(new FormData(form).get('title') ?? '');
      const shared = attachedItem({
        id: crypto.randomUUID(), caseId: summary.id, exhibitNumber, title,
        // The evidence format has no "synthesis" situation: such an item is filed without one.
        situation: summary.situation === 'synthesis' ? null : summary.situation,
        file: prepared.facts, staffId: me.id, locale, at: new Date(), thumbnail: prepared.thumbnail,
      });
      const posted = await caseApi.attach(summary.id, shared);
      if (!posted.ok) {
        if (!onFailure(posted)) setProblem(failureText(t, posted));
        return;
      }
      setProgress(a.uploading(0));
      const sent = await putFile(uploadUrl(summary.id, posted.value.itemId, posted.value.uploadPath), file, (done, total) => setProgress(a.uploading(percent(done, total))));
      if (!sent.ok) {
        if (!onFailure(sent)) setProblem(sent.status === 0 ? a.failed : sent.status === 400 ? a.mismatch : failureText(t, sent));
        return;
      }
      form.reset();
      setProgress('');
      await onAttached(prepared.facts.name);
    } catch {
      setProblem(a.failed);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="console-form case-action" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="case-attach-title">
      <h3 id="case-attach-title">{a.title}</h3>
      <p>{a.intro}</p>
      {problem ? <p className="console-notice error" role="alert">{problem}</p> : null}
      <Field label={a.file} hint={a.fileHint} type="file" name="file" id="case-attach-file" error={error} />
      <Field label={a.itemTitle} hint={a.itemTitleHint} name="title" id="case-attach-title-field" maxLength={200} autoComplete="off" />
      <div className="button-row">
        <button className="button" type="submit" disabled={busy}>{a.submit}</button>
        {progress ? <span className="form-status" role="status">{progress}</span> : null}
      </div>
    </form>
  );
}
