/** My account: passkeys (optional), and logging out. */
import type { Passkey } from '@jikim/contracts';
import { useCallback, useEffect, useState } from 'react';
import { api } from './console-api.js';
import { failureText } from './failure-text.js';
import { Notice } from './form-field.js';
import type { PageProps } from './page-props.js';
import { seoulDateTime } from './seoul-time.js';
import { useHeadingFocus } from './use-heading-focus.js';

export function AccountPage({ t, locale, onFailure, onLogout }: PageProps & { readonly onLogout: () => void }) {
  const heading = useHeadingFocus<HTMLHeadingElement>();
  const [keys, setKeys] = useState<readonly Passkey[] | undefined>();
  const [problem, setProblem] = useState('');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    const r = await api<{ passkeys: Passkey[] }>('GET', '/me/passkeys');
    if (r.ok) setKeys(r.value.passkeys);
    else if (!onFailure(r)) setProblem(failureText(t, r));
  }, [onFailure, t]);
  useEffect(() => void load(), [load]);

  async function add() {
    setBusy(true);
    setProblem('');
    setStatus('');
    const options = await api<Record<string, unknown>>('POST', '/me/passkeys/options');
    if (!options.ok) {
      setBusy(false);
      if (!onFailure(options)) setProblem(failureText(t, options));
      return;
    }
    const { startRegistration } = await import('@simplewebauthn/browser');
    const answer = await startRegistration({ optionsJSON: options.value as never }).catch(() => undefined);
    const saved = answer === undefined ? undefined : await api<undefined>('POST', '/me/passkeys', { response: answer });
    setBusy(false);
    if (saved?.ok) {
      setStatus(t.account.addedNow);
      await load();
    } else if (!saved || !onFailure(saved)) setProblem(t.account.addFailed);
  }

  async function remove(id: string) {
    setBusy(true);
    setProblem('');
    setStatus('');
    const r = await api<undefined>('DELETE', `/me/passkeys/${id}`);
    setBusy(false);
    if (r.ok) setStatus(t.account.removedNow);
    else if (onFailure(r)) return;
    else setProblem(failureText(t, r));
    await load();
  }

  return (
    <section aria-labelledby="account-title">
      <h1 id="account-title" ref={heading} tabIndex={-1}>{t.account.title}</h1>
      <Notice text={problem} kind="error" />
      <Notice text={status} kind="info" />
      <h2>{t.account.passkeysTitle}</h2>
      <p>{t.account.passkeysIntro}</p>
      {keys?.length === 0 ? <p className="hint">{t.account.none}</p> : null}
      <ul className="console-list">
        {keys?.map((k) => (
          <li key={k.id} className="console-card inline-field">
            <span id={`passkey-${k.id}`}>{t.account.added(seoulDateTime(k.createdAt, locale))}{k.lastUsedAt ? ` · ${t.account.lastUsed(seoulDateTime(k.lastUsedAt, locale))}` : ''}</span>
            {/* "Remove" alone would not say which passkey when there are several: the date says it. */}
            <button className="button small danger-outline" type="button" disabled={busy} aria-describedby={`passkey-${k.id}`} onClick={() => void remove(k.id)}>{t.account.remove}</button>
          </li>
        ))}
      </ul>
      <div className="button-row"><button className="button secondary" type="button" disabled={busy} onClick={() => void add()}>{t.account.add}</button></div>
      <h2>{t.account.logoutTitle}</h2>
      <p>{t.account.logoutHint}</p>
      <div className="button-row"><button className="button" type="button" onClick={onLogout}>{t.nav.logout}</button></div>
    </section>
  );
}
