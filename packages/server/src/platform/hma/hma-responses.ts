/** Pieces every HMA route shares: where they live, and their documented refusals. */
import { hmaErrorSchema } from '@jikim/contracts';

/** Where HMA's paths live (decision 0018): an HMA client changes its base URL to this. */
export const HMA = '/api/platform/hma';

const WHAT: Readonly<Record<number, string>> = {
  400: 'Invalid input (HMA’s message)',
  403: 'Not allowed (the key’s scope, or what HMA refuses)',
  404: 'No such bank or content (or not this platform’s)',
  422: 'The request does not fit the model',
  501: 'Not offered yet',
  503: 'The index is not loaded yet',
};

export function hmaErrors(...statuses: number[]): Record<number, { description: string; schema: typeof hmaErrorSchema }> {
  return Object.fromEntries(statuses.map((s) => [s, { description: WHAT[s] ?? 'Refused', schema: hmaErrorSchema }]));
}
