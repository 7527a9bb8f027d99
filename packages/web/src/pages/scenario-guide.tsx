import { crimeTypes, emergency, organisationById, scenarios, type Scenario } from '@jikim/guide';
import { Layout } from '../components/layout.js';
import { NotYourFault } from '../components/not-your-fault.js';
import { OrganisationCard } from '../components/organisation-card.js';
import { messages } from '../i18n/index.js';
import { pagePath } from '../routes.js';
import type { PageProps } from './page-props.js';

export function ScenarioGuidePage({ locale, assets, scenario }: PageProps & { scenario: Scenario }) {
  const t = messages[locale];
  const crimeType = crimeTypes.find((c) => c.id === scenario.crimeType);
  return (
    <Layout locale={locale} page={`guide/${scenario.id}`} title={scenario.title[locale]} description={scenario.intro[locale]} assets={assets}>
      <h1>{scenario.title[locale]}</h1>
      <blockquote className="quote"><p>{scenario.quote[locale]}</p></blockquote>
      <p className="lead">{scenario.intro[locale]}</p>
      <h2>{t.scenario.stepsTitle}</h2>
      <ol className="steps">
        {scenario.steps.map((step, index) => (
          <li key={step.id} id={step.id} className="step">
            <h3>
              <span className="step-number" aria-hidden="true">{index + 1}</span>
              <span className="visually-hidden">{t.scenario.stepLabel} {index + 1}: </span>
              {step.title[locale]}
            </h3>
            <p>{step.detail[locale]}</p>
            {step.locker ? (
              <p className="step-tool">
                <a href={pagePath(locale, 'locker')}>{step.locker[locale]}</a>
                <span className="hint">{t.scenario.lockerNote}</span>
              </p>
            ) : null}
            {step.protect ? (
              <p className="step-tool">
                <a href={pagePath(locale, 'protect')}>{step.protect[locale]}</a>
                <span className="hint">{t.scenario.protectNote}</span>
              </p>
            ) : null}
            {step.callPolice || step.contacts.length > 0 ? (
              <div className="step-contacts">
                <p className="label">{t.scenario.contactsTitle}</p>
                <ul>
                  {step.callPolice ? (
                    <li>
                      {t.scenario.police}: <a href={`tel:${emergency.phone.tel}`}>{emergency.phone.display}</a>
                    </li>
                  ) : null}
                  {step.contacts.map((id) => {
                    const org = organisationById(id);
                    return (
                      <li key={id}>
                        {org.name[locale]}:{' '}
                        {org.phones.map((p, i) => (
                          <span key={p.tel}>{i > 0 ? ', ' : ''}<a href={`tel:${p.tel}`}>{p.display}</a></span>
                        ))}
                      </li>
                    );
                  })}
                </ul>
              </div>
            ) : null}
          </li>
        ))}
      </ol>
      <NotYourFault locale={locale} />
      <h2>{t.organisations.title}</h2>
      <div className="org-grid">
        {[...new Set(scenario.steps.flatMap((s) => s.contacts))].map((id) => (
          <OrganisationCard key={id} organisation={organisationById(id)} locale={locale} />
        ))}
      </div>
      <p><a className="more-link" href={pagePath(locale, 'organisations')}>{t.seeAllOrganisations}</a></p>
      <h2>{t.scenario.otherGuides}</h2>
      <ul>
        {scenarios.filter((s) => s.id !== scenario.id).map((s) => (
          <li key={s.id}><a href={pagePath(locale, `guide/${s.id}`)}>{s.title[locale]}</a></li>
        ))}
        {crimeType ? (
          <li><a href={`${pagePath(locale, 'crime-types')}#${crimeType.id}`}>{t.scenario.relatedType}: {crimeType.name[locale]}</a></li>
        ) : null}
      </ul>
    </Layout>
  );
}
