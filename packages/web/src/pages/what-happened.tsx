import { emergency, organisationById, scenarios, type Locale, type Scenario } from '@jikim/guide';
import { Layout } from '../components/layout.js';
import { messages } from '../i18n/index.js';
import { pagePath } from '../routes.js';
import type { PageProps } from './page-props.js';

function Option({ name, value, label, type }: { name: string; value: string; label: string; type: 'checkbox' | 'radio' }) {
  const id = `${name}-${value}`;
  return (
    <div className="option">
      <input type={type} id={id} name={name} value={value} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

function PlanScenario({ scenario, locale }: { scenario: Scenario; locale: Locale }) {
  const t = messages[locale];
  return (
    <section data-when={`scenario:${scenario.id}`} hidden aria-labelledby={`plan-${scenario.id}`}>
      <h3 id={`plan-${scenario.id}`}>{scenario.title[locale]}</h3>
      <ol className="plan-steps">
        {scenario.steps.map((step) => (
          <li key={step.id}>
            <div className="option">
              <input type="checkbox" id={`tick-${step.id}`} data-tick={step.id} autoComplete="off" aria-describedby={`detail-${step.id}`} />
              <label htmlFor={`tick-${step.id}`}>{step.title[locale]}</label>
            </div>
            <p id={`detail-${step.id}`}>{step.detail[locale]}</p>
            {step.locker ? (
              <p className="step-tool no-print">
                <a href={pagePath(locale, 'locker')}>{step.locker[locale]}</a>
                <span className="hint">{t.scenario.lockerNote}</span>
              </p>
            ) : null}
            {step.protect ? (
              <p className="step-tool no-print">
                <a href={pagePath(locale, 'protect')}>{step.protect[locale]}</a>
                <span className="hint">{t.scenario.protectNote}</span>
              </p>
            ) : null}
            {step.id === 'threat-3' ? (
              <>
                <p className="station" data-when="address:yes" hidden>{t.plan.stationKnown}</p>
                <p className="station" data-when="address:no" hidden>{t.plan.stationUnknown}</p>
              </>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

export function WhatHappenedPage({ locale, assets }: PageProps) {
  const t = messages[locale];
  const p = t.plan;
  const contactIds = [...new Set(scenarios.flatMap((s) => s.steps.flatMap((step) => step.contacts)))];
  return (
    <Layout locale={locale} page="what-happened" title={p.title} description={p.lead} assets={assets}>
      <h1>{p.title}</h1>
      <p className="lead no-print">{p.lead}</p>
      <p className="privacy no-print">{p.privacy}</p>
      <div id="plan-fallback" className="panel no-print">
        <p>{p.noScript}</p>
        <ul>
          {scenarios.map((s) => <li key={s.id}><a href={pagePath(locale, `guide/${s.id}`)}>{s.title[locale]}</a></li>)}
          <li><a href={pagePath(locale, 'awareness')}>{p.sawTitle}</a></li>
        </ul>
      </div>
      <form id="plan-form" className="no-print" hidden noValidate autoComplete="off" data-progress={p.progress} data-choose-one={p.chooseOne}>
        <p id="plan-progress" className="progress" aria-live="polite"></p>
        <fieldset data-question="what" aria-describedby="q1-hint q1-error">
          <legend><h2 tabIndex={-1}>{p.q1.legend}</h2></legend>
          <p id="q1-hint" className="hint">{p.q1.hint}</p>
          <p id="q1-error" className="error" hidden>{p.chooseOne}</p>
          {Object.entries(p.q1.options).map(([value, label]) => (
            <Option key={value} type="checkbox" name="what" value={value} label={label} />
          ))}
        </fieldset>
        <fieldset data-question="danger" hidden>
          <legend><h2 tabIndex={-1}>{p.q2.legend}</h2></legend>
          {Object.entries(p.q2.options).map(([value, label]) => (
            <Option key={value} type="radio" name="danger" value={value} label={label} />
          ))}
        </fieldset>
        <fieldset data-question="address" hidden aria-describedby="q3-hint">
          <legend><h2 tabIndex={-1}>{p.q3.legend}</h2></legend>
          <p id="q3-hint" className="hint">{p.q3.hint}</p>
          {Object.entries(p.q3.options).map(([value, label]) => (
            <Option key={value} type="radio" name="address" value={value} label={label} />
          ))}
        </fieldset>
        <div className="actions">
          <button type="button" className="button button-secondary" data-action="back">{p.back}</button>
          <button type="submit" className="button" data-action="next" data-label-next={p.next} data-label-finish={p.showPlan}>{p.next}</button>
        </div>
      </form>
      <section id="plan" hidden aria-labelledby="plan-title">
        <h2 id="plan-title" tabIndex={-1}>{p.resultTitle}</h2>
        <p className="plan-date" data-label={p.madeOn} hidden></p>
        <p>{p.resultLead} <span className="no-print">{p.resultTicks}</span></p>
        <div className="emergency" data-when="danger" hidden>
          <h3>{p.dangerTitle}</h3>
          <p>{p.dangerBody}</p>
          <a className="call-button" href={`tel:${emergency.phone.tel}`}>{t.call} {emergency.phone.display}</a>
        </div>
        {scenarios.map((s) => <PlanScenario key={s.id} scenario={s} locale={locale} />)}
        <section data-when="saw" hidden aria-labelledby="plan-saw">
          <h3 id="plan-saw">{p.sawTitle}</h3>
          <ul>{p.sawSteps.map((step) => <li key={step}>{step}</li>)}</ul>
        </section>
        <section aria-labelledby="plan-contacts">
          <h3 id="plan-contacts">{p.contactsTitle}</h3>
          <ul className="plan-contacts">
            <li>{emergency.name[locale]}: <a href={`tel:${emergency.phone.tel}`}>{emergency.phone.display}</a></li>
            {contactIds.map((id) => {
              const org = organisationById(id);
              const forScenarios = scenarios.filter((s) => s.steps.some((step) => step.contacts.includes(id))).map((s) => s.id);
              return (
                <li key={id} data-contact-for={forScenarios.join(' ')}>
                  {org.name[locale]}:{' '}
                  {org.phones.map((phone, i) => (
                    <span key={phone.tel}>{i > 0 ? ', ' : ''}<a href={`tel:${phone.tel}`}>{phone.display}</a></span>
                  ))}
                </li>
              );
            })}
          </ul>
        </section>
        <p className="print-only">{p.printedNote}</p>
        <div className="actions no-print">
          <button type="button" className="button" data-action="print">{p.print}</button>
          <button type="button" className="button button-secondary" data-action="previous-question">{p.previousQuestion}</button>
          <button type="button" className="button button-secondary" data-action="restart">{p.startOver}</button>
        </div>
      </section>
    </Layout>
  );
}
