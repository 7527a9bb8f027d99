/**
 * The locker's photos and videos to choose from, each blurred as elsewhere in the locker. Nothing is
 * chosen to begin with; an item already protected says when its fingerprints were sent. The previews
 * are decrypted only when asked for (the section shown).
 */
import type { Locale } from '@jikim/guide';
import { BlurredPreview } from '../blurred-preview.js';
import { formatWhen } from '../format.js';
import type { LockerStore } from '@jikim/device';
import type { LockerProtectMessages } from './i18n/index.js';
import type { LockerMedia } from './locker-media.js';

interface MediaPickerProps {
  readonly t: LockerProtectMessages;
  readonly locale: Locale;
  readonly store: LockerStore;
  readonly media: readonly LockerMedia[];
  readonly sent: ReadonlyMap<string, string>;
  readonly chosen: readonly string[];
  readonly onChange: (chosen: string[]) => void;
  readonly max: number;
  /** Whether to show (and so decrypt) the blurred previews. */
  readonly previews: boolean;
}

export function MediaPicker({ t, locale, store, media, sent, chosen, onChange, max, previews }: MediaPickerProps) {
  if (media.length === 0) return <p>{t.empty}</p>;
  const toggle = (id: string, on: boolean) => onChange(on ? [...chosen, id] : chosen.filter((x) => x !== id));
  return (
    <fieldset className="help-items protect-media" aria-describedby="protect-media-count">
      <legend className="label">{t.legend}</legend>
      {media.map((item) => {
        const id = `protect-media-${item.id}`;
        const sentAt = sent.get(item.id);
        return (
          <div className="option help-item protect-media-item" key={item.id} data-item-id={item.id}>
            <input type="checkbox" id={id} checked={chosen.includes(item.id)} aria-describedby={`${id}-facts`}
              disabled={!chosen.includes(item.id) && chosen.length >= max} onChange={(e) => toggle(item.id, e.target.checked)} />
            <label htmlFor={id} dir="auto">{item.title}</label>
            <p id={`${id}-facts`} className="hint">
              {item.kind === 'image' ? t.photo : t.video}
              {sentAt ? ` · ${t.sentOn(formatWhen(sentAt, locale))}` : ''}
            </p>
            {previews ? <BlurredPreview store={store} itemId={item.id} label={item.title} /> : null}
          </div>
        );
      })}
      <p id="protect-media-count" className="hint" aria-live="polite">{chosen.length === 0 ? t.none : t.chosen(chosen.length)}</p>
    </fieldset>
  );
}
