/** Form values → the fields evidence-item.ts validates; empty inputs are left out, not stored as "". */
import type { ScenarioId } from '@jikim/guide';
import type { EvidenceKind } from '@jikim/case';
import { instantFromLocalInput } from './format.js';

const SUBFIELDS = {
  web: { url: 'text', site: 'text', posterId: 'text', postedAt: 'time', seenAt: 'time' },
  message: { senderNumber: 'text', text: 'text', sentAt: 'time' },
  clue: { phoneModel: 'text', appearance: 'text', place: 'text', witnesses: 'text' },
} as const;

type Group = keyof typeof SUBFIELDS;
const isGroup = (kind: EvidenceKind): kind is Group => kind in SUBFIELDS;

export function fieldsFromForm(kind: EvidenceKind, data: FormData): Record<string, unknown> {
  const value = (name: string) => String(data.get(name) ?? '').trim();
  const fields: Record<string, unknown> = { title: value('title'), description: value('description') };
  const occurredAt = instantFromLocalInput(value('occurredAt'));
  if (occurredAt) fields.occurredAt = occurredAt;
  if (isGroup(kind)) {
    const group: Record<string, string> = {};
    for (const [name, type] of Object.entries(SUBFIELDS[kind])) {
      const raw = value(`${kind}.${name}`);
      const parsed = type === 'time' ? instantFromLocalInput(raw) : raw;
      if (parsed) group[name] = parsed;
    }
    fields[kind] = group;
  }
  return fields;
}

export const SCENARIO_IDS = ['illegal-shooting', 'dissemination', 'threat'] as const satisfies readonly ScenarioId[];

export function scenarioFromForm(value: string): ScenarioId | null {
  return (SCENARIO_IDS as readonly string[]).includes(value) ? (value as ScenarioId) : null;
}

/** Only what a correction changes, so each history entry shows exactly what was corrected. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, unknown> {
  const changed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(after)) {
    const previous = before[key];
    if (value && typeof value === 'object') {
      const group: Record<string, unknown> = {};
      const old = (previous && typeof previous === 'object' ? previous : {}) as Record<string, unknown>;
      for (const [name, v] of Object.entries(value)) if (old[name] !== v) group[name] = v;
      if (Object.keys(group).length > 0) changed[key] = group;
    } else if ((previous ?? '') !== value) {
      changed[key] = value;
    }
  }
  return changed;
}
