/**
 * A help request's status on a device without the locker (decision 0016): a static shell in which
 * help-status/main.tsx mounts; the code and PIN are typed there and kept only in memory.
 */
import { Layout } from '../components/layout.js';
import { helpMessages } from '../locker-app/help/i18n/index.js';
import type { PageProps } from './page-props.js';

export function HelpStatusPage({ locale, assets }: PageProps) {
  const t = helpMessages[locale].page;
  return (
    <Layout locale={locale} page="help/status" title={t.title} description={t.lead} assets={assets}>
      <h1>{t.title}</h1>
      <p className="lead">{t.lead}</p>
      <div id="help-status-root">
        <noscript><p className="warning-note">{t.noScript}</p></noscript>
      </div>
    </Layout>
  );
}
