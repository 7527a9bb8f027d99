/**
 * Bulk entry: paste addresses (one a line, or a CSV), check them in the browser (@jikim/case
 * parseBulkUrls and classifyUrl with the centre's operators), see every line — accepted by operator,
 * duplicates, not web addresses, too long — then add them. Addresses the case already had are listed.
 */
import { classifyUrl, parseBulkUrls } from '@jikim/case';
import { CASE_WORK_LIMITS, type OperatorDirectory } from '@jikim/contracts';
import { useState, type FormEvent } from 'react';
import { TextAreaField } from '../cases/text-area-field.js';
import { failureText } from '../failure-text.js';
import type { PageProps } from '../page-props.js';
import { bulkPreview, type BulkPreview } from './bulk-preview.js';
import { caseWorkApi } from './case-work-api.js';
import type { CaseWorkMessages } from './case-work-messages.js';

interface BulkEntryProps {
  readonly w: CaseWorkMessages;
  readonly t: PageProps['t'];
  readonly locale: PageProps['locale'];
  readonly caseId: string;
  readonly directory: OperatorDirectory | undefined;
  readonly onFailure: PageProps['onFailure'];
  readonly onAdded: (text: string) => Promise<void>;
}

export function BulkEntry({ w, t, locale, caseId, directory, onFailure, onAdded }: BulkEntryProps) {
  const b = w.bulk;
  const [text, setText] = useState('');
  const [preview, setPreview] = useState<BulkPreview | undefined>();
  const [error, setError] = useState('');
  const [already, setAlready] = useState<readonly string[]>([]);
  const [busy, setBusy] = useState(false);

  function check(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAlready([]);
    const lines = parseBulkUrls(text);
    if (lines.length === 0) return setError(b.empty), setPreview(undefined);
    if (lines.length > CASE_WORK_LIMITS.bulkLines) return setError(b.tooMany(CASE_WORK_LIMITS.bulkLines)), setPreview(undefined);
    setError('');
    const centre = (directory?.centre ?? []).map((o) => ({ key: o.key, siteType: o.siteType, domains: o.domains }));
    setPreview(bulkPreview(lines, (url) => classifyUrl(url, centre).operator, directory, locale));
  }

  async function add() {
    if (!preview || preview.targets.length === 0) return;
    setBusy(true);
    const r = await caseWorkApi.addTargets(caseId, { targets: preview.targets.map((p) => ({ url: p.url, operator: p.operator })) });
    setBusy(false);
    if (!r.ok) {
      if (!onFailure(r)) setError(failureText(t, r));
      return;
    }
    setPreview(undefined);
    setText('');
    setAlready(r.value.alreadyInCase);
    await onAdded(b.added(r.value.added.length));
  }

  const problem = (line: BulkPreview['problems'][number]) =>
    line.problem === 'duplicate' ? b.duplicate(line.duplicateOf ?? 0) : line.problem === 'too_long' ? b.tooLong : b.notWeb;
  return (
    <section aria-labelledby="cw-bulk-title" className="cw-bulk">
      <h3 id="cw-bulk-title">{b.title}</h3>
      <form className="console-form" onSubmit={check} noValidate>
        <TextAreaField label={b.label} hint={b.hint} id="cw-bulk-text" name="urls" rows={6} value={text} error={error}
          onChange={(e) => { setText(e.currentTarget.value); setPreview(undefined); }} spellCheck={false} autoCapitalize="off" autoComplete="off" />
        <div className="button-row"><button type="submit" className="button small secondary">{b.check}</button></div>
      </form>
      {preview ? (
        <div className="cw-bulk-preview">
          <p role="status" className="cw-bulk-summary">{b.summary(preview.counts.accepted, preview.counts.duplicates, preview.counts.notWeb, preview.counts.tooLong)}</p>
          {preview.groups.length > 0 ? <h4>{b.acceptedTitle}</h4> : null}
          <ul className="cw-bulk-groups">
            {preview.groups.map((g) => (
              <li key={g.key} data-operator={g.key}>
                <p><strong>{g.channel?.name ?? w.group.other}</strong> · {w.group.targets(g.lines.length)}
                  {g.channel?.email ? <> · {w.group.email}: <code className="break-all">{g.channel.email}</code></> : null}
                  {g.channel?.formUrl ? <> · {w.group.form}: <code className="break-all">{g.channel.formUrl}</code></> : null}
                </p>
                <ul className="cw-bulk-lines">
                  {g.lines.map((line) => <li key={`${line.line}-${line.url}`}><span className="cw-line">{b.line(line.line)}</span> <code className="break-all">{line.url}</code></li>)}
                </ul>
              </li>
            ))}
          </ul>
          {preview.problems.length > 0 ? (
            <>
              <h4>{b.problemsTitle}</h4>
              <ul className="cw-bulk-problems">
                {preview.problems.map((line, n) => (
                  <li key={n} data-problem={line.problem}><span className="cw-line">{b.line(line.line)}</span> <code className="break-all">{line.text}</code> — <strong>{problem(line)}</strong></li>
                ))}
              </ul>
            </>
          ) : null}
          <div className="button-row">
            {preview.counts.accepted > 0 ? <button type="button" className="button small" disabled={busy} onClick={() => void add()}>{b.add(preview.counts.accepted)}</button> : null}
            <button type="button" className="button small secondary" onClick={() => setPreview(undefined)}>{b.cancel}</button>
          </div>
        </div>
      ) : null}
      {already.length > 0 ? (
        <div className="cw-already" role="status">
          <p>{b.alreadyInCase(already.length)}</p>
          <ul>{already.map((url) => <li key={url}><code className="break-all">{url}</code></li>)}</ul>
        </div>
      ) : null}
    </section>
  );
}
