import { Layout } from '../components/layout.js';
import { messages } from '../i18n/index.js';
import type { PageProps } from './page-props.js';

export function SafetyPage({ locale, assets }: PageProps) {
  const t = messages[locale];
  return (
    <Layout locale={locale} page="safety" title={t.safety.title} description={t.safety.lead} assets={assets}>
      <h1>{t.safety.title}</h1>
      <p className="lead">{t.safety.lead}</p>
      {/* Without JavaScript every Jikim page stays in the Back list: said where it applies, when it applies. */}
      <noscript>
        <p className="warning-note" id="no-script-history">{t.safety.noScript}</p>
      </noscript>
      {t.safety.sections.map((section) => (
        <section key={section.title}>
          <h2>{section.title}</h2>
          {section.paragraphs.map((paragraph) => <p key={paragraph}>{paragraph}</p>)}
          {section.actions?.map((action) => (
            <div key={action.title} className="remains">
              <h3>{action.title}</h3>
              <ul>
                {action.items.map((item) => <li key={item}>{item}</li>)}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </Layout>
  );
}
