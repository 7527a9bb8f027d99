/**
 * The locker's form in the page's first paint (issue 9: on screen in under 2 s on slow 4G). The
 * locker page carries its create and unlock screens prerendered as templates; this code, part of
 * the quick-exit script that every page loads first, asks IndexedDB whether this device holds a
 * locker (without creating one), shows the matching screen at once and focuses it as the app would.
 * Until the app adopts that same DOM (React hydrates it, locker-app/mount.tsx), text typed stays
 * in the fields, and taps on its buttons and submits are held, then replayed to the app.
 * Without JavaScript the templates never show: the page's noscript note says why.
 */
import {
  ADOPTED, ADOPTING, FIRST_FOCUS, LOCKER_ROOT_ID, LOCKER_TEMPLATES, SCREEN_DECIDED, USE_EVENTS, type FirstScreenState,
} from './locker-handover.js';

/** The locker's database (packages/device's LOCKER_DB, not imported: every page loads this script). */
export const LOCKER_DB_NAME = 'jikim-locker';

/**
 * Whether this device holds a locker; null when IndexedDB cannot tell (then the app asks itself).
 * Opened without a version, so a missing database is not created by asking.
 */
export function lockerOnDevice(idb: IDBFactory): Promise<boolean | null> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = idb.open(LOCKER_DB_NAME);
    } catch {
      resolve(null);
      return;
    }
    let created = false;
    request.onupgradeneeded = () => {
      // No database yet: aborting its creation leaves none behind (the app makes it with the locker).
      created = true;
      request.transaction?.abort();
    };
    request.onerror = (event) => {
      event.preventDefault();
      resolve(created ? false : null);
    };
    request.onsuccess = () => {
      const db = request.result;
      db.onversionchange = () => db.close();
      try {
        if (db.objectStoreNames.contains('meta')) {
          const count = db.transaction('meta', 'readonly').objectStore('meta').count('header');
          count.onsuccess = () => resolve(count.result > 0);
          count.onerror = () => resolve(null);
        } else {
          resolve(false);
        }
      } catch {
        resolve(null);
      } finally {
        db.close(); // takes effect once the read is done
      }
    };
  });
}

type Held = { readonly button: HTMLButtonElement } | { readonly form: HTMLFormElement; readonly submitter: HTMLElement | null };

/** Held taps and submits, replayed once the app holds the same elements. */
function holdUntilAdopted(root: HTMLElement): void {
  const held: Held[] = [];
  const onClick = (event: MouseEvent) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    if (button && button.type === 'button' && root.contains(button)) held.push({ button });
  };
  const onSubmit = (event: SubmitEvent) => {
    if (event.target instanceof HTMLFormElement) held.push({ form: event.target, submitter: event.submitter });
  };
  const used = () => {
    root.dataset.usedEarly = '';
  };
  root.addEventListener('click', onClick);
  root.addEventListener('submit', onSubmit);
  for (const type of USE_EVENTS) root.addEventListener(type, used, true);
  // From here React answers events itself (it finishes hydrating first when one comes).
  root.addEventListener(ADOPTING, () => {
    root.removeEventListener('click', onClick);
    root.removeEventListener('submit', onSubmit);
    for (const type of USE_EVENTS) root.removeEventListener(type, used, true);
  }, { once: true });
  root.addEventListener(ADOPTED, () => {
    for (const action of held.splice(0)) {
      if ('button' in action) {
        if (action.button.isConnected) action.button.click();
      } else if (action.form.isConnected) {
        const submitter = action.submitter?.isConnected ? action.submitter : action.form.querySelector<HTMLElement>('[type="submit"]');
        submitter?.click();
      }
    }
  }, { once: true });
}

export function showLockerForm(): void {
  const root = document.getElementById(LOCKER_ROOT_ID);
  if (!root) return;
  // A passphrase must never travel in an address: these forms have no action, so a submission
  // nobody took (before the app arrived, or if it failed to) would put it in the URL.
  root.addEventListener('submit', (event) => event.preventDefault());
  holdUntilAdopted(root);
  const decide = (screen: FirstScreenState) => {
    root.dataset.firstScreen = screen;
    root.dispatchEvent(new Event(SCREEN_DECIDED));
  };
  root.dataset.firstScreen = 'checking' satisfies FirstScreenState;
  void lockerOnDevice(indexedDB).then((exists) => {
    const screen = exists === null ? null : exists ? 'locked' : 'none';
    const template = screen ? document.getElementById(LOCKER_TEMPLATES[screen]) : null;
    if (!screen || !(template instanceof HTMLTemplateElement) || root.firstChild) return decide('unknown');
    root.append(template.content.cloneNode(true));
    const nothingFocused = document.activeElement === null || document.activeElement === document.body;
    if (nothingFocused) root.querySelector<HTMLElement>(FIRST_FOCUS)?.focus();
    return decide(screen);
  });
}
