/**
 * Validation for the reporting-channel directory. An entry without a source, without a checked date,
 * or with an address nobody can trace back to a cited page is rejected: a wrong address sends a
 * victim's request nowhere.
 */
import * as z from 'zod';

const nonEmpty = z.string().trim().min(1);
const text = z.strictObject({ ko: nonEmpty, en: nonEmpty });
const httpsUrl = z.url({ protocol: /^https$/u });
const email = z.email();
const bcp47 = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/u, 'not a BCP 47 tag');

const method = z
  .strictObject({
    kind: z.enum(['form', 'email', 'in-app', 'phone']),
    address: z.union([httpsUrl, email]).optional(),
    phone: z.strictObject({ display: nonEmpty, tel: z.string().regex(/^\d{3,15}$/u) }).optional(),
    steps: text.optional(),
    addressFrom: httpsUrl.optional(),
  })
  .superRefine((m, ctx) => {
    const fail = (message: string) => ctx.addIssue({ code: 'custom', message });
    if (m.kind === 'form' && !httpsUrl.safeParse(m.address).success) fail('a form needs an https address');
    if (m.kind === 'email' && !email.safeParse(m.address).success) fail('an e-mail route needs an e-mail address');
    if (m.kind === 'phone' && !m.phone) fail('a phone route needs a phone number');
    if (m.kind === 'in-app' && !m.steps) fail('an in-app route needs steps');
  });

/** The host an address lives on: a URL's hostname or an e-mail's domain. */
export function addressHost(address: string): string {
  const at = address.lastIndexOf('@');
  if (!address.startsWith('https://') && at > 0) return address.slice(at + 1).toLowerCase();
  return new URL(address).hostname.toLowerCase();
}

const isRealDate = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

/** The schema for one entry; `today` (YYYY-MM-DD) bounds `checkedOn`. */
export function reportingChannelSchema(today: string) {
  return z
    .strictObject({
      id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/u, 'ids are kebab-case'),
      name: text,
      category: z.enum([
        'official-kr', 'hash-service', 'portal-kr', 'messenger', 'social', 'search', 'video', 'adult',
        'cloud-webhard',
      ]),
      scope: z.enum(['kr', 'global']),
      how: z.array(method).min(1),
      asksFor: text,
      languages: z.array(bcp47).min(1),
      typicalResponse: text.nullable(),
      ageScope: z.enum(['adult', 'under-18', 'any']).optional(),
      verification: z.strictObject({
        status: z.enum(['verified', 'unverified']),
        sources: z.array(z.strictObject({ url: httpsUrl, title: nonEmpty })).min(1, 'at least one source'),
        checkedOn: z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2}$/u, 'checkedOn is YYYY-MM-DD')
          .refine(isRealDate, 'checkedOn is not a real date')
          .refine((d) => d <= today, 'checkedOn is in the future'),
        note: text.optional(),
      }),
    })
    .superRefine((c, ctx) => {
      const v = c.verification;
      if (v.status === 'unverified' && !v.note) {
        ctx.addIssue({ code: 'custom', path: ['verification', 'note'], message: 'say what is unverified' });
      }
      if (v.status !== 'verified') return;
      const sourceUrls = new Set(v.sources.map((s) => s.url));
      const sourceHosts = new Set(v.sources.map((s) => addressHost(s.url)));
      c.how.forEach((m, i) => {
        if (m.address === undefined) return;
        const traced = sourceHosts.has(addressHost(m.address))
          || (m.addressFrom !== undefined && sourceUrls.has(m.addressFrom));
        if (!traced) {
          ctx.addIssue({
            code: 'custom',
            path: ['how', i, 'address'],
            message: `${m.address} is on no cited source's host and names no cited source in addressFrom`,
          });
        }
      });
    });
}

/** Validates the whole directory: each entry, and ids unique. */
export function reportingChannelsSchema(today: string) {
  return z.array(reportingChannelSchema(today)).superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((c, i) => {
      if (seen.has(c.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate id ${c.id}` });
      seen.add(c.id);
    });
  });
}
