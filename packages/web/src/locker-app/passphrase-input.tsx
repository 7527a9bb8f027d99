/**
 * A passphrase field with a show/hide button. It stays a password field while hidden (phone
 * keyboards then neither learn nor suggest what is typed), and asks the browser not to fill or
 * keep it: autocomplete off, and the form is emptied before it goes (see the screens using it).
 */
import { useState, type Ref } from 'react';
import { useLockerUi } from './locker-context.js';

interface PassphraseInputProps {
  readonly id: string;
  readonly name: string;
  readonly label: string;
  /** Each change of the text; the field keeps its own value (uncontrolled), so text typed before the app adopted it stays. */
  readonly onChange?: (value: string) => void;
  readonly describedBy?: string;
  readonly inputRef?: Ref<HTMLInputElement>;
}

export function PassphraseInput({ id, name, label, onChange, describedBy, inputRef }: PassphraseInputProps) {
  const { t } = useLockerUi();
  const [shown, setShown] = useState(false);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="passphrase-row">
        <input
          id={id} name={name} ref={inputRef} type={shown ? 'text' : 'password'} required
          autoComplete="off" autoCapitalize="off" autoCorrect="off" spellCheck={false} data-1p-ignore="" data-lpignore="true"
          {...(onChange ? { onChange: (e: React.ChangeEvent<HTMLInputElement>) => onChange(e.target.value) } : {})}
          {...(describedBy ? { 'aria-describedby': describedBy } : {})}
        />
        <button type="button" className="button button-secondary small" aria-pressed={shown} aria-controls={id} onClick={() => setShown(!shown)}>
          {shown ? t.create.hide : t.create.show}
        </button>
      </div>
    </div>
  );
}
