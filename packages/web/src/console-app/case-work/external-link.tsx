/**
 * A link to an operator's own public page (a report form, a help page the directory cites), opened in
 * a new tab without a referrer. Never used for a target's address: those stay text.
 */
export function ExternalLink({ href, children }: { readonly href: string; readonly children?: string }) {
  if (!/^https?:\/\//iu.test(href)) return <code className="break-all">{href}</code>;
  return <a href={href} target="_blank" rel="noreferrer noopener" className="break-all cw-link">{children ?? href}</a>;
}

/** A language code in words, in the console's language (`ko` → 한국어 / Korean); the code when unknown. */
export function languageName(code: string, locale: 'ko' | 'en'): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
