import { notYourFault, type Locale } from '@jikim/guide';
import { messages } from '../i18n/index.js';
import { pagePath } from '../routes.js';

export function NotYourFault({ locale }: { locale: Locale }) {
  return (
    <aside className="not-your-fault" aria-labelledby="not-your-fault-title">
      <h2 id="not-your-fault-title">{notYourFault.title[locale]}</h2>
      <p>{notYourFault.body[locale]}</p>
      <a className="more-link" href={pagePath(locale, 'organisations')}>{messages[locale].seeAllOrganisations}</a>
    </aside>
  );
}
