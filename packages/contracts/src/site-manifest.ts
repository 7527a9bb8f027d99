import * as z from 'zod';

/** Written by the web build next to the prerendered site; read by the server at start-up. */
export const siteManifestSchema = z.object({
  version: z.literal(1),
  pages: z.array(
    z.object({
      path: z.string().regex(/^\/[a-z0-9/-]*$/),
      file: z.string().regex(/^[a-z0-9/-]+\.html$/),
      locale: z.enum(['ko', 'en']),
      title: z.string(),
    }),
  ),
  notFound: z.object({ ko: z.string(), en: z.string() }),
  assets: z.array(z.string().regex(/^assets\/[A-Za-z0-9._-]+$/)),
  styleHashes: z.array(z.string().regex(/^sha256-[A-Za-z0-9+/=]+$/)),
  /** Replaced in every HTML file at start-up with the configured quick-exit URL. */
  quickExitPlaceholder: z.string().min(8),
});
export type SiteManifest = z.infer<typeof siteManifestSchema>;
export const SITE_MANIFEST_FILE = 'site-manifest.json';
