/** The locker's states: checking, none yet (create), locked (unlock), open. The key lives only in memory. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { lockerExists, type LockerStore } from '../locker/locker-store.js';
import { CreateLocker } from './create-locker.js';
import { useAutoLock, readIdleMinutes } from './idle-lock.js';
import { LockerUiContext, type LockerUi } from './locker-context.js';
import { OpenLocker } from './open-locker.js';
import { UnlockLocker } from './unlock-locker.js';

type State = { phase: 'checking' } | { phase: 'none' } | { phase: 'locked' } | { phase: 'open'; store: LockerStore };

export function LockerApp({ ui }: { ui: Omit<LockerUi, 'setBusy'> }) {
  const [state, setState] = useState<State>({ phase: 'checking' });
  const [notice, setNotice] = useState('');
  const [idleMinutes, setIdleMinutes] = useState(readIdleMinutes);
  const busyCount = useRef(0);
  const setBusy = useCallback((busy: boolean) => {
    busyCount.current = Math.max(0, busyCount.current + (busy ? 1 : -1));
  }, []);
  const isBusy = useCallback(() => busyCount.current > 0, []);
  const context = useMemo<LockerUi>(() => ({ ...ui, setBusy }), [ui, setBusy]);

  useEffect(() => {
    void lockerExists().then((exists) => setState({ phase: exists ? 'locked' : 'none' }));
  }, []);

  const store = state.phase === 'open' ? state.store : null;
  const lock = useCallback((reason: 'idle' | 'exit' | 'user') => {
    store?.lock();
    busyCount.current = 0;
    setState({ phase: 'locked' });
    setNotice(reason === 'idle' ? ui.t.lockedByIdle : '');
  }, [store, ui.t]);
  useAutoLock(store !== null, idleMinutes, isBusy, lock);

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
      {state.phase === 'none' ? <CreateLocker onCreated={opened} /> : null}
      {state.phase === 'locked' ? <UnlockLocker onUnlocked={opened} onWiped={wiped} /> : null}
      {state.phase === 'open' ? (
        <OpenLocker store={state.store} idleMinutes={idleMinutes} onIdleMinutes={setIdleMinutes} onLock={() => lock('user')} onWiped={wiped} />
      ) : null}
    </LockerUiContext.Provider>
  );
}
