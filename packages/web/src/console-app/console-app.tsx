/**
 * The console: set-up (from a link), log-in, and once signed in a shell whose pages follow the
 * role: counsellors see cases, admins people, auditors the audit log; everyone their account.
 * Any request answered 401 ends the shell and shows log-in with a clear message.
 */
import type { SessionResponse } from '@jikim/contracts';
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { AccountPage } from './account-page.js';
import { CasesPage } from './cases-page.js';
import { api, currentCsrfToken, setCsrfToken } from './console-api.js';
import type { ConsoleLocale, ConsoleMessages } from './i18n/index.js';
import { LoginPage } from './login-page.js';
import type { ApiFailure } from './page-props.js';
import { PeoplePage } from './people-page.js';
import { OperatorsPage } from './case-work/operators-page.js';
import { RemindersPage } from './case-work/reminders-page.js';
import { SetupPage } from './setup-page.js';

const AuditPage = lazy(() => import('./audit/audit-page.js').then((m) => ({ default: m.AuditPage })));
const StatsPage = lazy(() => import('./stats/stats-page.js').then((m) => ({ default: m.StatsPage })));
const ReviewPage = lazy(() => import('./platform-review/review-page.js').then((m) => ({ default: m.ReviewPage })));

type View =
  | { readonly kind: 'loading' }
  | { readonly kind: 'setup'; readonly token: string }
  | { readonly kind: 'login'; readonly notice: string }
  | { readonly kind: 'in'; readonly session: SessionResponse };
type Section = 'cases' | 'people' | 'audit' | 'account' | 'reminders' | 'operators' | 'stats' | 'review';

const HOME: Readonly<Record<SessionResponse['me']['role'], Section>> = { counsellor: 'cases', admin: 'people', auditor: 'audit' };
const SECTIONS: Readonly<Record<SessionResponse['me']['role'], readonly Section[]>> = {
  counsellor: ['cases', 'reminders', 'operators', 'account'], admin: ['people', 'stats', 'review', 'account'], auditor: ['audit', 'account'],
};

export function ConsoleApp({ locale, t, setupToken }: { readonly locale: ConsoleLocale; readonly t: ConsoleMessages; readonly setupToken: string | undefined }) {
  const [view, setView] = useState<View>(setupToken ? { kind: 'setup', token: setupToken } : { kind: 'loading' });
  const [section, setSection] = useState<Section>('cases');

  const signedIn = useCallback((session: SessionResponse) => {
    setCsrfToken(session.csrfToken);
    setSection(HOME[session.me.role]);
    setView({ kind: 'in', session });
  }, []);
  const ended = useCallback((notice: string) => {
    setCsrfToken('');
    setView({ kind: 'login', notice });
  }, []);
  const onFailure = useCallback((failure: ApiFailure) => {
    if (failure.status !== 401) return false;
    ended(t.errors.sessionEnded);
    return true;
  }, [ended, t]);

  useEffect(() => {
    if (setupToken) return;
    void api<SessionResponse>('GET', '/session').then((r) => (r.ok ? signedIn(r.value) : ended('')));
  }, [setupToken, signedIn, ended]);

  async function logout() {
    await api<undefined>('POST', '/logout');
    ended(t.errors.loggedOut);
  }

  const other = locale === 'ko' ? 'en' : 'ko';
  const otherHref = `${other === 'en' ? '/en/console' : '/console'}${view.kind === 'setup' ? `#setup=${view.token}` : ''}`;
  return (
    <>
      <header className="console-header">
        <span className="console-brand">{t.product}</span>
        {view.kind === 'in' ? <span className="console-who">{t.signedInAs(view.session.me.name, t.roles[view.session.me.role])}</span> : null}
        <a className="lang-switch" href={otherHref} hrefLang={other} lang={other}>{t.languageSwitch}</a>
      </header>
      {view.kind === 'in' ? (
        <nav className="console-nav" aria-label={t.nav.label}>
          <ul>
            {SECTIONS[view.session.me.role].map((s) => (
              <li key={s}>
                <button type="button" aria-current={s === section ? 'page' : undefined} onClick={() => setSection(s)}>{t.nav[s]}</button>
              </li>
            ))}
            <li><button type="button" onClick={() => void logout()}>{t.nav.logout}</button></li>
          </ul>
        </nav>
      ) : null}
      <main id="main" tabIndex={-1} className="console-main">
        {view.kind === 'loading' ? <p>{t.loading}</p> : null}
        {view.kind === 'setup' ? <SetupPage t={t} token={view.token} onSignedIn={signedIn} /> : null}
        {view.kind === 'login' ? <LoginPage t={t} notice={view.notice} onSignedIn={signedIn} /> : null}
        {view.kind === 'in' ? (() => {
          const props = { t, locale, me: view.session.me, onFailure };
          switch (section) {
            case 'cases': return <CasesPage key="cases" {...props} />;
            case 'people': return <PeoplePage key="people" {...props} />;
            case 'reminders': return <RemindersPage key="reminders" {...props} />;
            case 'operators': return <OperatorsPage key="operators" {...props} />;
            case 'account': return <AccountPage key="account" {...props} onLogout={() => void logout()} />;
            case 'stats': return <Suspense key="stats" fallback={<p>{t.loading}</p>}><StatsPage {...props} /></Suspense>;
            case 'review': return <Suspense key="review" fallback={<p>{t.loading}</p>}><ReviewPage {...props} /></Suspense>;
            case 'audit': return <Suspense fallback={<p>{t.loading}</p>}><AuditPage lang={locale} csrfToken={currentCsrfToken()} /></Suspense>;
          }
        })() : null}
      </main>
    </>
  );
}
