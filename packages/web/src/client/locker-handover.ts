/**
 * How the locker page's first screen passes from the quick-exit script (locker-first-paint.ts,
 * which shows it as soon as the page's first script has arrived) to the locker's app
 * (locker-app/main.tsx, which adopts that same DOM once React has arrived). They are separate
 * bundles, so they speak through #locker-root: a data attribute and three events.
 */
export const LOCKER_ROOT_ID = 'locker-root';

/** The first screens, as LockerApp renders them before anything happens, in the page's templates. */
export const LOCKER_TEMPLATES = { none: 'locker-create', locked: 'locker-unlock' } as const;
export type FirstScreen = keyof typeof LOCKER_TEMPLATES;

/**
 * On the root (`data-first-screen`): 'checking' while IndexedDB is asked, then the screen shown
 * ('none': the create form; 'locked': the unlock form) or 'unknown' when none could be shown.
 */
export type FirstScreenState = 'checking' | FirstScreen | 'unknown';

/** Fired on the root once the first screen is decided, shown or not. */
export const SCREEN_DECIDED = 'jikim:locker-screen';
/** Fired by the app just before it hydrates the shown screen: from then on React answers events. */
export const ADOPTING = 'jikim:locker-adopting';
/** Fired by the app once the screen is its own: taps and submits made before are replayed. */
export const ADOPTED = 'jikim:locker-adopted';

/**
 * What the app focuses when it draws each screen itself (the create heading, the unlock field);
 * the first paint focuses the same, so adopting the screen moves nothing.
 */
export const FIRST_FOCUS = '#passphrase, #create-title';

/**
 * The kinds of activity after which the app fetches the open locker and argon2id (as LockerApp's
 * own list): if any happened before the app arrived, the root carries `data-used-early`, and the
 * app fetches them at once.
 */
export const USE_EVENTS = ['input', 'keydown', 'pointerdown'] as const;
