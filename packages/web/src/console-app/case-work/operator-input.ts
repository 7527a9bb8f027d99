/** The centre-operator form's values as the contract's input (checked by its schema), or the fields that are wrong. */
import { centreOperatorInputSchema } from '@jikim/contracts';
import type { CentreOperatorInput } from './case-work-api.js';

export type FieldName = 'name' | 'email' | 'formUrl' | 'domains';
const FIELDS: readonly FieldName[] = ['name', 'email', 'formUrl', 'domains'];

/** The form's values as the contract's input, or the fields that are wrong. */
export function operatorInput(data: FormData): { ok: true; input: CentreOperatorInput } | { ok: false; fields: FieldName[] } {
  const value = (name: string) => String(data.get(name) ?? '').trim();
  const raw = {
    name: value('name'),
    ...(value('email') ? { email: value('email') } : {}),
    ...(value('formUrl') ? { formUrl: value('formUrl') } : {}),
    language: value('language') === 'en' ? 'en' : 'ko',
    siteType: value('siteType'),
    domains: value('domains').split(/[\s,]+/u).filter(Boolean),
    notes: value('notes'),
  };
  const parsed = centreOperatorInputSchema.safeParse(raw);
  if (parsed.success) return { ok: true, input: parsed.data };
  const fields = [...new Set(parsed.error.issues.map((i) => String(i.path[0])))].filter((f): f is FieldName => (FIELDS as readonly string[]).includes(f));
  return { ok: false, fields: fields.length > 0 ? fields : ['name'] };
}

