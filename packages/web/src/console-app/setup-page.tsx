/** Set-up from a one-time link: login name, password, and an authenticator app confirmed by a code. */
import type { SessionResponse, SetupStartResponse } from '@jikim/contracts';
import { useEffect, useState, type FormEvent } from 'react';
import { api, type ApiResult } from './console-api.js';
import { failureText, fieldText } from './failure-text.js';
import { Field, Notice } from './form-field.js';
import type { ConsoleMessages } from './i18n/index.js';
import { QrCode } from './qr-code.js';
import { useHeadingFocus } from './use-heading-focus.js';

type Failure = Extract<ApiResult<unknown>, { ok: false }>;

export function SetupPage({ t, token, onSignedIn }: { readonly t: ConsoleMessages; readonly token: string; readonly onSignedIn: (s: SessionResponse) => void }) {
  const heading = useHeadingFocus<HTMLHeadingElement>();
  const [page, setPage] = useState<SetupStartResponse | 'gone' | undefined>();
  const [problem, setProblem] = useState('');
  const [failure, setFailure] = useState<Failure | undefined>();
  const [mismatch, setMismatch] = useState(false);
  const [busy, setBusy] = useState(false);

  // After a refused submit, the first field in error takes the focus (its label, hint and error are read).
  const [refused, setRefused] = useState(0);
  useEffect(() => {
    if (refused > 0) document.querySelector<HTMLInputElement>('.console-form input[aria-invalid="true"]')?.focus();
  }, [refused]);

  useEffect(() => {
    void api<SetupStartResponse>('POST', '/setup/start', { token }).then((r) => {
      if (r.ok) setPage(r.value);
      else if (r.status === 410 || r.status === 400) setPage('gone');
      else setProblem(failureText(t, r));
    });
  }, [t, token]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get('password') ?? '');
    setFailure(undefined);
    setProblem('');
    setMismatch(password !== String(form.get('password-again') ?? ''));
    if (password !== String(form.get('password-again') ?? '')) return setRefused((n) => n + 1);
    setBusy(true);
    const result = await api<SessionResponse>('POST', '/setup/finish', {
      token, login: String(form.get('login') ?? '').trim(), password, code: String(form.get('code') ?? '').replace(/\s/g, ''),
    });
    setBusy(false);
    if (result.ok) return onSignedIn(result.value);
    if (result.status === 410) return setPage('gone');
    if (result.fields.length === 0) return setProblem(failureText(t, result));
    setFailure(result);
    setRefused((n) => n + 1);
  }

  const err = (field: string) => (failure ? fieldText(t, failure, field) : '');
  return (
    <section aria-labelledby="setup-title">
      <h1 id="setup-title" ref={heading} tabIndex={-1}>{t.setup.title}</h1>
      <Notice text={problem} kind="error" />
      {page === undefined && !problem ? <p>{t.loading}</p> : null}
      {page === 'gone' ? <Notice text={t.setup.linkGone} kind="error" /> : null}
      {page && page !== 'gone' ? (
        <form className="console-form" onSubmit={(e) => void submit(e)} noValidate>
          <p>{t.setup.intro(page.name, t.roles[page.role])}</p>
          <fieldset>
            <legend>{t.setup.step1}</legend>
            <Field label={t.setup.login} hint={t.setup.loginHint} name="login" id="setup-login" autoComplete="username" autoCapitalize="none" spellCheck={false} required error={err('login')} />
            <Field label={t.setup.password} hint={t.setup.passwordHint} name="password" id="setup-password" type="password" autoComplete="new-password" required minLength={15} error={err('password')} />
            <Field label={t.setup.passwordAgain} name="password-again" id="setup-password-again" type="password" autoComplete="new-password" required error={mismatch ? t.setup.fieldErrors['password.mismatch'] : ''} />
          </fieldset>
          <fieldset>
            <legend>{t.setup.step2}</legend>
            <p>{t.setup.totpHint}</p>
            <QrCode rows={page.totpQr} label={t.setup.qrLabel} />
            <p className="label">{t.setup.keyLabel}</p>
            <p><code className="console-key" id="totp-key">{page.totpSecret.replace(/(.{4})/g, '$1 ').trim()}</code></p>
            <Field label={t.setup.code} hint={t.setup.codeHint} name="code" id="setup-code" inputMode="numeric" autoComplete="one-time-code" pattern="[0-9 ]*" maxLength={7} required error={err('code')} />
          </fieldset>
          <div className="button-row"><button className="button" type="submit" disabled={busy}>{t.setup.submit}</button></div>
        </form>
      ) : null}
    </section>
  );
}
