import { emergency, notYourFault, organisations } from '@jikim/guide';
import { Layout } from '../components/layout.js';
import { OrganisationCard } from '../components/organisation-card.js';
import { messages } from '../i18n/index.js';
import type { PageProps } from './page-props.js';

export function OrganisationsPage({ locale, assets }: PageProps) {
  const t = messages[locale];
  return (
    <Layout locale={locale} page="organisations" title={t.organisations.title} description={t.organisations.lead} assets={assets}>
      <h1>{t.organisations.title}</h1>
      <p className="lead">{notYourFault.body[locale]}</p>
      <p>{t.organisations.lead}</p>
      <section className="emergency" aria-labelledby="police-title">
        <h2 id="police-title" className="emergency-title">{emergency.name[locale]} {emergency.phone.display}</h2>
        <p>{emergency.when[locale]}</p>
        <a className="call-button" href={`tel:${emergency.phone.tel}`}>
          {t.call} {emergency.phone.display}
        </a>
      </section>
      <div className="org-grid">
        {organisations.map((organisation) => (
          <OrganisationCard key={organisation.id} organisation={organisation} locale={locale} headingLevel={2} />
        ))}
      </div>
    </Layout>
  );
}
