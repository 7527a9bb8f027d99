/**
 * The consents and referrals of one case, side by side on the case page: both loaded together,
 * since a referral's flag follows the consents (recording a withdrawal reloads the referrals).
 */
import type { ConsentKind, ConsentState, Referral } from '@jikim/contracts';
import { useCallback, useEffect, useState } from 'react';
import type { ApiResult } from '../console-api.js';
import { failureText } from '../failure-text.js';
import { Notice } from '../form-field.js';
import type { PageProps } from '../page-props.js';
import { consentReferralApi, type NewReferral, type ReferralMove } from './consent-referral-api.js';
import { consentReferralMessages } from './consent-referral-messages.js';
import { ConsentsPanel } from './consents-panel.js';
import { ReferralsPanel } from './referrals-panel.js';

interface ConsentReferralPanelsProps extends Omit<PageProps, 'me'> {
  readonly caseId: string;
  readonly onMakePackage: (() => void) | undefined;
}

export function ConsentReferralPanels({ t, locale, onFailure, caseId, onMakePackage }: ConsentReferralPanelsProps) {
  const m = consentReferralMessages[locale];
  const [consents, setConsents] = useState<ConsentState | undefined>();
  const [referrals, setReferrals] = useState<readonly Referral[]>([]);
  const [problem, setProblem] = useState('');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    const [c, r] = await Promise.all([consentReferralApi.consents(caseId), consentReferralApi.referrals(caseId)]);
    if (c.ok) setConsents(c.value);
    if (r.ok) setReferrals(r.value.referrals);
    const failed = [c, r].find((x) => !x.ok);
    if (failed && !failed.ok && !onFailure(failed)) setProblem(failureText(t, failed));
  }, [caseId, onFailure, t]);
  useEffect(() => void load(), [load]);

  /** Runs a change, reloads both lists and says what was done; answers the error text or ''. */
  async function change(call: () => Promise<ApiResult<unknown>>, done: string): Promise<string> {
    setBusy(true);
    setStatus('');
    const r = await call();
    if (!r.ok) {
      if (r.status === 409) await load();
      setBusy(false);
      return onFailure(r) ? '' : r.status === 409 ? m.referrals.conflict : failureText(t, r);
    }
    await load();
    setBusy(false);
    setStatus(done);
    return '';
  }

  const record = (kind: ConsentKind, granted: boolean, note: string) =>
    change(() => consentReferralApi.recordConsent(caseId, kind, granted, note), m.consents.saved(m.consents.kinds[kind].name, granted));
  const create = (request: NewReferral) =>
    change(() => consentReferralApi.newReferral(caseId, request), m.referrals.createdDone(m.referrals.kinds[request.kind]));
  const move = (referralId: string, request: ReferralMove) =>
    change(() => consentReferralApi.changeState(caseId, referralId, request), m.referrals.stateSaved(m.referrals.states[request.state]));

  return (
    <div className="cr-panels">
      <Notice text={problem} kind="error" />
      <Notice text={status} kind="info" />
      {consents ? <ConsentsPanel m={m} locale={locale} state={consents} busy={busy} onRecord={record} /> : problem ? null : <p>{t.loading}</p>}
      <ReferralsPanel m={m} locale={locale} referrals={referrals} consents={consents} busy={busy} onCreate={create} onState={move} onMakePackage={onMakePackage} />
    </div>
  );
}
