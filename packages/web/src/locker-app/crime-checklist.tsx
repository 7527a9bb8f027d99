/**
 * "Which crimes apply": the verified articles grouped under their law, so each checkbox is named
 * by its article and a law's long name is read once; what each article covers is folded below.
 */
import { CRIMES } from '@jikim/case';
import { useLockerUi } from './locker-context.js';

const VERIFIED = CRIMES.filter((crime) => crime.verified);

export function CrimeChecklist() {
  const { t, locale } = useLockerUi();
  const laws = [...new Set(VERIFIED.map((crime) => crime.law[locale]))];
  return (
    <fieldset>
      <legend>{t.complaint.crimes}</legend>
      {laws.map((law) => (
        <fieldset key={law} className="crime-law">
          <legend>{law}</legend>
          {VERIFIED.filter((crime) => crime.law[locale] === law).map((crime) => (
            <div className="option" key={crime.id}>
              <input type="checkbox" id={`crime-${crime.id}`} name="crime" value={crime.id} aria-describedby={`crime-${crime.id}-hint`} />
              <label htmlFor={`crime-${crime.id}`}>{crime.provision[locale]}</label>
            </div>
          ))}
        </fieldset>
      ))}
      <details className="crime-summaries">
        <summary>{t.complaint.crimesExplained}</summary>
        <dl>
          {VERIFIED.map((crime) => (
            <div key={crime.id}><dt>{crime.law[locale]} {crime.provision[locale]}</dt><dd id={`crime-${crime.id}-hint`}>{crime.summary[locale]}</dd></div>
          ))}
        </dl>
      </details>
    </fieldset>
  );
}
