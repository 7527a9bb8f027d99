import { useId, type InputHTMLAttributes } from 'react';

interface FieldProps extends InputHTMLAttributes<HTMLInputElement> {
  readonly label: string;
  readonly hint?: string;
  readonly error?: string | undefined;
}

/** A labelled input whose hint and error are read with it; an error is announced when it appears. */
export function Field({ label, hint, error, id, ...input }: FieldProps) {
  const own = useId();
  const inputId = id ?? own;
  const described = [hint ? `${inputId}-hint` : '', error ? `${inputId}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className="field console-field">
      <label htmlFor={inputId} className="label">{label}</label>
      {hint ? <p id={`${inputId}-hint`} className="hint">{hint}</p> : null}
      <input id={inputId} aria-invalid={error ? true : undefined} aria-describedby={described || undefined} {...input} />
      {error ? <p id={`${inputId}-error`} className="field-error" role="alert">{error}</p> : null}
    </div>
  );
}

/**
 * A message for the whole page or form: announced politely, or at once for an error. A live region
 * that arrives with its page is not reliably read, so a page that opens with a notice also names it
 * as its focused heading's description (`id`, `aria-describedby`).
 */
export function Notice({ text, kind, id }: { readonly text: string; readonly kind: 'error' | 'info'; readonly id?: string }) {
  if (!text) return null;
  return <p id={id} className={`console-notice ${kind}`} role={kind === 'error' ? 'alert' : 'status'}>{text}</p>;
}
