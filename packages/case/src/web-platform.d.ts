/**
 * The one web-platform API the domain uses that ES2023 does not define, declared as browsers and
 * Node both provide it. Nothing else: no DOM, no Node globals (see tsconfig.json).
 */
declare class URL {
  constructor(url: string, base?: string | URL);
  readonly hostname: string;
  /** Host name and a port other than the scheme's default. */
  readonly host: string;
  readonly protocol: string;
  readonly href: string;
}
