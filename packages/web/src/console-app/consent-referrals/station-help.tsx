/**
 * Help choosing the police station, by the guide's own rule (the offender's area if the person
 * knows where they live, otherwise their own): asked once, answered with the rule's words and the
 * official pages for finding a station. The guide is loaded only when a police referral is chosen.
 */
import type { OffenderAddressKnown, StationAdvice } from '@jikim/guide';
import { useEffect, useState } from 'react';
import type { ConsentReferralMessages } from './consent-referral-messages.js';

const ANSWERS = { yes: true, no: false, unsure: 'unsure' } as const satisfies Record<string, OffenderAddressKnown>;
type Answer = keyof typeof ANSWERS;

export function StationHelp({ m, locale }: { readonly m: ConsentReferralMessages; readonly locale: 'ko' | 'en' }) {
  const s = m.station;
  const [answer, setAnswer] = useState<Answer | undefined>();
  const [advice, setAdvice] = useState<StationAdvice | undefined>();

  useEffect(() => {
    if (!answer) return;
    let live = true;
    void import('@jikim/guide').then((guide) => live && setAdvice(guide.stationAdvice(ANSWERS[answer])));
    return () => void (live = false);
  }, [answer]);

  return (
    <div className="cr-station">
      <fieldset className="case-channels">
        <legend>{s.question}</legend>
        {(Object.keys(ANSWERS) as Answer[]).map((a) => (
          <div className="console-check" key={a}>
            <input type="radio" id={`cr-station-${a}`} name="offenderKnown" value={a} checked={answer === a} onChange={() => setAnswer(a)} />
            <label htmlFor={`cr-station-${a}`}>{s.answers[a]}</label>
          </div>
        ))}
      </fieldset>
      {answer && advice ? (
        <div className="cr-station-advice" role="status">
          <p><strong>{s.reportTo(advice.where[locale])}</strong></p>
          {advice.unsure ? <p>{advice.unsure[locale]}</p> : null}
          <details className="case-history">
            <summary>{s.rule}</summary>
            <p className="pre-wrap">{advice.rule[locale]}</p>
          </details>
          <p className="cr-links-title">{s.links}</p>
          <ul className="cr-links">
            {advice.links.filter((l) => l.address).map((l) => (
              <li key={l.id}><a href={l.address ?? undefined} rel="noreferrer noopener" target="_blank">{l.name[locale]}</a> — {l.purpose[locale]}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
