/** The entry of "Protect my images": React and the app only (no locker, no store). */
import { createRoot } from 'react-dom/client';
import { ProtectApp } from './protect-app.js';

const root = document.getElementById('protect-root');
if (root) createRoot(root).render(<ProtectApp locale={document.documentElement.lang === 'en' ? 'en' : 'ko'} />);
