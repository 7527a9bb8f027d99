/**
 * Mounts the locker app on its page; the page's language and the report fonts' addresses come from
 * the markup. This module and what it imports statically are the locker's first load (the
 * create/unlock screens, React, the store); the open locker is fetched later (decision 0008).
 */
import { createRoot } from 'react-dom/client';
import { lockerExists } from '../locker/locker-store.js';
import { lockerMessages } from './i18n/index.js';
import { LockerApp } from './locker-app.js';

const root = document.getElementById('locker-root');
if (root) {
  const locale = document.documentElement.lang === 'en' ? 'en' : 'ko';
  const ui = {
    locale,
    t: lockerMessages[locale],
    fontUrls: { regular: root.dataset.fontRegular ?? '', bold: root.dataset.fontBold ?? '' },
  } as const;
  // Is there a locker on this device? Asked now, so the database opens while React renders.
  const firstCheck = lockerExists();
  createRoot(root).render(<LockerApp ui={ui} firstCheck={firstCheck} />);
}
