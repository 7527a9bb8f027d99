/**
 * Prints the reporting-channel directory as a Markdown table, for docs/reporting-channels.md:
 *   npx tsx packages/guide/scripts/print-channels.ts > docs/reporting-channels.md
 */
import { reportingChannels } from '../src/reporting-channels.js';
import type { ReportingMethod } from '../src/types.js';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function how(m: ReportingMethod): string {
  if (m.kind === 'phone' && m.phone) return `phone ${m.phone.display}`;
  if (m.kind === 'in-app') return 'in-app report';
  if (m.kind === 'email' && m.address) return `e-mail ${m.address}`;
  return m.address ? `[form](${m.address})` : m.kind;
}

const rows = reportingChannels.map((c) => {
  const v = c.verification;
  const sources = v.sources.map((s, i) => `[${i + 1}](${s.url})`).join(' ');
  return `| ${cell(c.name.en)} | ${c.category} | ${cell(c.how.map(how).join('; '))} | ${c.languages.join(', ')} | ${v.status} | ${sources} | ${v.checkedOn} |`;
});

const verified = reportingChannels.filter((c) => c.verification.status === 'verified').length;
const lines = [
  '# Reporting channels',
  '',
  'Generated from `packages/guide/src/reporting-channels.ts` by `npx tsx packages/guide/scripts/print-channels.ts`;',
  'edit the data, not this file. `verified` means the service’s own stored page states the route; `unverified`',
  'entries carry a note in the data saying what could not be confirmed. Check an unverified address before relying on it.',
  '',
  `${reportingChannels.length} channels, ${verified} verified, ${reportingChannels.length - verified} unverified.`,
  '',
  '| Channel | Category | How | Languages | Status | Sources | Checked on |',
  '|---|---|---|---|---|---|---|',
  ...rows,
  '',
];
process.stdout.write(lines.join('\n'));
