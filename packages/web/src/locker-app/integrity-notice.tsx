/**
 * What the sealed index found at unlock: records gone, or put back to an older copy, by someone
 * without the passphrase. It stays on every unlock until the person says they have seen it.
 */
import { useState } from 'react';
import type { IndexFindings, LockerStore } from '@jikim/device';
import { useLockerUi } from './locker-context.js';

export function IntegrityNotice({ store, findings }: { store: LockerStore; findings: IndexFindings }) {
  const { t } = useLockerUi();
  const g = t.integrity;
  const [accepted, setAccepted] = useState(false);
  if (accepted) return null;
  return (
    <div role="alert" className="warning-note integrity-note">
      {findings.missing > 0 ? <p>{g.missing(findings.missing)}</p> : null}
      {findings.rolledBack > 0 ? <p>{g.rolledBack(findings.rolledBack)}</p> : null}
      {findings.indexRolledBack ? <p>{g.indexRolledBack}</p> : null}
      <p>{g.why}</p>
      <button type="button" className="button button-secondary" onClick={() => void store.acceptCurrentState().then(() => setAccepted(true))}>{g.accept}</button>
    </div>
  );
}
