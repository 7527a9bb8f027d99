/**
 * Shown a minute before an idle lock. Any touch or key keeps the locker open (the idle timer counts
 * it as activity); the button is there so the way to stay is obvious.
 */
import { useLockerUi } from './locker-context.js';

export function IdleWarning({ secondsLeft }: { secondsLeft: number }) {
  const { t } = useLockerUi();
  return (
    <div className="idle-warning" role="alert">
      <p>{t.idleWarning.message(secondsLeft)}</p>
      <button type="button" className="button">{t.idleWarning.keepWorking}</button>
    </div>
  );
}
