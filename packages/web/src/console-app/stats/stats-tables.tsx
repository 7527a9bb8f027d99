/**
 * The figures as HTML tables (what screen readers read): one per count section, and the days to
 * removal per operator. A suppressed count says "< 5"; a median too few to work out says why.
 */
import type { Stats } from '@jikim/contracts';
import type { StatsMessages } from './stats-messages.js';
import { countText, type CountSection } from './stats-view.js';

interface Common { readonly m: StatsMessages; readonly locale: 'ko' | 'en' }

export function CountTable({ m, locale, section }: Common & { readonly section: CountSection }) {
  return (
    <table className="st-table" data-section={section.id}>
      <caption className="visually-hidden">{section.title}</caption>
      <thead><tr><th scope="col">{m.columns.what}</th><th scope="col" className="st-count">{m.columns.count}</th></tr></thead>
      <tbody>
        {section.rows.map((r) => (
          <tr key={r.key} data-key={r.key}>
            <th scope="row">{r.label}</th>
            <td className={r.count === '<5' ? 'st-count suppressed' : 'st-count'}>{countText(r.count, locale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function RemovalDaysTable({ m, locale, rows }: Common & { readonly rows: Stats['removalDays'] }) {
  const days = (n: number | null) => (n === null ? m.tooFew : m.days(n));
  return (
    <table className="st-table" data-section="removalDays">
      <caption className="visually-hidden">{m.sections.removalDays}</caption>
      <thead>
        <tr><th scope="col">{m.columns.operator}</th><th scope="col" className="st-count">{m.columns.removed}</th><th scope="col">{m.columns.median}</th><th scope="col">{m.columns.p90}</th></tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} data-key={r.key}>
            <th scope="row">{r.name}</th>
            <td className="st-count">{countText(r.removed, locale)}</td>
            <td>{days(r.median)}</td>
            <td>{days(r.p90)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
