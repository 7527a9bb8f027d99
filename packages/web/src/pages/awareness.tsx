import { awarenessPoints } from '@jikim/guide';
import { Layout } from '../components/layout.js';
import { NotYourFault } from '../components/not-your-fault.js';
import { messages } from '../i18n/index.js';
import type { PageProps } from './page-props.js';

export function AwarenessPage({ locale, assets }: PageProps) {
  const t = messages[locale];
  return (
    <Layout locale={locale} page="awareness" title={t.awareness.title} description={t.awareness.lead} assets={assets}>
      <h1>{t.awareness.title}</h1>
      <p className="lead">{t.awareness.lead}</p>
      <ol className="awareness-list">
        {awarenessPoints.map((point) => (
          <li key={point.id} id={point.id}>
            <h2>{point.title[locale]}</h2>
            <p>{point.body[locale]}</p>
          </li>
        ))}
      </ol>
      <section aria-labelledby="saw-title" className="panel">
        <h2 id="saw-title">{t.plan.sawTitle}</h2>
        <ul>
          {t.plan.sawSteps.map((step) => <li key={step}>{step}</li>)}
        </ul>
      </section>
      <NotYourFault locale={locale} />
    </Layout>
  );
}
