/** Every page of the public site, rendered to static HTML. */
import { LOCALES, scenarioById, type Locale } from '@jikim/guide';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { PageAssets } from './components/layout.js';
import { AboutPage } from './pages/about.js';
import { AwarenessPage } from './pages/awareness.js';
import { CrimeTypesPage } from './pages/crime-types.js';
import { HomePage } from './pages/home.js';
import { HelpStatusPage } from './pages/help-status.js';
import { LockerPage } from './pages/locker.js';
import { NotFoundPage } from './pages/not-found.js';
import { OrganisationsPage } from './pages/organisations.js';
import { ProtectPage } from './pages/protect.js';
import { SafetyPage } from './pages/safety.js';
import { ScenarioGuidePage } from './pages/scenario-guide.js';
import { WhatHappenedPage } from './pages/what-happened.js';
import { PAGE_IDS, pageFile, pagePath, type PageId } from './routes.js';

export interface RenderedPage {
  readonly path: string;
  readonly file: string;
  readonly locale: Locale;
  readonly title: string;
  readonly html: string;
}

function element(id: PageId, locale: Locale, assets: PageAssets): ReactElement {
  const props = { locale, assets };
  switch (id) {
    case 'home': return <HomePage {...props} />;
    case 'what-happened': return <WhatHappenedPage {...props} />;
    case 'crime-types': return <CrimeTypesPage {...props} />;
    case 'awareness': return <AwarenessPage {...props} />;
    case 'organisations': return <OrganisationsPage {...props} />;
    case 'safety': return <SafetyPage {...props} />;
    case 'about': return <AboutPage {...props} />;
    case 'locker': return <LockerPage {...props} />;
    case 'help/status': return <HelpStatusPage {...props} />;
    case 'protect': return <ProtectPage {...props} />;
    default: return <ScenarioGuidePage {...props} scenario={scenarioById(id.slice('guide/'.length))} />;
  }
}

const html = (el: ReactElement) => `<!doctype html>${renderToStaticMarkup(el)}`;
const titleOf = (markup: string) => /<title>([^<]*)<\/title>/.exec(markup)?.[1] ?? '';

export function renderSite(assetsFor: (id: PageId) => PageAssets): RenderedPage[] {
  return LOCALES.flatMap((locale) =>
    PAGE_IDS.map((id) => {
      const markup = html(element(id, locale, assetsFor(id)));
      return { path: pagePath(locale, id), file: pageFile(locale, id), locale, title: titleOf(markup), html: markup };
    }),
  );
}

export function renderNotFound(locale: Locale, assets: PageAssets): { file: string; html: string } {
  return { file: `${locale}/404.html`, html: html(<NotFoundPage locale={locale} assets={assets} />) };
}
