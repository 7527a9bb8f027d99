/** Every public page, by id, and its address in each language. */
import type { Locale, ScenarioId } from '@jikim/guide';

export type PageId =
  | 'home'
  | 'what-happened'
  | 'locker'
  | 'help/status'
  | 'protect'
  | 'crime-types'
  | `guide/${ScenarioId}`
  | 'awareness'
  | 'organisations'
  | 'safety'
  | 'about';

export const PAGE_IDS: readonly PageId[] = [
  'home',
  'what-happened',
  'crime-types',
  'guide/illegal-shooting',
  'guide/dissemination',
  'guide/threat',
  'locker',
  'help/status',
  'protect',
  'awareness',
  'organisations',
  'safety',
  'about',
];

export function pagePath(locale: Locale, id: PageId): string {
  const slug = id === 'home' ? '' : id;
  if (locale === 'ko') return `/${slug}`;
  return slug ? `/en/${slug}` : '/en';
}

export function pageFile(locale: Locale, id: PageId): string {
  return `${locale}/${id === 'home' ? 'index' : id}.html`;
}

export const otherLocale = (locale: Locale): Locale => (locale === 'ko' ? 'en' : 'ko');
