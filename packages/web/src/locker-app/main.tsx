/**
 * The locker page's entry. It runs as soon as its own small part of the first load has arrived —
 * the strings, the store — so it asks IndexedDB whether this device holds a locker while ReactDOM
 * (the bulk of the first load, in mount.tsx's chunk, named in the page so it is already
 * downloading) is still on its way; React then renders the create or unlock screen at once, with
 * no "checking" step when the answer is already in. The open locker is fetched later (decision 0008).
 */
import { lockerExists } from '@jikim/device';
import { lockerMessages } from './i18n/index.js';

const root = document.getElementById('locker-root');
if (root) {
  const firstCheck = lockerExists();
  let exists: boolean | undefined;
  void firstCheck.then((answer) => {
    exists = answer;
  });
  const locale = document.documentElement.lang === 'en' ? 'en' : 'ko';
  const ui = {
    locale,
    t: lockerMessages[locale],
    fontUrls: { regular: root.dataset.fontRegular ?? '', bold: root.dataset.fontBold ?? '' },
  } as const;
  const { mount } = await import('./mount.js');
  mount(root, ui, firstCheck, exists);
}
