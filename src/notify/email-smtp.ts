// E-mail over SMTP with nodemailer: the letter as plain text and HTML, and the stay as an .ics attachment.
import nodemailer, { type Transporter } from 'nodemailer';
import { type EmailSender, type RenderedEmail, SendError } from './types.ts';

export class SmtpEmailSender implements EmailSender {
  readonly #transport: Transporter;

  /** `url` as nodemailer takes it: smtp://user:pass@host:587, smtps://…:465. */
  constructor(
    url: string,
    private readonly from: string,
  ) {
    this.#transport = nodemailer.createTransport(url);
  }

  async send(to: string, letter: RenderedEmail): Promise<string> {
    try {
      const info = await this.#transport.sendMail({
        from: this.from,
        to,
        subject: letter.subject,
        text: letter.text,
        html: letter.html,
        ...(letter.ics ? { icalEvent: { method: 'PUBLISH', filename: 'booking.ics', content: letter.ics } } : {}),
      });
      return info.messageId;
    } catch (error) {
      const e = error as Error & { responseCode?: number };
      // 5xx from the server: the address or the letter is refused for good; anything else may pass later.
      const permanent = typeof e.responseCode === 'number' && e.responseCode >= 500;
      throw new SendError(`SMTP: ${e.message}`, permanent);
    }
  }

  close(): void {
    this.#transport.close();
  }
}
