/**
 * The counsellor's cases: the list (tabs), one case, or the form that opens a case for a caller.
 * Which one shows is kept here, so going back to the list returns to the tab it came from.
 */
import { useState } from 'react';
import { CaseList } from './cases/case-list.js';
import { CasePage } from './cases/case-page.js';
import type { CaseTab } from './cases/case-view.js';
import { OpenCasePage } from './cases/open-case-page.js';
import type { PageProps } from './page-props.js';

type Screen =
  | { readonly kind: 'list' }
  | { readonly kind: 'case'; readonly id: string; readonly notice: string }
  | { readonly kind: 'open' };

export function CasesPage(props: PageProps) {
  const [screen, setScreen] = useState<Screen>({ kind: 'list' });
  const [tab, setTab] = useState<CaseTab>('new');
  const toList = () => setScreen({ kind: 'list' });
  switch (screen.kind) {
    case 'list':
      return <CaseList {...props} tab={tab} onTab={setTab} onOpen={(id) => setScreen({ kind: 'case', id, notice: '' })} onNew={() => setScreen({ kind: 'open' })} />;
    case 'open':
      return <OpenCasePage {...props} onBack={toList} onOpened={(id) => setScreen({ kind: 'case', id, notice: props.t.cases.actions.done })} />;
    case 'case':
      return <CasePage key={screen.id} {...props} caseId={screen.id} notice={screen.notice} onBack={toList} />;
  }
}
