/** Log in: login name and password, then a TOTP code or a passkey. */
import type { LoginPasswordResponse, SessionResponse } from '@jikim/contracts';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api } from './console-api.js';
import { failureText } from './failure-text.js';
import { Field, Notice } from './form-field.js';
import type { ConsoleMessages } from './i18n/index.js';
import { useHeadingFocus } from './use-heading-focus.js';

export function LoginPage({ t, notice, onSignedIn }: { readonly t: ConsoleMessages; readonly notice: string; readonly onSignedIn: (s: SessionResponse) => void }) {
  const heading = useHeadingFocus<HTMLHeadingElement>();
  const [step, setStep] = useState<LoginPasswordResponse | undefined>();
  const [problem, setProblem] = useState('');
  const [codeProblem, setCodeProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const codeHeading = useRef<HTMLHeadingElement>(null);

  // Each step starts at its heading, also when a lapsed login goes back to the first one.
  useEffect(() => {
    (step ? codeHeading : heading).current?.focus();
  }, [step, heading]);

  async function submitPassword(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setProblem('');
    const result = await api<LoginPasswordResponse>('POST', '/login', { login: String(form.get('login') ?? '').trim(), password: String(form.get('password') ?? '') });
    setBusy(false);
    if (result.ok) return setStep(result.value);
    setProblem(result.status === 401 ? t.login.wrong : result.status === 400 ? t.login.wrong : failureText(t, result));
  }

  async function submitCode(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const code = String(new FormData(event.currentTarget).get('code') ?? '').replace(/\s/g, '');
    setBusy(true);
    setProblem('');
    setCodeProblem('');
    const result = await api<SessionResponse>('POST', '/login/totp', { code });
    setBusy(false);
    if (result.ok) return onSignedIn(result.value);
    if (result.status === 401) return pendingEnded();
    if (result.status !== 400) return setProblem(failureText(t, result));
    // The field says what is wrong with it, and takes the focus to be typed again.
    setCodeProblem(t.login.codeWrong);
    document.getElementById('login-code')?.focus();
  }

  /** The login waiting for its second factor is gone (5 minutes passed): back to the first step. */
  function pendingEnded() {
    setStep(undefined);
    setCodeProblem('');
    setProblem(t.errors.sessionEnded);
  }

  async function usePasskey() {
    setBusy(true);
    setProblem('');
    setCodeProblem('');
    const options = await api<Record<string, unknown>>('POST', '/login/passkey/options');
    if (!options.ok && options.status === 401) {
      setBusy(false);
      return pendingEnded();
    }
    let answer: unknown;
    if (options.ok) {
      const { startAuthentication } = await import('@simplewebauthn/browser');
      answer = await startAuthentication({ optionsJSON: options.value as never }).catch(() => undefined);
    }
    const result = answer === undefined ? undefined : await api<SessionResponse>('POST', '/login/passkey', { response: answer });
    setBusy(false);
    if (result?.ok) return onSignedIn(result.value);
    if (result?.status === 401) return pendingEnded();
    setProblem(result && (result.status === 429 || result.error === 'network') ? failureText(t, result) : t.login.passkeyFailed);
  }

  if (step) {
    return (
      <section aria-labelledby="code-title">
        <h1 id="code-title" ref={codeHeading} tabIndex={-1}>{t.login.codeTitle}</h1>
        <Notice text={problem} kind="error" />
        <form className="console-form" onSubmit={(e) => void submitCode(e)} noValidate>
          <Field label={t.login.code} hint={t.login.codeHint} name="code" id="login-code" inputMode="numeric" autoComplete="one-time-code" maxLength={7} required error={codeProblem} />
          <div className="button-row">
            <button className="button" type="submit" disabled={busy}>{t.login.submit}</button>
            {step.methods.includes('passkey') ? <button className="button secondary" type="button" disabled={busy} onClick={() => void usePasskey()}>{t.login.usePasskey}</button> : null}
          </div>
        </form>
        <p><button className="link-button" type="button" onClick={() => { setStep(undefined); setProblem(''); setCodeProblem(''); }}>{t.login.startOver}</button></p>
        <p className="hint">{t.login.lostFactor}</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="login-title">
      <h1 id="login-title" ref={heading} tabIndex={-1} aria-describedby={[notice ? 'login-notice' : '', problem ? 'login-problem' : ''].join(' ').trim() || undefined}>{t.login.title}</h1>
      <Notice text={notice} kind="info" id="login-notice" />
      <Notice text={problem} kind="error" id="login-problem" />
      <p>{t.login.intro}</p>
      <form className="console-form" onSubmit={(e) => void submitPassword(e)} noValidate>
        <Field label={t.login.login} name="login" id="login-name" autoComplete="username" autoCapitalize="none" spellCheck={false} required />
        <Field label={t.login.password} name="password" id="login-password" type="password" autoComplete="current-password" required />
        <div className="button-row"><button className="button" type="submit" disabled={busy}>{t.login.next}</button></div>
      </form>
    </section>
  );
}
