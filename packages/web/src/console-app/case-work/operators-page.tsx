/**
 * Operators: the shipped directory, read-only with its sources and when they were checked, and the
 * centre's own operators, which a counsellor adds, edits and removes.
 */
import type { CentreOperator, OperatorDirectory } from '@jikim/contracts';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { failureText } from '../failure-text.js';
import { Notice } from '../form-field.js';
import type { PageProps } from '../page-props.js';
import { useHeadingFocus } from '../use-heading-focus.js';
import { caseWorkApi } from './case-work-api.js';
import { caseWorkMessages, type CaseWorkMessages } from './case-work-messages.js';
import { CentreOperatorForm } from './centre-operator-form.js';
import { ExternalLink, languageName } from './external-link.js';

const Fact = ({ label, children }: { readonly label: string; readonly children: ReactNode }) => <div><dt>{label}</dt><dd>{children}</dd></div>;

export function OperatorsPage({ t, locale, onFailure }: PageProps) {
  const w = caseWorkMessages(locale);
  const o = w.operators;
  const heading = useHeadingFocus<HTMLHeadingElement>();
  const [directory, setDirectory] = useState<OperatorDirectory | undefined>();
  const [problem, setProblem] = useState('');
  const [status, setStatus] = useState('');
  const [editing, setEditing] = useState<CentreOperator | 'new' | undefined>();
  const [removing, setRemoving] = useState<CentreOperator | undefined>();

  const load = useCallback(async () => {
    const r = await caseWorkApi.operators();
    if (r.ok) setDirectory(r.value);
    else if (!onFailure(r)) setProblem(failureText(t, r));
  }, [onFailure, t]);
  useEffect(() => void load(), [load]);

  async function done(text: string) {
    setEditing(undefined);
    setRemoving(undefined);
    await load();
    setStatus(text);
  }
  async function remove(operator: CentreOperator) {
    const r = await caseWorkApi.removeOperator(operator.id);
    if (!r.ok) return void (onFailure(r) || setProblem(failureText(t, r)));
    await done(o.removed(operator.name));
  }

  return (
    <section aria-labelledby="cw-operators-title" className="cw-operators">
      <h1 id="cw-operators-title" ref={heading} tabIndex={-1}>{o.title}</h1>
      <p className="hint">{o.intro}</p>
      <Notice text={problem} kind="error" />
      <Notice text={status} kind="info" />
      {!directory && !problem ? <p>{t.loading}</p> : null}
      {directory ? (
        <>
          <h2>{o.centreTitle}</h2>
          {directory.centre.length === 0 ? <p className="hint">{o.noCentre}</p> : (
            <ul className="cw-operator-list">
              {directory.centre.map((op) => (
                <li key={op.id} className="cw-operator" data-operator={op.key}>
                  <h3>{op.name}</h3>
                  <dl className="case-facts">
                    <Fact label={o.type}>{w.siteTypes[op.siteType]}</Fact>
                    <Fact label={o.language}>{w.languages[op.language]}</Fact>
                    {op.email ? <Fact label={o.email}><code className="break-all">{op.email}</code></Fact> : null}
                    {op.formUrl ? <Fact label={o.form}><ExternalLink href={op.formUrl} /></Fact> : null}
                    {op.domains.length > 0 ? <Fact label={o.domains}>{op.domains.join(', ')}</Fact> : null}
                    {op.notes ? <Fact label={o.notes}><span className="pre-wrap">{op.notes}</span></Fact> : null}
                  </dl>
                  {removing?.id === op.id ? (
                    <div className="console-notice info" role="group" aria-label={o.remove(op.name)}>
                      <p>{o.removeConfirm(op.name)}</p>
                      <div className="button-row">
                        <button type="button" className="button small danger" onClick={() => void remove(op)}>{o.confirm}</button>
                        <button type="button" className="button small secondary" onClick={() => setRemoving(undefined)}>{o.cancel}</button>
                      </div>
                    </div>
                  ) : (
                    <div className="button-row">
                      <button type="button" className="button small secondary" aria-label={o.edit(op.name)} onClick={() => setEditing(op)}>{o.edit(op.name)}</button>
                      <button type="button" className="button small secondary" aria-label={o.remove(op.name)} onClick={() => setRemoving(op)}>{o.remove(op.name)}</button>
                    </div>
                  )}
                  {editing !== 'new' && editing?.id === op.id ? <CentreOperatorForm w={w} t={t} editing={op} onFailure={onFailure} onSaved={(n) => done(o.saved(n))} onCancel={() => setEditing(undefined)} /> : null}
                </li>
              ))}
            </ul>
          )}
          {editing === 'new'
            ? <CentreOperatorForm w={w} t={t} editing={undefined} onFailure={onFailure} onSaved={(n) => done(o.saved(n))} onCancel={() => setEditing(undefined)} />
            : <div className="button-row"><button type="button" className="button small" onClick={() => setEditing('new')}>{o.add}</button></div>}

          <h2>{o.shippedTitle}</h2>
          <ShippedList w={w} locale={locale} shipped={directory.shipped} />
        </>
      ) : null}
    </section>
  );
}

function ShippedList({ w, locale, shipped }: { readonly w: CaseWorkMessages; readonly locale: PageProps['locale']; readonly shipped: OperatorDirectory['shipped'] }) {
  const o = w.operators;
  return (
    <ul className="cw-operator-list">
      {shipped.map((op) => (
        <li key={op.key} className="cw-operator" data-operator={op.key}>
          <h3>{op.name[locale]} <span className={`cw-verified ${op.verified ? 'yes' : 'no'}`}>· {op.verified ? o.verified : o.unverified}</span></h3>
          <dl className="case-facts">
            <Fact label={o.type}>{w.siteTypes[op.siteType]}</Fact>
            <Fact label={o.languages}>{op.languages.map((l) => languageName(l, locale)).join(', ')}</Fact>
            {op.email ? <Fact label={o.email}><code className="break-all">{op.email}</code></Fact> : null}
            {op.formUrl ? <Fact label={o.form}><ExternalLink href={op.formUrl} /></Fact> : null}
            {op.domains.length > 0 ? <Fact label={o.domains}>{op.domains.join(', ')}</Fact> : null}
            <Fact label={o.sources}>
              <ul className="cw-sources">
                {op.sources.map((s) => <li key={s.url}><ExternalLink href={s.url}>{s.title}</ExternalLink></li>)}
              </ul>
              <span>{o.checkedOn(op.checkedOn)}</span>
            </Fact>
          </dl>
        </li>
      ))}
    </ul>
  );
}
