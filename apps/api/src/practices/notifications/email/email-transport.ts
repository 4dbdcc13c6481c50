import { Inject, Injectable, Logger } from '@nestjs/common';
import type { OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { createTransport } from 'nodemailer';
import type { Transporter } from 'nodemailer';
import type { AppConfig } from '../../../platform/config/app-config';
import { APP_CONFIG } from '../../../platform/config/app-config';
import type { RenderedEmail } from './email-template';

/**
 * Sends mail through the configured SMTP server with nodemailer. Without SMTP_HOST email is off:
 * the dispatcher then creates no email deliveries, and start-up says so once.
 */
@Injectable()
export class EmailTransport implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Email');
  private readonly transporter: Transporter | null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.transporter = config.SMTP_HOST
      ? createTransport({
          host: config.SMTP_HOST,
          port: config.SMTP_PORT,
          secure: config.SMTP_SECURE,
          auth: config.SMTP_USER
            ? { user: config.SMTP_USER, pass: config.SMTP_PASSWORD }
            : undefined,
          // Short timeouts: a slow server must not hold a dispatcher tick for minutes.
          connectionTimeout: 10_000,
          greetingTimeout: 10_000,
          socketTimeout: 20_000,
        })
      : null;
  }

  get enabled(): boolean {
    return this.transporter !== null;
  }

  onApplicationBootstrap(): void {
    if (this.enabled) {
      this.logger.log(
        `Email notifications on, via ${this.config.SMTP_HOST}:${this.config.SMTP_PORT}`,
      );
    } else {
      this.logger.warn('Email notifications are off: SMTP_HOST is not set');
    }
  }

  onModuleDestroy(): void {
    this.transporter?.close();
  }

  async send(to: string, email: RenderedEmail): Promise<void> {
    if (!this.transporter) throw new Error('Email is off (SMTP_HOST is not set)');
    await this.transporter.sendMail({
      from: this.config.SMTP_FROM,
      to,
      subject: email.subject,
      text: email.text,
      html: email.html,
    });
  }
}
