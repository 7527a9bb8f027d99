/**
 * The case's "Takedowns" panel: whether the person agreed that the centre writes to operators, the
 * targets grouped by operator (each with its letter and replies), bulk entry, and the letters sent.
 */
import type { CaseItem, ConsentState, OperatorDirectory, SentLetter, Target } from '@jikim/contracts';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { failureText } from '../failure-text.js';
import { Notice } from '../form-field.js';
import type { PageProps } from '../page-props.js';
import { BulkEntry } from './bulk-entry.js';
import { caseWorkApi, type MailStatus } from './case-work-api.js';
import { caseWorkMessages } from './case-work-messages.js';
import { LetterComposer } from './letter-composer.js';
import { SentLetters } from './sent-letters.js';
import { TargetGroupCard } from './target-group.js';
import { targetGroups } from './target-groups.js';

interface TakedownPanelProps extends PageProps {
  readonly caseId: string;
  /** The case's items, whose hashes a letter can list. */
  readonly items: readonly CaseItem[];
}

/** The consents panel's record of this consent (built beside this panel), scrolled to with the focus on its first button. */
function goToConsent() {
  const record = document.querySelector<HTMLElement>('[data-consent-kind="write_to_operators"]');
  record?.scrollIntoView({ block: 'start' });
  (record?.querySelector<HTMLElement>('button') ?? record)?.focus();
}

interface Loaded {
  readonly targets: readonly Target[];
  readonly letters: readonly SentLetter[];
  readonly directory: OperatorDirectory | undefined;
  readonly consent: ConsentState | undefined;
  readonly mail: MailStatus | undefined;
}

export function TakedownPanel({ t, locale, onFailure, caseId, items }: TakedownPanelProps) {
  const w = caseWorkMessages(locale);
  const [loaded, setLoaded] = useState<Loaded | undefined>();
  const [problem, setProblem] = useState('');
  const [status, setStatus] = useState('');
  const [writing, setWriting] = useState<{ readonly key: string; readonly targets: readonly Target[] } | undefined>();

  const load = useCallback(async () => {
    const [targets, letters, directory, consent, mail] = await Promise.all([
      caseWorkApi.targets(caseId), caseWorkApi.letters(caseId), caseWorkApi.operators(), caseWorkApi.consents(caseId), caseWorkApi.mailStatus(),
    ]);
    const failed = [targets, letters].find((r) => !r.ok);
    if (failed && !failed.ok) {
      if (!onFailure(failed)) setProblem(failureText(t, failed));
      return;
    }
    setLoaded({
      targets: targets.ok ? targets.value.targets : [],
      letters: letters.ok ? letters.value.letters : [],
      directory: directory.ok ? directory.value : undefined,
      consent: consent.ok ? consent.value : undefined,
      mail: mail.ok ? mail.value : undefined,
    });
  }, [caseId, onFailure, t]);
  useEffect(() => void load(), [load]);

  const saved = useCallback(async (text: string) => {
    setWriting(undefined);
    await load();
    setStatus(text);
  }, [load]);

  const groups = useMemo(() => (loaded ? targetGroups(loaded.targets, loaded.directory, locale) : []), [loaded, locale]);
  const consent = loaded?.consent?.current.write_to_operators;
  const consentGiven = consent === true;
  return (
    <section aria-labelledby="cw-panel-title" className="cw-panel">
      <h2 id="cw-panel-title">{w.panel.title}</h2>
      <p className="hint">{w.panel.intro}</p>
      <Notice text={problem} kind="error" />
      <Notice text={status} kind="info" />
      {!loaded && !problem ? <p>{w.panel.loading}</p> : null}
      {loaded ? (
        <>
          <p className={`console-notice ${consentGiven ? 'info' : 'error'} cw-consent`} data-consent={String(consent ?? 'missing')}>
            {consentGiven ? w.consent.given : consent === false ? w.consent.withdrawn : w.consent.missing}
          </p>
          {consentGiven ? null : <div className="button-row"><button type="button" className="button small secondary" onClick={goToConsent}>{w.consent.goTo}</button></div>}
          <p className="cw-counts">{w.panel.counts(loaded.targets.length, groups.length)}</p>
          {groups.length === 0 ? <p className="hint">{w.panel.none}</p> : <p className="hint">{w.target.urlHint}</p>}
          <ul className="cw-groups">
            {groups.map((group) => (
              <TargetGroupCard
                key={group.key} w={w} t={t} locale={locale} caseId={caseId} group={group} canWrite onFailure={onFailure} onSaved={saved}
                onWrite={(g, targets) => { setStatus(''); setWriting({ key: g.key, targets }); }}
                composer={writing?.key === group.key ? (
                  <LetterComposer
                    key={writing.targets.map((x) => x.id).join()} w={w} t={t} caseId={caseId} channel={group.channel} targets={writing.targets} items={items}
                    consentGiven={consentGiven} mail={loaded.mail} onFailure={onFailure} onSent={saved} onClose={() => setWriting(undefined)}
                  />
                ) : null}
              />
            ))}
          </ul>
          <BulkEntry w={w} t={t} locale={locale} caseId={caseId} directory={loaded.directory} onFailure={onFailure} onAdded={saved} />
          <SentLetters w={w} locale={locale} letters={loaded.letters} />
        </>
      ) : null}
    </section>
  );
}
