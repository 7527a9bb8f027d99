/**
 * One target in its operator's group: the URL as text with a copy button (never a link to the
 * content), its status in words, who entered it, its history (collapsed) and "record a reply".
 */
import { ASKABLE_STATUSES } from '@jikim/case';
import type { Target } from '@jikim/contracts';
import { useRef, useState } from 'react';
import type { PageProps } from '../page-props.js';
import { seoulDateTime } from '../seoul-time.js';
import type { CaseWorkMessages } from './case-work-messages.js';
import { TargetReply } from './target-reply.js';

interface TargetRowProps {
  readonly w: CaseWorkMessages;
  readonly t: PageProps['t'];
  readonly locale: PageProps['locale'];
  readonly caseId: string;
  readonly target: Target;
  readonly canWrite: boolean;
  readonly onFailure: PageProps['onFailure'];
  readonly onSaved: (text: string) => Promise<void>;
  readonly onWriteOne: (target: Target) => void;
}

export function CopyText({ w, text }: { readonly w: CaseWorkMessages; readonly text: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <span className="case-copy">
      <button type="button" className="button small secondary" onClick={() => void navigator.clipboard?.writeText(text).then(() => setCopied(true), () => undefined)}>
        {w.target.copy}
      </button>
      {copied ? <span role="status">{w.target.copied}</span> : null}
    </span>
  );
}

export function TargetRow({ w, t, locale, caseId, target, canWrite, onFailure, onSaved, onWriteOne }: TargetRowProps) {
  const k = w.target;
  const [replying, setReplying] = useState(false);
  const [said, setSaid] = useState('');
  const replyButton = useRef<HTMLButtonElement>(null);
  const actor = (e: Target['events'][number]) => (e.actor.kind === 'counsellor' && e.actor.name ? e.actor.name : k.by[e.actor.kind]);
  return (
    <li className="cw-target" data-target-id={target.id} data-status={target.status}>
      <p className="cw-url"><span className="visually-hidden">{k.url}: </span><code className="break-all">{target.url}</code></p>
      <p className="cw-target-facts">
        <span className={`cw-status cw-status-${target.status}`}>{k.status}: <strong>{w.statuses[target.status]}</strong></span>
        {target.source === 'victim' ? <span> · {k.fromVictim}</span> : null}
      </p>
      {target.events.length > 0 ? (
        <details className="case-history">
          <summary>{k.history(target.events.length)}</summary>
          <ol>
            {target.events.map((e, n) => (
              <li key={n}>
                <time dateTime={e.at}>{seoulDateTime(e.at, locale)}</time> · {w.statuses[e.status]} · {actor(e)}
                {e.reference ? <> · {k.reference}: {e.reference}</> : null}
                {e.response ? <span className="pre-wrap cw-response"> · {k.response}: {e.response}</span> : null}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
      <div className="button-row cw-row-actions">
        <CopyText w={w} text={target.url} />
        <button type="button" ref={replyButton} className="button small secondary" aria-expanded={replying} onClick={() => { setSaid(''); setReplying(!replying); }}>{k.recordReply}</button>
        {canWrite && ASKABLE_STATUSES.includes(target.status) ? <button type="button" className="button small secondary" onClick={() => onWriteOne(target)}>{k.writeOne}</button> : null}
      </div>
      {said ? <p role="status" className="cw-said">{said}</p> : null}
      {replying ? (
        <TargetReply w={w} t={t} caseId={caseId} target={target} onFailure={onFailure} onClose={() => setReplying(false)}
          onSaved={async (text) => {
            // Said here, beside the row, and the focus goes back to its button: the panel's list reloads around it.
            setReplying(false);
            await onSaved('');
            setSaid(text);
            replyButton.current?.focus();
          }} />
      ) : null}
    </li>
  );
}
