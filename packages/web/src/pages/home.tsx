import { EmergencyBox } from '../components/emergency-box.js';
import { Layout } from '../components/layout.js';
import { NotYourFault } from '../components/not-your-fault.js';
import { messages } from '../i18n/index.js';
import { pagePath, type PageId } from '../routes.js';
import type { PageProps } from './page-props.js';

const ENTRIES: readonly { key: 'filmed' | 'online' | 'threat' | 'saw'; page: PageId }[] = [
  { key: 'filmed', page: 'guide/illegal-shooting' },
  { key: 'online', page: 'guide/dissemination' },
  { key: 'threat', page: 'guide/threat' },
  { key: 'saw', page: 'awareness' },
];

export function HomePage({ locale, assets }: PageProps) {
  const t = messages[locale];
  return (
    <Layout locale={locale} page="home" title={t.home.title} description={t.home.lead} assets={assets}>
      <h1>{t.home.title}</h1>
      <p className="lead">{t.home.lead}</p>
      <EmergencyBox locale={locale} />
      <section aria-labelledby="entries-title">
        <h2 id="entries-title">{t.home.whatHappenedTitle}</h2>
        <ul className="entry-list">
          {ENTRIES.map(({ key, page }) => (
            <li key={key}>
              <a className="entry" href={pagePath(locale, page)}>
                <span className="entry-title">{t.home.entries[key].title}</span>
                <span className="entry-body">{t.home.entries[key].body}</span>
              </a>
            </li>
          ))}
        </ul>
      </section>
      <section className="panel" aria-labelledby="plan-title">
        <h2 id="plan-title">{t.home.planTitle}</h2>
        <p>{t.home.planBody}</p>
        <a className="button" href={pagePath(locale, 'what-happened')}>{t.home.planLink}</a>
      </section>
      <section className="panel" aria-labelledby="protect-title">
        <h2 id="protect-title">{t.home.protectTitle}</h2>
        <p>{t.home.protectBody}</p>
        <a className="button" href={pagePath(locale, 'protect')}>{t.home.protectLink}</a>
      </section>
      <NotYourFault locale={locale} />
    </Layout>
  );
}
