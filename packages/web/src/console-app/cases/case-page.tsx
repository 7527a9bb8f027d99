/**
 * One case: how to reach the person first, what they said, their items (thumbnails blurred, the
 * original only through "view original" with a reason), the case's history, and what to do next.
 * A withdrawn case shows only that it was withdrawn.
 */
import type { CaseDetail, CaseItem } from '@jikim/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { failureText } from '../failure-text.js';
import { Notice } from '../form-field.js';
import type { PageProps } from '../page-props.js';
import { seoulDateTime } from '../seoul-time.js';
import { useHeadingFocus } from '../use-heading-focus.js';
import { ConsentReferralPanels } from '../consent-referrals/consent-referral-panels.js';
import { TakedownPanel } from '../case-work/takedown-panel.js';
import { ProtectionPanel } from '../case-work/protection/protection-panel.js';
import { AttachFile } from './attach-file.js';
import { CaseActions } from './case-actions.js';
import { caseApi, type PackageTicket } from './case-api.js';
import { CaseEvents } from './case-events.js';
import { CaseItems } from './case-items.js';
import { groupedCaseId, nextExhibitNumber, shortCaseId } from './case-view.js';
import { ContactCard } from './contact-card.js';
import { ReasonDialog } from './reason-dialog.js';
import { ResendFile } from './resend-file.js';

interface CasePageProps extends PageProps {
  readonly caseId: string;
  readonly onBack: () => void;
  /** Said once the page opens (e.g. "the case is open"). */
  readonly notice?: string;
}

