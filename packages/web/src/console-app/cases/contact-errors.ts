/** Which field of the contact form each problem belongs to, from the schema's or the server's paths. */
export type ContactErrorField = 'channels' | 'phone' | 'email' | 'other';

export function contactErrors(paths: readonly string[]): Partial<Record<ContactErrorField, true>> {
  const found: Partial<Record<ContactErrorField, true>> = {};
  for (const path of paths) {
    const head = path.split('.')[0];
    if (head === 'channels' || head === 'phone' || head === 'email') found[head] = true;
    else found.other = true;
  }
  return found;
}
