import { Layout } from '../components/layout.js';
import { messages } from '../i18n/index.js';
import { pagePath } from '../routes.js';
import type { PageProps } from './page-props.js';

export function NotFoundPage({ locale, assets }: PageProps) {
  const t = messages[locale];
  return (
    <Layout locale={locale} page="not-found" title={t.notFound.title} description={t.notFound.body} assets={assets}>
      <h1>{t.notFound.title}</h1>
      <p>{t.notFound.body}</p>
      <p><a className="button" href={pagePath(locale, 'home')}>{t.notFound.homeLink}</a></p>
    </Layout>
  );
}
