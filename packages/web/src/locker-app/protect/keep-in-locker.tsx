/**
 * Under the code and PIN sent from the locker: "Keep this code and PIN in my locker", checked — they
 * were sealed in the locker as they arrived, so an idle lock cannot lose them; unchecking takes them
 * out again (what was sent, and when, stays).
 */
import type { LockerProtectMessages } from './i18n/index.js';

interface KeepInLockerProps {
  readonly t: LockerProtectMessages;
  /** Whether the code and PIN are in the locker now; null until the first save settles. */
  readonly kept: boolean | null;
  readonly keepFailed: boolean;
  readonly onKeep: (keep: boolean) => void;
}

export function KeepInLocker({ t, kept, keepFailed, onKeep }: KeepInLockerProps) {
  return (
    <>
      <div className="option protect-keep">
        <input type="checkbox" id="protect-keep" checked={kept ?? true} disabled={kept === null || keepFailed} aria-describedby="protect-keep-hint"
          onChange={(e) => onKeep(e.target.checked)} />
        <label htmlFor="protect-keep">{t.keep}</label>
        <p id="protect-keep-hint" className="hint">{t.keepHint}</p>
      </div>
      <p role="status" className="form-status">{keepFailed ? '' : kept === true ? t.kept : kept === false ? t.notKept : ''}</p>
      {keepFailed ? <p role="alert" className="warning-note">{t.keepFailed}</p> : null}
    </>
  );
}
