/**
 * Choosing which locker items go to the centre. Nothing is chosen to begin with: sharing an intimate
 * image is the person's decision, item by item, never a default.
 */
import type { EvidenceKind } from '@jikim/case';
import { HELP_LIMITS } from '@jikim/contracts';
import type { Locale } from '@jikim/guide';
import { formatBytes } from '../format.js';
import type { HelpMessages } from './i18n/help-messages.js';
import type { ItemSummary } from './shared-items.js';

interface ItemPickerProps {
  readonly t: HelpMessages;
  readonly kinds: Record<EvidenceKind, string>;
  readonly locale: Locale;
  readonly items: readonly ItemSummary[];
  readonly chosen: readonly string[];
  readonly onChange: (chosen: string[]) => void;
  readonly idPrefix: string;
  readonly error?: string | undefined;
}

export function ItemPicker({ t, kinds, locale, items, chosen, onChange, idPrefix, error }: ItemPickerProps) {
  const p = t.items;
  if (items.length === 0) return <p>{p.empty}</p>;
  const toggle = (id: string, on: boolean) => onChange(on ? [...chosen, id] : chosen.filter((x) => x !== id));
  return (
    <fieldset className="help-items" aria-describedby={`${idPrefix}-count${error ? ` ${idPrefix}-error` : ''}`}>
      <legend className="label">{p.legend}</legend>
      {items.map((item) => {
        const id = `${idPrefix}-${item.id}`;
        const full = !chosen.includes(item.id) && chosen.length >= HELP_LIMITS.items;
        return (
          <div className="option help-item" key={item.id}>
            <input
              type="checkbox"
              id={id}
              checked={chosen.includes(item.id)}
              disabled={!item.sharable || full}
              onChange={(e) => toggle(item.id, e.target.checked)}
              aria-describedby={`${id}-facts`}
            />
            <label htmlFor={id} dir="auto">{item.title || kinds[item.kind]}</label>
            <p id={`${id}-facts`} className="hint">
              {kinds[item.kind]} · {item.bytes === undefined ? p.noFile : item.kind === 'file' ? formatBytes(item.bytes, locale) : p.fileSize(formatBytes(item.bytes, locale))}
              {item.sharable ? null : <><br />{p.incomplete}</>}
            </p>
          </div>
        );
      })}
      <p id={`${idPrefix}-count`} className="hint" aria-live="polite">{chosen.length === 0 ? p.none : p.chosen(chosen.length)}</p>
      {error ? <p id={`${idPrefix}-error`} className="form-error">{error}</p> : null}
    </fieldset>
  );
}
