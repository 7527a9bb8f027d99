/** A preview made on the device, blurred until a deliberate tap, with a gentle warning. */
import { useEffect, useState } from 'react';
import type { LockerStore } from '@jikim/device';
import { useLockerUi } from './locker-context.js';

export function BlurredPreview({ store, itemId, label }: { store: LockerStore; itemId: string; label: string }) {
  const { t } = useLockerUi();
  const [url, setUrl] = useState<string | null>(null);
  const [shown, setShown] = useState(false);
  useEffect(() => {
    let objectUrl: string | null = null;
    let live = true;
    void store.thumbnail(itemId).then((bytes) => {
      if (!bytes || !live) return;
      objectUrl = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }));
      setUrl(objectUrl);
    }).catch(() => undefined);
    return () => {
      live = false;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [store, itemId]);

  if (!url) return null;
  return (
    <figure className="preview">
      <div className={shown ? 'preview-frame' : 'preview-frame preview-hidden'}>
        <img src={url} alt={shown ? label : ''} aria-hidden={!shown} />
      </div>
      <figcaption>
        {shown ? null : <><span className="label">{t.preview.hidden}</span> <span className="hint">{t.preview.warning}</span></>}
        <button type="button" className="button button-secondary small" aria-pressed={shown} onClick={() => setShown(!shown)}>
          {shown ? t.preview.hide : t.preview.show}
        </button>
      </figcaption>
    </figure>
  );
}
