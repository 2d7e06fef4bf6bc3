/**
 * An SMTP server on 127.0.0.1 (the `smtp-server` package) that requires a login and keeps every message.
 * Plain by default (STARTTLS not offered, password login allowed in clear on loopback); with `tls` it offers
 * STARTTLS, or speaks TLS from the first byte with `implicit_tls` (smtps).
 *
 *   const smtp = await SmtpReceiver.start({ users: { alice: 's3cret' } });
 *   … send to `smtp://alice:s3cret@127.0.0.1:${smtp.port}` …
 *   const [mail] = await smtp.waitForMessages(1);   // mail.subject, mail.text, mail.user, mail.tls
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { parseMail, type ParsedMail } from './mail-message.js';
import type { KeyAndCert } from './tls-cert.js';

export interface ReceivedMail extends ParsedMail {
  /** MAIL FROM address. */
  from: string;
  /** RCPT TO addresses. */
  to: string[];
  /** The user that logged in. */
  user: string | null;
  /** Whether the session was encrypted (STARTTLS or implicit TLS) when the message arrived. */
  tls: boolean;
  raw: string;
}

export interface SmtpReceiverOptions {
  /** Accepted logins, user → password. Default: `{ pyrun: 'secret' }`. */
  users?: Record<string, string>;
  /** Offer STARTTLS with this certificate. */
  tls?: KeyAndCert;
  /** With `tls`: TLS from the first byte (smtps) instead of STARTTLS. */
  implicit_tls?: boolean;
}

export class SmtpReceiver {
  readonly messages: ReceivedMail[] = [];
  /** Every login attempt, accepted or not. */
  readonly logins: Array<{ user: string; accepted: boolean }> = [];
  private readonly waiters: Array<() => void> = [];

  private readonly server: SMTPServer;
  private readonly offersTls: boolean;

  private constructor(options: SmtpReceiverOptions) {
    this.offersTls = options.tls !== undefined;
    const users = options.users ?? { pyrun: 'secret' };
    this.server = new SMTPServer({
      secure: options.tls !== undefined && options.implicit_tls === true,
      ...(options.tls
        ? { key: options.tls.key, cert: options.tls.cert }
        : { disabledCommands: ['STARTTLS'] }),
      allowInsecureAuth: true,
      authMethods: ['PLAIN', 'LOGIN'],
      logger: false,
      closeTimeout: 1000,
      onAuth: (auth, _session, callback) => {
        const accepted = auth.username !== undefined && users[auth.username] === auth.password;
        this.logins.push({ user: auth.username ?? '', accepted });
        if (!accepted) return callback(new Error('Invalid username or password'));
        callback(null, { user: auth.username });
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          const envelope = session.envelope;
          this.record({
            ...parseMail(raw),
            from: envelope.mailFrom ? envelope.mailFrom.address : '',
            to: envelope.rcptTo.map((r) => r.address),
            user: typeof session.user === 'string' ? session.user : null,
            tls: session.secure,
            raw,
          });
          callback();
        });
      },
    });
    this.server.on('error', () => undefined);
  }

  static async start(options: SmtpReceiverOptions = {}): Promise<SmtpReceiver> {
    const receiver = new SmtpReceiver(options);
    await new Promise<void>((resolve, reject) => {
      receiver.server.server.once('error', reject);
      receiver.server.listen(0, '127.0.0.1', () => resolve());
    });
    return receiver;
  }

  get port(): number {
    return (this.server.server.address() as AddressInfo).port;
  }

  /**
   * `smtp://user:password@127.0.0.1:<port>` (`smtps://` when implicit TLS), with the parts URL-encoded. For a
   * server without TLS, `?insecure=true` is added (pyrun sends credentials in clear text only when told so),
   * unless `insecure: false` asks for the bare URL.
   */
  url(user: string, password: string, scheme: 'smtp' | 'smtps' = 'smtp', insecure = !this.offersTls): string {
    const query = insecure ? '?insecure=true' : '';
    return `${scheme}://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${this.port}${query}`;
  }

  /** Resolves with the first `count` messages once they arrived; rejects after `timeout_ms`. */
  async waitForMessages(count: number, timeout_ms = 10000): Promise<ReceivedMail[]> {
    const deadline = Date.now() + timeout_ms;
    while (this.messages.length < count) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`expected ${count} message(s), received ${this.messages.length}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.messages.slice(0, count);
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private record(mail: ReceivedMail): void {
    this.messages.push(mail);
    for (const wake of this.waiters.splice(0)) wake();
  }
}
