/** The complaint's "consult first" note, with every phone number in it a tap-to-call link that never breaks. */
import { organisationById, type Locale } from '@jikim/guide';
import type { ReactNode } from 'react';
import { consultFirstNotice } from '@jikim/case';

const PHONES = ['digital-sex-crime-support', 'women-1366'].flatMap((id) => organisationById(id).phones);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const NUMBER = new RegExp(`(${PHONES.map((p) => escape(p.display)).join('|')})`, 'u');

export function withPhoneLinks(text: string): ReactNode[] {
  return text.split(NUMBER).map((part, i) => {
    const phone = PHONES.find((p) => p.display === part);
    return phone ? <a key={i} href={`tel:${phone.tel}`} className="tel-link">{part}</a> : part;
  });
}

export function ConsultNotice({ locale }: { locale: Locale }) {
  return <p className="warning-note" id="consult-first">{withPhoneLinks(consultFirstNotice(locale))}</p>;
}
