/** The admin's people page: invite (the link shown once), re-issue a link, change a role, deactivate. */
import { STAFF_ROLES, type SetupLinkResponse, type StaffMember, type StaffRole } from '@jikim/contracts';
import { useCallback, useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { api } from './console-api.js';
import { failureText } from './failure-text.js';
import { Field, Notice } from './form-field.js';
import type { PageProps } from './page-props.js';
import { seoulDateTime } from './seoul-time.js';
import { useHeadingFocus } from './use-heading-focus.js';

type Pending = { readonly kind: 'reissue' | 'deactivate'; readonly person: StaffMember };

export function PeoplePage({ t, locale, me, onFailure }: PageProps) {
  const heading = useHeadingFocus<HTMLHeadingElement>();
  const [people, setPeople] = useState<readonly StaffMember[] | undefined>();
  const [issued, setIssued] = useState<{ name: string; link: SetupLinkResponse } | undefined>();
  const [pending, setPending] = useState<Pending | undefined>();
  const [problem, setProblem] = useState('');
  const [status, setStatus] = useState('');
  const [copied, setCopied] = useState(false);
  const [busy, setBusy] = useState(false);
  // Keyboard and screen reader users follow what the page does: a new link, a confirmation, its end.
  const linkHeading = useRef<HTMLHeadingElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const [focusAfter, setFocusAfter] = useState<string | undefined>();
  useEffect(() => linkHeading.current?.focus(), [issued]);
  useEffect(() => {
    if (pending) cancelButton.current?.focus();
  }, [pending]);
  useEffect(() => {
    if (!focusAfter) return;
    document.getElementById(focusAfter)?.focus();
    setFocusAfter(undefined);
  }, [focusAfter, people]);

  const fail = useCallback((r: Parameters<PageProps['onFailure']>[0]) => {
    if (onFailure(r)) return;
    setProblem(r.status === 409 ? t.people.lastAdmin : failureText(t, r));
  }, [onFailure, t]);

  const load = useCallback(async () => {
    const r = await api<{ people: StaffMember[] }>('GET', '/staff');
    if (r.ok) setPeople(r.value.people);
    else fail(r);
  }, [fail]);
  useEffect(() => void load(), [load]);

  async function invite(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const name = String(form.get('name') ?? '').trim();
    if (!name) return;
    setBusy(true);
    setProblem('');
    const r = await api<SetupLinkResponse>('POST', '/staff', { name, role: String(form.get('role')) });
    setBusy(false);
    if (!r.ok) return fail(r);
    formElement.reset();
    setCopied(false);
    setIssued({ name, link: r.value });
    await load();
  }

  async function confirm() {
    if (!pending) return;
    setBusy(true);
    setProblem('');
    const { kind, person } = pending;
    const r = kind === 'reissue'
      ? await api<SetupLinkResponse>('POST', `/staff/${person.id}/setup-link`)
      : await api<undefined>('POST', `/staff/${person.id}/deactivate`);
    setBusy(false);
    setPending(undefined);
    if (!r.ok) {
      setFocusAfter(`${kind}-${person.id}`);
      return fail(r);
    }
    if (kind === 'reissue' && r.value) setIssued({ name: person.name, link: r.value });
    setStatus(t.people.done);
    if (person.id === me.id) return void onFailure({ ok: false, status: 401, error: 'unauthorized', requestId: '', fields: [], retryAfter: 0 });
    // A new link takes the focus itself; after a deactivation the person's card does.
    if (kind === 'deactivate') setFocusAfter(`person-${person.id}`);
    await load();
  }

  function cancel() {
    if (pending) setFocusAfter(`${pending.kind}-${pending.person.id}`);
    setPending(undefined);
  }
  const escapeCancels = (event: KeyboardEvent) => {
    if (event.key === 'Escape') cancel();
  };

  async function changeRole(event: FormEvent<HTMLFormElement>, person: StaffMember) {
    event.preventDefault();
    const role = String(new FormData(event.currentTarget).get('role')) as StaffRole;
    setBusy(true);
    setProblem('');
    const r = await api<undefined>('PUT', `/staff/${person.id}/role`, { role });
    setBusy(false);
    if (!r.ok) return fail(r);
    setStatus(t.people.done);
    await load();
  }

  const roleOptions = STAFF_ROLES.map((role) => <option key={role} value={role}>{t.roles[role]}</option>);
  return (
    <section aria-labelledby="people-title">
      <h1 id="people-title" ref={heading} tabIndex={-1}>{t.people.title}</h1>
      <p>{t.people.intro}</p>
      <Notice text={problem} kind="error" />
      <Notice text={status} kind="info" />

      <h2>{t.people.inviteTitle}</h2>
      <form className="console-form" onSubmit={(e) => void invite(e)}>
        <Field label={t.people.name} name="name" id="invite-name" autoComplete="off" required maxLength={100} />
        <div className="field console-field">
          <label htmlFor="invite-role" className="label">{t.people.role}</label>
          <select id="invite-role" name="role" defaultValue="counsellor">{roleOptions}</select>
        </div>
        <div className="button-row"><button className="button" type="submit" disabled={busy}>{t.people.invite}</button></div>
      </form>
      {issued ? (
        <div className="console-link-box" role="status">
          <h3 ref={linkHeading} tabIndex={-1}>{t.people.linkTitle(issued.name)}</h3>
          <p>{t.people.linkHint(seoulDateTime(issued.link.expiresAt, locale))}</p>
          <p><code className="console-link break-all" id="issued-link">{locale === 'en' ? issued.link.englishLink : issued.link.link}</code></p>
          <div className="button-row">
            <button className="button small" type="button" onClick={() => void navigator.clipboard?.writeText(locale === 'en' ? issued.link.englishLink : issued.link.link).then(() => setCopied(true))}>{t.people.copy}</button>
            {copied ? <span role="status">{t.people.copied}</span> : null}
          </div>
        </div>
      ) : null}

      <h2>{t.people.list}</h2>
      {people === undefined ? <p>{t.loading}</p> : null}
      <ul className="console-list">
        {people?.map((person) => (
          <li key={person.id} className="console-card" data-staff-id={person.id}>
            <h3 id={`person-${person.id}`} tabIndex={-1}>{person.name}{person.id === me.id ? ` (${t.people.you})` : ''}</h3>
            <p className="console-facts">
              <span>{t.roles[person.role]}</span> · <span>{t.people.status[person.status]}</span>
              {person.login ? <> · <span>{t.people.loginName}: {person.login}</span></> : null}
              {person.passkeys > 0 ? <> · <span>{t.people.passkeys(person.passkeys)}</span></> : null}
            </p>
            {person.status !== 'deactivated' ? (
              <>
                <form className="inline-field" onSubmit={(e) => void changeRole(e, person)}>
                  <label htmlFor={`role-${person.id}`} className="visually-hidden">{t.people.changeRole}: {person.name}</label>
                  <select id={`role-${person.id}`} name="role" defaultValue={person.role}>{roleOptions}</select>
                  <button className="button small secondary" type="submit" disabled={busy}>{t.people.saveRole}</button>
                </form>
                {pending?.person.id === person.id ? (
                  // Not modal: the question stands in for the buttons that asked it. It opens on
                  // "Cancel" (the safe answer); Escape cancels and returns to the button.
                  <div className="confirm-box" role="alertdialog" aria-labelledby={`confirm-${person.id}`} onKeyDown={escapeCancels}>
                    <p id={`confirm-${person.id}`}>{pending.kind === 'reissue' ? t.people.reissueConfirm(person.name) : t.people.deactivateConfirm(person.name)}</p>
                    <div className="button-row">
                      <button className="button danger" type="button" disabled={busy} onClick={() => void confirm()}>{t.people.confirm}</button>
                      <button className="button secondary" type="button" ref={cancelButton} onClick={cancel}>{t.people.cancel}</button>
                    </div>
                  </div>
                ) : (
                  <div className="button-row">
                    <button className="button small secondary" type="button" id={`reissue-${person.id}`} onClick={() => setPending({ kind: 'reissue', person })}>{t.people.reissue}</button>
                    <button className="button small danger-outline" type="button" id={`deactivate-${person.id}`} onClick={() => setPending({ kind: 'deactivate', person })}>{t.people.deactivate}</button>
                  </div>
                )}
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
