/**
 * How and when the person may be reached, shown before anything else about them: a counsellor who
 * rings at the wrong hour or leaves a voicemail can put them in danger. The list shows whether a code
 * word exists; the case page shows the word itself, and the numbers.
 */
import type { ContactPreferences } from '@jikim/contracts';
import type { CaseMessages } from './case-messages.js';

interface ContactCardProps {
  readonly t: CaseMessages;
  readonly contact: ContactPreferences | null;
  readonly full?: boolean;
  readonly headingId?: string;
}

export function ContactCard({ t, contact, full = false, headingId }: ContactCardProps) {
  const c = t.contact;
  if (!contact) return <p className="case-contact gone">{c.gone}</p>;
  const channels = contact.channels.map((ch) => c.channel[ch]).join(' · ');
  return (
    <div className={full ? 'case-contact full' : 'case-contact'} {...(headingId ? { role: 'group', 'aria-labelledby': headingId } : {})}>
      {full && headingId ? <p id={headingId} className="case-contact-title">{c.beforeContact}</p> : null}
      <dl>
        <div><dt>{c.name}</dt><dd>{contact.name || c.noName}</dd></div>
        <div><dt>{c.channels}</dt><dd className="strong">{channels}</dd></div>
        {full && contact.phone ? <div><dt>{c.phone}</dt><dd>{contact.phone}</dd></div> : null}
        {full && contact.email ? <div><dt>{c.email}</dt><dd className="break-all">{contact.email}</dd></div> : null}
        <div><dt>{c.safeHours}</dt><dd className="strong">{contact.safeHours || c.anyTime}</dd></div>
        <div><dt className={full ? undefined : 'visually-hidden'}>{c.voicemail}</dt><dd className={contact.noVoicemail ? 'flag' : ''}>{contact.noVoicemail ? c.noVoicemail : c.voicemailOk}</dd></div>
        {full ? (
          <div><dt>{c.codeWord}</dt><dd>{contact.codeWord ? <><strong>{contact.codeWord}</strong> ({c.codeWordSayFirst})</> : c.codeWordNone}</dd></div>
        ) : (
          <div><dt className="visually-hidden">{c.codeWord}</dt><dd>{contact.codeWord ? c.codeWordSet : c.codeWordNone}</dd></div>
        )}
      </dl>
    </div>
  );
}
