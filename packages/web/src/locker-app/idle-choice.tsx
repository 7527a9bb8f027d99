/** Settings: how long the locker may sit unused before it locks itself. */
import { IDLE_CHOICES, writeIdleMinutes } from './idle-lock.js';
import { useLockerUi } from './locker-context.js';

export function IdleChoice({ idleMinutes, onIdleMinutes }: { idleMinutes: number; onIdleMinutes: (minutes: number) => void }) {
  const { t } = useLockerUi();
  return (
    <section aria-labelledby="settings-title">
      <h2 id="settings-title">{t.menu.sections.settings}</h2>
      <div className="field">
        <label htmlFor="idle-minutes">{t.idle.label}</label>
        <select
          id="idle-minutes"
          value={idleMinutes}
          onChange={(e) => {
            writeIdleMinutes(Number(e.target.value));
            onIdleMinutes(Number(e.target.value));
          }}
        >
          {IDLE_CHOICES.map((n) => <option key={n} value={n}>{t.idle.minutes(n)}</option>)}
        </select>
      </div>
    </section>
  );
}
