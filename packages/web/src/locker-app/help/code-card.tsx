/** The request code and PIN, shown once, large, with what they are for and that they cannot be recovered. */
import type { Ref } from 'react';
import type { CaseAccess } from './help-api.js';
import { formatPin } from './help-format.js';
import type { HelpMessages } from './i18n/help-messages.js';

interface CodeCardProps {
  readonly t: HelpMessages;
  readonly access: CaseAccess;
  readonly heading: Ref<HTMLHeadingElement>;
  readonly onDone: () => void;
}

export function CodeCard({ t, access, heading, onDone }: CodeCardProps) {
  const c = t.code;
  return (
    <div className="help-code-card">
      <h3 ref={heading} tabIndex={-1}>{c.title}</h3>
      <p>{c.lead}</p>
      <dl className="help-code">
        <dt>{c.caseCode}</dt>
        <dd><code id="help-case-code" translate="no">{access.code}</code></dd>
        <dt>{c.pin}</dt>
        <dd><code id="help-case-pin" translate="no">{formatPin(access.pin)}</code></dd>
      </dl>
      <p className="warning-note" role="note">{c.warning}</p>
      <p className="hint">{c.kept}</p>
      <button type="button" className="button" onClick={onDone}>{c.done}</button>
    </div>
  );
}
