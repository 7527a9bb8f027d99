import type { Locale } from '@jikim/guide';
import type { PageAssets } from '../components/layout.js';

export interface PageProps {
  readonly locale: Locale;
  readonly assets: PageAssets;
}
