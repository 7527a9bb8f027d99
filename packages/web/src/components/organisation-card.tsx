import type { Locale, Organisation } from '@jikim/guide';
import { messages } from '../i18n/index.js';

export function OrganisationCard({ organisation, locale, headingLevel = 3 }: {
  organisation: Organisation;
  locale: Locale;
  headingLevel?: 2 | 3 | 4;
}) {
  const t = messages[locale];
  const Heading = `h${headingLevel}` as const;
  return (
    <section className="org-card" aria-labelledby={`org-${organisation.id}`}>
      <Heading id={`org-${organisation.id}`} className="org-name">{organisation.name[locale]}</Heading>
      <p className="org-phones">
        {organisation.phones.map((phone) => (
          <a key={phone.tel} className="call-button call-button-quiet" href={`tel:${phone.tel}`}>
            <span className="visually-hidden">{t.call} </span>
            {phone.display}
          </a>
        ))}
      </p>
      <p>
        <span className="label">{t.helpsWith}: </span>
        {organisation.helpsWith[locale]}
      </p>
      {organisation.hours ? (
        <p>
          <span className="label">{t.hours}: </span>
          {organisation.hours[locale]}
        </p>
      ) : null}
      <p>
        <a href={organisation.website} rel="noreferrer noopener" className="org-website">
          {t.website}
          <span className="visually-hidden">: {organisation.name[locale]}</span>
          <span className="url"> ({organisation.website.replace(/^https?:\/\//, '')})</span>
        </a>
      </p>
    </section>
  );
}
