/**
 * The console page's entry. A set-up link carries its token in the fragment (#setup=…), which no
 * server or Referer ever sees; it is taken out of the address bar at once.
 */
import { createRoot } from 'react-dom/client';
import { ConsoleApp } from './console-app.js';
import { consoleMessages } from './i18n/index.js';
import './console.css';
import './audit/audit-page.css';
import './platform-review/protection.css';

const root = document.getElementById('console-root');
if (root) {
  const locale = document.documentElement.lang === 'en' ? 'en' : 'ko';
  const match = /^#setup=([A-Za-z0-9_-]{43})$/.exec(window.location.hash);
  if (window.location.hash) history.replaceState(null, '', window.location.pathname);
  createRoot(root).render(<ConsoleApp locale={locale} t={consoleMessages[locale]} setupToken={match?.[1]} />);
}
