/**
 * The case domain, the same in the browser (the victim's locker) and on the server (the console):
 * evidence items and their history, takedown requests, deletion letters, the complaint draft, the
 * mapping of items to an evidence bundle's manifest, "today" in Korea, and coded domain errors.
 * No DOM and no Node here (enforced by this package's tsconfig and the lint rules); PDF documents
 * are `@jikim/case/pdf`, so that importing the domain never loads pdfkit. See
 * docs/decisions/0014-case-domain-package.md.
 */
export * from './errors/domain-error.js';
export * from './errors/checked-input.js';
export * from './time/seoul-day.js';
export * from './time/duration.js';
export * from './text/plain-text.js';
export * from './events/actor.js';

export * from './evidence/evidence-item.js';
export * from './evidence/file-type.js';

export * from './takedowns/takedown.js';
export * from './takedowns/reminders.js';
export * from './takedowns/tracker-summary.js';
export * from './takedowns/web-page-key.js';
export * from './takedowns/bulk-urls.js';
export * from './takedowns/operator-hosts.js';
export * from './takedowns/letter-groups.js';

export * from './letters/legal-basis.js';
export * from './letters/letter-text.js';
export * from './letters/deletion-letter.js';
export * from './letters/letter-evidence.js';
export * from './letters/mailto.js';

export * from './complaint/crimes.js';
export * from './complaint/complaint-text.js';
export * from './complaint/complaint-input.js';
export * from './complaint/complaint-document.js';
export * from './complaint/complaint-draft.js';
export * from './complaint/consult-first.js';
export * from './complaint/facts-from-items.js';

export * from './bundle/exhibit-path.js';
export * from './bundle/history-summary.js';
export * from './bundle/to-manifest.js';
export * from './bundle/from-manifest.js';

export * from './report/report-fonts.js';
export * from './report/report-text.js';
export * from './report/report-time.js';
export * from './report/report-numbers.js';
