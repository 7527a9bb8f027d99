import { crimeTypes, definition, scenarios } from '@jikim/guide';
import { Layout } from '../components/layout.js';
import { messages } from '../i18n/index.js';
import { pagePath } from '../routes.js';
import type { PageProps } from './page-props.js';

export function CrimeTypesPage({ locale, assets }: PageProps) {
  const t = messages[locale];
  return (
    <Layout locale={locale} page="crime-types" title={t.crimeTypes.title} description={t.crimeTypes.lead} assets={assets}>
      <h1>{definition.title[locale]}</h1>
      <p className="lead">{definition.body[locale]}</p>
      <p className="note">{definition.caution[locale]}</p>
      <h2>{t.crimeTypes.typesTitle}</h2>
      <ol className="type-list">
        {crimeTypes.map((type) => {
          const scenario = scenarios.find((s) => s.crimeType === type.id);
          return (
            <li key={type.id} id={type.id} className="type-card">
              <h3>{type.name[locale]}</h3>
              <p className="type-summary">{type.summary[locale]}</p>
              <p>{type.description[locale]}</p>
              {scenario ? (
                <a href={pagePath(locale, `guide/${scenario.id}`)}>
                  {t.crimeTypes.guideLink}<span className="visually-hidden">: {scenario.title[locale]}</span>
                </a>
              ) : (
                <a href={pagePath(locale, 'awareness')}>{t.nav.awareness}</a>
              )}
            </li>
          );
        })}
      </ol>
    </Layout>
  );
}
