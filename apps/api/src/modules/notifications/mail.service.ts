import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import type { RenderedMail } from './mail-templates';

export interface OutgoingMail extends RenderedMail {
  to: string;
  /** Stable per notification, so a receiving system can recognise a repeat after a crash. */
  messageId: string;
}

/** A refused send that will not succeed later (SMTP 5xx): the row is failed, not retried. */
export class PermanentMailError extends Error {}

/**
 * The swappable mail driver: SMTP when SMTP_URL is set; otherwise mails stay in the outbox
 * (rendered and readable through /api/notifications) and count as delivered there.
 */
@Injectable()
export class MailService implements OnApplicationShutdown {
  private readonly transport: Transporter | null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.transport = config.smtpUrl ? createTransport(config.smtpUrl) : null;
  }

  get driver(): 'smtp' | 'outbox' {
    return this.transport ? 'smtp' : 'outbox';
  }

  /** Throws PermanentMailError for 5xx; any other error (4xx, network) is worth a retry. */
  async send(mail: OutgoingMail): Promise<'smtp' | 'outbox'> {
    if (!this.transport) return 'outbox';
    try {
      await this.transport.sendMail({
        from: this.config.mailFrom,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: mail.messageId,
      });
      return 'smtp';
    } catch (error) {
      const code = (error as { responseCode?: number }).responseCode;
      if (code !== undefined && code >= 500) throw new PermanentMailError((error as Error).message);
      throw error;
    }
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
