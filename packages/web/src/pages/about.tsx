import { sources } from '@jikim/guide';
import { Layout } from '../components/layout.js';
import { messages } from '../i18n/index.js';
import type { PageProps } from './page-props.js';

export function AboutPage({ locale, assets }: PageProps) {
  const t = messages[locale];
  return (
    <Layout locale={locale} page="about" title={t.about.title} description={t.about.paragraphs[0] ?? ''} assets={assets}>
      <h1>{t.about.title}</h1>
      {t.about.paragraphs.map((paragraph) => <p key={paragraph}>{paragraph}</p>)}
      <h2>{t.about.sourcesTitle}</h2>
      <p>{t.about.sourcesLead}</p>
      <ul className="sources">
        {sources.map((source) => (
          <li key={source.id}>
            {source.publisher[locale]}, <cite>{source.title[locale]}</cite>
          </li>
        ))}
      </ul>
    </Layout>
  );
}
