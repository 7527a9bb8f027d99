import { useId, type TextareaHTMLAttributes } from 'react';

interface TextAreaFieldProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  readonly label: string;
  readonly hint?: string;
  readonly error?: string | undefined;
}

/** A labelled text area whose hint and error are read with it (as `Field` for inputs). */
export function TextAreaField({ label, hint, error, id, ...area }: TextAreaFieldProps) {
  const own = useId();
  const areaId = id ?? own;
  const described = [hint ? `${areaId}-hint` : '', error ? `${areaId}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className="field console-field">
      <label htmlFor={areaId} className="label">{label}</label>
      {hint ? <p id={`${areaId}-hint`} className="hint">{hint}</p> : null}
      <textarea id={areaId} aria-invalid={error ? true : undefined} aria-describedby={described || undefined} rows={4} {...area} />
      {error ? <p id={`${areaId}-error`} className="field-error" role="alert">{error}</p> : null}
    </div>
  );
}
