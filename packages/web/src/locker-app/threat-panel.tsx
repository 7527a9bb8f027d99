/** The threat view: the guide's three steps, the threat records in time order, sourced advice, and the station rule. */
import { organisationById, stationAdvice, THREAT_STEP_IDS, threatAdvice, threatStep, type AdviceSource, type Locale, type OffenderAddressKnown } from '@jikim/guide';
import { useState } from 'react';
import { evidenceTimeline, type EvidenceItem } from '@jikim/case';
import { formatWhen } from './format.js';
import { useLockerUi } from './locker-context.js';

/** Each source by its publisher's name in the page's language (a foreign name with its translation). */
function Sources({ sources, label, locale }: { sources: readonly AdviceSource[]; label: string; locale: Locale }) {
  return (
    // Folded: the advice is what a person reads first; where it comes from is one tap away.
    <details className="sources hint">
      <summary>{label} ({sources.length})</summary>
      <ul>{sources.map((s) => <li key={s.url}><a href={s.url} rel="noreferrer">{s.publisher[locale]}</a></li>)}</ul>
    </details>
  );
}

export function ThreatPanel({ items }: { items: readonly EvidenceItem[] }) {
  const { t, locale } = useLockerUi();
  const h = t.threat;
  const [known, setKnown] = useState<OffenderAddressKnown>('unsure');
  const advice = stationAdvice(known);
  // Threat records: anything filed under the threat situation, and every message (threats arrive as messages).
  const records = evidenceTimeline(items).filter(({ item }) => item.scenario === 'threat' || item.kind === 'message');

  return (
    <section aria-labelledby="threat-title">
      <h2 id="threat-title">{h.title}</h2>
      <p>{h.lead}</p>
      <h3>{h.stepsTitle}</h3>
      <ol className="plan-steps">
        {THREAT_STEP_IDS.map((id) => { const step = threatStep(id); return <li key={id}><span className="label">{step.title[locale]}</span> <span>{step.detail[locale]}</span></li>; })}
      </ol>
      <h3>{h.evidenceTitle}</h3>
      {records.length === 0 ? <p className="hint">{h.noEvidence}</p> : (
        <ol className="threat-records">
          {records.map(({ item, state, when }) => (
            <li key={item.id} dir="auto">
              <time dateTime={when}>{formatWhen(when, locale)}</time> · {t.kinds[item.kind]}
              {state.message?.senderNumber ? <> · <span className="label">{state.message.senderNumber}</span></> : null}
              {state.message?.text ? <> · {state.message.text}</> : null}
              {item.file ? <> · {item.file.name}</> : null}
            </li>
          ))}
        </ol>
      )}
      <h3>{h.adviceTitle}</h3>
      {threatAdvice.map((a) => (
        // Each piece of advice opens from its title, so the four fit on a phone screen with the station rule below.
        <details key={a.id} className="advice">
          <summary className="label">{a.title[locale]}</summary>
          <p>{a.body[locale]}</p>
          <Sources sources={a.sources} label={a.status === 'verified' ? h.sources : `${h.sources} (${h.unverified})`} locale={locale} />
        </details>
      ))}
      <h3 id="station-title">{h.stationTitle}</h3>
      <fieldset>
        <legend>{h.question}</legend>
        {([[true, h.yes], [false, h.no], ['unsure', h.unsure]] as const).map(([value, label]) => (
          <div className="option" key={String(value)}>
            <input type="radio" id={`offender-${String(value)}`} name="offender-address" checked={known === value} onChange={() => setKnown(value)} />
            <label htmlFor={`offender-${String(value)}`}>{label}</label>
          </div>
        ))}
      </fieldset>
      <div className="panel">
        <p className="station-where"><span className="label">{h.reportTo}:</span> {advice.where[locale]}</p>
        {advice.unsure ? <p>{advice.unsure[locale]}</p> : null}
      </div>
      <details className="station-links">
        <summary className="label">{h.linksTitle} ({advice.links.length})</summary>
        <ul>
        {advice.links.map((link) => (
          <li key={link.id}>
            {link.address ? <a href={link.address} rel="noreferrer">{link.name[locale]}</a> : <span>{link.name[locale]} — {h.noAddress}</span>}
            {link.status === 'unverified' ? ` (${h.unverified})` : ''}: {link.purpose[locale]}
          </li>
        ))}
        </ul>
      </details>
      <p className="label">{h.accompanyTitle}</p>
      <ul>
        {advice.accompany.map((a) => { const org = organisationById(a.organisation); const phone = org.phones[0]; return (
          <li key={a.organisation}>{org.name[locale]}{phone ? <> · <a href={`tel:${phone.tel}`}>{phone.display}</a></> : null}</li>
        ); })}
      </ul>
    </section>
  );
}
