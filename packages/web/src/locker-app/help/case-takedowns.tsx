/**
 * "Takedowns for you": every address of the case with its site, its status in plain words and its
 * history (when, who, the reference and the reply). Addresses are text, never links: a tap must not
 * open the content. In the locker and on /help/status.
 */
import type { VictimTakedown } from '@jikim/contracts';
import type { Locale } from '@jikim/guide';
import { takedownRows } from './case-takedowns-view.js';
import type { CaseWorkMessages } from './i18n/help-messages.js';

const TAGS: Record<Locale, string> = { ko: 'ko-KR', en: 'en-GB' };
const when = (iso: string, locale: Locale) => new Date(iso).toLocaleString(TAGS[locale], { dateStyle: 'long', timeStyle: 'short' });

export function CaseTakedowns({ t, locale, takedowns }: { t: CaseWorkMessages['takedowns']; locale: Locale; takedowns: readonly VictimTakedown[] | undefined }) {
  const rows = takedownRows(takedowns, t);
  return (
    <section className="case-takedowns" aria-labelledby="case-takedowns-title">
      <h3 id="case-takedowns-title">{t.title}</h3>
      <p className="hint">{t.lead}</p>
      {rows.length === 0 ? <p className="panel">{t.empty}</p> : (
        <>
          <p className="label">{t.count(rows.length)}</p>
          <ul className="help-status-list case-takedown-list">
            {rows.map((row) => (
              <li key={row.id} className="case-takedown" data-target-id={row.id} data-status={row.status}>
                <h4 className="case-takedown-url break-all" dir="ltr">{row.url}</h4>
                <p className="case-takedown-site"><span className="label">{t.site}: </span><span dir="auto">{row.site}</span></p>
                <p><span className="label">{t.statusLabel}: </span><span className="case-takedown-status">{row.statusText}</span></p>
                {row.history.length === 0 ? null : (
                  <details className="history">
                    <summary>{t.history(row.history.length)}</summary>
                    <ol className="case-takedown-history">
                      {row.history.map((e, n) => (
                        <li key={n}>
                          <time dateTime={e.at}>{when(e.at, locale)}</time> · <span className="label">{e.by}</span> · {e.statusText}
                          {e.reference ? <><br /><span className="hint">{t.reference}: </span><span dir="auto">{e.reference}</span></> : null}
                          {e.response ? <><br /><span className="hint">{t.response}: </span><span className="help-message-text" dir="auto">{e.response}</span></> : null}
                        </li>
                      ))}
                    </ol>
                  </details>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