export function CasePage({ t, locale, me, onFailure, caseId, onBack, notice = '' }: CasePageProps) {
  const c = t.cases;
  const heading = useHeadingFocus<HTMLHeadingElement>();
  const [detail, setDetail] = useState<CaseDetail | undefined>();
  const [problem, setProblem] = useState('');
  const [status, setStatus] = useState(notice);
  const [asking, setAsking] = useState<{ readonly kind: 'original'; readonly item: CaseItem } | { readonly kind: 'package' } | undefined>();
  const returnFocus = useRef<HTMLElement | null>(null);

  const load = useCallback(async () => {
    const r = await caseApi.detail(caseId);
    if (r.ok) setDetail(r.value);
    else if (!onFailure(r)) setProblem(failureText(t, r));
  }, [caseId, onFailure, t]);
  useEffect(() => void load(), [load]);

  const saved = useCallback(async (text: string) => {
    await load();
    setStatus(text);
  }, [load]);

  function ask(what: NonNullable<typeof asking>) {
    returnFocus.current = document.activeElement as HTMLElement | null;
    setStatus('');
    setAsking(what);
  }
  async function answered(done: string | undefined) {
    setAsking(undefined);
    const back = returnFocus.current;
    requestAnimationFrame(() => back?.focus());
    if (done) await saved(done);
  }

  const summary = detail?.summary;
  const contact = summary?.contact ?? null;
  return (
    <section aria-labelledby="case-title" className="case-page">
      <div className="button-row"><button type="button" className="link-button" onClick={onBack}>← {c.back}</button></div>
      <h1 id="case-title" ref={heading} tabIndex={-1}>{c.page.title(shortCaseId(caseId))}</h1>
      <Notice text={problem} kind="error" />
      <Notice text={status} kind="info" />
      {!detail && !problem ? <p>{t.loading}</p> : null}
      {detail && summary ? (
        <>
          <p className="console-facts">
            {c.page.caseId}: <code className="case-full-id">{groupedCaseId(summary.id)}</code>
            {' · '}{summary.withdrawnAt ? <strong>{c.withdrawn(seoulDateTime(summary.withdrawnAt, locale))}</strong> : c.status[summary.status]}
            {summary.situation ? ` · ${c.situation[summary.situation]}` : ''}
            {' · '}{c.open.arrivals[summary.arrival]}
            {' · '}{c.openedBy[summary.openedBy]} {seoulDateTime(summary.createdAt, locale)}
            {' · '}{c.page.language}: {c.page.languages[detail.locale]}
          </p>
          {summary.withdrawnAt ? <p className="console-notice error">{c.withdrawnHint}</p> : null}

          <h2>{c.contact.title}</h2>
          <ContactCard t={c} contact={contact} full headingId="case-contact-top" />

          {/* Withdrawn: what was said, the items and their history were destroyed; "no message", "no items yet" would mislead. */}
          {summary.withdrawnAt ? null : (
            <>
              <h2>{c.page.message}</h2>
              {detail.message ? <blockquote className="case-message pre-wrap">{detail.message}</blockquote> : <p className="hint">{c.page.noMessage}</p>}

              <h2>{c.page.itemsTitle}</h2>
              <CaseItems t={c} locale={locale} caseId={summary.id} items={detail.items} onViewOriginal={(item) => ask({ kind: 'original', item })}
                pending={(entry: CaseItem) => (entry.addedBy === 'counsellor'
                  ? <ResendFile t={t} caseId={summary.id} entry={entry} onFailure={onFailure} onSent={(name) => saved(c.attach.done(name))} />
                  : null)}
              />

              {detail.items.length > 0 ? (
                <div className="button-row case-package">
                  <button type="button" className="button small secondary" aria-describedby="case-package-hint" onClick={() => ask({ kind: 'package' })}>{c.package.make}</button>
                  <span id="case-package-hint" className="hint">{c.package.hint}</span>
                </div>
              ) : null}

              <h2>{c.page.eventsTitle}</h2>
              <CaseEvents t={c} locale={locale} events={detail.events} items={detail.items} />
              <TakedownPanel t={t} locale={locale} me={me} onFailure={onFailure} caseId={summary.id} items={detail.items} />
              <ProtectionPanel t={t} locale={locale} me={me} onFailure={onFailure} caseId={summary.id} items={detail.items} />
            </>
          )}

          {summary.withdrawnAt ? null : (
            <ConsentReferralPanels t={t} locale={locale} onFailure={onFailure} caseId={summary.id} onMakePackage={detail.items.length > 0 ? () => ask({ kind: 'package' }) : undefined} />
          )}
          {summary.withdrawnAt ? <p>{c.actions.withdrawnNoActions}</p> : (
            <CaseActions
              t={t} me={me} summary={summary} contact={contact} onFailure={onFailure} onSaved={() => saved(c.actions.done)}
              attach={(
                <AttachFile
                  t={t} locale={locale} me={me} summary={summary} exhibitNumber={nextExhibitNumber(detail.items)} onFailure={onFailure}
                  onAttached={(name) => saved(c.attach.done(name))}
                />
              )}
            />
          )}
        </>
      ) : null}
      {asking?.kind === 'original' ? (
        <ReasonDialog
          t={t} onFailure={onFailure}
          text={{ title: c.original.title(asking.item.item.title), intro: c.original.intro, submit: c.original.submit, conflict: c.original.notReady }}
          request={(reason) => caseApi.original(caseId, asking.item.itemId, reason)}
          onClose={(ticket) => void answered(ticket ? c.original.started : undefined)}
        />
      ) : null}
      {asking?.kind === 'package' && detail ? (
        <ReasonDialog<PackageTicket>
          t={t} onFailure={onFailure}
          text={{ title: c.package.make, intro: c.package.intro, submit: c.package.submit, conflict: c.package.nothing }}
          request={(reason, form) => caseApi.package(caseId, reason, form.get('locale') === 'en' ? 'en' : 'ko')}
          onClose={(ticket) => void answered(ticket ? c.package.started(ticket.exhibits, ticket.leftOut) : undefined)}
        >
          <div className="field console-field">
            <label htmlFor="package-locale" className="label">{c.package.language}</label>
            <select id="package-locale" name="locale" defaultValue={detail.locale}>
              <option value="ko">{c.page.languages.ko}</option>
              <option value="en">{c.page.languages.en}</option>
            </select>
          </div>
        </ReasonDialog>
      ) : null}
    </section>
  );
}
