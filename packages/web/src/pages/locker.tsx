/**
 * The evidence locker's page: a static shell (heading, what it is, why JavaScript is needed) in
 * which the client app mounts. The report fonts' addresses ride on the mount point.
 *
 * Its first screens — create (no locker on this device) and unlock — are in the page itself, as
 * templates holding exactly what the app renders first, so the quick-exit script (the first to
 * arrive) can show the right one with the page (client/locker-first-paint.ts) and the app later
 * hydrates it in place. Templates never show without JavaScript: then only the note says why.
 */
import type { Locale } from '@jikim/guide';
import { renderToString } from 'react-dom/server';
import { LOCKER_ROOT_ID, LOCKER_TEMPLATES, type FirstScreen } from '../client/locker-handover.js';
import { Layout } from '../components/layout.js';
import { messages } from '../i18n/index.js';
import { lockerMessages } from '../locker-app/i18n/index.js';
import { LockerApp } from '../locker-app/locker-app.js';
import type { PageProps } from './page-props.js';

/** The app's first render of a screen, as hydrateRoot will find it (locker-app/mount.tsx). */
function firstScreen(locale: Locale, screen: FirstScreen): string {
  const ui = { locale, t: lockerMessages[locale], fontUrls: { regular: '', bold: '' } } as const;
  return renderToString(<LockerApp ui={ui} exists={screen === 'locked'} />);
}

export function LockerPage({ locale, assets }: PageProps) {
  const t = messages[locale].locker;
  const fontUrls = assets.reportFonts ?? { regular: '', bold: '' };
  return (
    <Layout locale={locale} page="locker" title={t.title} description={t.lead} assets={assets}>
      <h1>{t.title}</h1>
      <p className="lead">{t.lead}</p>
      <noscript><p className="warning-note">{lockerMessages[locale].noScript}</p></noscript>
      <div id={LOCKER_ROOT_ID} data-font-regular={fontUrls.regular} data-font-bold={fontUrls.bold} />
      {(Object.keys(LOCKER_TEMPLATES) as FirstScreen[]).map((screen) => (
        <template key={screen} id={LOCKER_TEMPLATES[screen]} dangerouslySetInnerHTML={{ __html: firstScreen(locale, screen) }} />
      ))}
    </Layout>
  );
}
