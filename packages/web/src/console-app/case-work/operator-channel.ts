/**
 * How to reach an operator, read from the directory the server gives (shipped and the centre's own):
 * its name, site type, e-mail or form link, and the language a letter to it starts in.
 */
import { letterLocaleFor, type LetterLocale } from '@jikim/case';
import type { OperatorDirectory, SiteType } from '@jikim/contracts';

export type LetterLanguage = LetterLocale;

export interface OperatorChannel {
  readonly key: string;
  readonly name: string;
  readonly siteType: SiteType;
  readonly email?: string | undefined;
  readonly formUrl?: string | undefined;
  readonly language: LetterLanguage;
  readonly from: 'directory' | 'centre' | 'other';
}

/**
 * The operator under `key`, or undefined when the directory has no such key (or it is `other`). The
 * letter language is @jikim/case's rule (the centre operator's own; Korean for a channel that takes it).
 */
export function operatorChannel(directory: OperatorDirectory | undefined, key: string, locale: LetterLanguage): OperatorChannel | undefined {
  if (!directory) return undefined;
  const centre = directory.centre.find((o) => o.key === key);
  if (centre) return { key, name: centre.name, siteType: centre.siteType, email: centre.email, formUrl: centre.formUrl, language: centre.language, from: 'centre' };
  const shipped = directory.shipped.find((o) => o.key === key);
  if (shipped) {
    return { key, name: shipped.name[locale], siteType: shipped.siteType, email: shipped.email, formUrl: shipped.formUrl, language: letterLocaleFor(key, { centreOperators: [] }), from: 'directory' };
  }
  return undefined;
}
