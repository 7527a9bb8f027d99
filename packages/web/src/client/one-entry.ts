/**
 * One history entry for Jikim (decision 0013). With JavaScript, moving from one Jikim page to another
 * (a link, a GET form) replaces the current entry instead of adding one, so the tab's Back list holds
 * a single Jikim entry, and quick exit, which replaces that entry, leaves none: Back goes to wherever
 * the person was before Jikim. Because Back now leaves Jikim, each page offers its own "previous
 * page" link, fed by the trail of pages opened in this tab (trail.ts).
 *
 * Left alone: anything another handler already took (defaultPrevented), modified or middle clicks
 * (new tab, new window), links with `target` or `download`, other schemes (tel:, mailto:, blob:) and
 * other sites, POST forms.
 */
import { arrive, goBackOne, previousStep, readTrail, writeTrail, type TrailStep } from './trail.js';

/** The address, if it is a page on this origin that may replace the current entry. */
export function ownPageUrl(href: string, here: string): URL | null {
  let url: URL;
  try {
    url = new URL(href, here);
  } catch {
    return null;
  }
  // blob: URLs carry their creator's origin, so the scheme is checked before the origin.
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return url.origin === new URL(here).origin ? url : null;
}

const opensElsewhere = (target: string | null) => target !== null && target !== '' && target.toLowerCase() !== '_self';

function linkDestination(event: MouseEvent): { url: URL; link: HTMLAnchorElement | HTMLAreaElement } | null {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  const link = event.target instanceof Element ? event.target.closest('a[href], area[href]') : null;
  if (!(link instanceof HTMLAnchorElement || link instanceof HTMLAreaElement)) return null;
  if (link.hasAttribute('download') || opensElsewhere(link.getAttribute('target'))) return null;
  const url = ownPageUrl(link.href, location.href);
  return url ? { url, link } : null;
}

/** Where a GET form on this origin goes, as the browser would build it (the submitter's formaction etc. first). */
function formDestination(event: SubmitEvent): URL | null {
  if (event.defaultPrevented) return null;
  const form = event.target;
  if (!(form instanceof HTMLFormElement)) return null;
  const submitter = event.submitter instanceof HTMLButtonElement || event.submitter instanceof HTMLInputElement ? event.submitter : null;
  // Attributes, not the form's properties, which a field named "action" or "method" would shadow.
  const attribute = (own: string, fromSubmitter: string): string | null =>
    submitter?.hasAttribute(fromSubmitter) ? submitter.getAttribute(fromSubmitter) : form.getAttribute(own);
  if ((attribute('method', 'formmethod') ?? 'get').trim().toLowerCase() !== 'get') return null;
  if (opensElsewhere(attribute('target', 'formtarget'))) return null;
  const url = ownPageUrl(attribute('action', 'formaction') || location.href, location.href);
  if (!url) return null;
  const query = new URLSearchParams();
  for (const [name, value] of new FormData(form, submitter)) query.append(name, typeof value === 'string' ? value : value.name);
  url.search = query.toString();
  return url;
}

/** Fills in the previous-page link from the trail; without one it keeps the page's own (to the start). */
function showPrevious(link: HTMLAnchorElement, previous: TrailStep): void {
  const [before = '', after = ''] = (link.dataset.label ?? '{page}').split('{page}');
  const name = document.createElement('span');
  name.textContent = previous.name;
  if (previous.lang !== document.documentElement.lang) name.lang = previous.lang;
  link.querySelector('.previous-text')?.replaceChildren(before, name, after);
  link.href = previous.path;
  const holder = link.closest<HTMLElement>('.previous');
  if (holder) holder.hidden = false;
}

export function keepOneHistoryEntry(): void {
  const here: TrailStep = {
    path: location.pathname + location.search,
    name: document.body.dataset.pageName ?? document.title,
    lang: document.documentElement.lang,
  };
  let trail = arrive(readTrail(), here);
  writeTrail(trail);
  const previousLink = document.querySelector<HTMLAnchorElement>('a[data-previous]');
  const previous = previousStep(trail);
  if (previousLink && previous) showPrevious(previousLink, previous);

  document.addEventListener('click', (event) => {
    const destination = linkDestination(event);
    if (!destination) return;
    event.preventDefault();
    if (destination.link === previousLink && previous && destination.url.pathname + destination.url.search === previous.path) {
      trail = goBackOne(trail);
      writeTrail(trail);
    }
    // A fragment of this page too: the browser scrolls to it as usual, without a new entry.
    location.replace(destination.url.href);
  });

  document.addEventListener('submit', (event) => {
    const url = formDestination(event);
    if (!url) return;
    event.preventDefault();
    location.replace(url.href);
  });
}
