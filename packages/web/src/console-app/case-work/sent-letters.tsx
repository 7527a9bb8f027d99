/** The case's sent letters: when, how, to whom, the subject and message id; the text opens in place. */
import type { SentLetter } from '@jikim/contracts';
import type { PageProps } from '../page-props.js';
import { seoulDateTime } from '../seoul-time.js';
import type { CaseWorkMessages } from './case-work-messages.js';

export function SentLetters({ w, locale, letters }: { readonly w: CaseWorkMessages; readonly locale: PageProps['locale']; readonly letters: readonly SentLetter[] }) {
  const s = w.letters;
  return (
    <section aria-labelledby="cw-letters-title" className="cw-letters">
      <h3 id="cw-letters-title">{s.title}</h3>
      {letters.length === 0 ? <p className="hint">{s.none}</p> : (
        <ul>
          {letters.map((letter) => (
            <li key={letter.id} className="cw-sent" data-letter-id={letter.id}>
              <p className="cw-sent-subject"><strong>{letter.subject}</strong></p>
              <p>
                <time dateTime={letter.at}>{seoulDateTime(letter.at, locale)}</time> · {s.how[letter.method]} · {s.targets(letter.targetIds.length)}
                {letter.actor.name ? ` · ${s.by}: ${letter.actor.name}` : ''}
              </p>
              <p>{s.to}: <code className="break-all">{letter.to}</code></p>
              {letter.messageId ? <p>{s.messageId}: <code className="break-all">{letter.messageId}</code></p> : null}
              <details className="case-history">
                <summary>{s.open}</summary>
                <pre className="pre-wrap cw-body" lang={letter.locale}>{letter.body}</pre>
              </details>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
