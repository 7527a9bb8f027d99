/** Controls a thumb cannot hit reliably: every visible one smaller than 44 × 44 CSS px under `root`. */
import type { Page } from '@playwright/test';

export function smallTargets(page: Page, root: string): Promise<string[]> {
  return page.locator(root).first().evaluate((scope) => {
    const small: string[] = [];
    for (const el of scope.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary')) {
      const folded = el.closest('details');
      if (el.closest('[hidden]') || el.getClientRects().length === 0 || (folded && !folded.open && !el.closest('summary'))) continue;
      if (el instanceof HTMLInputElement && el.type === 'hidden') continue;
      let r = el.getBoundingClientRect();
      // A radio or checkbox is tapped through its label too: the two together are the target.
      if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) {
        const label = document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.getBoundingClientRect();
        if (label) {
          const left = Math.min(r.left, label.left);
          const top = Math.min(r.top, label.top);
          r = new DOMRect(left, top, Math.max(r.right, label.right) - left, Math.max(r.bottom, label.bottom) - top);
        }
      }
      // An inline link may wrap over lines: each of its line boxes is a target.
      const boxes = el.tagName === 'A' && getComputedStyle(el).display === 'inline' ? [...el.getClientRects()] : [r];
      for (const box of boxes) {
        if (box.width < 43.5 || box.height < 43.5) {
          small.push(`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${el.className} "${(el.textContent ?? '').trim().slice(0, 30)}" ${box.width.toFixed(0)}×${box.height.toFixed(0)}`);
        }
      }
    }
    return small;
  });
}
