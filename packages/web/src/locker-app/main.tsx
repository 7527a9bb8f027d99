/**
 * The locker page's entry. The quick-exit script has usually shown the create or unlock screen
 * already, from the page's own templates (client/locker-first-paint.ts): then the app adopts it
 * (hydrates the same DOM, so what was typed and the focus stay). Otherwise — that script could not
 * ask IndexedDB or did not run — it asks whether this device holds a locker while ReactDOM (the
 * bulk of the first load, in mount.tsx's chunk, named in the page so it is already downloading) is
 * still on its way, and draws the screen itself. The open locker is fetched later (decision 0008).
 * The handover with the first-paint script (client/locker-handover.ts) is all here, so its few
 * names stay in this entry's own file instead of a chunk of their own (at most six scripts load first).
 */
import { lockerExists } from '@jikim/device';
import { ADOPTED, ADOPTING, LOCKER_ROOT_ID, SCREEN_DECIDED, type FirstScreen, type FirstScreenState } from '../client/locker-handover.js';
import { lockerMessages } from './i18n/index.js';

/** The screen the page already shows, once the quick-exit script has decided; null if it shows none. */
function shownScreen(root: HTMLElement): Promise<FirstScreen | null> {
  const read = (): FirstScreen | null => {
    const state = root.dataset.firstScreen as FirstScreenState | undefined;
    return state === 'none' || state === 'locked' ? state : null;
  };
  if (root.dataset.firstScreen !== 'checking') return Promise.resolve(read());
  return new Promise((resolve) => root.addEventListener(SCREEN_DECIDED, () => resolve(read()), { once: true }));
}

const root = document.getElementById(LOCKER_ROOT_ID);
if (root) {
  const locale = document.documentElement.lang === 'en' ? 'en' : 'ko';
  const ui = {
    locale,
    t: lockerMessages[locale],
    fontUrls: { regular: root.dataset.fontRegular ?? '', bold: root.dataset.fontBold ?? '' },
  } as const;
  const app = import('./mount.js');
  const shown = await shownScreen(root);
  if (shown) {
    const { adopt } = await app;
    // From here React answers events itself; the first-paint script stops holding them.
    root.dispatchEvent(new Event(ADOPTING));
    const usedEarly = root.dataset.usedEarly !== undefined;
    delete root.dataset.usedEarly;
    adopt(root, ui, {
      locked: shown === 'locked',
      usedEarly,
      // The first-paint script then replays what it held.
      onAdopted: () => root.dispatchEvent(new Event(ADOPTED, { bubbles: true })),
    });
  } else {
    const firstCheck = lockerExists();
    let exists: boolean | undefined;
    void firstCheck.then((answer) => {
      exists = answer;
    });
    (await app).mount(root, ui, firstCheck, exists);
  }
}
