import { emergency, type Locale } from '@jikim/guide';
import { messages } from '../i18n/index.js';

export function EmergencyBox({ locale, compact = false }: { locale: Locale; compact?: boolean }) {
  const t = messages[locale];
  // The compact form sits in the footer, inside its landmark; the full one is its own.
  const Box = compact ? 'div' : 'aside';
  return (
    <Box className={compact ? 'emergency emergency-compact' : 'emergency'} aria-label={compact ? undefined : t.emergencyTitle}>
      <p className="emergency-title">{t.emergencyTitle}</p>
      {compact ? null : <p>{t.emergencyBody}</p>}
      <a className="call-button" href={`tel:${emergency.phone.tel}`}>
        {emergency.name[locale]} {emergency.phone.display}
        <span className="visually-hidden"> {t.call}</span>
      </a>
    </Box>
  );
}
