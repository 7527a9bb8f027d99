/**
 * The evidence locker's page: a static shell (heading, what it is, why JavaScript is needed) in
 * which the client app mounts. The report fonts' addresses ride on the mount point.
 */
import { Layout } from '../components/layout.js';
import { messages } from '../i18n/index.js';
import { lockerMessages } from '../locker-app/i18n/index.js';
import type { PageProps } from './page-props.js';

export function LockerPage({ locale, assets }: PageProps) {
  const t = messages[locale].locker;
  const fontUrls = assets.reportFonts ?? { regular: '', bold: '' };
  return (
    <Layout locale={locale} page="locker" title={t.title} description={t.lead} assets={assets}>
      <h1>{t.title}</h1>
      <p className="lead">{t.lead}</p>
      <div id="locker-root" data-font-regular={fontUrls.regular} data-font-bold={fontUrls.bold}>
        <noscript><p className="warning-note">{lockerMessages[locale].noScript}</p></noscript>
      </div>
    </Layout>
  );
}
