/**
 * The statistics page for admins: a period (dates, or this year / last year / the last 30 days),
 * then each figure as a bar chart with the same numbers in a table below it, and the period's CSV
 * (made by the server). Loaded only when an admin opens it, with Chart.js in its own chunk.
 */
import type { Stats } from '@jikim/contracts';
import { useCallback, useEffect, useMemo, useState, type FormEvent } from 'react';
import { api } from '../console-api.js';
import { Notice } from '../form-field.js';
import type { PageProps } from '../page-props.js';
import { useHeadingFocus } from '../use-heading-focus.js';
import { BarChart, type BarSeries } from './bar-chart.js';
import { statsMessages } from './stats-messages.js';
import { CountTable, RemovalDaysTable } from './stats-tables.js';
import { barOf, countSections, countText, presetPeriod, seoulToday, statsQuery, validPeriod, type Period, type Preset } from './stats-view.js';

const PRESETS: readonly Preset[] = ['thisYear', 'lastYear', 'last30'];

export function StatsPage({ locale, onFailure }: PageProps) {
  const m = statsMessages[locale];
  const heading = useHeadingFocus<HTMLHeadingElement>();
  const [form, setForm] = useState<Period>(() => presetPeriod('thisYear', seoulToday(new Date())));
  const [shown, setShown] = useState<Period | undefined>();
  const [stats, setStats] = useState<Stats | undefined>();
  const [problem, setProblem] = useState('');
  const [loading, setLoading] = useState(false);

  const load = useCallback(async (period: Period) => {
    setLoading(true);
    setProblem('');
    const r = await api<Stats>('GET', `/stats?${statsQuery(period, locale)}`);
    setLoading(false);
    if (r.ok) {
      setStats(r.value);
      setShown(period);
    } else if (!onFailure(r)) {
      setProblem(r.status === 403 ? m.forbidden : m.failed(r.requestId));
    }
  }, [locale, m, onFailure]);
  useEffect(() => void load(presetPeriod('thisYear', seoulToday(new Date()))), [load]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!validPeriod(form)) return setProblem(m.badPeriod);
    void load(form);
  }
  function preset(p: Preset) {
    const period = presetPeriod(p, seoulToday(new Date()));
    setForm(period);
    void load(period);
  }

  const sections = useMemo(() => (stats ? countSections(stats, m) : []), [stats, m]);
  const charts = useMemo(() => sections.map((s) => ({
    labels: s.rows.map((r) => r.label),
    series: [{ name: s.title, points: s.rows.map((r) => ({ ...barOf(r.count), text: countText(r.count, locale) })) }] as BarSeries[],
  })), [sections, locale]);
  const removal = useMemo(() => {
    const rows = stats?.removalDays.filter((r) => r.median !== null) ?? [];
    const point = (n: number | null) => ({ value: n, suppressed: false, text: n === null ? '' : m.days(n) });
    return {
      labels: rows.map((r) => r.name),
      series: [{ name: m.columns.median, points: rows.map((r) => point(r.median)) }, { name: m.columns.p90, points: rows.map((r) => point(r.p90)) }],
    };
  }, [stats, m]);

  return (
    <section aria-labelledby="st-title" className="st-page">
      <h1 id="st-title" ref={heading} tabIndex={-1}>{m.title}</h1>
      <p>{m.intro}</p>
      <form className="console-form st-period" onSubmit={submit} noValidate aria-labelledby="st-period-title">
        <h2 id="st-period-title">{m.period}</h2>
        <div className="button-row st-presets">
          {PRESETS.map((p) => <button key={p} type="button" className="button small secondary" disabled={loading} onClick={() => preset(p)}>{m.presets[p]}</button>)}
        </div>
        <div className="st-dates">
          <div className="field console-field">
            <label htmlFor="st-from" className="label">{m.from}</label>
            <input id="st-from" type="date" value={form.from} onChange={(e) => setForm({ ...form, from: e.currentTarget.value })} />
          </div>
          <div className="field console-field">
            <label htmlFor="st-to" className="label">{m.to}</label>
            <input id="st-to" type="date" value={form.to} onChange={(e) => setForm({ ...form, to: e.currentTarget.value })} />
          </div>
        </div>
        <div className="button-row"><button type="submit" className="button" disabled={loading}>{m.show}</button></div>
      </form>
      <Notice text={problem} kind="error" />
      {loading ? <p role="status">{m.loading}</p> : null}
      {stats && shown ? (
        <div className="st-results">
          <p className="st-showing"><strong>{m.showing(stats.from, stats.to)}</strong></p>
          <dl className="st-totals">
            <div><dt>{m.totalCases}</dt><dd data-total="cases">{countText(stats.cases.total, locale)}</dd></div>
            <div><dt>{m.totalRequests}</dt><dd data-total="requests">{countText(stats.requests.total, locale)}</dd></div>
          </dl>
          <p className="hint">{m.suppressedNote}</p>
          <p>
            <a className="button secondary st-download" href={`/api/console/v1/stats.csv?${statsQuery(shown, locale)}`} download aria-describedby="st-download-hint">{m.download}</a>
          </p>
          <p id="st-download-hint" className="hint">{m.downloadHint}</p>
          {sections.map((s, i) => (
            <section key={s.id} aria-labelledby={`st-${s.id}`} className="st-section">
              <h2 id={`st-${s.id}`}>{s.title}</h2>
              {s.rows.length === 0 ? <p className="hint">{m.none}</p> : (
                <>
                  <BarChart labels={charts[i]?.labels ?? []} series={charts[i]?.series ?? []} />
                  <CountTable m={m} locale={locale} section={s} />
                </>
              )}
            </section>
          ))}
          <section aria-labelledby="st-removalDays" className="st-section">
            <h2 id="st-removalDays">{m.sections.removalDays}</h2>
            {stats.removalDays.length === 0 ? <p className="hint">{m.none}</p> : (
              <>
                {removal.labels.length > 0 ? <BarChart labels={removal.labels} series={removal.series} /> : null}
                <RemovalDaysTable m={m} locale={locale} rows={stats.removalDays} />
              </>
            )}
          </section>
        </div>
      ) : null}
    </section>
  );
}
