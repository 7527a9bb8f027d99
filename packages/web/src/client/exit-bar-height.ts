/**
 * The quick-exit bar stays on top of every page, and its height changes with the language and the
 * screen (87 px in English at 360 px). It is measured into `--exit-bar-height`, which keeps a focused
 * or scrolled-to heading out from under it (`scroll-padding-top`, WCAG 2.4.11) and the locker's menu
 * just below it. Without JavaScript the stylesheet's fallback applies.
 */
export function followExitBarHeight(): void {
  const bar = document.querySelector('.exit-bar');
  if (!bar || typeof ResizeObserver === 'undefined') return;
  new ResizeObserver(() => {
    document.documentElement.style.setProperty('--exit-bar-height', `${String(bar.getBoundingClientRect().height)}px`);
  }).observe(bar);
}
