/** One operator's group of targets: its name, type, how to reach it, the letter language, its addresses. */
import type { Target } from '@jikim/contracts';
import type { ReactNode } from 'react';
import type { PageProps } from '../page-props.js';
import type { CaseWorkMessages } from './case-work-messages.js';
import { ExternalLink } from './external-link.js';
import type { TargetGroup as Group } from './target-groups.js';
import { TargetRow } from './target-row.js';

interface TargetGroupProps {
  readonly w: CaseWorkMessages;
  readonly t: PageProps['t'];
  readonly locale: PageProps['locale'];
  readonly caseId: string;
  readonly group: Group;
  readonly canWrite: boolean;
  readonly onFailure: PageProps['onFailure'];
  readonly onSaved: (text: string) => Promise<void>;
  readonly onWrite: (group: Group, targets: readonly Target[]) => void;
  /** The letter being written to this operator, shown under its facts. */
  readonly composer: ReactNode;
}

export function TargetGroupCard({ w, t, locale, caseId, group, canWrite, onFailure, onSaved, onWrite, composer }: TargetGroupProps) {
  const g = w.group;
  const { channel } = group;
  const id = `cw-group-${group.key.replace(/[^a-z0-9-]/giu, '-')}`;
  const open = group.askable;
  return (
    <li className="cw-group" aria-labelledby={id} data-operator={group.key}>
      <h3 id={id}>{channel.from === 'other' ? g.other : channel.name} <span className="cw-count">· {g.targets(group.targets.length)}</span></h3>
      <dl className="case-facts">
        <div><dt>{w.operators.type}</dt><dd>{w.siteTypes[channel.siteType]} · {channel.from === 'other' ? g.other : channel.from === 'centre' ? g.centre : g.directory}</dd></div>
        <div>
          <dt>{g.reach}</dt>
          <dd>
            {channel.email ? <span className="cw-reach">{g.email}: <code className="break-all">{channel.email}</code></span> : null}
            {channel.formUrl ? <span className="cw-reach">{g.form}: <ExternalLink href={channel.formUrl} /></span> : null}
            {!channel.email && !channel.formUrl ? g.noChannel : null}
          </dd>
        </div>
        <div><dt>{g.letterLanguage}</dt><dd>{w.languages[channel.language]}</dd></div>
      </dl>
      {canWrite && open.length > 0 ? (
        <div className="button-row"><button type="button" className="button small" onClick={() => onWrite(group, open)}>{g.writeLetter}</button></div>
      ) : null}
      {composer}
      <ul className="cw-targets">
        {group.targets.map((target) => (
          <TargetRow key={target.id} w={w} t={t} locale={locale} caseId={caseId} target={target} canWrite={canWrite}
            onFailure={onFailure} onSaved={onSaved} onWriteOne={(one) => onWrite(group, [one])} />
        ))}
      </ul>
    </li>
  );
}
