/**
 * The console's HTML page (rendered at build time): a shell for the React app, kept out of search
 * engines. Staff pages carry the same security headers as every response, and no quick exit.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { consoleMessages, type ConsoleLocale } from './i18n/index.js';

export interface ConsolePageAssets {
  /** The public site's stylesheet, inlined (its CSP hash is already allowed). */
  readonly css: string;
  readonly stylesheets: readonly string[];
  readonly modules: readonly string[];
}

export function renderConsolePage(locale: ConsoleLocale, assets: ConsolePageAssets): string {
  const t = consoleMessages[locale];
  return `<!doctype html>${renderToStaticMarkup(
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <meta name="robots" content="noindex, nofollow, noarchive" />
        <title>{t.title}</title>
        <style dangerouslySetInnerHTML={{ __html: assets.css }} />
        {assets.stylesheets.map((href) => <link key={href} rel="stylesheet" href={href} />)}
        {assets.modules.map((src) => <script key={src} type="module" src={src} />)}
      </head>
      <body>
        <div id="console-root">
          <noscript><p>{t.noScript}</p></noscript>
        </div>
      </body>
    </html>,
  )}`;
}
