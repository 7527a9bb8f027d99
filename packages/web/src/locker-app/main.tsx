/** Mounts the locker app on its page; the page's language and the report fonts' addresses come from the markup. */
import { createRoot } from 'react-dom/client';
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
  createRoot(root).render(<LockerApp ui={ui} />);
}
