/**
 * "Protect my images" (issue 14): what it does and what it cannot do, said in the static page so it
 * reads without JavaScript; the app that hashes on the device (protect-app/main.tsx) mounts below.
 */
import { Layout } from '../components/layout.js';
import { protectMessages } from '../protect-app/i18n/index.js';
import { pagePath } from '../routes.js';
import type { PageProps } from './page-props.js';

export function ProtectPage({ locale, assets }: PageProps) {
  const t = protectMessages[locale].page;
  return (
    <Layout locale={locale} page="protect" title={t.title} description={t.lead} assets={assets}>
      <h1>{t.title}</h1>
      <p className="lead">{t.lead}</p>
      <section aria-labelledby="protect-how-title">
        <h2 id="protect-how-title">{t.howTitle}</h2>
        <ol className="protect-how">{t.how.map((line) => <li key={line}>{line}</li>)}</ol>
      </section>
      <section aria-labelledby="protect-limits-title">
        <h2 id="protect-limits-title">{t.limitsTitle}</h2>
        <ul>{t.limits.map((line) => <li key={line}>{line}</li>)}</ul>
        <p>{t.removalLead}</p>
        <ul className="route-list">
          <li><a href={pagePath(locale, 'locker')}>{t.lockerLink}</a></li>
          <li><a href={pagePath(locale, 'organisations')}>{t.organisationsLink}</a></li>
        </ul>
      </section>
      <div id="protect-root">
        <noscript><p className="warning-note">{t.noScript}</p></noscript>
      </div>
    </Layout>
  );
}
