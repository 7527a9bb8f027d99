/**
 * The case's "Hash protection" panel (issue 14): whether the person's hash_protection consent is
 * given (and where to record it), the case's photos and videos to choose (none by default) and add
 * to the confirmed bank, and the contents already there with their matches and platforms' feedback.
 */
import type { CaseItem, CaseProtection, ProtectedContent } from '@jikim/contracts';
import { useCallback, useEffect, useState } from 'react';
import { failureText } from '../../failure-text.js';
import { Notice } from '../../form-field.js';
import type { PageProps } from '../../page-props.js';
import { toggled } from '../../cases/case-view.js';
import { protectionApi } from './protection-api.js';
import { protectionMessages } from './protection-messages.js';
import { protectableItems, protectionErrorText } from './protection-view.js';
import { ProtectedList } from './protected-list.js';

interface ProtectionPanelProps extends PageProps {
  readonly caseId: string;
  readonly items: readonly CaseItem[];
}

/** The consents panel's record of this consent, scrolled to with the focus on its first button. */
function goToConsent() {
  const record = document.querySelector<HTMLElement>('[data-consent-kind="hash_protection"]');
  record?.scrollIntoView({ block: 'start' });
  (record?.querySelector<HTMLElement>('button') ?? record)?.focus();
}

export function ProtectionPanel({ t, locale, me, onFailure, caseId, items }: ProtectionPanelProps) {
  const m = protectionMessages(locale);
  const [state, setState] = useState<CaseProtection | undefined>();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [problem, setProblem] = useState('');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  const failed = useCallback((r: Parameters<typeof onFailure>[0]) => {
    if (!onFailure(r)) setProblem(protectionErrorText(r.error, m) ?? failureText(t, r));
  }, [m, onFailure, t]);
  const load = useCallback(async () => {
    const r = await protectionApi.get(caseId);
    if (r.ok) setState(r.value);
    else failed(r);
  }, [caseId, failed]);
  useEffect(() => void load(), [load]);

  async function add() {
    setBusy(true);
    setProblem('');
    setStatus('');
    const r = await protectionApi.add(caseId, { itemIds: [...chosen] });
    setBusy(false);
    if (!r.ok) return failed(r);
    setChosen(new Set());
    await load();
    setStatus([m.added(r.value.added.length), r.value.alreadyProtected.length > 0 ? m.alreadyProtected(r.value.alreadyProtected.length) : ''].filter(Boolean).join(' '));
  }
  async function remove(content: ProtectedContent, name: string) {
    setProblem('');
    setStatus('');
    const r = await protectionApi.remove(caseId, content.contentId);
    if (!r.ok) failed(r);
    else setStatus(m.removed(name));
    await load();
  }

  const consent = state?.consentGiven === true;
  const choices = state ? protectableItems(items, state.contents) : [];
  const picked = choices.filter((c) => c.unavailable === undefined && chosen.has(c.item.itemId)).map((c) => c.item.itemId);
  return (
    <section aria-labelledby="hp-title" className="cw-panel hp-panel">
      <h2 id="hp-title">{m.title}</h2>
      <p className="hint" id="hp-intro">{m.intro}</p>
      <Notice text={problem} kind="error" />
      <Notice text={status} kind="info" />
      {!state && !problem ? <p>{m.loading}</p> : null}
      {state ? (
        <>
          <p className={`console-notice ${consent ? 'info' : 'error'} hp-consent`} data-consent={String(consent)}>{consent ? m.consent.given : m.consent.missing}</p>
          {consent ? null : (
            <div className="button-row">
              <button type="button" className="button small secondary" onClick={goToConsent}>{m.consent.goTo}</button>
              <button type="button" className="button small secondary" onClick={() => { setProblem(''); void load(); }}>{m.consent.checkAgain}</button>
            </div>
          )}
          <h3>{m.itemsTitle}</h3>
          {choices.length === 0 ? <p className="hint">{m.noItems}</p> : (
            <fieldset className="hp-choices">
              <legend className="visually-hidden">{m.itemsTitle}</legend>
              {choices.map(({ item, kind, unavailable }) => (
                <div key={item.itemId} className="console-check hp-choice">
                  <input type="checkbox" id={`hp-${item.itemId}`} checked={unavailable === undefined && chosen.has(item.itemId)} disabled={unavailable !== undefined}
                    aria-describedby={unavailable ? `hp-${item.itemId}-why` : undefined} onChange={() => setChosen((now) => toggled(now, item.itemId))} />
                  <label htmlFor={`hp-${item.itemId}`}>{m.exhibit(item.item.exhibitNumber, item.item.title)} ({m.kinds[kind]})</label>
                  {unavailable ? <span id={`hp-${item.itemId}-why`} className="hint">{unavailable === 'alreadyIn' ? m.alreadyIn : m.notUploaded}</span> : null}
                </div>
              ))}
            </fieldset>
          )}
          {choices.length > 0 ? (
            <div className="button-row">
              <button type="button" className="button" disabled={!consent || picked.length === 0 || busy} aria-describedby="hp-add-hint" onClick={() => void add()}>{m.add}</button>
              <span id="hp-add-hint" className="hint" role="status">{picked.length > 0 ? m.chosen(picked.length) : m.addHint}</span>
            </div>
          ) : null}
          <h3>{m.protectedTitle}</h3>
          <ProtectedList m={m} locale={locale} meId={me.id} contents={state.contents} items={items} onRemove={remove} />
        </>
      ) : null}
    </section>
  );
}
