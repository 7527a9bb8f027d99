/**
 * Half-typed text in the open locker, read from its form fields when the locker locks itself and
 * put back after the next unlock, so an idle lock never costs a person what they were writing.
 * Only fields that differ from their defaults are kept; passphrases and chosen files never are.
 * Values are set through the elements' own setters and announced with input/change events, so
 * the app's state follows as if the person had typed them.
 */
export interface FormDraft {
  readonly section: string | null;
  readonly fields: readonly { readonly id: string; readonly value?: string; readonly checked?: boolean }[];
}

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
const SKIPPED = new Set(['password', 'file', 'hidden', 'submit', 'button']);

function fieldsOf(root: ParentNode): Field[] {
  return [...root.querySelectorAll<Field>('input[id], textarea[id], select[id]')].filter((el) => !(el instanceof HTMLInputElement && SKIPPED.has(el.type)));
}

const isToggle = (el: Field): el is HTMLInputElement => el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio');

function changedFromDefault(el: Field): boolean {
  if (isToggle(el)) return el.checked !== el.defaultChecked;
  if (el instanceof HTMLSelectElement) return [...el.options].some((o) => o.selected !== o.defaultSelected);
  return el.value !== el.defaultValue;
}

export function collectDraft(root: ParentNode, section: string | null): FormDraft {
  const fields = fieldsOf(root).filter(changedFromDefault).map((el) => (isToggle(el) ? { id: el.id, checked: el.checked } : { id: el.id, value: el.value }));
  return { section, fields };
}

export const isEmptyDraft = (draft: FormDraft) => draft.fields.length === 0;

function setValue(el: Field, value: string): void {
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : el instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, value);
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Toggles first (they decide which fields exist, e.g. the kind of evidence), then the text. Returns how many were put back. */
export async function restoreDraft(root: ParentNode, draft: FormDraft): Promise<number> {
  let restored = 0;
  for (const field of draft.fields.filter((f) => f.checked !== undefined)) {
    const el = root.querySelector<HTMLInputElement>(`#${CSS.escape(field.id)}`);
    if (el && el.checked !== field.checked) {
      el.click();
      restored += 1;
    }
  }
  await nextFrame();
  for (const field of draft.fields.filter((f) => f.value !== undefined)) {
    const el = root.querySelector<Field>(`#${CSS.escape(field.id)}`);
    if (el && field.value !== undefined) {
      setValue(el, field.value);
      restored += 1;
    }
  }
  return restored;
}
