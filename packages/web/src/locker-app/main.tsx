/**
 * Mounts the locker app on its page; the page's language and the report fonts' addresses come from
 * the markup. This module and what it imports statically are the locker's first load (the
 * create/unlock screens, React, the store), with the strings of the page's language only; the open
 * locker is fetched later (decision 0008).
 */
import { createRoot } from 'react-dom/client';
import { lockerExists } from '../locker/locker-store.js';
import type { LockerMessages } from './i18n/index.js';
import { LockerApp } from './locker-app.js';

const root = document.getElementById('locker-root');
if (root) {
  // Is there a locker on this device? Asked first, so the database opens while the rest runs.
  const firstCheck = lockerExists();
  const locale = document.documentElement.lang === 'en' ? 'en' : 'ko';
  // One language's strings: the build names that chunk in the page beside this one, so it is
  // already on its way (no round trip of its own).
  const t: LockerMessages = locale === 'en' ? (await import('./i18n/en.js')).en : (await import('./i18n/ko.js')).ko;
  const ui = { locale, t, fontUrls: { regular: root.dataset.fontRegular ?? '', bold: root.dataset.fontBold ?? '' } } as const;
  createRoot(root).render(<LockerApp ui={ui} firstCheck={firstCheck} />);
}
