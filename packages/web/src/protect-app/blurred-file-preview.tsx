/** A chosen file's preview, made on the device and blurred until a deliberate tap. */
import { useState } from 'react';
import type { ProtectMessages } from './i18n/protect-messages.js';

interface BlurredFilePreviewProps {
  readonly t: ProtectMessages['item'];
  readonly url: string | undefined;
  readonly label: string;
  /** The id of the file's heading, which names the Show button's file. */
  readonly describedBy: string;
}

export function BlurredFilePreview({ t, url, label, describedBy }: BlurredFilePreviewProps) {
  const [shown, setShown] = useState(false);
  const [broken, setBroken] = useState(false);
  if (!url || broken) return null;
  return (
    <figure className="preview protect-preview">
      <div className={shown ? 'preview-frame' : 'preview-frame preview-hidden'}>
        <img src={url} alt={shown ? label : ''} aria-hidden={!shown} onError={() => setBroken(true)} />
      </div>
      <figcaption>
        {shown ? null : <p><span className="label">{t.hidden}</span> <span className="hint">{t.warning}</span></p>}
        <button type="button" className="button button-secondary small" aria-pressed={shown} aria-describedby={describedBy} onClick={() => setShown(!shown)}>
          {shown ? t.hide : t.show}
        </button>
      </figcaption>
    </figure>
  );
}
