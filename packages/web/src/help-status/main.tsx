/** The status page's entry: React and the status view only (no locker, no store). */
import { createRoot } from 'react-dom/client';
import { HelpStatusApp } from './help-status-app.js';

const root = document.getElementById('help-status-root');
if (root) createRoot(root).render(<HelpStatusApp locale={document.documentElement.lang === 'en' ? 'en' : 'ko'} />);
