/**
 * The URLs and hashes for a letter, taken from items in the locker: the web records' URLs in the
 * order given, and the SHA-256 of each kept file. Labels are neutral ("Exhibit 1", "증거 1"), not
 * the file names or titles, which may name the person; the page lets them change the labels.
 */
import type { EvidenceItem } from '../evidence/evidence-item.js';
import { currentEvidence } from '../evidence/evidence-item.js';
import type { LetterEvidence } from './deletion-letter.js';
import type { LetterLocale } from './letter-text.js';

const EXHIBIT: Readonly<Record<LetterLocale, (n: number) => string>> = {
  ko: (n) => `증거 ${String(n)}`,
  en: (n) => `Exhibit ${String(n)}`,
};

export function letterFactsFromItems(
  items: readonly EvidenceItem[],
  locale: LetterLocale,
): { urls: string[]; evidence: LetterEvidence[] } {
  const urls = items.flatMap((item) => {
    const url = item.kind === 'web' ? currentEvidence(item).web?.url : undefined;
    return url ? [url] : [];
  });
  const hashes = [...new Set(items.flatMap((item) => (item.file ? [item.file.sha256] : [])))];
  return { urls: [...new Set(urls)], evidence: hashes.map((sha256, i) => ({ label: EXHIBIT[locale](i + 1), sha256 })) };
}
