/**
 * A shared file's thumbnail, blurred until a deliberate tap (as the locker's preview). The bytes come
 * as a Blob and are shown from an object URL, revoked when the item leaves the screen.
 */
import { useEffect, useState } from 'react';
import { fetchThumbnail } from './case-api.js';
import type { CaseMessages } from './case-messages.js';

export function CaseThumbnail({ t, caseId, itemId, title }: { readonly t: CaseMessages; readonly caseId: string; readonly itemId: string; readonly title: string }) {
  const [url, setUrl] = useState<string | null>(null);
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const abort = new AbortController();
    let objectUrl: string | null = null;
    void fetchThumbnail(caseId, itemId, abort.signal).then((blob) => {
      if (!blob || abort.signal.aborted) return;
      objectUrl = URL.createObjectURL(blob);
      setUrl(objectUrl);
    }).catch(() => undefined);
    return () => {
      abort.abort();
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [caseId, itemId]);

  if (!url) return null;
  return (
    <figure className="preview case-preview">
      <div className={shown ? 'preview-frame' : 'preview-frame preview-hidden'}>
        <img src={url} alt={shown ? t.preview.alt(title) : ''} aria-hidden={!shown} />
      </div>
      <figcaption>
        {shown ? null : <><span className="label">{t.preview.hidden}</span> <span className="hint">{t.preview.warning}</span></>}
        <button type="button" className="button secondary small" aria-pressed={shown} onClick={() => setShown(!shown)}>
          {shown ? t.preview.hide : t.preview.show}
        </button>
      </figcaption>
    </figure>
  );
}
