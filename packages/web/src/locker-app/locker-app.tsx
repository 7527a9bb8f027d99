/** The locker's states: checking, none yet (create), locked (unlock), open. The key lives only in memory. */
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { CLOSED_ELSEWHERE, lockerExists, lockerSignals, preloadArgon2, revokeDownloads, type LockerStore } from '@jikim/device';
import { onLockerSignal, postLockerSignal } from './locker-channel.js';
import { CreateLocker } from './create-locker.js';
import { collectDraft, isEmptyDraft } from './form-draft.js';
import { useAutoLock, readIdleMinutes } from './idle-lock.js';
import { IdleWarning } from './idle-warning.js';
import { sectionFromHash } from './locker-sections.js';
import { LockerUiContext, type LockerUi } from './locker-context.js';
import { UnlockLocker } from './unlock-locker.js';

// The open locker (timeline, panels) is its own chunk, fetched once the person starts using the
// create/unlock form, so the first load holds only those screens (decision 0008).
const loadOpenLocker = () => import('./open-locker.js');
const OpenLocker = lazy(() => loadOpenLocker().then((m) => ({ default: m.OpenLocker })));

type State = { phase: 'checking' } | { phase: 'none' } | { phase: 'locked' } | { phase: 'open'; store: LockerStore };

interface LockerAppProps {
  readonly ui: Omit<LockerUi, 'setBusy'>;
  /** Whether a locker exists, asked by main.tsx before React arrived… */
  readonly firstCheck?: Promise<boolean>;
  /** …and its answer, when it was already in (then there is no "checking" step). */
  readonly exists?: boolean | undefined;
  /** The page already shows this screen, focused (client/locker-first-paint.ts): the app hydrates it. */
  readonly adopted?: boolean;
  /** …and the person already typed or tapped in it: the open locker's code is fetched at once. */
  readonly usedEarly?: boolean;
}

export function LockerApp({ ui, firstCheck, exists, adopted = false, usedEarly = false }: LockerAppProps) {
  const [state, setState] = useState<State>(exists === undefined ? { phase: 'checking' } : { phase: exists ? 'locked' : 'none' });
  const [notice, setNotice] = useState('');
  const [idleMinutes, setIdleMinutes] = useState(readIdleMinutes);
  const busyCount = useRef(0);
  const setBusy = useCallback((busy: boolean) => {
    busyCount.current = Math.max(0, busyCount.current + (busy ? 1 : -1));
  }, []);
  const isBusy = useCallback(() => busyCount.current > 0, []);
  const context = useMemo<LockerUi>(() => ({ ...ui, setBusy }), [ui, setBusy]);
  // An adopted screen was focused by the page; a screen drawn later (after a lock, a wipe) takes the focus itself.
  const adopting = useRef(adopted);
  const early = useRef(usedEarly);
  useEffect(() => {
    adopting.current = false;
  }, []);

  useEffect(() => {
    if (exists !== undefined) return;
    void (firstCheck ?? lockerExists()).then((exists) => setState({ phase: exists ? 'locked' : 'none' }));
  }, []);

  useEffect(() => {
    if (state.phase !== 'none' && state.phase !== 'locked') return undefined;
    // Typing, a key or a tap in the locker (not a focus: the unlock field takes it at once).
    const area = document.getElementById('locker-root') ?? document;
    const types = ['input', 'keydown', 'pointerdown'] as const;
    const stop = () => types.forEach((type) => area.removeEventListener(type, prefetch, true));
    function prefetch() {
      stop();
      void loadOpenLocker();
      // argon2id is needed the moment the passphrase is submitted: fetched while it is still being typed.
      void preloadArgon2();
    }
    if (early.current) {
      // Used already, in the page's own copy of this screen, before the app arrived.
      early.current = false;
      prefetch();
      return undefined;
    }
    types.forEach((type) => area.addEventListener(type, prefetch, true));
    return stop;
  }, [state.phase]);

  const store = state.phase === 'open' ? state.store : null;
  const [warning, setWarning] = useState<number | null>(null);
  const lock = useCallback((reason: 'idle' | 'exit' | 'user' | 'elsewhere') => {
    // An idle lock keeps what was half-typed, sealed, for the next unlock; the content goes from the screen at once.
    const root = reason === 'idle' ? document.querySelector('.locker-open') : null;
    const draft = root ? collectDraft(root, sectionFromHash(location.hash)) : null;
    if (store && draft && !isEmptyDraft(draft)) void store.saveDraft(draft).catch(() => undefined).finally(() => store.lock());
    else store?.lock();
    revokeDownloads();
    busyCount.current = 0;
    setWarning(null);
    setState({ phase: 'locked' });
    setNotice(reason === 'idle' ? ui.t.lockedByIdle : reason === 'elsewhere' ? ui.t.lockedElsewhere : '');
  }, [store, ui.t]);
  useAutoLock({ active: store !== null, minutes: idleMinutes, busy: isBusy, lock, warn: setWarning });

  // Another tab locked or wiped the locker, or its database is being deleted or upgraded: this tab follows at once.
  useEffect(() => {
    const closedElsewhere = () => {
      if (store) lock('elsewhere');
    };
    lockerSignals.addEventListener(CLOSED_ELSEWHERE, closedElsewhere);
    const stop = onLockerSignal((signal) => {
      if (signal.type === 'lock' && store) lock('elsewhere');
      if (signal.type === 'wipe') {
        store?.lock();
        busyCount.current = 0;
        setWarning(null);
        setState({ phase: 'none' });
        setNotice(ui.t.wipe.doneElsewhere);
      }
    });
    return () => {
      lockerSignals.removeEventListener(CLOSED_ELSEWHERE, closedElsewhere);
      stop();
    };
  }, [store, lock, ui.t]);
  const lockByHand = () => {
    lock('user');
    postLockerSignal({ type: 'lock' });
  };

  const opened = (next: LockerStore) => {
    setNotice('');
    setState({ phase: 'open', store: next });
  };
  const wiped = () => {
    busyCount.current = 0;
    setState({ phase: 'none' });
    setNotice(ui.t.wipe.done);
  };

  return (
    <LockerUiContext.Provider value={context}>
      <p className="locker-intro">{ui.t.intro}</p>
      <p role="status" className="locker-notice">{notice}</p>
      {state.phase === 'checking' ? <p>{ui.t.loading}</p> : null}
      {state.phase === 'none' ? <CreateLocker onCreated={opened} focusOnMount={!adopting.current} /> : null}
      {state.phase === 'locked' ? <UnlockLocker onUnlocked={opened} onWiped={wiped} focusOnMount={!adopting.current} /> : null}
      {state.phase === 'open' ? (
        <Suspense fallback={<p>{ui.t.loading}</p>}>
          <OpenLocker store={state.store} idleMinutes={idleMinutes} onIdleMinutes={setIdleMinutes} onLock={lockByHand} onWiped={wiped} />
        </Suspense>
      ) : null}
      {warning !== null && state.phase === 'open' ? <IdleWarning secondsLeft={warning} /> : null}
    </LockerUiContext.Provider>
  );
}
