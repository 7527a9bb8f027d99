/**
 * Deletion letters by e-mail through the deployment's SMTP server (SMTP_URL, SMTP_FROM). Plain text
 * only. The connection is checked once at start-up; a failure is a warning, not a stop (the console
 * can still mark letters sent by web form). Nothing of a letter is logged.
 */
import nodemailer from 'nodemailer';
import type { FastifyBaseLogger } from 'fastify';

export interface OutgoingLetter {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

export interface Mailer {
  readonly from: string;
  /** Sends; the SMTP Message-ID (with its angle brackets, as in the header). */
  send(letter: OutgoingLetter): Promise<string>;
  verify(log: FastifyBaseLogger): Promise<void>;
  close(): void;
}

/** The mail server refused or could not be reached: 503 `unavailable`, nothing kept or moved. Only the code is logged. */
export class MailSendError extends Error {
  readonly statusCode = 503;
  readonly code: string;
  constructor(code: unknown) {
    super('The mail server did not take the letter');
    this.name = 'MailSendError';
    this.code = typeof code === 'string' ? code : 'unknown';
  }
}

export function createMailer(config: { readonly url: string; readonly from: string }): Mailer {
  const transport = nodemailer.createTransport(config.url);
  return {
    from: config.from,
    async send(letter) {
      try {
        const info = await transport.sendMail({ from: config.from, to: letter.to, subject: letter.subject, text: letter.text });
        return String(info.messageId);
      } catch (error) {
        throw new MailSendError((error as { code?: unknown }).code);
      }
    },
    async verify(log) {
      try {
        await transport.verify();
      } catch (error) {
        // The code only (ECONNREFUSED, EAUTH …): the message can hold the server's reply.
        log.warn({ code: (error as { code?: unknown }).code }, 'SMTP_URL: the mail server could not be reached or refused the login; letters by e-mail will fail until it does');
      }
    },
    close() {
      transport.close();
    },
  };
}
