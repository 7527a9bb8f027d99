import type { Locale } from '@jikim/guide';
import type { ReactNode } from 'react';
import { messages } from '../i18n/index.js';
import { otherLocale, pagePath, type PageId } from '../routes.js';
import { EmergencyBox } from './emergency-box.js';

export interface PageAssets {
  readonly css: string;
  readonly scripts: readonly string[];
  /** ES module scripts (the locker app, which loads its PDF maker only when asked). */
  readonly modules?: readonly string[];
  /** Where the PDF report's fonts are served on our origin (the locker page only). */
  readonly reportFonts?: { readonly regular: string; readonly bold: string };
  readonly quickExitUrl: string;
}

interface LayoutProps {
  readonly locale: Locale;
  readonly page: PageId | 'not-found';
  readonly title: string;
  readonly description: string;
  readonly assets: PageAssets;
  readonly children: ReactNode;
}

const NAV: readonly (PageId & keyof typeof NAV_KEYS)[] = [
  'home', 'what-happened', 'crime-types', 'locker', 'awareness', 'organisations', 'safety', 'about',
];
const NAV_KEYS = {
  home: 'home',
  'what-happened': 'whatHappened',
  'crime-types': 'crimeTypes',
  locker: 'locker',
  awareness: 'awareness',
  organisations: 'organisations',
  safety: 'safety',
  about: 'about',
} as const;

export function Layout({ locale, page, title, description, assets, children }: LayoutProps) {
  const t = messages[locale];
  const other = otherLocale(locale);
  const switchTo = page === 'not-found' ? pagePath(other, 'home') : pagePath(other, page);
  const fullTitle = page === 'home' ? `${t.siteName} · ${t.siteTagline}` : `${title} · ${t.siteName}`;
  // How the "previous page" link of the next page names this one (client/one-entry.ts).
  const pageName = page === 'home' ? t.nav.home : title;
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <meta name="robots" content="noarchive" />
        <meta name="description" content={description} />
        <title>{fullTitle}</title>
        <style dangerouslySetInnerHTML={{ __html: assets.css }} />
        {/*
          Modules, as esbuild bundles them: each keeps its own scope (two classic scripts would share
          their minified top-level names) and, like defer, runs in order once the page is parsed.
        */}
        {assets.scripts.map((src) => (
          <script key={src} src={src} type="module" />
        ))}
        {assets.modules?.map((src) => (
          <script key={src} type="module" src={src} />
        ))}
      </head>
      <body data-page-name={pageName}>
        <a className="skip-link" href="#main">{t.skipToContent}</a>
        <aside className="exit-bar" aria-label={t.quickExit}>
          <a id="quick-exit" className="quick-exit" href={assets.quickExitUrl} rel="noreferrer">
            {t.quickExit}
          </a>
          <span className="exit-hint">{t.quickExitHint}</span>
        </aside>
        <header className="site-header">
          <a className="brand" href={pagePath(locale, 'home')}>
            <span className="brand-name">{t.siteName}</span>
            <span className="brand-tagline">{t.siteTagline}</span>
          </a>
          <a className="lang-switch" href={switchTo} hrefLang={other} lang={other}>
            {t.languageSwitch}
          </a>
        </header>
        <nav className="site-nav" aria-label={t.navLabel}>
          <ul>
            {NAV.map((id) => (
              <li key={id}>
                <a href={pagePath(locale, id)} aria-current={id === page ? 'page' : undefined}>
                  {t.nav[NAV_KEYS[id]]}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" tabIndex={-1}>
          {/*
            Stands in for Back, which leaves Jikim once it holds one history entry (decision 0013):
            to the start here, to the page before in this tab once the script knows it.
          */}
          <p className="previous no-print" hidden={page === 'home'}>
            <a className="previous-link" href={pagePath(locale, 'home')} data-previous="" data-label={t.previous.page}>
              <span aria-hidden="true">← </span>
              <span className="previous-text">{t.previous.start}</span>
            </a>
          </p>
          {children}
        </main>
        <footer className="site-footer">
          <EmergencyBox locale={locale} compact />
          <p>{t.footerNote}</p>
        </footer>
      </body>
    </html>
  );
}
