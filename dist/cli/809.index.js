export const id = 809;
export const ids = [809];
export const modules = {

/***/ 3809:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCommand: () => (/* binding */ runCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/engine/alerts/config.ts
/**
 * What an alert channel needs to know: where it goes (ChannelConfig), what run it speaks of (AlertContext) and
 * what fired (AlertEventPayload). Problems with the configuration are found here, in messages that name the
 * field and never repeat its value (the value is a secret).
 */
const DEFAULT_TIMEOUT_MS = 5000;
const DEFAULT_RETRIES = 2;
const FIRST_BACKOFF_MS = 250;
/** No more than this many extra attempts, whatever the configuration says. */
const MAX_RETRIES = 10;
function isHttpUrl(raw) {
    try {
        const url = new URL(raw);
        return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
    }
    catch {
        return false;
    }
}
function isSmtpUrl(raw) {
    try {
        const url = new URL(raw);
        return (url.protocol === 'smtp:' || url.protocol === 'smtps:') && url.hostname !== '';
    }
    catch {
        return false;
    }
}
/** Each problem as one line naming the field and what would be valid; empty when the configuration is usable. */
function channelProblems(channels) {
    const problems = [];
    if (channels.slack_webhook && !isHttpUrl(channels.slack_webhook)) {
        problems.push('slack_webhook is not an http(s) URL (expected https://hooks.slack.com/services/…)');
    }
    if (channels.webhook_url && !isHttpUrl(channels.webhook_url)) {
        problems.push('webhook_url is not an http(s) URL');
    }
    if (channels.webhook_secret && !channels.webhook_url) {
        problems.push('webhook_secret is set but webhook_url is not');
    }
    if (channels.smtp_url && !isSmtpUrl(channels.smtp_url)) {
        problems.push('smtp_url is not an smtp:// or smtps:// URL (expected smtps://user:password@host:465)');
    }
    if (channels.smtp_url && !channels.email_to)
        problems.push('smtp_url is set but email_to is not');
    if (channels.email_to && !channels.smtp_url)
        problems.push('email_to is set but smtp_url is not');
    const { timeout_ms, retries } = channels;
    if (timeout_ms !== undefined && !(Number.isFinite(timeout_ms) && timeout_ms > 0)) {
        problems.push('timeout_ms must be a positive number of milliseconds');
    }
    if (retries !== undefined && !(Number.isInteger(retries) && retries >= 0 && retries <= MAX_RETRIES)) {
        problems.push(`retries must be a whole number from 0 to ${MAX_RETRIES}`);
    }
    return problems;
}
/** The configured channel kinds, in a fixed order. */
function configuredKinds(channels) {
    const kinds = [];
    if (channels.slack_webhook)
        kinds.push('slack');
    if (channels.webhook_url)
        kinds.push('webhook');
    if (channels.smtp_url && channels.email_to)
        kinds.push('email');
    return kinds;
}

// EXTERNAL MODULE: ./node_modules/nodemailer/dist/esm/nodemailer.js + 38 modules
var nodemailer = __webpack_require__(6739);
;// CONCATENATED MODULE: ./src/engine/alerts/message.ts
const MAX_SUBJECT_CHARS = 200;
/** Two decimals for ordinary numbers, three significant digits below 1, integers as they are. */
function formatNumber(value) {
    if (!Number.isFinite(value) || Number.isInteger(value))
        return String(value);
    if (Math.abs(value) < 1)
        return String(Number(value.toPrecision(3)));
    return value.toFixed(2).replace(/\.?0+$/, '');
}
/** Collapses line breaks and runs of white space, so user text cannot break a header or a line. */
function oneLine(text) {
    return text.replace(/\s+/g, ' ').trim();
}
function truncate(text, max_chars) {
    return text.length <= max_chars ? text : `${text.slice(0, max_chars - 1)}…`;
}
/** `ALERT rss_mb > 400` */
function alertHeadline(alert) {
    return `ALERT ${oneLine(alert.rule)}`;
}
/** `[pyrun] ALERT rss_mb > 400 on train` */
function alertSubject(alert, ctx) {
    return truncate(`[pyrun] ${alertHeadline(alert)} on ${oneLine(ctx.series)}`, MAX_SUBJECT_CHARS);
}
/** The facts of an alert, in reading order; the value only when there is one, the link only when given. */
function alertFacts(alert, ctx) {
    const facts = [{ label: 'Rule', value: oneLine(alert.rule) }];
    if (alert.value !== null)
        facts.push({ label: 'Value', value: formatNumber(alert.value) });
    facts.push({ label: 'At', value: `${formatNumber(alert.at_s)} s after start` }, { label: 'Series', value: oneLine(ctx.series) }, { label: 'Script', value: oneLine(ctx.script) }, { label: 'Host', value: oneLine(ctx.host) }, { label: 'Run', value: oneLine(ctx.run_id) });
    if (ctx.run_url)
        facts.push({ label: 'Link', value: oneLine(ctx.run_url) });
    return facts;
}
/** One line: `pyrun ALERT rss_mb > 400: value 431.23 at 12.5 s (series train, script train.py)`. */
function alertSummary(alert, ctx) {
    const value = alert.value === null ? '' : ` value ${formatNumber(alert.value)}`;
    return (`pyrun ${alertHeadline(alert)}:${value} at ${formatNumber(alert.at_s)} s` +
        ` (series ${oneLine(ctx.series)}, script ${oneLine(ctx.script)})`);
}
/** The plain-text body of an e-mail: the summary, then one fact a line. */
function alertText(alert, ctx) {
    const width = Math.max(...alertFacts(alert, ctx).map((f) => f.label.length)) + 1;
    const lines = alertFacts(alert, ctx).map((f) => `${`${f.label}:`.padEnd(width)} ${f.value}`);
    return `${alertSummary(alert, ctx)}\n\n${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/engine/alerts/retry.ts
/**
 * Bounded retries with exponential backoff, for any channel. An attempt reports whether it is worth repeating
 * (network trouble, timeouts, server errors) or not (the request itself was refused); an abort signal ends the
 * whole delivery at once, backoff included.
 */
/** Resolves after `delay_ms`, or as soon as the signal aborts. */
function pause(delay_ms, signal) {
    return new Promise((resolve) => {
        if (signal.aborted)
            return resolve();
        const done = () => {
            clearTimeout(timer);
            signal.removeEventListener('abort', done);
            resolve();
        };
        const timer = setTimeout(done, delay_ms);
        signal.addEventListener('abort', done, { once: true });
    });
}
/** An error's message, read by shape (errors from another realm are not `instanceof Error`). */
function describeError(error) {
    const message = error?.message;
    return typeof message === 'string' && message !== '' ? message : String(error);
}
/** TLS verification failures (Node's codes): repeating the attempt meets the same certificate. */
function isCertificateFailure(code) {
    return typeof code === 'string' && /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER/.test(code);
}
function backoff_ms(policy, retry) {
    return policy.first_backoff_ms * 2 ** (retry - 1);
}
/**
 * Runs `attempt` until it succeeds, fails for good, runs out of retries or the signal aborts. Never rejects: an
 * attempt that throws counts as a retryable failure with the error's message as the reason.
 */
async function withRetries(attempt, policy, signal) {
    let attempts = 0;
    let reason = 'not attempted';
    for (;;) {
        if (signal.aborted)
            return { ok: false, attempts, reason, aborted: true };
        attempts += 1;
        let outcome;
        try {
            outcome = await attempt(signal);
        }
        catch (error) {
            outcome = {
                ok: false,
                retryable: true,
                reason: error instanceof Error ? error.message : String(error),
            };
        }
        if (outcome.ok)
            return { ok: true, attempts };
        reason = outcome.reason;
        if (signal.aborted)
            return { ok: false, attempts, reason, aborted: true };
        if (!outcome.retryable || attempts > policy.retries)
            return { ok: false, attempts, reason, aborted: false };
        await pause(backoff_ms(policy, attempts), signal);
    }
}

;// CONCATENATED MODULE: ./src/engine/alerts/email.ts
/**
 * E-mail over SMTP with nodemailer. `smtps://user:password@host[:465]` speaks TLS from the start;
 * `smtp://user:password@host[:587]` upgrades with STARTTLS whenever the server offers it. Certificates are
 * verified; only tests may switch that off, explicitly. The sender is `?from=ADDR` in the URL, else the user
 * name when it is an address, else the first recipient.
 */



const SMTPS_PORT = 465;
const SUBMISSION_PORT = 587;
const BACKSTOP_MS = 1000;
function decode(part) {
    try {
        return decodeURIComponent(part);
    }
    catch {
        return part;
    }
}
/** Reads an `smtp://` or `smtps://` URL; throws on anything else (the dispatcher checks first). */
function smtpSettings(raw) {
    const url = new URL(raw);
    if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:')
        throw new Error('smtp_url must be smtp:// or smtps://');
    const secure = url.protocol === 'smtps:';
    const user = decode(url.username);
    return {
        host: url.hostname.replace(/^\[|\]$/g, ''),
        port: url.port ? Number(url.port) : secure ? SMTPS_PORT : SUBMISSION_PORT,
        secure,
        auth: user !== '' ? { user, pass: decode(url.password) } : null,
        from: url.searchParams.get('from'),
    };
}
function senderAddress(settings, email_to) {
    if (settings.from)
        return settings.from;
    if (settings.auth && settings.auth.user.includes('@'))
        return settings.auth.user;
    return email_to.split(',')[0].trim();
}
/** SMTP trouble worth another try: the connection failed, timed out or broke, or the server said 4xx. */
function isRetryable(error) {
    if (typeof error.responseCode === 'number')
        return error.responseCode >= 400 && error.responseCode < 500;
    if (isCertificateFailure(error.originalCode))
        return false;
    return ['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS'].includes(String(error.code));
}
async function attemptEmail(settings, message, options, signal) {
    const timeout = AbortSignal.timeout(options.timeout_ms);
    const transport = nodemailer/* default.createTransport */.Ay.createTransport({
        host: settings.host,
        port: settings.port,
        secure: settings.secure,
        auth: settings.auth ?? undefined,
        // The attempt's abort signal ends it at timeout_ms; nodemailer's own timers are only a backstop.
        connectionTimeout: options.timeout_ms + BACKSTOP_MS,
        greetingTimeout: options.timeout_ms + BACKSTOP_MS,
        socketTimeout: options.timeout_ms + BACKSTOP_MS,
        tls: { rejectUnauthorized: options.insecure_tls !== true },
        disableFileAccess: true,
        disableUrlAccess: true,
    });
    try {
        await transport.sendMail({
            ...message,
            from: { name: 'pyrun', address: message.from },
            signal: AbortSignal.any([signal, timeout]),
        });
        return { ok: true };
    }
    catch (error) {
        if (signal.aborted)
            return { ok: false, retryable: false, reason: 'abandoned' };
        if (timeout.aborted) {
            return { ok: false, retryable: true, reason: `no answer within ${options.timeout_ms} ms` };
        }
        return {
            ok: false,
            retryable: isRetryable((error ?? {})),
            reason: describeError(error),
        };
    }
    finally {
        transport.close();
    }
}
function sendEmail(smtp_url, email_to, alert, ctx, options) {
    let settings;
    try {
        settings = smtpSettings(smtp_url);
    }
    catch {
        return Promise.resolve({
            ok: false,
            attempts: 0,
            reason: 'smtp_url is not a valid SMTP URL',
            aborted: false,
        });
    }
    const message = {
        from: senderAddress(settings, email_to),
        to: email_to,
        subject: alertSubject(alert, ctx),
        text: alertText(alert, ctx),
    };
    return withRetries((signal) => attemptEmail(settings, message, options, signal), options.policy, options.signal);
}

;// CONCATENATED MODULE: ./src/engine/alerts/mask.ts
const MASK = '***';
/**
 * Shorter pieces are not masked: a 1–3 character password guards nothing, and masking it would garble every
 * line that happens to hold those letters. Whole URLs are always long enough.
 */
const MIN_SECRET_CHARS = 4;
/** A path segment or query value is token-like when it is long, or fairly long and holds a digit. */
const TOKEN_MIN_CHARS = 8;
const TOKEN_ANY_MIN_CHARS = 20;
function isTokenLike(part) {
    return part.length >= TOKEN_ANY_MIN_CHARS || (part.length >= TOKEN_MIN_CHARS && /\d/.test(part));
}
function decoded(part) {
    try {
        return decodeURIComponent(part);
    }
    catch {
        return part;
    }
}
/** The URL as given, as normalised, its path and query, token-like pieces and any password in it. */
function urlSecrets(raw) {
    const secrets = [raw];
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        return secrets;
    }
    secrets.push(url.href);
    const pathAndQuery = url.pathname + url.search;
    if (pathAndQuery !== '/')
        secrets.push(pathAndQuery, decoded(pathAndQuery));
    for (const segment of url.pathname.split('/')) {
        if (isTokenLike(segment))
            secrets.push(segment, decoded(segment));
    }
    for (const value of url.searchParams.values())
        if (isTokenLike(value))
            secrets.push(value);
    if (url.password !== '')
        secrets.push(url.password, decoded(url.password));
    return secrets;
}
/**
 * Every string that must never reach a log: the Slack and webhook URLs (whole, and their paths and tokens), the
 * webhook secret, the SMTP URL and its password; pieces shorter than MIN_SECRET_CHARS are left out.
 */
function channelSecrets(channels) {
    const secrets = [];
    for (const url of [channels.slack_webhook, channels.webhook_url, channels.smtp_url]) {
        if (url)
            secrets.push(...urlSecrets(url));
    }
    if (channels.webhook_secret)
        secrets.push(channels.webhook_secret);
    return [...new Set(secrets.filter((s) => s.length >= MIN_SECRET_CHARS))];
}
/** Replaces every occurrence of every secret with `***`, longest secret first. */
function maskSecrets(text, secrets) {
    const ordered = [...new Set(secrets.filter((s) => s.length > 0))].sort((a, b) => b.length - a.length);
    let masked = text;
    for (const secret of ordered)
        masked = masked.split(secret).join(MASK);
    return masked;
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
;// CONCATENATED MODULE: ./src/engine/alerts/http.ts
/**
 * POST a JSON body with the built-in fetch: one timeout per attempt, retries on network errors, timeouts and
 * server errors (5xx, and 408/429 which say "try again"), none on other answers. Redirects are not followed: a
 * signed alert must not wander to another host.
 */


const USER_AGENT = 'pyrun';
const FRIENDLY_CODES = {
    ECONNREFUSED: 'connection refused',
    ECONNRESET: 'connection reset',
    ENOTFOUND: 'host not found',
    EAI_AGAIN: 'host name lookup failed',
    ETIMEDOUT: 'connection timed out',
    EHOSTUNREACH: 'host unreachable',
    ENETUNREACH: 'network unreachable',
    UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
    UND_ERR_SOCKET: 'connection closed by the server',
};
/** Errors are read by shape, not `instanceof`: fetch's errors may come from another realm. */
function asErrorLike(value) {
    return typeof value === 'object' && value !== null ? value : null;
}
/** The underlying error of a failed fetch (fetch itself only says "fetch failed"). */
function causeOf(error) {
    const outer = asErrorLike(error);
    return asErrorLike(outer?.cause) ?? outer;
}
function codeOf(error) {
    const code = causeOf(error)?.code;
    return typeof code === 'string' ? code : undefined;
}
/** Why a request failed to reach the server, without the URL (fetch's own messages never carry it either). */
function networkReason(error) {
    const cause = causeOf(error);
    const message = typeof cause?.message === 'string' && cause.message !== '' ? cause.message : String(error);
    const code = codeOf(error);
    if (code === undefined)
        return message;
    return `${FRIENDLY_CODES[code] ?? message} (${code})`;
}
function isRetryableStatus(status) {
    return status >= 500 || status === 408 || status === 429;
}
async function attemptPost(url, body, headers, options, signal) {
    const timeout = AbortSignal.timeout(options.timeout_ms);
    let response;
    try {
        response = await options.fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'user-agent': USER_AGENT, ...headers },
            body,
            redirect: 'manual',
            signal: AbortSignal.any([signal, timeout]),
        });
    }
    catch (error) {
        if (signal.aborted)
            return { ok: false, retryable: false, reason: 'abandoned' };
        if (timeout.aborted) {
            return { ok: false, retryable: true, reason: `no answer within ${options.timeout_ms} ms` };
        }
        return { ok: false, retryable: !isCertificateFailure(codeOf(error)), reason: networkReason(error) };
    }
    // The answer's body is of no interest; drop it so the connection is released.
    await response.body?.cancel().catch(() => undefined);
    if (response.status >= 200 && response.status < 300)
        return { ok: true };
    const phrase = response.statusText || external_node_http_.STATUS_CODES[response.status];
    const status = `HTTP ${response.status}${phrase ? ` ${phrase}` : ''}`;
    if (response.status >= 300 && response.status < 400) {
        return { ok: false, retryable: false, reason: `${status} (redirects are not followed)` };
    }
    return { ok: false, retryable: isRetryableStatus(response.status), reason: status };
}
/** Delivers one JSON body; never rejects. */
function postJson(url, body, headers, options) {
    return withRetries((signal) => attemptPost(url, body, headers, options, signal), options.policy, options.signal);
}

;// CONCATENATED MODULE: ./src/engine/alerts/slack.ts


/** Slack's own limits: header text 150, a section field 2000, a section's text 3000. */
const MAX_HEADER_CHARS = 150;
const MAX_FIELD_CHARS = 2000;
const MAX_TEXT_CHARS = 3000;
function escapeMrkdwn(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
function slackMessage(alert, ctx) {
    const facts = alertFacts(alert, ctx).filter((f) => f.label !== 'Rule' && f.label !== 'Link');
    const fields = facts.map((f) => ({
        type: 'mrkdwn',
        text: truncate(`*${f.label}*\n${escapeMrkdwn(f.value)}`, MAX_FIELD_CHARS),
    }));
    const blocks = [
        {
            type: 'header',
            text: { type: 'plain_text', text: truncate(`pyrun ${alertHeadline(alert)}`, MAX_HEADER_CHARS) },
        },
        { type: 'section', fields },
    ];
    let text = escapeMrkdwn(alertSummary(alert, ctx));
    if (ctx.run_url) {
        const link = `<${escapeMrkdwn(ctx.run_url).replace(/\|/g, '%7C')}|Open the run>`;
        blocks.push({ type: 'section', text: { type: 'mrkdwn', text: link } });
        text += ` ${link}`;
    }
    return { text: truncate(text, MAX_TEXT_CHARS), blocks };
}
function sendSlack(webhook_url, alert, ctx, options) {
    return postJson(webhook_url, JSON.stringify(slackMessage(alert, ctx)), {}, options);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/engine/alerts/webhook.ts
/**
 * Generic webhooks: a JSON body with every fact of the alert, signed like GitHub signs its own deliveries —
 * `X-Pyrun-Signature-256: sha256=<hex>`, the HMAC-SHA256 of the exact body bytes under the shared secret.
 * `X-Pyrun-Delivery` is one id per delivery, the same on every retry, so a receiver can drop duplicates.
 */


const SIGNATURE_HEADER = 'X-Pyrun-Signature-256';
const DELIVERY_HEADER = 'X-Pyrun-Delivery';
const EVENT_HEADER = 'X-Pyrun-Event';
function webhookBody(alert, ctx, sent_at) {
    const body = {
        rule: alert.rule,
        value: alert.value !== null && Number.isFinite(alert.value) ? alert.value : null,
        at_s: alert.at_s,
        kind: alert.kind,
        series: ctx.series,
        script: ctx.script,
        run_id: ctx.run_id,
        host: ctx.host,
        run_url: ctx.run_url,
        sent_at: sent_at.toISOString(),
    };
    return JSON.stringify(body);
}
/** `sha256=<hex>` of the body's UTF-8 bytes. */
function signBody(body, secret) {
    return `sha256=${(0,external_node_crypto_.createHmac)('sha256', secret).update(body, 'utf8').digest('hex')}`;
}
function sendWebhook(url, secret, alert, ctx, options) {
    const body = webhookBody(alert, ctx, options.now());
    const headers = { [EVENT_HEADER]: 'alert', [DELIVERY_HEADER]: (0,external_node_crypto_.randomUUID)() };
    if (secret)
        headers[SIGNATURE_HEADER] = signBody(body, secret);
    return postJson(url, body, headers, options);
}

;// CONCATENATED MODULE: ./src/engine/alerts/dispatcher.ts
/**
 * Sends each fired alert to every configured channel at once. `fire` only starts the deliveries and returns;
 * each delivery retries on its own and, if it fails for good, says so in one warning that names the channel
 * kind and host, never the URL. `drain` waits for what is still in flight, up to a bound, then abandons it with
 * one warning. Nothing here throws into the caller once the dispatcher exists.
 */






function hostOf(raw) {
    try {
        return new URL(raw).host || 'unknown host';
    }
    catch {
        return 'unknown host';
    }
}
function buildChannels(config, ctx, deps) {
    const policy = {
        retries: config.retries ?? DEFAULT_RETRIES,
        first_backoff_ms: FIRST_BACKOFF_MS,
    };
    const timeout_ms = config.timeout_ms ?? DEFAULT_TIMEOUT_MS;
    const fetchImpl = deps.fetch ?? globalThis.fetch;
    const now = deps.now ?? (() => new Date());
    const http = (signal) => ({ fetch: fetchImpl, timeout_ms, policy, signal });
    return configuredKinds(config).map((kind) => {
        switch (kind) {
            case 'slack': {
                const url = config.slack_webhook;
                return {
                    kind,
                    host: hostOf(url),
                    deliver: (alert, signal) => sendSlack(url, alert, ctx, http(signal)),
                };
            }
            case 'webhook': {
                const url = config.webhook_url;
                const secret = config.webhook_secret ?? null;
                return {
                    kind,
                    host: hostOf(url),
                    deliver: (alert, signal) => sendWebhook(url, secret, alert, ctx, { ...http(signal), now }),
                };
            }
            case 'email': {
                const url = config.smtp_url;
                const to = config.email_to;
                const settings = smtpSettings(url);
                const options = { timeout_ms, policy, insecure_tls: deps.insecure_tls === true };
                return {
                    kind,
                    host: `${settings.host}:${settings.port}`,
                    deliver: (alert, signal) => sendEmail(url, to, alert, ctx, { ...options, signal }),
                };
            }
        }
    });
}
function listChannels(channels) {
    return channels.map((c) => `${c.kind} (${c.host})`).join(', ');
}
class AlertDispatcher {
    deps;
    channels;
    secrets;
    inFlight = new Set();
    /** Throws when the configuration is unusable, naming the fields at fault (never their values). */
    constructor(channels, ctx, deps) {
        this.deps = deps;
        const problems = channelProblems(channels);
        if (problems.length > 0)
            throw new Error(`alert channels: ${problems.join('; ')}`);
        this.secrets = channelSecrets(channels);
        this.channels = buildChannels(channels, ctx, deps);
    }
    /** The configured kinds, e.g. `['slack', 'webhook', 'email']`. */
    channelKinds() {
        return this.channels.map((c) => c.kind);
    }
    /** Starts delivery to every channel and returns at once with the kinds it was sent to. Never throws. */
    fire(alert) {
        const sent = [];
        for (const channel of this.channels) {
            try {
                this.start(channel, alert);
                sent.push(channel.kind);
            }
            catch (error) {
                this.warnFailure(channel, alert, describeError(error));
            }
        }
        return sent;
    }
    /** Waits for the deliveries in flight, at most `max_wait_ms`; then abandons the rest with one warning. */
    async drain(max_wait_ms) {
        const deadline_ms = performance.now() + Math.max(0, max_wait_ms);
        while (this.inFlight.size > 0) {
            const left_ms = deadline_ms - performance.now();
            if (left_ms <= 0 || !(await this.settleWithin([...this.inFlight], left_ms)))
                break;
        }
        if (this.inFlight.size === 0)
            return;
        const pending = [...this.inFlight];
        for (const delivery of pending) {
            delivery.controller.abort();
            this.inFlight.delete(delivery);
        }
        const channels = [...new Set(pending.map((d) => d.channel))];
        this.warn(`alert delivery still pending after ${Math.max(0, max_wait_ms)} ms, given up: ${listChannels(channels)}`);
    }
    start(channel, alert) {
        const controller = new AbortController();
        const delivery = {
            channel,
            controller,
            settled: Promise.resolve()
                .then(() => channel.deliver(alert, controller.signal))
                .then((result) => {
                if (!result.ok && !result.aborted && !controller.signal.aborted) {
                    const tries = result.attempts === 1 ? '1 attempt' : `${result.attempts} attempts`;
                    this.warnFailure(channel, alert, `${result.reason} (${tries})`);
                }
            }, (error) => {
                if (!controller.signal.aborted)
                    this.warnFailure(channel, alert, describeError(error));
            })
                .finally(() => this.inFlight.delete(delivery)),
        };
        this.inFlight.add(delivery);
    }
    /** True when every delivery settled in time. */
    async settleWithin(deliveries, wait_ms) {
        let timer;
        const timedOut = new Promise((resolve) => {
            timer = setTimeout(() => resolve(false), wait_ms);
        });
        const settled = Promise.all(deliveries.map((d) => d.settled)).then(() => true);
        try {
            return await Promise.race([settled, timedOut]);
        }
        finally {
            clearTimeout(timer);
        }
    }
    warnFailure(channel, alert, reason) {
        this.warn(`alert "${alert.rule}" was not delivered to ${channel.kind} (${channel.host}): ${reason}`);
    }
    /** Every warning passes through the mask, and a failing logger cannot hurt the run. */
    warn(message) {
        try {
            this.deps.warn(maskSecrets(message, this.secrets));
        }
        catch {
            // The logger is the adapter's; losing one warning is better than breaking the run.
        }
    }
}

;// CONCATENATED MODULE: ./src/engine/alerts/index.ts







;// CONCATENATED MODULE: ./src/engine/alert-sink.ts
/** The alert channels a configuration asks for, as the session's sink; null when it asks for none. */


function channelConfig(config) {
    return {
        slack_webhook: config.slack_webhook,
        webhook_url: config.webhook_url,
        webhook_secret: config.webhook_secret,
        smtp_url: config.smtp_url,
        email_to: config.email_to,
    };
}
/** Every secret of a configuration that must never be printed (channel URLs and credentials). */
function configSecrets(config) {
    return channelSecrets(channelConfig(config));
}
/** The channels' sink for one run; alerts name its series, script, run id, this host and the CI run's link. */
function alertSinkFor(config, spec, run_url, warn) {
    const channels = channelConfig(config);
    if (!channels.slack_webhook && !channels.webhook_url && !channels.smtp_url)
        return null;
    const ctx = {
        series: spec.name,
        script: config.script,
        run_id: spec.run_id ?? '',
        host: (0,external_node_os_.hostname)(),
        run_url,
    };
    return new AlertDispatcher(channels, ctx, { warn });
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
;// CONCATENATED MODULE: ./src/config/schema.ts
/**
 * One schema of every option pyrun takes, shared by both faces: the CLI's flags and the action's inputs are
 * the same kebab-case names, parsed by the same code, so an error reads the same in both (naming the input as the
 * user spelled it) and a default cannot differ between them.
 */

const number = (what, check) => schemas/* string */.YjP()
    .trim()
    .refine((s) => s !== '' && Number.isFinite(Number(s)) && check(Number(s)), { message: what })
    .transform(Number);
const seconds = number('must be a number of seconds greater than 0, e.g. 0.5', (n) => n > 0);
const count = (min) => number(`must be a whole number of at least ${min}`, (n) => Number.isInteger(n) && n >= min);
const schema_text = schemas/* string */.YjP();
const list = schemas/* array */.YOg(schemas/* string */.YjP());
const url = (schemes) => schemas/* string */.YjP().refine((s) => {
    try {
        return schemes.includes(new URL(s).protocol.replace(':', ''));
    }
    catch {
        return false;
    }
}, { message: `must be a URL starting with ${schemes.map((s) => `${s}://`).join(' or ')}` });
const oneOf = (values) => schemas/* enum */.k5n(values, { message: `must be one of: ${values.join(', ')}` });
/**
 * Every option: its schema, its default (as the raw text a user would type), its description, and whether its
 * value is a secret (never repeated in a message).
 */
const OPTIONS = {
    script: { schema: schema_text.min(1, 'is required: the Python script to run'), doc: 'The Python script to run.' },
    args: { schema: list, default: [], doc: 'Arguments passed to the script exactly as given.' },
    python: { schema: schema_text, doc: 'The interpreter (default: python3, then python).' },
    cwd: { schema: schema_text, doc: 'Directory the script runs in.' },
    name: { schema: schema_text, doc: 'Series name: runs of one name are compared (default: the script path).' },
    env: {
        schema: schemas/* array */.YOg(schemas/* string */.YjP().regex(/^[^=\s]+=/, 'must be KEY=VALUE')),
        default: [],
        doc: 'Extra environment variables for the script, KEY=VALUE.',
    },
    interval: { schema: seconds, default: '0.5', doc: 'Sampling interval in seconds.' },
    timeout: { schema: seconds, doc: 'Kill the whole process tree after this many seconds.' },
    'grace-period': {
        schema: seconds,
        default: '2',
        doc: 'Seconds between SIGTERM and SIGKILL when ending the tree.',
    },
    retries: {
        schema: count(0),
        default: '0',
        doc: 'Re-run a failed script up to N times; the last attempt decides.',
    },
    repeat: { schema: count(1), default: '1', doc: 'Benchmark mode: N measured runs, statistics over them.' },
    warmup: {
        schema: count(0),
        default: '0',
        doc: 'Benchmark mode: runs before the measured ones, not recorded.',
    },
    gate: { schema: list, default: [], doc: 'Gate rules checked on the run summary.' },
    alert: { schema: list, default: [], doc: 'Alert rules checked live on every sample.' },
    'slack-webhook': { schema: url(['https', 'http']), doc: 'Slack incoming webhook URL for alerts.' },
    webhook: { schema: url(['https', 'http']), doc: 'Webhook URL receiving alerts as JSON.' },
    'webhook-secret': { schema: schema_text, doc: 'Signs webhook bodies (X-Pyrun-Signature-256).' },
    smtp: {
        schema: url(['smtp', 'smtps']),
        doc: 'SMTP server for email alerts, smtp(s)://user:pass@host:port.',
    },
    'email-to': { schema: schema_text, doc: 'Recipient of email alerts.' },
    db: { schema: schema_text, default: '.pyrun/history.sqlite', doc: 'History file.' },
    history: { schema: schemas/* boolean */.zMY(), default: true, doc: 'Keep a history of runs (--no-history to skip).' },
    'keep-runs': {
        schema: count(1),
        default: '1000',
        doc: 'Runs kept per series in the history; older ones are dropped, old samples thinned first.',
    },
    'baseline-ref': { schema: schema_text, doc: 'Whose history is the baseline (default: every run of this name).' },
    json: { schema: schema_text, doc: 'Write the run record as JSON to this file.' },
    junit: { schema: schema_text, doc: 'Write a JUnit XML report to this file.' },
    tap: { schema: schema_text, doc: 'Write a TAP 14 report to this file.' },
    summary: { schema: schema_text, doc: 'Write a markdown report to this file.' },
    html: { schema: schema_text, doc: 'Write a self-contained HTML report to this file.' },
    executor: { schema: oneOf(['local', 'ssh', 'docker']), default: 'local', doc: 'Where the script runs.' },
    'ssh-host': { schema: schema_text, doc: 'SSH executor: host.' },
    'ssh-user': { schema: schema_text, doc: 'SSH executor: user.' },
    'ssh-port': { schema: count(1), doc: 'SSH executor: port.' },
    'ssh-key': { schema: schema_text, doc: 'SSH executor: private key file.' },
    'ssh-known-hosts': { schema: schema_text, doc: 'SSH executor: known_hosts file holding the host key.' },
    'ssh-accept-unknown-host': {
        schema: schemas/* boolean */.zMY(),
        default: false,
        doc: 'SSH executor: connect even when the host key is not known (turns strict host key checking off).',
    },
    'docker-image': { schema: schema_text, doc: 'Docker executor: image.' },
    profile: {
        schema: schemas/* boolean */.zMY(),
        default: false,
        doc: "Run the script under Python's cProfile and report where its time went (slower: keep it off unless needed).",
    },
    'profile-dir': {
        schema: schema_text,
        doc: 'Directory for the profile files (default: beside --json, else .pyrun/profiles).',
    },
};

;// CONCATENATED MODULE: ./src/config/parse.ts
/**
 * parseConfig: raw option values (strings, lists, booleans, as a CLI or the action's inputs give them) → a typed
 * Config, or every error at once, each naming the option the way its face spells it.
 */

class ConfigError extends Error {
    problems;
    constructor(problems) {
        super(problems.join('\n'));
        this.name = 'ConfigError';
        this.problems = problems;
    }
}
const cliLabel = (name) => (name === 'script' ? 'SCRIPT' : `--${name}`);
function parseConfig(raw, label = cliLabel) {
    const problems = [];
    const values = {};
    for (const name of Object.keys(OPTIONS)) {
        const option = OPTIONS[name];
        let value = raw[name];
        if ((value === undefined || value === '') && 'default' in option)
            value = option.default;
        if (value === undefined || (value === '' && name !== 'script'))
            continue;
        const result = option.schema.safeParse(value);
        if (result.success)
            values[name] = result.data;
        else {
            const shown = Array.isArray(value) ? value.join(' ') : String(value);
            const why = result.error.issues[0]?.message ?? 'is not valid';
            const secret = 'secret' in option && option.secret;
            problems.push(name === 'script' || secret
                ? `${label(name)} ${why}`
                : `${label(name)} ${why} (got '${redactUrl(shown)}')`);
        }
    }
    if (raw.script === undefined || raw.script === '')
        problems.push(`${label('script')} is required: the Python script to run`);
    if (raw['email-to'] && !raw.smtp)
        problems.push(`${label('email-to')} needs ${label('smtp')}: the server to send through`);
    if (raw.smtp && !raw['email-to'])
        problems.push(`${label('smtp')} needs ${label('email-to')}: who receives the alerts`);
    if (raw['webhook-secret'] && !raw.webhook) {
        problems.push(`${label('webhook-secret')} needs ${label('webhook')}: the URL whose bodies it signs`);
    }
    if (values.executor === 'ssh' && !values['ssh-host'])
        problems.push(`${label('executor')} ssh needs ${label('ssh-host')}`);
    if (values.profile === true && values.executor !== undefined && values.executor !== 'local')
        problems.push(`${label('profile')} works with ${label('executor')} local only`);
    if (values.executor === 'docker' && !values['docker-image'])
        problems.push(`${label('executor')} docker needs ${label('docker-image')}`);
    if (problems.length > 0)
        throw new ConfigError([...new Set(problems)]);
    const str = (name) => values[name] ?? null;
    const env = {};
    for (const pair of values.env) {
        const eq = pair.indexOf('=');
        env[pair.slice(0, eq)] = pair.slice(eq + 1);
    }
    const script = values.script;
    return {
        script,
        args: values.args,
        python: str('python'),
        cwd: str('cwd'),
        name: str('name') ?? script,
        env,
        interval_s: values.interval,
        timeout_s: values.timeout ?? null,
        grace_s: values['grace-period'],
        retries: values.retries,
        repeat: values.repeat,
        warmup: values.warmup,
        gates: values.gate,
        alerts: values.alert,
        slack_webhook: str('slack-webhook'),
        webhook_url: str('webhook'),
        webhook_secret: str('webhook-secret'),
        smtp_url: str('smtp'),
        email_to: str('email-to'),
        db_path: values.db,
        history: values.history,
        keep_runs: values['keep-runs'],
        baseline_ref: str('baseline-ref'),
        json_path: str('json'),
        junit_path: str('junit'),
        tap_path: str('tap'),
        summary_path: str('summary'),
        html_path: str('html'),
        executor: values.executor,
        ssh: {
            host: str('ssh-host'),
            user: str('ssh-user'),
            port: values['ssh-port'] ?? null,
            key: str('ssh-key'),
            known_hosts: str('ssh-known-hosts'),
            accept_unknown_host: values['ssh-accept-unknown-host'],
        },
        docker_image: str('docker-image'),
        profile: values.profile,
        profile_dir: str('profile-dir'),
    };
}
/** Hides credentials and paths of a URL (webhook tokens live there) before it appears in a message. */
function redactUrl(text) {
    try {
        const u = new URL(text);
        if (u.protocol === 'http:' || u.protocol === 'https:' || u.protocol.startsWith('smtp')) {
            return `${u.protocol}//${u.host}/***`;
        }
    }
    catch {
        /* not a URL */
    }
    return text;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/engine/exec/remote-launcher-proc.ts
/**
 * The remote launcher's /proc reader and sampler (Python, part of ./remote-launcher.ts): the same formulas as
 * ../sample/sampler.ts, computed where the script runs. The tree under the reaper is found through
 * /proc/<pid>/task/<tid>/children, or by one scan of every /proc/<pid>/stat when the kernel has no such files.
 *
 * Per tick: CPU = Σ(utime+stime+cutime+cstime) over live descendants + the reaper's cutime+cstime (a child that
 * lived and died between two ticks is in its reaper's cutime); RSS, threads, processes, rchar/wchar and open fds
 * summed over the live (non-zombie) ones, plus the reaper's rchar/wchar since the start (reaped children fold
 * theirs into it). Totals never go down. Ticks fall on t_fork + k·interval; missed deadlines are skipped.
 */
const REMOTE_PROC_SOURCE = String.raw `
def read_text(path):
    try:
        with open(path, "rb") as f:
            return f.read().decode("latin-1")
    except OSError:
        return None

def proc_stat(pid):
    text = read_text("/proc/%d/stat" % pid)
    if not text:
        return None
    try:
        f = text[text.rindex(")") + 2:].split()
        return {"pid": pid, "state": f[0], "ppid": int(f[1]), "utime": int(f[11]), "stime": int(f[12]),
                "cutime": int(f[13]), "cstime": int(f[14]), "threads": int(f[17]), "rss": int(f[21])}
    except (ValueError, IndexError):
        return None

def proc_io(pid):
    text = read_text("/proc/%d/io" % pid)
    if not text:
        return None
    d = {}
    for line in text.splitlines():
        k, _, v = line.partition(":")
        d[k] = v.strip()
    try:
        return int(d["rchar"]), int(d["wchar"])
    except (KeyError, ValueError):
        return None

HAS_CHILDREN_FILES = os.path.exists("/proc/%d/task/%d/children" % (os.getpid(), os.getpid()))

def children(pid):
    out = []
    try:
        for tid in os.listdir("/proc/%d/task" % pid):
            text = read_text("/proc/%d/task/%s/children" % (pid, tid))
            if text:
                out += [int(p) for p in text.split()]
    except OSError:
        pass
    return out

def descendants(root):
    found = []
    if HAS_CHILDREN_FILES:
        queue, seen = children(root), set()
        while queue:
            pid = queue.pop()
            if pid in seen:
                continue
            seen.add(pid)
            st = proc_stat(pid)
            if st:
                found.append(st)
                queue += children(pid)
        return found
    by_parent = {}
    try:
        names = os.listdir("/proc")
    except OSError:
        return found
    for name in names:
        if name.isdigit():
            st = proc_stat(int(name))
            if st:
                by_parent.setdefault(st["ppid"], []).append(st)
    queue, seen = [root], set([root])
    while queue:
        for st in by_parent.get(queue.pop(), []):
            if st["pid"] not in seen:
                seen.add(st["pid"])
                found.append(st)
                queue.append(st["pid"])
    return found

def kill_quietly(pid, sig, group=False):
    try:
        (os.killpg if group else os.kill)(pid, sig)
    except OSError:
        pass

def sampler(tree, t0, interval, stop, link):
    tck, page = os.sysconf("SC_CLK_TCK"), os.sysconf("SC_PAGE_SIZE")
    root = tree.root
    io0 = proc_io(root) or (0, 0)
    prev_t, prev_ticks, prev_r, prev_w, k = t0, 0, 0, 0, 1
    while True:
        now = time.monotonic()
        while t0 + k * interval <= now:
            k += 1
        if stop.wait(t0 + k * interval - now):
            return
        k += 1
        now = time.monotonic()
        ticks = rss = threads = processes = rchar = wchar = largest = 0
        fds = None
        for st in descendants(root):
            ticks += st["utime"] + st["stime"] + st["cutime"] + st["cstime"]
            if st["state"] in ("Z", "X"):
                continue
            processes += 1
            threads += st["threads"]
            rss += st["rss"]
            largest = max(largest, st["rss"] * page)
            io = proc_io(st["pid"])
            if io:
                rchar += io[0]
                wchar += io[1]
            try:
                fds = (fds or 0) + len(os.listdir("/proc/%d/fd" % st["pid"]))
            except OSError:
                pass
        rst = proc_stat(root)
        if rst:
            ticks += rst["cutime"] + rst["cstime"]
        rio = proc_io(root)
        if rio:
            rchar += rio[0] - io0[0]
            wchar += rio[1] - io0[1]
        ticks, rchar, wchar = max(ticks, prev_ticks), max(rchar, prev_r), max(wchar, prev_w)
        dt = now - prev_t
        cpu = (ticks - prev_ticks) / tck / dt * 100 if dt > 0 else 0
        prev_t, prev_ticks, prev_r, prev_w = now, ticks, rchar, wchar
        if stop.is_set():
            return
        link.control(event="sample", elapsed_s=now - t0, cpu_percent=cpu, rss_bytes=rss * page,
                     largest_process_rss_bytes=largest, threads=threads, processes=processes,
                     read_bytes=rchar, write_bytes=wchar, open_fds=fds, cpu_time_s=ticks / tck)
`;

;// CONCATENATED MODULE: ./src/engine/exec/remote-launcher-reaper.ts
/**
 * The remote launcher's reaper (Python, part of ./remote-launcher.ts): ./launcher.ts's logic, forked by the
 * launcher before any thread starts. It becomes a child subreaper, forks the script into its own process group
 * with the launcher's pipes as stdin/stdout/stderr, reaps it and every orphan (TERM, then KILL, to those left),
 * and reports on its own pipe: started (pid, t_fork), error, or exited with getrusage(RUSAGE_CHILDREN) and its
 * own /proc/self/io delta. It does no I/O of its own while the script runs, so those figures are the tree's.
 * It dies with the launcher: PR_SET_PDEATHSIG delivers SIGHUP, on which it SIGKILLs the whole tree.
 */
const REMOTE_REAPER_SOURCE = String.raw `
def reaper(argv, cwd, env, fds, report_fd, parent):
    in_r, out_w, err_w = fds
    for s in (signal.SIGINT, signal.SIGTERM):
        signal.signal(s, signal.SIG_IGN)
    null = os.open(os.devnull, os.O_RDWR)
    os.dup2(null, 0)
    os.dup2(null, 1)
    os.close(null)
    state = {"pid": None}
    def orphaned(*_):
        if state["pid"]:
            kill_quietly(state["pid"], signal.SIGKILL, group=True)
        for st in descendants(os.getpid()):
            kill_quietly(st["pid"], signal.SIGKILL)
    signal.signal(signal.SIGHUP, orphaned)
    prctl(PR_SET_PDEATHSIG, signal.SIGHUP)
    prctl(PR_SET_CHILD_SUBREAPER, 1)
    report = os.fdopen(report_fd, "w", buffering=1)
    if os.getppid() != parent:
        return 1
    exec_r, exec_w = os.pipe()
    t0 = time.monotonic()
    pid = os.fork()
    if pid == 0:
        try:
            os.close(exec_r)
            os.setpgid(0, 0)
            for s in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGPIPE):
                signal.signal(s, signal.SIG_DFL)
            os.dup2(in_r, 0)
            os.dup2(out_w, 1)
            os.dup2(err_w, 2)
            os.chdir(cwd)
            os.execve(argv[0], argv, env)
        except BaseException as e:
            try:
                os.write(exec_w, ("cannot start %s: %s" % (argv[1], e)).encode())
            finally:
                os._exit(127)
    state["pid"] = pid
    try:
        os.setpgid(pid, pid)
    except OSError:
        pass
    os.close(exec_w)
    for fd in fds:
        os.close(fd)
    failure = os.read(exec_r, 4096)
    os.close(exec_r)
    if failure:
        os.waitpid(pid, 0)
        report.write(json.dumps({"event": "error", "message": failure.decode(errors="replace")}) + "\n")
        return 125
    report.write(json.dumps({"event": "started", "pid": pid, "t_fork": t0}) + "\n")
    io0 = proc_io(os.getpid())
    while True:
        try:
            _, status = os.waitpid(pid, 0)
            break
        except ChildProcessError:
            status = 0
            break
    wall = time.monotonic() - t0
    leftovers = reap_leftovers()
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    io1 = proc_io(os.getpid())
    report.write(json.dumps({
        "event": "exited",
        "exit_code": os.WEXITSTATUS(status) if os.WIFEXITED(status) else None,
        "signal": sig_name(os.WTERMSIG(status)) if os.WIFSIGNALED(status) else None,
        "wall_s": wall, "cpu_user_s": ru.ru_utime, "cpu_sys_s": ru.ru_stime,
        "maxrss_bytes": ru.ru_maxrss * 1024,
        "rchar": io1[0] - io0[0] if io0 and io1 else None,
        "wchar": io1[1] - io0[1] if io0 and io1 else None,
        "leftovers": leftovers}) + "\n")
    return 0

def reap_leftovers():
    # Descendants still alive after the script exited were orphaned to R: end them so none outlives the run.
    found = 0
    for sig, grace in ((signal.SIGTERM, 1.0), (signal.SIGKILL, 5.0)):
        pids = [st["pid"] for st in descendants(os.getpid())]
        found = max(found, len(pids))
        for p in pids:
            kill_quietly(p, sig)
        deadline = time.monotonic() + grace
        while time.monotonic() < deadline:
            try:
                p, _ = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                return found
            if p == 0:
                time.sleep(0.01)
    return found
`;

;// CONCATENATED MODULE: ./src/engine/exec/remote-launcher.ts
/**
 * The remote launcher: the Python program that stands beside the script where it runs (an SSH host, a container),
 * measures it there and speaks to pyrun over one byte stream in each direction (frames: ./mux.ts).
 *
 * Run as `python3 -S -E -c REMOTE_LAUNCHER_SOURCE`; its stdin and stdout are the connection. Processes:
 *
 *   launcher L (this program: link, pumps, sampler, control)
 *     └─ reaper R (forked before any thread; child subreaper; does no I/O of its own while the script runs)
 *          └─ script S (own process group, stdin/stdout/stderr are pipes to L) └─ S's children…
 *
 * R (./remote-launcher-reaper.ts) is ./launcher.ts's logic: it forks S, reaps it and every orphan, then reports getrusage(RUSAGE_CHILDREN)
 * (exact CPU, largest single high-water mark) and its own /proc/self/io delta (the kernel folds each reaped
 * process's rchar/wchar into its reaper) to L through a pipe. Keeping that in R, not L, keeps the relayed output
 * out of the I/O figures: L's own reads and writes never count.
 *
 * L samples the tree under R every interval (./remote-launcher-proc.ts) with ../sample/sampler.ts's formulas: CPU = Σ(utime+stime+cutime+
 * cstime) over live descendants + R's cutime+cstime; RSS, threads, processes summed over live (non-zombie) ones;
 * rchar/wchar over live ones + R's delta; open fds. It walks /proc/<pid>/task/<tid>/children, or scans /proc
 * when the kernel has no such files.
 *
 * pyrun → L: first frame a control {"op":"start","interval_s","grace_s","args",
 *   "script_b64"+"script_name" (shipped: written to a private mkdtemp directory, removed at the end) or
 *   "script_path"+"cwd" (run in place), "env" (added to L's own environment, or null)};
 *   then stream 1 = stdin bytes (empty = close the script's stdin); control {"op":"signal","signal":"SIGTERM"},
 *   {"op":"kill"} (SIGKILL the whole tree), {"op":"end"} (TERM, grace, KILL).
 * L → pyrun: 1 stdout, 2 stderr, 3 control:
 *   {"event":"started","pid","sampler_root_pid","clk_tck","page_size","python_version","workdir","platform",
 *    "machine"}
 *   {"event":"sample","elapsed_s","cpu_percent","rss_bytes","largest_process_rss_bytes","threads","processes",
 *    "read_bytes","write_bytes","open_fds","cpu_time_s"}
 *   {"event":"exited","exit_code","signal" (a name),"wall_s","cpu_user_s","cpu_sys_s","maxrss_bytes","rchar",
 *    "wchar","leftovers"}
 *   {"event":"error","message"}
 *
 * Whatever ends the connection ends the tree: SIGTERM/SIGINT/SIGHUP to L, EOF on its stdin (ssh closed), a
 * write to its stdout failing (EPIPE) → TERM to the script's group, grace, then KILL to every descendant of R.
 * If L itself is killed, R gets SIGHUP (PR_SET_PDEATHSIG) and kills the tree.
 */


const PRELUDE = String.raw `
import os, sys, json, time, signal, struct, threading, resource
OUT, ERR, CTL = 1, 2, 3
MAX_FRAME = 64 << 20
PR_SET_PDEATHSIG, PR_SET_CHILD_SUBREAPER = 1, 36

def prctl(option, value):
    try:
        import ctypes
        ctypes.CDLL(None, use_errno=True).prctl(option, value, 0, 0, 0)
    except Exception:
        pass

def read_exact(fd, n):
    parts, got = [], 0
    while got < n:
        chunk = os.read(fd, n - got)
        if not chunk:
            return None
        parts.append(chunk)
        got += len(chunk)
    return b"".join(parts)

def read_frame(fd):
    head = read_exact(fd, 5)
    if head is None:
        return None
    stream, n = struct.unpack(">BI", head)
    if n > MAX_FRAME:
        raise ValueError("frame too large")
    payload = read_exact(fd, n) if n else b""
    return None if payload is None else (stream, payload)

def write_all(fd, data):
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]

def sig_name(n):
    try:
        return signal.Signals(n).name
    except ValueError:
        return "SIG%d" % n
`;
const LAUNCHER = String.raw `
class Link:
    def __init__(self, on_broken):
        self.lock = threading.Lock()
        self.broken = False
        self.on_broken = on_broken
    def send(self, stream, payload):
        with self.lock:
            if self.broken:
                return False
            try:
                write_all(1, struct.pack(">BI", stream, len(payload)) + payload)
                return True
            except OSError:
                self.broken = True
        self.on_broken()
        return False
    def control(self, **message):
        return self.send(CTL, json.dumps(message).encode())

class Tree:
    def __init__(self, root, grace):
        self.root, self.grace, self.pgid, self.ending, self.finished = root, grace, None, False, False
        self.lock = threading.Lock()
    def signal(self, sig):
        if self.pgid and not self.finished:
            kill_quietly(self.pgid, sig, group=True)
    def kill(self):
        # Everything under L but R itself, which must live to reap and report: the tree of R, and anything R
        # left to L (a subreaper too) if R died.
        if self.finished:
            return
        self.signal(signal.SIGKILL)
        for st in descendants(os.getpid()):
            if st["pid"] != self.root:
                kill_quietly(st["pid"], signal.SIGKILL)
    def end(self, *_):
        with self.lock:
            if self.ending:
                return
            self.ending = True
        self.signal(signal.SIGTERM)
        timer = threading.Timer(self.grace, self.kill)
        timer.daemon = True
        timer.start()
    def started(self, pgid):
        self.pgid = pgid
        if self.ending:
            self.signal(signal.SIGTERM)

def pump(fd, stream, link):
    while True:
        try:
            data = os.read(fd, 65536)
        except OSError:
            break
        if not data:
            break
        link.send(stream, data)  # once the link is gone, keep draining so the script never blocks on a full pipe
    os.close(fd)

def stdin_feeder(in_w, chunks):
    fd = in_w
    while True:
        data = chunks.get()
        if data is None:
            break
        if fd is not None:
            try:
                write_all(fd, data)
            except OSError:
                os.close(fd)
                fd = None
    if fd is not None:
        os.close(fd)

def control_reader(tree, chunks):
    try:
        while True:
            frame = read_frame(0)
            if frame is None:
                break
            stream, payload = frame
            if stream == OUT:
                chunks.put(payload if payload else None)
            elif stream == CTL:
                req = json.loads(payload.decode())
                op = req.get("op")
                if op == "signal":
                    sig = getattr(signal, str(req.get("signal")), None)
                    if isinstance(sig, signal.Signals):
                        tree.signal(sig)
                elif op == "kill":
                    tree.kill()
                elif op == "end":
                    tree.end()
    except Exception:
        pass
    chunks.put(None)
    tree.end()  # the connection is gone: nothing may outlive it

def launch(req, link_holder):
    import queue
    interval = float(req.get("interval_s") or 1.0)
    grace = float(req.get("grace_s") or 2.0)
    env = dict(os.environ)
    env.update(req.get("env") or {})
    workdir = None
    if "script_b64" in req:
        import base64, tempfile
        workdir = tempfile.mkdtemp(prefix="pyrun-remote-")
        name = os.path.basename(str(req.get("script_name") or "")) or "script.py"
        script = os.path.join(workdir, name if name not in (".", "..") else "script.py")
        fd = os.open(script, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        write_all(fd, base64.b64decode(req["script_b64"]))
        os.close(fd)
        cwd = workdir
    else:
        script = str(req["script_path"])
        cwd = str(req.get("cwd") or os.getcwd())
    argv = [sys.executable, script] + [str(a) for a in req.get("args") or []]
    try:
        return supervise(argv, cwd, env, interval, grace, workdir, link_holder, queue.Queue())
    finally:
        if workdir:
            import shutil
            shutil.rmtree(workdir, ignore_errors=True)

def supervise(argv, cwd, env, interval, grace, workdir, link_holder, chunks):
    in_r, in_w = os.pipe()
    out_r, out_w = os.pipe()
    err_r, err_w = os.pipe()
    rep_r, rep_w = os.pipe()
    me = os.getpid()
    prctl(PR_SET_CHILD_SUBREAPER, 1)  # whatever R leaves if it dies comes here, not to init
    rpid = os.fork()  # before any thread starts
    if rpid == 0:
        code = 1
        try:
            for fd in (in_w, out_r, err_r, rep_r):
                os.close(fd)
            code = reaper(argv, cwd, env, (in_r, out_w, err_w), rep_w, me)
        except BaseException:
            import traceback
            traceback.print_exc()
        finally:
            os._exit(code)
    for fd in (in_r, out_w, err_w, rep_w):
        os.close(fd)
    tree = Tree(rpid, grace)
    link = link_holder(tree.end)
    for s in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(s, tree.end)
    threads = [threading.Thread(target=pump, args=(out_r, OUT, link), daemon=True),
               threading.Thread(target=pump, args=(err_r, ERR, link), daemon=True)]
    for t in threads:
        t.start()
    threading.Thread(target=stdin_feeder, args=(in_w, chunks), daemon=True).start()
    threading.Thread(target=control_reader, args=(tree, chunks), daemon=True).start()
    stop = threading.Event()
    sampling = None
    code = 1
    for line in os.fdopen(rep_r, "r"):
        msg = json.loads(line)
        if msg["event"] == "started":
            t0 = msg.get("t_fork") or time.monotonic()  # samples are dated from the fork, on this host clock
            tree.started(msg["pid"])
            link.control(event="started", pid=msg["pid"], sampler_root_pid=rpid,
                         clk_tck=os.sysconf("SC_CLK_TCK"), page_size=os.sysconf("SC_PAGE_SIZE"),
                         python_version="%d.%d.%d" % sys.version_info[:3], workdir=workdir,
                         platform=sys.platform, machine=os.uname().machine)
            sampling = threading.Thread(target=sampler, args=(tree, t0, interval, stop, link), daemon=True)
            sampling.start()
        elif msg["event"] == "error":
            link.control(**msg)
            code = 125
        elif msg["event"] == "exited":
            tree.finished = True  # all reaped: no pid of the tree may be signalled any more (it may be reused)
            stop.set()
            if sampling:
                sampling.join()
            for t in threads:
                t.join(5.0)
            link.control(**msg)
            code = 0
    stop.set()
    if code == 1:
        tree.kill()  # R died without a report: make sure nothing it watched lives on
    while True:
        try:
            os.waitpid(rpid, 0)
            break
        except ChildProcessError:
            break
    return code

def main():
    holder = {}
    def make_link(on_broken):
        holder["link"] = Link(on_broken)
        return holder["link"]
    try:
        frame = read_frame(0)
        req = json.loads(frame[1].decode()) if frame and frame[0] == CTL else {}
        if req.get("op") != "start":
            raise ValueError("the first frame must be a start request")
        return launch(req, make_link)
    except Exception as e:
        link = holder.get("link") or Link(lambda: None)
        link.control(event="error", message="remote launcher: %s: %s" % (type(e).__name__, e))
        return 125

if __name__ == "__main__":
    sys.exit(main())
`;
/** The whole program, as `python3 -S -E -c` takes it. */
const REMOTE_LAUNCHER_SOURCE = [PRELUDE, REMOTE_PROC_SOURCE, REMOTE_REAPER_SOURCE, LAUNCHER].join('\n');

;// CONCATENATED MODULE: ./src/engine/exec/mux.ts
/**
 * The remote launcher's wire format (./remote-launcher.ts): one byte stream carrying several ordered streams.
 *
 * Frame = 1 byte stream id + 4-byte big-endian payload length + payload. Binary-safe: a payload is never escaped
 * or split on newlines, so a script's output arrives byte for byte, and frames of one connection keep their order.
 *
 * Launcher → pyrun: 1 the script's stdout, 2 its stderr, 3 a control message (UTF-8 JSON: started, sample, exited,
 * error). pyrun → launcher: 1 bytes for the script's stdin (an empty payload closes it), 3 a control request
 * (start, signal, kill, end).
 */
const STREAM_STDOUT = 1;
const STREAM_STDERR = 2;
const STREAM_CONTROL = 3;
/** pyrun → launcher: the script's stdin shares id 1. */
const STREAM_STDIN = 1;
const FRAME_HEADER_BYTES = 5;
/** Larger than anything the launcher writes (64 KiB reads) or a start request carries; more is a broken stream. */
const MAX_FRAME_PAYLOAD_BYTES = 64 * 1024 * 1024;
function encodeFrame(stream, payload) {
    const body = typeof payload === 'string' ? Buffer.from(payload, 'utf8') : payload;
    if (!Number.isInteger(stream) || stream < 0 || stream > 255)
        throw new RangeError(`bad stream id ${stream}`);
    if (body.length > MAX_FRAME_PAYLOAD_BYTES)
        throw new RangeError(`frame payload of ${body.length} bytes is too large`);
    const header = Buffer.alloc(FRAME_HEADER_BYTES);
    header.writeUInt8(stream, 0);
    header.writeUInt32BE(body.length, 1);
    return Buffer.concat([header, body]);
}
function encodeControl(message) {
    return encodeFrame(STREAM_CONTROL, JSON.stringify(message));
}
class FrameError extends Error {
    constructor(message) {
        super(message);
        this.name = 'FrameError';
    }
}
/**
 * A streaming frame parser: feed it chunks cut anywhere (inside a header, inside a payload, several frames at once)
 * and it calls `onFrame` once per complete frame, in order.
 */
class FrameDecoder {
    onFrame;
    pending = [];
    pendingBytes = 0;
    /** The header of the frame whose payload is being collected, once its 5 bytes have arrived. */
    stream = -1;
    need = -1;
    constructor(onFrame) {
        this.onFrame = onFrame;
    }
    /** Bytes received that do not yet form a whole frame. */
    get bufferedBytes() {
        return this.pendingBytes;
    }
    push(chunk) {
        if (chunk.length === 0)
            return;
        this.pending.push(chunk);
        this.pendingBytes += chunk.length;
        for (;;) {
            if (this.need < 0) {
                if (this.pendingBytes < FRAME_HEADER_BYTES)
                    return;
                const header = this.take(FRAME_HEADER_BYTES);
                this.stream = header.readUInt8(0);
                this.need = header.readUInt32BE(1);
                if (this.need > MAX_FRAME_PAYLOAD_BYTES) {
                    throw new FrameError(`frame of ${this.need} bytes on stream ${this.stream}: the stream is not framed`);
                }
            }
            if (this.pendingBytes < this.need)
                return;
            const payload = this.take(this.need);
            const stream = this.stream;
            this.need = -1;
            this.stream = -1;
            this.onFrame(stream, payload);
        }
    }
    /** Whether the input ended cleanly, on a frame boundary. */
    get atBoundary() {
        return this.need < 0 && this.pendingBytes === 0;
    }
    take(n) {
        if (n === 0)
            return Buffer.alloc(0);
        const first = this.pending[0];
        let out;
        if (first.length >= n) {
            out = first.subarray(0, n);
            if (first.length === n)
                this.pending.shift();
            else
                this.pending[0] = first.subarray(n);
        }
        else {
            const all = Buffer.concat(this.pending, this.pendingBytes);
            out = all.subarray(0, n);
            this.pending = all.length > n ? [all.subarray(n)] : [];
        }
        this.pendingBytes -= n;
        return out;
    }
}
/**
 * Writes stdout and stderr frames to their streams as they arrive and hands control messages to `onControl`.
 * Returns the decoder to push chunks into.
 */
function createDemuxer(targets) {
    let waiting = 0;
    const write = (stream, payload) => {
        if (payload.length === 0)
            return;
        if (stream.write(payload) || !targets.onBackpressure)
            return;
        waiting += 1;
        if (waiting === 1)
            targets.onBackpressure(true);
        stream.once('drain', () => {
            waiting -= 1;
            if (waiting === 0)
                targets.onBackpressure?.(false);
        });
    };
    return new FrameDecoder((stream, payload) => {
        if (stream === STREAM_STDOUT)
            write(targets.stdout, payload);
        else if (stream === STREAM_STDERR)
            write(targets.stderr, payload);
        else if (stream === STREAM_CONTROL) {
            let message;
            try {
                message = JSON.parse(payload.toString('utf8'));
            }
            catch {
                targets.onProtocolError?.(`control frame is not JSON: ${payload.toString('utf8').slice(0, 200)}`);
                return;
            }
            if (typeof message === 'object' && message !== null && !Array.isArray(message)) {
                targets.onControl(message);
            }
            else
                targets.onProtocolError?.('control frame is not a JSON object');
        }
        else
            targets.onProtocolError?.(`frame on unknown stream ${stream}`);
    });
}

// EXTERNAL MODULE: ./src/engine/types.ts
var types = __webpack_require__(3171);
;// CONCATENATED MODULE: ./src/engine/exec/remote-types.ts

const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
/** `uname -m` in Node's words, so a remote run's fingerprint matches a local one on the same hardware. */
function nodeArch(machine) {
    if (machine === null)
        return null;
    const names = {
        x86_64: 'x64',
        amd64: 'x64',
        aarch64: 'arm64',
        arm64: 'arm64',
        i686: 'ia32',
        i386: 'ia32',
    };
    return names[machine] ?? machine;
}
function startInfoFrom(m, spawnedAt_ms) {
    const text = (v) => (typeof v === 'string' ? v : null);
    return {
        platform: text(m.platform),
        machine: text(m.machine),
        script_pid: num(m.pid) ?? -1,
        sampler_root_pid: num(m.sampler_root_pid) ?? -1,
        clk_tck: num(m.clk_tck) ?? 100,
        page_size: num(m.page_size) ?? 4096,
        python_version: typeof m.python_version === 'string' ? m.python_version : '',
        spawned_at_ms: spawnedAt_ms,
        // Remote samples carry their own elapsed time, dated from the fork on the remote clock.
        fork_age_ms: 0,
        os: text(m.platform),
        arch: nodeArch(text(m.machine)),
    };
}
function exitReportFrom(m, wallFallback_s) {
    const user = num(m.cpu_user_s);
    const sys = num(m.cpu_sys_s);
    return {
        exit_code: num(m.exit_code),
        signal: typeof m.signal === 'string' ? m.signal : null,
        wall_s: num(m.wall_s) ?? wallFallback_s,
        cpu_time_s: user === null && sys === null ? null : (user ?? 0) + (sys ?? 0),
        maxrss_bytes: num(m.maxrss_bytes),
        read_bytes: num(m.rchar),
        write_bytes: num(m.wchar),
        rusage: null,
        exact: true,
    };
}
/** The report for a tree that ended without the launcher's word (its container or connection was killed). */
function lostExitReport(wall_s, signal) {
    return {
        exit_code: null,
        signal,
        wall_s,
        cpu_time_s: null,
        maxrss_bytes: null,
        read_bytes: null,
        write_bytes: null,
        rusage: null,
        exact: false,
    };
}
function sampleFrom(m) {
    const elapsed_s = num(m.elapsed_s);
    const rss_bytes = num(m.rss_bytes);
    if (elapsed_s === null || rss_bytes === null)
        return null;
    const read_bytes = num(m.read_bytes) ?? 0;
    const write_bytes = num(m.write_bytes) ?? 0;
    return {
        sample: {
            elapsed_s,
            cpu_percent: num(m.cpu_percent) ?? 0,
            rss_mb: rss_bytes / types/* BYTES_PER_MB */.o_,
            threads: num(m.threads) ?? 0,
            processes: num(m.processes) ?? 0,
            read_mb: read_bytes / types/* BYTES_PER_MB */.o_,
            write_mb: write_bytes / types/* BYTES_PER_MB */.o_,
            open_fds: num(m.open_fds),
        },
        rss_bytes,
        read_bytes,
        write_bytes,
        cpu_time_s: num(m.cpu_time_s) ?? 0,
        largest_process_rss_bytes: num(m.largest_process_rss_bytes) ?? 0,
    };
}
/**
 * Variables that describe the machine pyrun runs on, not the one the script runs on: never sent to a remote host
 * or a container (the remote side keeps its own).
 */
const HOST_ONLY_VARIABLES = [
    /^(PATH|HOME|USER|LOGNAME|SHELL|PWD|OLDPWD|HOSTNAME|HOSTTYPE|MAIL|SHLVL|_|TERM|TERMCAP|COLUMNS|LINES)$/,
    /^(TMPDIR|TMP|TEMP|DISPLAY|XAUTHORITY|LD_LIBRARY_PATH|LD_PRELOAD|VIRTUAL_ENV|CONDA_PREFIX)$/,
    /^(PYTHONHOME|PYTHONPATH|PYTHONSTARTUP|PYTHONUSERBASE|PYTHONEXECUTABLE)$/,
    /^SSH_/,
    /^XDG_/,
    /^DOCKER_/,
    /^PYENV/,
    /^DBUS_/,
];
/** The part of the script's environment that travels to where it runs. */
function remoteEnvironment(env) {
    const out = {};
    for (const [key, value] of Object.entries(env)) {
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key))
            continue;
        if (HOST_ONLY_VARIABLES.some((re) => re.test(key)))
            continue;
        out[key] = value;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/engine/exec/remote-session.ts


const STDERR_TAIL_CHARS = 4000;
function driveRemoteLauncher(child, opts) {
    let resolveStarted;
    let rejectStarted;
    const started = new Promise((resolve, reject) => {
        resolveStarted = resolve;
        rejectStarted = reject;
    });
    started.catch(() => undefined); // observed through `done` too
    let info = null;
    let exitMessage = null;
    let errorMessage = null;
    let closed = false;
    let stderrTail = '';
    const pendingSamples = [];
    let onSample = null;
    let killFallback = null;
    /** Writes a frame to the launcher; false when the transport's buffer is full (or it is gone). */
    const send = (frame) => {
        const input = child.stdin;
        if (closed || !input || input.destroyed || input.writableEnded)
            return false;
        return input.write(frame);
    };
    const control = (request) => void send(encodeControl(request));
    child.stdin?.on('error', () => undefined); // EPIPE once the transport is gone: `close` tells the story
    const demux = createDemuxer({
        stdout: opts.stdout,
        stderr: opts.stderr,
        onBackpressure: (paused) => (paused ? child.stdout?.pause() : child.stdout?.resume()),
        onProtocolError: (message) => (errorMessage ??= `remote launcher protocol error: ${message}`),
        onControl: (m) => {
            if (m.event === 'started' && info === null) {
                info = startInfoFrom(m, opts.spawnedAt_ms);
                resolveStarted(info);
            }
            else if (m.event === 'sample') {
                const sample = sampleFrom(m);
                if (sample === null || exitMessage !== null)
                    return;
                if (onSample)
                    onSample(sample);
                else
                    pendingSamples.push(sample); // `started` resolves a microtask later than its samples may arrive
            }
            else if (m.event === 'exited') {
                exitMessage = m;
                child.stdin?.end(); // the launcher is done: closing its stdin now is not a lost connection
            }
            else if (m.event === 'error') {
                errorMessage = typeof m.message === 'string' ? m.message : 'the remote launcher failed';
            }
        },
    });
    child.stdout?.on('data', (chunk) => {
        try {
            demux.push(chunk);
        }
        catch (error) {
            const hint = info === null ? ' (did a login script print to stdout before the launcher started?)' : '';
            errorMessage ??= `remote launcher protocol error${hint}: ${error.message}`;
            opts.forceKill();
        }
    });
    child.stderr?.on('data', (chunk) => {
        stderrTail = (stderrTail + chunk.toString('utf8')).slice(-STDERR_TAIL_CHARS);
    });
    // What the launcher is told first; then the script's stdin, if any, as frames.
    send(encodeControl(opts.request));
    const stdin = opts.stdin ?? null;
    const onStdinData = (chunk) => {
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        if (bytes.length === 0)
            return; // an empty frame would mean end of input
        if (!send(encodeFrame(STREAM_STDIN, bytes)) && stdin && !closed) {
            stdin.pause(); // flow control: read no more input than the connection takes
            child.stdin?.once('drain', () => {
                if (!closed)
                    stdin.resume();
            });
        }
    };
    const onStdinEnd = () => void send(encodeFrame(STREAM_STDIN, Buffer.alloc(0)));
    if (stdin) {
        stdin.on('data', onStdinData);
        stdin.once('end', onStdinEnd);
    }
    else
        onStdinEnd();
    const detachStdin = () => {
        if (!stdin)
            return;
        stdin.off('data', onStdinData);
        stdin.off('end', onStdinEnd);
        stdin.pause();
    };
    const done = new Promise((resolve, reject) => {
        const fail = (error) => {
            rejectStarted(error);
            reject(error);
        };
        child.once('error', (error) => {
            closed = true;
            detachStdin();
            fail(error.code === 'ENOENT' ? new Error(`cannot run ${child.spawnfile}: not found`) : error);
        });
        // 'close' comes after stdout has been read to its end: every frame has been seen.
        child.once('close', (code, signal) => {
            closed = true;
            detachStdin();
            if (killFallback)
                clearTimeout(killFallback);
            const wall_s = (performance.now() - opts.spawnedAt_ms) / 1000;
            if (exitMessage !== null && info !== null) {
                resolve(exitReportFrom(exitMessage, wall_s));
                return;
            }
            if (errorMessage !== null) {
                fail(new Error(errorMessage));
                return;
            }
            const lost = opts.onLost({ code, signal, started: info !== null, stderr: stderrTail.trim() });
            if (lost)
                fail(lost);
            else if (info === null)
                fail(new Error(`the remote launcher ended (${signal ?? code}) before the script started`));
            else
                resolve(lostExitReport(wall_s, 'SIGKILL'));
        });
    });
    done.catch(() => undefined); // the caller awaits `started` first; an early failure must not be unhandled
    return {
        started,
        done,
        signal(sig) {
            control({ op: 'signal', signal: sig });
        },
        subscribeSamples(callback) {
            onSample = callback;
            for (const sample of pendingSamples.splice(0))
                callback(sample);
        },
        killTree() {
            control({ op: 'kill' });
            if (closed || killFallback)
                return;
            killFallback = setTimeout(() => {
                if (!closed)
                    opts.forceKill();
            }, (opts.kill_fallback_s ?? 5) * 1000);
            killFallback.unref?.();
        },
    };
}
/** The last few lines a client wrote on stderr, as one line. */
function lastLines(text, lines = 5) {
    return text
        .split(/\r?\n/)
        .filter((l) => l.trim() !== '')
        .slice(-lines)
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim();
}

;// CONCATENATED MODULE: ./src/engine/exec/docker.ts
/**
 * The Docker executor: `docker run --rm -i` with the remote launcher (./remote-launcher.ts) as the container's
 * command, so the script is measured inside the container's own /proc, and its output, samples and exit report
 * come back as frames on the container's stdout (./mux.ts).
 *
 * The working directory (and the script's directory, when it lies outside it) is bind-mounted read-only at the
 * same path, so paths in arguments, tracebacks and `open()` calls mean the same inside and out. Variables travel
 * as `-e KEY` with their values in the docker client's environment, never on its command line; arguments travel
 * in the first frame on stdin. The container has a name of ours (`pyrun-<random>`), so `docker kill` can end it
 * when the launcher cannot be asked.
 */






/** Host directories that must never be mounted over the image's own. */
const SYSTEM_DIRS = new Set([
    '/',
    '/bin',
    '/boot',
    '/dev',
    '/etc',
    '/lib',
    '/lib64',
    '/proc',
    '/sbin',
    '/sys',
    '/usr',
    '/var',
]);
function randomContainerName() {
    return `pyrun-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`;
}
/** The exact argv of `docker run` for a plan (without the program name). */
function dockerArgs(plan) {
    if (!plan.image || plan.image.startsWith('-') || /\s/.test(plan.image)) {
        throw new Error(`bad docker image: ${JSON.stringify(plan.image)}`);
    }
    if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(plan.name))
        throw new Error(`bad container name: ${plan.name}`);
    const args = ['run', '--rm', '-i', '--name', plan.name];
    for (const m of plan.mounts) {
        for (const p of [m.host, m.container]) {
            if (!external_node_path_default().isAbsolute(p) || p.includes(':') || p.includes(',')) {
                throw new Error(`cannot mount ${p} into a container: it must be absolute and free of ':' and ','`);
            }
            if (SYSTEM_DIRS.has(external_node_path_default().resolve(p)))
                throw new Error(`refusing to mount ${p} over the image's own ${p}`);
        }
        args.push('-v', `${m.host}:${m.container}${m.readonly ? ':ro' : ''}`);
    }
    args.push('-w', plan.workdir);
    for (const key of plan.envKeys) {
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key))
            throw new Error(`bad variable name: ${key}`);
        args.push('-e', key);
    }
    args.push(plan.image, plan.python, '-S', '-E', '-c', REMOTE_LAUNCHER_SOURCE);
    return args;
}
/** Plans the container for one launch: mounts, working directory, variables, and the start request. */
function planDockerRun(spec, opts) {
    const cwd = external_node_path_default().resolve(spec.cwd);
    const script = external_node_path_default().resolve(cwd, spec.script);
    const mounts = [{ host: cwd, container: cwd, readonly: true }];
    const scriptDir = external_node_path_default().dirname(script);
    if (external_node_path_default().relative(cwd, scriptDir).startsWith('..') || external_node_path_default().isAbsolute(external_node_path_default().relative(cwd, scriptDir))) {
        mounts.push({ host: scriptDir, container: scriptDir, readonly: true });
    }
    const env = opts.env ?? remoteEnvironment(spec.env);
    const plan = {
        name: opts.name ?? randomContainerName(),
        image: opts.image,
        python: spec.python || 'python3',
        mounts,
        workdir: cwd,
        envKeys: Object.keys(env).sort(),
    };
    const request = {
        op: 'start',
        interval_s: opts.interval_s,
        grace_s: opts.grace_s ?? 2,
        args: spec.args,
        env: null, // already the container's, through -e
        script_path: script,
        cwd,
    };
    return { plan, request, clientEnv: { ...spec.env, ...env } };
}
function startDocker(spec, opts) {
    const { plan, request, clientEnv } = planDockerRun(spec, opts);
    const docker = opts.dockerPath ?? 'docker';
    const child = (0,external_node_child_process_.spawn)(docker, dockerArgs(plan), {
        env: clientEnv,
        stdio: ['pipe', 'pipe', 'pipe'],
        windowsHide: true,
    });
    const spawnedAt_ms = performance.now();
    const killContainer = () => {
        const killer = (0,external_node_child_process_.spawn)(docker, ['kill', plan.name], { env: clientEnv, stdio: 'ignore', windowsHide: true });
        killer.on('error', () => undefined);
    };
    return driveRemoteLauncher(child, {
        request,
        stdout: opts.stdout,
        stderr: opts.stderr,
        stdin: opts.stdin,
        spawnedAt_ms,
        kill_fallback_s: opts.kill_fallback_s,
        forceKill: killContainer,
        onLost: (end) => describeDockerEnd(plan, end),
    });
}
/** A container that ended without the launcher's report: an error before the start, else killed from outside. */
function describeDockerEnd(plan, end) {
    if (end.started)
        return null;
    const detail = lastLines(end.stderr);
    if (end.code === 126 || end.code === 127) {
        return new Error(`the interpreter ${plan.python} cannot run in image ${plan.image}: ${detail || `exit ${end.code}`}`);
    }
    return new Error(`docker run ${plan.image} failed (${end.signal ?? `exit ${end.code}`})${detail ? `: ${detail}` : ''}`);
}

;// CONCATENATED MODULE: ./src/engine/exec/env.ts
/**
 * The script's environment: the caller's, plus `--env` pairs, minus the runner's credentials. A script must never
 * see the Actions runtime token or the OIDC request token, whatever the workflow does.
 */
const SCRUBBED = [
    /^INPUT_/, // the action's inputs hold tokens and webhook secrets
    /^ACTIONS_RUNTIME_TOKEN$/,
    /^ACTIONS_RESULTS_URL$/,
    /^ACTIONS_RUNTIME_URL$/,
    /^ACTIONS_ID_TOKEN_/,
    /^ACTIONS_CACHE_URL$/,
];
function scriptEnvironment(base, extra) {
    const env = {};
    for (const [key, value] of Object.entries(base)) {
        if (value === undefined || SCRUBBED.some((re) => re.test(key)))
            continue;
        env[key] = value;
    }
    for (const [key, value] of Object.entries(extra))
        env[key] = value;
    return env;
}

;// CONCATENATED MODULE: ./src/engine/exec/direct.ts
/**
 * Windows: no fork, no process groups, no launcher. The interpreter runs the script directly, stdio inherited;
 * figures come from the samples alone (`exact: false`), and ending the run kills the script (and, through
 * `taskkill /T`, its tree).
 */

function startDirect(spec) {
    const child = (0,external_node_child_process_.spawn)(spec.python, [spec.script, ...spec.args], {
        cwd: spec.cwd,
        env: spec.env,
        stdio: 'inherit',
        windowsHide: true,
    });
    const spawnedAt_ms = performance.now();
    const started = new Promise((resolve, reject) => {
        child.once('spawn', () => resolve({
            script_pid: child.pid,
            sampler_root_pid: child.pid,
            clk_tck: 100,
            page_size: 4096,
            python_version: '',
            spawned_at_ms: spawnedAt_ms,
            fork_age_ms: 0,
            sample_root_included: true,
        }));
        child.once('error', (error) => reject(new Error(error.code === 'ENOENT' ? `interpreter not found: ${spec.python}` : error.message)));
    });
    started.catch(() => undefined);
    const done = new Promise((resolve, reject) => {
        child.once('error', reject);
        child.once('exit', (code, signal) => resolve({
            exit_code: code,
            signal: signal ?? null,
            wall_s: (performance.now() - spawnedAt_ms) / 1000,
            cpu_time_s: null,
            maxrss_bytes: null,
            read_bytes: null,
            write_bytes: null,
            rusage: null,
            exact: false,
        }));
    });
    done.catch(() => undefined);
    const killTree = () => {
        if (process.platform === 'win32' && child.pid) {
            (0,external_node_child_process_.execFile)('taskkill', ['/PID', String(child.pid), '/T', '/F'], () => undefined);
        }
        else
            child.kill('SIGKILL');
    };
    return {
        started,
        done,
        signal: (sig) => (sig === 'SIGKILL' ? killTree() : child.kill(sig)),
        killTree,
    };
}

// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(481);
;// CONCATENATED MODULE: ./src/engine/exec/profile-runner.ts
/**
 * The profile runner: what the launcher execs instead of the script under `--profile`, as
 * `python -c PROFILE_RUNNER_SOURCE PSTATS_PATH SCRIPT [ARGS...]`. It runs the script as `python SCRIPT ARGS`
 * would — `__name__ == "__main__"`, `sys.argv == [SCRIPT, *ARGS]`, the script's directory first on `sys.path`,
 * its own `__main__` module — under the stdlib's cProfile, and writes the stats (pstats format) when it ends.
 *
 * Why not `python -m cProfile -o PATH SCRIPT`: that swallows `SystemExit`, so a script's `sys.exit(3)` would
 * exit 0 and pyrun would pass a failing script. Here the exit status is the script's own: `sys.exit(N)` and an
 * uncaught exception propagate after the stats are written. A script that is killed by a signal or ends with
 * `os._exit` leaves no stats. Only the main thread is profiled (cProfile's limit); child processes are not.
 */
const PROFILE_RUNNER_SOURCE = String.raw `
import sys, os, types, cProfile
out, script = sys.argv[1], sys.argv[2]
sys.argv = sys.argv[2:]
sys.path[0] = os.path.dirname(os.path.abspath(script))
main = types.ModuleType("__main__")
main.__dict__.update(__file__=script, __cached__=None, __builtins__=__builtins__)
sys.modules["__main__"] = main
with open(script, "rb") as f:
    code = compile(f.read(), script, "exec")
del f
profiler = cProfile.Profile()
profiler.enable()
try:
    exec(code, main.__dict__)
finally:
    profiler.disable()
    try:
        profiler.dump_stats(out)
    except Exception as e:
        sys.stderr.write("pyrun: could not write the profile to %s: %s\n" % (out, e))
`;

;// CONCATENATED MODULE: ./src/engine/exec/launcher.ts

/**
 * The launcher: a few lines of Python that stand between pyrun and the script (POSIX only).
 *
 * Why: Node reaps its children itself, so it can never read the exact CPU time, memory high-water mark or I/O of a
 * script that has exited, nor of grandchildren that exited between two samples. The launcher can: it becomes a
 * child subreaper (Linux), forks the script into its own process group, reaps it and every orphan, and reports
 * `getrusage(RUSAGE_CHILDREN)` — exact CPU of the whole tree and the largest single process's peak RSS — plus
 * the tree's I/O (the kernel folds a reaped child's rchar/wchar into its reaper's /proc/self/io).
 *
 * It talks to pyrun through fd 3 only, one JSON object a line:
 *   {"event":"started","pid":…,"clk_tck":…,"page_size":…,"python_version":…,"t_fork":…}
 * (`t_fork` is CLOCK_MONOTONIC at the fork, the clock libuv's hrtime reads too, so pyrun can date the start
 * exactly however late it reads the line.)
 *   {"event":"exited","exit_code":…|null,"signal":…|null,"wall_s":…,"cpu_user_s":…,"cpu_sys_s":…,
 *    "maxrss_bytes":…,"rchar":…|null,"wchar":…|null,"leftovers":…}
 *   {"event":"error","message":…}
 * The script inherits stdin/stdout/stderr untouched, default signal dispositions, and never sees fd 3.
 * The script runs under the launcher's own interpreter (`sys.executable`), so `--python` is resolved once.
 *
 * Run as `python -S -E -c LAUNCHER_SOURCE [--pyrun-profile=PSTATS] SCRIPT [ARGS...]`: -S and -E keep its start-up
 * to a few milliseconds and free of the user's site-packages and PYTHON* variables (which still reach the
 * script). The leading `--pyrun-profile=PATH` option (`--profile`) is the launcher's own and never reaches the
 * script: the launcher then execs the profile runner (./profile-runner.ts) on the script instead of the script.
 * An empty PATH means no profile (local.ts always passes the option, so a script named like it stays a script).
 */
const PROFILE_OPTION = '--pyrun-profile=';
const LAUNCHER_SOURCE = String.raw `
import os, sys, time, json, signal
PROFILE_OPTION = "--pyrun-profile="
PROFILE_RUNNER = ${JSON.stringify(PROFILE_RUNNER_SOURCE)}
def main():
    out = os.fdopen(3, "w", buffering=1)
    os.set_inheritable(3, False)
    def say(**kw):
        out.write(json.dumps(kw) + "\n")
    linux = sys.platform.startswith("linux")
    if linux:
        try:
            import ctypes
            ctypes.CDLL(None, use_errno=True).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER
        except Exception:
            pass
    def io_counters():
        try:
            with open("/proc/self/io") as f:
                d = dict(line.split(": ") for line in f.read().splitlines())
            return int(d["rchar"]), int(d["wchar"])
        except Exception:
            return None, None
    for s in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(s, signal.SIG_IGN)
    args = sys.argv[1:]
    profile = None
    if args and args[0].startswith(PROFILE_OPTION):
        profile = args.pop(0)[len(PROFILE_OPTION):] or None
    if args and args[0].startswith("-"):
        args[0] = os.path.join(".", args[0])  # a script named like an option is still a script
    if profile is None:
        argv = [sys.executable] + args
    else:
        argv = [sys.executable, "-c", PROFILE_RUNNER, profile] + args
    r0, w0 = io_counters()
    import resource
    # CPU of processes this pid reaped before it became the launcher (a pyenv shim's helpers) is not the script's.
    ru0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    err_r, err_w = os.pipe()
    t0 = time.monotonic()
    pid = os.fork()
    if pid == 0:
        try:
            os.close(err_r)
            os.setpgid(0, 0)
            for s in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGPIPE):
                signal.signal(s, signal.SIG_DFL)
            os.set_inheritable(err_w, False)
            os.execv(sys.executable, argv)
        except BaseException as e:
            try:
                os.write(err_w, ("cannot start %s: %s" % (sys.executable, e)).encode())
            finally:
                os._exit(127)
    os.close(err_w)
    failure = os.read(err_r, 4096)
    os.close(err_r)
    if failure:
        os.waitpid(pid, 0)
        say(event="error", message=failure.decode(errors="replace"))
        return 125
    say(event="started", pid=pid, clk_tck=os.sysconf("SC_CLK_TCK"), page_size=os.sysconf("SC_PAGE_SIZE"),
        python_version="%d.%d.%d" % sys.version_info[:3], t_fork=t0)
    while True:
        try:
            _, status = os.waitpid(pid, 0)
            break
        except ChildProcessError:
            status = 0
            break
        except InterruptedError:
            continue
    wall = time.monotonic() - t0
    leftovers = reap_leftovers(linux)
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    r1, w1 = io_counters()
    code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else None
    sig = os.WTERMSIG(status) if os.WIFSIGNALED(status) else None
    say(event="exited", exit_code=code, signal=sig, wall_s=wall,
        cpu_user_s=ru.ru_utime - ru0.ru_utime, cpu_sys_s=ru.ru_stime - ru0.ru_stime,
        maxrss_bytes=ru.ru_maxrss * (1 if sys.platform == "darwin" else 1024),
        rchar=None if r0 is None or r1 is None else r1 - r0,
        wchar=None if w0 is None or w1 is None else w1 - w0,
        leftovers=leftovers)
    return 0
def children_of_self():
    pids = []
    try:
        for tid in os.listdir("/proc/self/task"):
            with open("/proc/self/task/%s/children" % tid) as f:
                pids += [int(p) for p in f.read().split()]
        return pids
    except OSError:
        pass
    me = os.getpid()
    try:
        for name in os.listdir("/proc"):
            if name.isdigit():
                try:
                    with open("/proc/%s/stat" % name) as f:
                        stat = f.read()
                    if int(stat[stat.rindex(")") + 2:].split()[1]) == me:
                        pids.append(int(name))
                except (OSError, ValueError):
                    pass
    except OSError:
        pass
    return pids
def reap_leftovers(linux):
    # Descendants still alive after the script exited were orphaned to us: end them so none outlives the run.
    found = 0
    for sig, grace in ((signal.SIGTERM, 1.0), (signal.SIGKILL, 5.0)):
        pids = children_of_self() if linux else []
        found = max(found, len(pids))
        for p in pids:
            try:
                os.kill(p, sig)
            except OSError:
                pass
        deadline = time.monotonic() + grace
        while time.monotonic() < deadline:
            try:
                p, _ = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                return found
            if p == 0:
                time.sleep(0.01)
    return found
sys.exit(main())
`;

;// CONCATENATED MODULE: ./src/engine/exec/local.ts
/**
 * The local executor: starts the launcher (./launcher.ts) on the script in its own session, so the whole tree can
 * be signalled as a group, and reads the launcher's report from fd 3. stdin/stdout/stderr are inherited: the
 * script's output reaches the terminal or log unchanged and unbuffered by pyrun, whatever its size.
 */




const LAUNCHER_SUPPORTED = process.platform !== 'win32';
function signalName(n) {
    if (n === null)
        return null;
    for (const [name, value] of Object.entries(external_node_os_.constants.signals))
        if (value === n)
            return name;
    return `SIG${n}`;
}
function startLocal(spec) {
    const child = (0,external_node_child_process_.spawn)(spec.python, [
        '-S',
        '-E',
        '-c',
        LAUNCHER_SOURCE,
        // Always given (empty: no profile), so a script whose name starts like the option is still the script.
        `${PROFILE_OPTION}${spec.profile_path ?? ''}`,
        spec.script,
        ...spec.args,
    ], {
        cwd: spec.cwd,
        env: spec.env,
        stdio: ['inherit', 'inherit', 'inherit', 'pipe'],
        detached: true, // its own session and process group: signals to pyrun's group do not reach it by accident
        windowsHide: true,
    });
    const spawnedAt_ms = performance.now();
    let resolveStarted;
    let rejectStarted;
    const started = new Promise((resolve, reject) => {
        resolveStarted = resolve;
        rejectStarted = reject;
    });
    started.catch(() => undefined); // observed through `done` too
    let scriptPid = null;
    let exitMessage = null;
    let startError = null;
    const channel = child.stdio[3];
    if (channel && 'on' in channel) {
        const lines = (0,external_node_readline_.createInterface)({ input: channel });
        lines.on('line', (line) => {
            let msg;
            try {
                msg = JSON.parse(line);
            }
            catch {
                return;
            }
            if (msg.event === 'started') {
                scriptPid = Number(msg.pid);
                const age_ms = Number(process.hrtime.bigint()) / 1e6 - Number(msg.t_fork) * 1000;
                resolveStarted({
                    script_pid: scriptPid,
                    sampler_root_pid: child.pid,
                    clk_tck: Number(msg.clk_tck) || 100,
                    page_size: Number(msg.page_size) || 4096,
                    python_version: String(msg.python_version ?? ''),
                    spawned_at_ms: spawnedAt_ms,
                    // A clock that disagrees (another base on an exotic platform) must not distort the samples.
                    fork_age_ms: Number.isFinite(age_ms) && age_ms >= 0 && age_ms < 5000 ? age_ms : 0,
                });
            }
            else if (msg.event === 'exited') {
                exitMessage = msg;
            }
            else if (msg.event === 'error') {
                startError = String(msg.message);
            }
        });
    }
    const done = new Promise((resolve, reject) => {
        child.once('error', (error) => {
            const why = error.code === 'ENOENT' ? `interpreter not found: ${spec.python}` : error.message;
            const err = new Error(why);
            rejectStarted(err);
            reject(err);
        });
        // 'close' waits for fd 3 to drain, so the launcher's last line has been read.
        child.once('close', (code, signal) => {
            if (startError !== null || scriptPid === null) {
                const err = new Error(startError ?? `the interpreter ${spec.python} exited (${signal ?? code}) before the script started`);
                rejectStarted(err);
                reject(err);
                return;
            }
            const wall_fallback_s = (performance.now() - spawnedAt_ms) / 1000;
            const m = exitMessage;
            if (m === null) {
                // The launcher itself was killed: the script's own status is unknown; make sure nothing outlives it.
                killGroup(scriptPid, 'SIGKILL');
                resolve({
                    exit_code: null,
                    signal: signal ?? 'SIGKILL',
                    wall_s: wall_fallback_s,
                    cpu_time_s: null,
                    maxrss_bytes: null,
                    read_bytes: null,
                    write_bytes: null,
                    rusage: null,
                    exact: false,
                });
                return;
            }
            const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
            resolve({
                exit_code: num(m.exit_code),
                signal: signalName(num(m.signal)),
                wall_s: num(m.wall_s) ?? wall_fallback_s,
                cpu_time_s: (num(m.cpu_user_s) ?? 0) + (num(m.cpu_sys_s) ?? 0),
                maxrss_bytes: num(m.maxrss_bytes),
                read_bytes: num(m.rchar),
                write_bytes: num(m.wchar),
                rusage: null,
                exact: true,
            });
        });
    });
    return {
        started,
        done,
        signal(sig) {
            if (scriptPid !== null)
                killGroup(scriptPid, sig);
        },
    };
}
/** Signals a whole process group; a group that has already gone is not an error. */
function killGroup(pgid, sig) {
    try {
        process.kill(-pgid, sig);
    }
    catch {
        /* already gone */
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/engine/outcome.ts
var outcome = __webpack_require__(938);
;// CONCATENATED MODULE: ./src/engine/exec/python.ts
/**
 * Finds the interpreter and the script before anything runs, so a missing one is one clear line (exit 125)
 * rather than a confusing failure later.
 */



/** Resolves `--python` (or python3, then python) against PATH from the script's environment. */
function resolvePython(requested, envPath, cwd) {
    const candidates = requested ? [requested] : ['python3', 'python'];
    for (const candidate of candidates) {
        const found = findExecutable(candidate, envPath, cwd);
        if (found)
            return found;
    }
    throw new outcome/* PyrunError */.Pu(requested
        ? `interpreter not found: ${requested} (--python takes a path or a command on PATH)`
        : 'no Python interpreter found: neither python3 nor python is on PATH (use --python PATH)');
}
function findExecutable(name, envPath, cwd) {
    const exts = process.platform === 'win32' ? ['', '.exe', '.cmd', '.bat'] : [''];
    const isExecutable = (file) => {
        try {
            if (!(0,external_node_fs_.statSync)(file).isFile())
                return false;
            (0,external_node_fs_.accessSync)(file, external_node_fs_.constants.X_OK);
            return true;
        }
        catch {
            return false;
        }
    };
    if (name.includes('/') || name.includes('\\')) {
        const file = external_node_path_default().resolve(cwd, name);
        return isExecutable(file) ? file : null;
    }
    for (const dir of (envPath ?? '').split((external_node_path_default()).delimiter)) {
        if (!dir)
            continue;
        for (const ext of exts) {
            const file = external_node_path_default().join(dir, name + ext);
            if (isExecutable(file))
                return file;
        }
    }
    return null;
}
/** The script must be a readable file (relative paths are relative to the working directory). */
function checkScript(script, cwd) {
    const file = external_node_path_default().resolve(cwd, script);
    let ok;
    try {
        ok = (0,external_node_fs_.statSync)(file).isFile();
    }
    catch {
        ok = false;
    }
    if (!ok)
        throw new outcome/* PyrunError */.Pu(`script not found: ${script}${external_node_path_default().isAbsolute(script) ? '' : ` (in ${cwd})`}`);
}

;// CONCATENATED MODULE: ./src/engine/exec/ssh.ts
/**
 * The SSH executor: runs the script on another host with the system `ssh` client (so ~/.ssh/config, the agent and
 * known_hosts apply), measured there by the remote launcher (./remote-launcher.ts).
 *
 * One connection per run. The remote command is `exec PYTHON -S -E -c LAUNCHER`, quoted for the remote POSIX
 * shell; nothing else is on the command line. The script's bytes, arguments and environment travel in the first
 * frame on stdin, so no secret shows in a process list; the launcher writes the script into a private
 * `mkdtemp` directory (mode 700), runs it there and removes the directory when the tree has ended.
 *
 * `signal()` and `killTree()` are control frames on the same connection. Closing the connection ends the tree
 * too: the launcher reads EOF on its stdin (ssh sends no SIGHUP without a tty) and terminates the script's
 * process group (TERM, grace, KILL). If the launcher does not report within `kill_fallback_s` of `killTree()`,
 * the ssh client is killed, which closes the connection and so reaches the same end.
 *
 * A connection lost mid-run (ssh exits 255 without the launcher's exit report) rejects `done` with
 * `SshConnectionLost`; a failure to connect or authenticate rejects `started` with ssh's own message.
 */






class SshConnectionLost extends Error {
    host;
    constructor(host, detail) {
        super(`ssh connection to ${host} lost${detail ? `: ${detail}` : ''}`);
        this.name = 'SshConnectionLost';
        this.host = host;
    }
}
/** Quotes one word for a POSIX shell: the shell reads it back as exactly these bytes. */
function shellQuote(word) {
    if (word.includes('\0'))
        throw new Error('a shell word cannot contain a NUL byte');
    if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word))
        return word;
    return `'${word.replace(/'/g, `'\\''`)}'`;
}
/** The remote command line: the launcher under the remote interpreter, exec'd so it is sshd's direct child. */
function remoteCommand(python) {
    return ['exec', shellQuote(python), '-S', '-E', '-c', shellQuote(REMOTE_LAUNCHER_SOURCE)].join(' ');
}
/** The ssh client's argv (without the program): options, `--`, destination, remote command. */
function sshArgs(target, command) {
    const { host } = target;
    if (!host || host.startsWith('-') || /[\s\0]/.test(host))
        throw new Error(`bad ssh host: ${JSON.stringify(host)}`);
    const args = ['-T', '-e', 'none', '-o', 'BatchMode=yes'];
    args.push('-o', `StrictHostKeyChecking=${target.strictHostKeyChecking === false ? 'no' : 'yes'}`);
    if (target.knownHosts)
        args.push('-o', `UserKnownHostsFile=${configWord(target.knownHosts)}`);
    args.push('-o', `ConnectTimeout=${Math.max(1, Math.round(target.connect_timeout_s ?? 10))}`);
    // A dead network is noticed within 15 s instead of TCP's minutes: the run then reports the lost connection.
    args.push('-o', 'ServerAliveInterval=5', '-o', 'ServerAliveCountMax=3', '-o', 'LogLevel=ERROR');
    if (target.port !== undefined && target.port !== null) {
        if (!Number.isInteger(target.port) || target.port < 1 || target.port > 65535) {
            throw new Error(`bad ssh port: ${target.port}`);
        }
        args.push('-p', String(target.port));
    }
    if (target.key)
        args.push('-i', target.key, '-o', 'IdentitiesOnly=yes');
    if (target.user) {
        if (target.user.startsWith('-'))
            throw new Error(`bad ssh user: ${JSON.stringify(target.user)}`);
        args.push('-l', target.user);
    }
    args.push('--', host, command);
    return args;
}
/** ssh's config reader splits values on whitespace: a path with spaces goes in double quotes. */
function configWord(value) {
    if (value.includes('"'))
        throw new Error(`a path for ssh cannot contain '"': ${value}`);
    return /\s/.test(value) ? `"${value}"` : value;
}
function startSsh(spec, ssh) {
    const scriptFile = external_node_path_default().resolve(spec.cwd, spec.script);
    const request = {
        op: 'start',
        interval_s: ssh.interval_s,
        grace_s: ssh.grace_s ?? 2,
        args: spec.args,
        env: ssh.env ?? remoteEnvironment(spec.env),
        script_b64: (0,external_node_fs_.readFileSync)(scriptFile).toString('base64'),
        script_name: external_node_path_default().basename(scriptFile),
    };
    const python = spec.python || 'python3';
    const child = (0,external_node_child_process_.spawn)(ssh.sshPath ?? 'ssh', sshArgs(ssh, remoteCommand(python)), {
        env: spec.env, // HOME, SSH_AUTH_SOCK: the client's own configuration and agent
        stdio: ['pipe', 'pipe', 'pipe'],
        windowsHide: true,
    });
    const spawnedAt_ms = performance.now();
    const where = ssh.user ? `${ssh.user}@${ssh.host}` : ssh.host;
    return driveRemoteLauncher(child, {
        request,
        stdout: ssh.stdout,
        stderr: ssh.stderr,
        stdin: ssh.stdin,
        spawnedAt_ms,
        kill_fallback_s: ssh.kill_fallback_s,
        forceKill: () => child.kill('SIGTERM'),
        onLost: (end) => describeSshEnd(where, python, end),
    });
}
/** Why an ssh run ended without the launcher's report, as the error its caller shows. */
function describeSshEnd(where, python, end) {
    const detail = lastLines(end.stderr);
    if (end.started) {
        if (end.code === 255 || end.signal !== null) {
            return new SshConnectionLost(where, detail || (end.signal ? `ssh ended by ${end.signal}` : 'ssh exited 255'));
        }
        return new Error(`the remote launcher on ${where} ended (exit ${end.code}) without reporting${detail ? `: ${detail}` : ''}`);
    }
    if (end.code === 255)
        return new Error(`ssh to ${where} failed: ${detail || 'no message from ssh'}`);
    if (end.code === 126 || end.code === 127) {
        return new Error(`the remote interpreter ${python} cannot run on ${where}: ${detail || `exit ${end.code}`}`);
    }
    return new Error(`the remote launcher on ${where} ended (${end.signal ?? end.code}) before the script started${detail ? `: ${detail}` : ''}`);
}

;// CONCATENATED MODULE: ./src/engine/exec/choose.ts
/**
 * Where the script runs, from the configuration: this machine (the launcher, sampled through /proc here), an SSH
 * host or a Docker container (a remote launcher that samples there and streams samples back). The interpreter
 * follows: resolved on PATH here, named as-is for a remote host. A local script gets this machine's environment; a
 * remote one only the `--env` pairs (this machine's variables and tokens do not travel), while the ssh and docker
 * clients themselves keep this machine's environment (PATH, HOME, the SSH agent, DOCKER_HOST).
 */







function chooseExecutor(config, io) {
    checkScript(config.script, io.cwd); // every executor ships or mounts the local script
    const env = scriptEnvironment(io.env, config.env);
    if (config.executor === 'ssh') {
        return {
            python: config.python ?? 'python3',
            env,
            start: (spec) => startSsh(spec, {
                host: config.ssh.host,
                user: config.ssh.user,
                port: config.ssh.port,
                key: io.ssh_key_file ?? config.ssh.key,
                knownHosts: io.ssh_known_hosts_file ?? config.ssh.known_hosts,
                strictHostKeyChecking: !config.ssh.accept_unknown_host,
                interval_s: config.interval_s,
                grace_s: config.grace_s,
                stdout: io.stdout,
                stderr: io.stderr,
                stdin: io.stdin ?? null,
                env: config.env,
            }),
        };
    }
    if (config.executor === 'docker') {
        return {
            python: config.python ?? 'python3',
            env,
            start: (spec) => startDocker(spec, {
                image: config.docker_image,
                interval_s: config.interval_s,
                grace_s: config.grace_s,
                stdout: io.stdout,
                stderr: io.stderr,
                stdin: io.stdin ?? null,
                env: config.env,
            }),
        };
    }
    return {
        python: resolvePython(config.python, env.PATH, io.cwd),
        env,
        start: LAUNCHER_SUPPORTED ? startLocal : startDirect,
    };
}
/** The run's specification from the configuration and the executor chosen for it; the adapters add the facts. */
function runSpecFor(config, executor, facts) {
    return {
        name: config.name,
        launch: {
            python: executor.python,
            script: config.script,
            args: config.args,
            cwd: facts.cwd,
            env: executor.env,
        },
        interval_s: config.interval_s,
        timeout_s: config.timeout_s,
        grace_s: config.grace_s,
        retries: config.retries,
        repeat: config.repeat,
        warmup: config.warmup,
        executor: config.executor,
        host: config.executor === 'ssh' ? config.ssh.host : config.executor === 'docker' ? config.docker_image : null,
        git_ref: facts.git_ref,
        git_sha: facts.git_sha,
        is_pull_request: facts.is_pull_request,
        pyrun_version: facts.pyrun_version,
        run_id: (0,external_node_crypto_.randomUUID)(),
    };
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
var external_node_net_default = /*#__PURE__*/__webpack_require__.n(external_node_net_);
;// CONCATENATED MODULE: ./src/engine/export/target.ts
/**
 * Export targets (`--export KIND=TARGET`): `prometheus=URL` (a Pushgateway), `otlp=URL` (an OTLP/HTTP receiver)
 * and `statsd=HOST:PORT` (UDP). Parsing refuses a bad target before the script runs; messages show the target
 * with any credentials of its URL masked, so they can be printed as they are.
 */

const EXPORT_KINDS = ['prometheus', 'otlp', 'statsd'];
const FORMS = 'prometheus=URL, otlp=URL or statsd=HOST:PORT';
/** The URL with user name and password replaced by `***` (the text as given when it is no URL at all). */
function target_redactUrl(text) {
    let url;
    try {
        url = new URL(text);
    }
    catch {
        // Not a URL: still hide anything that looks like `user:pass@` after a scheme.
        return text.replace(/\/\/[^/@\s]*@/, '//***@');
    }
    if (url.username === '' && url.password === '')
        return text;
    url.username = '***';
    url.password = '';
    return url.href;
}
/** Every credential piece of a target, raw and decoded, so an adapter can mask them in its logs. */
function targetSecrets(target) {
    if (target.kind === 'statsd')
        return [];
    const url = new URL(target.url);
    const pieces = [url.password, safeDecode(url.password)];
    return [...new Set(pieces.filter((p) => p.length >= 4))];
}
function safeDecode(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
/** `prometheus (host:port)`: how warnings name a target — kind and host, never a path, query or credential. */
function describeTarget(target) {
    if (target.kind === 'statsd')
        return `statsd (${formatHostPort(target.host, target.port)})`;
    return `${target.kind} (${new URL(target.url).host})`;
}
function formatHostPort(host, port) {
    return external_node_net_default().isIPv6(host) ? `[${host}]:${port}` : `${host}:${port}`;
}
function parseHttpUrl(kind, value, shown) {
    const expected = `${kind} needs an http:// or https:// URL, e.g. ${kind}=http://localhost:${defaultPort(kind)}`;
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new Error(`'${shown}': ${expected}`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        throw new Error(`'${shown}': ${expected}`);
    if (url.hostname === '')
        throw new Error(`'${shown}': the URL has no host`);
    if (url.hash !== '')
        throw new Error(`'${shown}': the URL must not have a #fragment`);
    return url.href;
}
function defaultPort(kind) {
    return kind === 'prometheus' ? 9091 : kind === 'otlp' ? 4318 : 8125;
}
const HOSTNAME = /^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*\.?$/;
function parseHostPort(value, shown) {
    const match = /^\[([^\]]+)\]:(\d+)$/.exec(value) ?? /^([^:[\]]+):(\d+)$/.exec(value);
    if (!match) {
        throw new Error(`'${shown}': statsd needs HOST:PORT, e.g. statsd=127.0.0.1:8125 (IPv6: statsd=[::1]:8125)`);
    }
    const host = match[1];
    const port = Number(match[2]);
    const bracketed = value.startsWith('[');
    if (bracketed ? !external_node_net_default().isIPv6(host) : !(external_node_net_default().isIPv4(host) || HOSTNAME.test(host))) {
        throw new Error(`'${shown}': '${host}' is not a host name or IP address`);
    }
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
        throw new Error(`'${shown}': port ${match[2]} is not between 1 and 65535`);
    }
    return { host, port };
}
/** `KIND=TARGET` → an ExportTarget; throws an Error naming what is wrong (credentials masked). */
function parseExportTarget(text) {
    const trimmed = text.trim();
    const eq = trimmed.indexOf('=');
    const shown = target_redactUrl(eq < 0 ? trimmed : trimmed.slice(eq + 1));
    const shownWhole = eq < 0 ? shown : `${trimmed.slice(0, eq)}=${shown}`;
    if (eq < 0)
        throw new Error(`'${shownWhole}': expected KIND=TARGET, one of ${FORMS}`);
    const kind = trimmed.slice(0, eq).trim().toLowerCase();
    const value = trimmed.slice(eq + 1).trim();
    if (!EXPORT_KINDS.includes(kind)) {
        throw new Error(`'${shownWhole}': unknown exporter kind '${kind}'; use ${FORMS}`);
    }
    if (value === '')
        throw new Error(`'${shownWhole}': ${kind} needs a target; use ${FORMS}`);
    switch (kind) {
        case 'prometheus':
            return { kind: 'prometheus', url: parseHttpUrl('prometheus', value, shownWhole) };
        case 'otlp':
            return { kind: 'otlp', url: parseHttpUrl('otlp', value, shownWhole) };
        case 'statsd':
            return { kind: 'statsd', ...parseHostPort(value, shownWhole) };
    }
}
/** Several targets, e.g. the action's input (one a line, blank lines ignored); every problem at once. */
function parseExportTargets(lines) {
    const problems = [];
    const targets = [];
    for (const line of lines) {
        if (line.trim() === '')
            continue;
        try {
            targets.push(parseExportTarget(line));
        }
        catch (error) {
            problems.push(error.message);
        }
    }
    if (problems.length > 0)
        throw new Error(problems.join('\n'));
    return targets;
}

;// CONCATENATED MODULE: ./src/engine/export/http.ts
/**
 * One HTTP request of an exporter: built-in fetch, one attempt, a timeout, no redirects. Credentials in the URL
 * (`https://user:pass@host/`) become a Basic Authorization header, since fetch refuses URLs that carry them.
 * Never rejects: the outcome is a value whose reason holds no URL and no credential.
 */



const EXPORT_USER_AGENT = 'pyrun';
/** How much of an error answer's body a warning quotes (a Pushgateway explains a refused push there). */
const MAX_QUOTED_BODY_CHARS = 200;
/** The URL without its credentials, and the Authorization header they make (if any). */
function splitCredentials(raw) {
    const url = new URL(raw);
    if (url.username === '' && url.password === '')
        return { url: url.href, authorization: null };
    const user = safeDecode(url.username);
    const password = safeDecode(url.password);
    url.username = '';
    url.password = '';
    const token = Buffer.from(`${user}:${password}`, 'utf8').toString('base64');
    return { url: url.href, authorization: `Basic ${token}` };
}
function http_oneLine(text) {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length > MAX_QUOTED_BODY_CHARS ? `${flat.slice(0, MAX_QUOTED_BODY_CHARS)}…` : flat;
}
async function sendHttp(request, fetchImpl, timeout_ms) {
    const { url, authorization } = splitCredentials(request.url);
    const timeout = AbortSignal.timeout(timeout_ms);
    const headers = {
        'content-type': request.contentType,
        'user-agent': EXPORT_USER_AGENT,
    };
    if (authorization !== null)
        headers.authorization = authorization;
    try {
        const response = await fetchImpl(url, {
            method: request.method,
            headers,
            body: request.body,
            redirect: 'manual',
            signal: timeout,
        });
        const body = await response.text();
        if (response.status >= 200 && response.status < 300)
            return { ok: true, status: response.status, body };
        const phrase = response.statusText || external_node_http_.STATUS_CODES[response.status];
        const status = `HTTP ${response.status}${phrase ? ` ${phrase}` : ''}`;
        if (response.status >= 300 && response.status < 400) {
            return { ok: false, reason: `${status} (redirects are not followed)` };
        }
        const quoted = http_oneLine(body);
        return { ok: false, reason: quoted === '' ? status : `${status}: ${quoted}` };
    }
    catch (error) {
        if (timeout.aborted)
            return { ok: false, reason: `no answer within ${timeout_ms} ms` };
        return { ok: false, reason: networkReason(error) };
    }
}

// EXTERNAL MODULE: ./src/engine/metrics.ts
var engine_metrics = __webpack_require__(8703);
;// CONCATENATED MODULE: ./src/engine/export/values.ts
/**
 * What every exporter sends: the run metrics of a record, each with its base unit, plus when the run ended.
 * Sizes go out in bytes (exact, from the record's `*_bytes`), times in seconds.
 */


const RUN_STATUSES = ['passed', 'failed', 'timeout', 'gate_failed'];
/** Every run metric with an export name in the metric table, in table order; sizes as their exact bytes. */
function exportedValues(record) {
    return engine_metrics/* RUN_ROWS */.kg.flatMap((row) => {
        if (!('export' in row))
            return [];
        const { key, unit } = row.export;
        const field = unit === 'bytes' && 'bytes_field' in row ? row.bytes_field : row.name;
        return [
            {
                key,
                metric: row.name,
                unit,
                integer: unit === 'bytes' || unit === 'count',
                help: row.help,
                value: record[field] ?? null,
            },
        ];
    });
}
/** 1 when the metric regressed against the baseline, else 0 (no verdict counts as 0). Every comparable metric. */
function regressions(record) {
    return types/* COMPARABLE_METRICS */.fm.map((metric) => ({
        metric,
        regressed: record.verdicts[metric]?.verdict === 'regressed' ? 1 : 0,
    }));
}
/** When the script ended, in milliseconds since the epoch (start + duration). */
function endedAtMs(record) {
    const start = Date.parse(record.started_at);
    if (Number.isNaN(start))
        throw new Error(`run record has a bad started_at: '${record.started_at}'`);
    return start + record.duration_s * 1000;
}
/** The same instant in nanoseconds since the epoch, exact as a decimal string (OTLP's fixed64). */
function endedAtUnixNano(record) {
    const start = Date.parse(record.started_at);
    if (Number.isNaN(start))
        throw new Error(`run record has a bad started_at: '${record.started_at}'`);
    return (BigInt(start) * 1000000n + BigInt(Math.round(record.duration_s * 1e9))).toString();
}

;// CONCATENATED MODULE: ./src/engine/export/otlp.ts

/** UCUM units, as OpenTelemetry's conventions write them. */
const UCUM = { seconds: 's', bytes: 'By', percent: '%', count: '1' };
const str = (key, value) => ({ key, value: { stringValue: value } });
/** The attributes of every data point; `git_ref` only when the run knows it. */
function pointAttributes(record) {
    const attributes = [
        str('series', record.name),
        str('status', record.status),
        str('os', record.os),
        str('arch', record.arch),
        str('python_version', record.python_version),
    ];
    if (record.git_ref !== null)
        attributes.push(str('git_ref', record.git_ref));
    return attributes;
}
/** The request body as an object (`JSON.stringify` it to send). */
function otlpRequest(record) {
    const timeUnixNano = endedAtUnixNano(record);
    const attributes = pointAttributes(record);
    const metrics = [];
    for (const v of exportedValues(record)) {
        if (v.value === null || !Number.isFinite(v.value))
            continue; // OTLP has no "no value": leave the point out
        const point = { attributes, timeUnixNano };
        if (v.integer && Number.isInteger(v.value))
            point.asInt = String(v.value);
        else
            point.asDouble = v.value;
        metrics.push({
            name: `pyrun.${v.key}`,
            description: v.help,
            unit: UCUM[v.unit],
            gauge: { dataPoints: [point] },
        });
    }
    metrics.push({
        name: 'pyrun.passed',
        description: 'Whether the run passed (1) or not (0); the status attribute says how it ended.',
        unit: '1',
        gauge: { dataPoints: [{ attributes, timeUnixNano, asInt: record.status === 'passed' ? '1' : '0' }] },
    });
    metrics.push({
        name: 'pyrun.regressed',
        description: 'Whether the metric regressed against the baseline (1) or not (0; also without history).',
        unit: '1',
        gauge: {
            dataPoints: regressions(record).map((r) => ({
                attributes: [...attributes, str('metric', r.metric)],
                timeUnixNano,
                asInt: String(r.regressed),
            })),
        },
    });
    return {
        resourceMetrics: [
            {
                resource: {
                    attributes: [str('service.name', 'pyrun'), str('service.version', record.pyrun_version)],
                },
                scopeMetrics: [{ scope: { name: 'pyrun', version: record.pyrun_version }, metrics }],
            },
        ],
    };
}
/** The OTLP/HTTP JSON body of the run. */
function otlpJson(record) {
    return JSON.stringify(otlpRequest(record));
}
/** `<base>/v1/metrics`, unless the URL already names that path (as OTEL_EXPORTER_OTLP_METRICS_ENDPOINT does). */
function otlpMetricsUrl(base) {
    const url = new URL(base);
    if (/\/v1\/metrics\/?$/.test(url.pathname))
        return url.href;
    url.pathname = `${url.pathname.replace(/\/+$/, '')}/v1/metrics`;
    return url.href;
}

;// CONCATENATED MODULE: ./src/engine/export/prometheus.ts

const PROMETHEUS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';
const DEFAULT_JOB = 'pyrun';
/** A sample value as Prometheus parses it. */
function promNumber(value) {
    if (Number.isNaN(value))
        return 'NaN';
    if (value === Infinity)
        return '+Inf';
    if (value === -Infinity)
        return '-Inf';
    return String(value);
}
/** A label value inside double quotes: backslash, quote and newline escaped. */
function escapeLabelValue(value) {
    return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}
/** HELP text: backslash and newline escaped. */
function escapeHelp(text) {
    return text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
}
function renderFamily(family) {
    const lines = [`# HELP ${family.name} ${escapeHelp(family.help)}`, `# TYPE ${family.name} gauge`];
    for (const sample of family.samples) {
        const labels = Object.entries(sample.labels ?? {});
        const labelText = labels.length === 0 ? '' : `{${labels.map(([k, v]) => `${k}="${escapeLabelValue(v)}"`).join(',')}}`;
        lines.push(`${family.name}${labelText} ${promNumber(sample.value)}`);
    }
    return lines;
}
/**
 * The run in text exposition format 0.0.4: one gauge family per metric, each with HELP and TYPE. The grouping
 * labels (job, series) are not in the text: the Pushgateway adds them from the URL.
 * `pyrun_last_success_timestamp_seconds` (when the script ended) is present only for a passed run.
 */
function prometheusText(record) {
    const families = exportedValues(record).map((v) => ({
        name: `pyrun_${v.key}`,
        help: v.help,
        samples: [{ value: v.value ?? NaN }],
    }));
    families.push({
        name: 'pyrun_run_status',
        help: 'The status of the run: 1 for the status it ended with, 0 for the others.',
        samples: RUN_STATUSES.map((status) => ({ labels: { status }, value: status === record.status ? 1 : 0 })),
    });
    families.push({
        name: 'pyrun_regressed',
        help: 'Whether the metric regressed against the baseline (1) or not (0; also without history).',
        samples: regressions(record).map((r) => ({ labels: { metric: r.metric }, value: r.regressed })),
    });
    families.push({
        name: 'pyrun_run_info',
        help: 'Where the run happened; always 1.',
        samples: [
            {
                labels: {
                    os: record.os,
                    arch: record.arch,
                    python_version: record.python_version,
                    executor: record.executor,
                    git_ref: record.git_ref ?? '',
                    pyrun_version: record.pyrun_version,
                },
                value: 1,
            },
        ],
    });
    if (record.status === 'passed') {
        families.push({
            name: 'pyrun_last_success_timestamp_seconds',
            help: 'When the last passed run of the series ended, in seconds since the epoch.',
            samples: [{ value: endedAtMs(record) / 1000 }],
        });
    }
    return families.flatMap(renderFamily).join('\n') + '\n';
}
/**
 * One grouping label in a Pushgateway path: `name/value` URL-encoded, or `name@base64/…` (base64url) when the
 * value holds a `/`, is empty, or is `.`/`..` (which URL normalisation would swallow).
 */
function groupingSegment(name, value) {
    if (value === '' || value.includes('/') || value === '.' || value === '..') {
        const encoded = Buffer.from(value, 'utf8').toString('base64url');
        return `${name}@base64/${encoded === '' ? '=' : encoded}`;
    }
    return `${name}/${encodeURIComponent(value)}`;
}
/** `<base>/metrics/job/<job>/series/<series>`, keeping any path prefix and query of the base URL. */
function pushgatewayUrl(base, job, series) {
    const url = new URL(base);
    const prefix = url.pathname.replace(/\/+$/, '');
    url.pathname = `${prefix}/metrics/${groupingSegment('job', job)}/${groupingSegment('series', series)}`;
    return url.href;
}
/** PUT for a passed run (replace the group), POST otherwise (keep the last success timestamp). */
function pushMethod(record) {
    return record.status === 'passed' ? 'PUT' : 'POST';
}

// EXTERNAL MODULE: external "node:dgram"
var external_node_dgram_ = __webpack_require__(1314);
var external_node_dgram_default = /*#__PURE__*/__webpack_require__.n(external_node_dgram_);
// EXTERNAL MODULE: external "node:dns/promises"
var promises_ = __webpack_require__(1553);
;// CONCATENATED MODULE: ./src/engine/export/statsd.ts
/**
 * StatsD: the run's metrics as gauges over UDP, `pyrun.<series>.<metric>:<value>|g`, with PRODUCT.md's metric
 * names (sizes in MB, as everywhere else in pyrun) plus `passed` (1/0) and `regressed` (how many metrics
 * regressed). Lines are packed into datagrams of at most 512 bytes, the size every network path carries.
 *
 * UDP gives no answer: a StatsD daemon that is down is silent, so only what fails locally (an unknown host,
 * a send error) becomes a warning.
 */




const STATSD_MAX_DATAGRAM_BYTES = 512;
const MAX_SERIES_CHARS = 200;
/** The series as one or more StatsD name segments: only [A-Za-z0-9_.-], no empty segment. */
function sanitizeSeries(series) {
    const cleaned = series
        .replace(/[^A-Za-z0-9_.-]/g, '_')
        .replace(/\.{2,}/g, '.')
        .replace(/^\.+|\.+$/g, '')
        .slice(0, MAX_SERIES_CHARS)
        .replace(/\.+$/, '');
    return cleaned === '' ? '_' : cleaned;
}
/** A gauge value in plain decimal notation (StatsD daemons do not all read `1e-7`), at most 6 decimals. */
function statsdNumber(value) {
    if (Number.isInteger(value) && Math.abs(value) < 1e21)
        return String(value);
    const fixed = value.toFixed(6).replace(/0+$/, '').replace(/\.$/, '');
    return fixed === '-0' ? '0' : fixed;
}
/**
 * One entry per metric. A gauge line whose value starts with `-` means "decrease" to StatsD, so a negative value
 * is two lines in one entry (set 0, then subtract): they must travel in the same datagram.
 */
function statsdLines(record) {
    const prefix = `pyrun.${sanitizeSeries(record.name)}`;
    const entries = [];
    const gauge = (name, value) => {
        if (value === null || !Number.isFinite(value))
            return;
        const text = statsdNumber(value);
        const line = `${prefix}.${name}:${text}|g`;
        entries.push(text.startsWith('-') ? `${prefix}.${name}:0|g\n${line}` : line);
    };
    for (const metric of types/* RUN_METRICS */.Ks)
        gauge(metric, record[metric]);
    gauge('passed', record.status === 'passed' ? 1 : 0);
    gauge('regressed', regressions(record).reduce((sum, r) => sum + r.regressed, 0));
    return entries;
}
/** Entries joined by newlines into datagrams of at most `max_bytes` (an entry longer than that goes alone). */
function statsdDatagrams(entries, max_bytes = STATSD_MAX_DATAGRAM_BYTES) {
    const datagrams = [];
    let current = '';
    for (const entry of entries) {
        const joined = current === '' ? entry : `${current}\n${entry}`;
        if (Buffer.byteLength(joined) <= max_bytes || current === '')
            current = joined;
        else {
            datagrams.push(current);
            current = entry;
        }
    }
    if (current !== '')
        datagrams.push(current);
    return datagrams;
}
/** Sends the datagrams to host:port; rejects on a lookup or send error, or when `signal` aborts. */
async function sendStatsd(host, port, datagrams, signal) {
    const { address, family } = await (0,promises_.lookup)(host);
    signal.throwIfAborted();
    const socket = external_node_dgram_default().createSocket(family === 6 ? 'udp6' : 'udp4');
    let onAbort = () => undefined;
    try {
        await new Promise((resolve, reject) => {
            onAbort = () => reject(signal.reason);
            signal.addEventListener('abort', onAbort, { once: true });
            socket.once('error', reject);
            let left = datagrams.length;
            if (left === 0)
                resolve();
            for (const datagram of datagrams) {
                socket.send(Buffer.from(datagram, 'utf8'), port, address, (error) => {
                    if (error)
                        reject(error);
                    else if (--left === 0)
                        resolve();
                });
            }
        });
    }
    finally {
        signal.removeEventListener('abort', onAbort);
        try {
            socket.close();
        }
        catch {
            /* already closed after an error */
        }
    }
}

;// CONCATENATED MODULE: ./src/engine/export/index.ts







const DEFAULT_EXPORT_TIMEOUT_MS = 5000;
/** Sends the run to one target; resolves with why it failed, or null. */
async function exportOne(record, target, deps) {
    switch (target.kind) {
        case 'prometheus': {
            const outcome = await sendHttp({
                url: pushgatewayUrl(target.url, deps.job, record.name),
                method: pushMethod(record),
                contentType: PROMETHEUS_CONTENT_TYPE,
                body: prometheusText(record),
            }, deps.fetch, deps.timeout_ms);
            return outcome.ok ? null : outcome.reason;
        }
        case 'otlp': {
            const outcome = await sendHttp({
                url: otlpMetricsUrl(target.url),
                method: 'POST',
                contentType: 'application/json',
                body: otlpJson(record),
            }, deps.fetch, deps.timeout_ms);
            if (!outcome.ok)
                return outcome.reason;
            return partialRejection(outcome.body);
        }
        case 'statsd': {
            const timeout = AbortSignal.timeout(deps.timeout_ms);
            try {
                // The host name lookup cannot be aborted: race it, so a hanging resolver still ends at the timeout.
                await Promise.race([
                    sendStatsd(target.host, target.port, statsdDatagrams(statsdLines(record)), timeout),
                    new Promise((_, reject) => timeout.addEventListener('abort', () => reject(timeout.reason), { once: true })),
                ]);
                return null;
            }
            catch (error) {
                if (timeout.aborted)
                    return `not sent within ${deps.timeout_ms} ms`;
                return networkReason(error);
            }
        }
    }
}
/** An OTLP receiver may accept a request yet reject points: it says so in `partialSuccess`. */
function partialRejection(body) {
    try {
        const answer = JSON.parse(body);
        const rejected = Number(answer.partialSuccess?.rejectedDataPoints ?? 0);
        if (rejected > 0) {
            const why = typeof answer.partialSuccess?.errorMessage === 'string'
                ? `: ${answer.partialSuccess.errorMessage}`
                : '';
            return `the receiver rejected ${rejected} data point(s)${why}`;
        }
    }
    catch {
        /* an empty or non-JSON success answer is a success */
    }
    return null;
}
/** Exports the run to every target at once; one warning per failed target; never rejects. */
async function exportRun(record, targets, deps) {
    const settings = {
        fetch: deps.fetch ?? globalThis.fetch,
        timeout_ms: deps.timeout_ms ?? DEFAULT_EXPORT_TIMEOUT_MS,
        job: deps.job ?? DEFAULT_JOB,
    };
    await Promise.all(targets.map(async (target) => {
        let reason;
        try {
            reason = await exportOne(record, target, settings);
        }
        catch (error) {
            reason = error instanceof Error ? error.message : String(error);
        }
        if (reason !== null) {
            const masked = maskSecrets(reason, targetSecrets(target));
            deps.warn(`export to ${describeTarget(target)} failed: ${masked}; the run's result is unaffected`);
        }
    }));
}





;// CONCATENATED MODULE: ./src/engine/ports.ts
const systemClock = {
    now_ms: () => performance.now(),
    setTimer: (callback, delay_ms) => setTimeout(callback, delay_ms),
    clearTimer: (handle) => clearTimeout(handle),
};
const silentLogger = { info: () => undefined, warn: () => undefined };

// EXTERNAL MODULE: ./src/engine/rules/index.ts + 10 modules
var engine_rules = __webpack_require__(4672);
;// CONCATENATED MODULE: ./src/engine/analysis/profile-diff.ts
const DEFAULT_PROFILE_DIFF_ROWS = 10;
const DEFAULT_MIN_GROWTH_FRACTION = 0.01;
/** Every function either list names, once (own-time list first). */
function functionsOf(profile) {
    const out = new Map();
    for (const entry of [...profile.top_own, ...profile.top_cumulative])
        if (!out.has(entry.function))
            out.set(entry.function, entry);
    return out;
}
/** `file:line(name)` → `file(name)`; names without a line (built-ins) stay as they are. */
function withoutLine(fn) {
    return fn.replace(/:\d+\(/, '(');
}
function profileDiff(current, baseline, opts = {}) {
    const rows = opts.rows ?? DEFAULT_PROFILE_DIFF_ROWS;
    const minGrowth = (opts.min_growth_fraction ?? DEFAULT_MIN_GROWTH_FRACTION) * (current.total_s ?? 0);
    const now = functionsOf(current);
    const before = functionsOf(baseline);
    const top_n = opts.top_n ?? Math.max(baseline.top_own.length, baseline.top_cumulative.length);
    // A full own-time list hides functions below its last entry; a shorter one listed them all.
    const ownBound = baseline.top_own.length >= top_n && baseline.top_own.length > 0
        ? Math.min(...baseline.top_own.map((e) => e.own_s))
        : 0;
    const unique = (names) => {
        const seen = new Map();
        for (const name of names) {
            const key = withoutLine(name);
            seen.set(key, seen.has(key) ? null : name);
        }
        const out = new Map();
        for (const [key, name] of seen)
            if (name !== null)
                out.set(key, name);
        return out;
    };
    const beforeByName = unique([...before.keys()].filter((name) => !now.has(name)));
    const nowByName = unique([...now.keys()].filter((name) => !before.has(name)));
    const grown = [];
    for (const [name, entry] of now) {
        let old = before.get(name);
        if (old === undefined) {
            const key = withoutLine(name);
            const candidate = beforeByName.get(key);
            if (candidate !== undefined && nowByName.get(key) === name)
                old = before.get(candidate);
        }
        const baseOwn = old?.own_s ?? ownBound;
        const growth_s = entry.own_s - baseOwn;
        if (!(growth_s > 0) || growth_s < minGrowth)
            continue;
        grown.push({
            function: name,
            baseline_own_s: old === undefined ? null : old.own_s,
            current_own_s: entry.own_s,
            growth_s,
            growth_pct: old !== undefined && old.own_s > 0 ? (growth_s / old.own_s) * 100 : null,
            baseline_cumulative_s: old === undefined ? null : old.cumulative_s,
            current_cumulative_s: entry.cumulative_s,
        });
    }
    grown.sort((a, b) => b.growth_s - a.growth_s || (a.function < b.function ? -1 : 1));
    return { baseline_run_id: baseline.run_id, grown: grown.slice(0, rows) };
}

// EXTERNAL MODULE: ./src/engine/history/index.ts + 12 modules
var engine_history = __webpack_require__(1686);
// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/engine/profile/summary.ts
/**
 * The profile's headline: the top functions by own time (where the time is spent) and by cumulative time (which
 * calls it is spent under), named as pstats prints them, with paths under the script's directory made relative
 * so that runs from different checkouts name a function alike.
 */

const DEFAULT_PROFILE_TOP_N = 20;
/** pstats' own spelling: `file:line(name)`, and `{built-in method …}` for functions implemented in C. */
function functionLabel(f, base_dir) {
    if (f.file === '~' && f.line === 0)
        return f.name.startsWith('<') && f.name.endsWith('>') ? `{${f.name.slice(1, -1)}}` : f.name;
    let file = f.file;
    if (base_dir !== undefined && external_node_path_default().isAbsolute(file)) {
        const relative = external_node_path_default().relative(base_dir, file);
        if (relative !== '' && !relative.startsWith('..') && !external_node_path_default().isAbsolute(relative))
            file = relative;
    }
    return `${file}:${f.line}(${f.name})`;
}
/** Top `top_n` functions by own and by cumulative time (ties by name, so the lists are deterministic). */
function profileHeadline(stats, options = {}) {
    const top_n = options.top_n ?? DEFAULT_PROFILE_TOP_N;
    const entries = stats.functions.map((f) => ({
        function: functionLabel(f, options.base_dir),
        calls: f.calls,
        own_s: f.own_s,
        cumulative_s: f.cumulative_s,
    }));
    const by = (key) => entries
        .filter((e) => e[key] > 0)
        .sort((a, b) => b[key] - a[key] || (a.function < b.function ? -1 : a.function > b.function ? 1 : 0))
        .slice(0, top_n);
    return {
        top_own: by('own_s'),
        top_cumulative: by('cumulative_s'),
        total_s: stats.functions.reduce((s, f) => s + f.own_s, 0),
    };
}

;// CONCATENATED MODULE: ./src/engine/profile/speedscope.ts
/**
 * A profile as a speedscope file (https://www.speedscope.app, its "sampled" profile type), to open in the
 * speedscope viewer as a flame graph.
 *
 * cProfile keeps no timeline, only the call graph with times per caller → callee edge, so the stacks are
 * rebuilt from it: starting at each root (a function nobody called) with its cumulative time, a function keeps
 * its own time in proportion (own/cumulative) and hands each callee the share of its time that came through
 * this caller (the edge's cumulative time over the function's). Recursion is cut where a function would appear
 * twice on one stack, stacks stop at MAX_DEPTH, and branches lighter than MIN_WEIGHT_FRACTION of the total stay
 * with their parent — in every case the time is kept, so the weights add up to the profiled time. The result is
 * where time went by call path, not an order of events: the file says so in its profile name.
 */

const SPEEDSCOPE_SCHEMA = 'https://www.speedscope.app/file-format-schema.json';
const MAX_DEPTH = 128;
const MIN_WEIGHT_FRACTION = 1e-5;
const MAX_STACKS = 20_000;
function speedscopeFromStats(stats, name, exporter) {
    const { functions, edges } = stats;
    const frames = functions.map((f) => f.file === '~' && f.line === 0
        ? { name: functionLabel(f) }
        : { name: f.name, file: f.file, line: f.line });
    const callees = functions.map(() => []);
    const called = new Array(functions.length).fill(false);
    for (const e of edges) {
        if (e.caller === e.callee)
            continue;
        callees[e.caller].push({ callee: e.callee, cumulative_s: e.cumulative_s });
        called[e.callee] = true;
    }
    const total = functions.reduce((s, f) => s + f.own_s, 0);
    const minWeight = total * MIN_WEIGHT_FRACTION;
    const stacks = new Map();
    const add = (stack, weight) => {
        if (!(weight > 0))
            return;
        const key = stack.join(',');
        const found = stacks.get(key);
        if (found)
            found.weight += weight;
        else
            stacks.set(key, { stack: stack.slice(), weight });
    };
    const onStack = new Set();
    const walk = (fn, time_s, stack) => {
        const f = functions[fn];
        stack.push(fn);
        onStack.add(fn);
        const children = callees[fn].filter((c) => !onStack.has(c.callee) && c.cumulative_s > 0);
        if (f.cumulative_s <= 0 || stack.length >= MAX_DEPTH || time_s < minWeight || stacks.size >= MAX_STACKS) {
            add(stack, time_s);
        }
        else {
            const scale = time_s / f.cumulative_s;
            let own = Math.min(time_s, f.own_s * scale);
            const shares = children.map((c) => c.cumulative_s * scale);
            const handed = shares.reduce((s, v) => s + v, 0);
            // Recursion and rounding can make the callees' shares exceed what is left: scale them down to fit.
            const fit = handed > time_s - own && handed > 0 ? (time_s - own) / handed : 1;
            own += Math.max(0, time_s - own - handed * fit); // what no callee accounts for stays here
            add(stack, own);
            children.forEach((c, i) => walk(c.callee, shares[i] * fit, stack));
        }
        onStack.delete(fn);
        stack.pop();
    };
    // Roots: functions nobody called; if every function was called (a cycle at the top), the heaviest one.
    let roots = functions.map((_, i) => i).filter((i) => !called[i] && functions[i].cumulative_s > 0);
    if (roots.length === 0 && functions.length > 0) {
        roots = [
            functions.reduce((best, f, i) => (f.cumulative_s > functions[best].cumulative_s ? i : best), 0),
        ];
    }
    const rootTime = roots.reduce((s, r) => s + functions[r].cumulative_s, 0);
    // Functions no root reaches (e.g. called only from a frame that was not profiled) keep their own time.
    for (const r of roots)
        walk(r, functions[r].cumulative_s * (rootTime > 0 ? Math.min(1, total / rootTime) : 1), []);
    const covered = [...stacks.values()].reduce((s, v) => s + v.weight, 0);
    if (total - covered > minWeight) {
        const reached = new Set([...stacks.values()].flatMap((v) => v.stack));
        const unreached = functions.map((_, i) => i).filter((i) => !reached.has(i) && functions[i].own_s > 0);
        for (const i of unreached)
            add([i], functions[i].own_s);
    }
    const entries = [...stacks.values()];
    const weights = entries.map((e) => e.weight);
    const endValue = weights.reduce((s, w) => s + w, 0);
    return {
        $schema: SPEEDSCOPE_SCHEMA,
        shared: { frames },
        profiles: [
            {
                type: 'sampled',
                name: `${name} (cProfile; stacks rebuilt from the call graph, not a timeline)`,
                unit: 'seconds',
                startValue: 0,
                endValue,
                samples: entries.map((e) => e.stack),
                weights,
            },
        ],
        name,
        activeProfileIndex: 0,
        exporter,
    };
}

;// CONCATENATED MODULE: ./src/engine/profile/stats.ts
/**
 * A cProfile stats file, read with the interpreter that wrote it: a few lines of Python (the stdlib's pstats,
 * run as `python -S -E -c PSTATS_READER_SOURCE FILE`, no shell) print the stats as JSON, and the rest is pure
 * TypeScript over that table. Python reads the file because the pstats format is Python's own (marshal).
 */

const PSTATS_READER_SOURCE = String.raw `
import sys, json, pstats
stats = pstats.Stats(sys.argv[1]).stats
keys = list(stats)
index = {k: i for i, k in enumerate(keys)}
functions, edges = [], []
for k in keys:
    cc, nc, tt, ct, callers = stats[k]
    functions.append([k[0], k[1], k[2], cc, nc, tt, ct])
    for c, v in callers.items():
        if c not in index:
            continue
        if isinstance(v, tuple):
            edges.append([index[c], index[k], v[1], v[2], v[3]])
        else:
            edges.append([index[c], index[k], v, 0.0, 0.0])
json.dump({"functions": functions, "edges": edges}, sys.stdout)
`;
/** Reads a pstats file with `python`; rejects with the interpreter's message when it cannot. */
function readProfileStats(python, pstats_path, timeout_ms = 60_000) {
    return new Promise((resolve, reject) => {
        (0,external_node_child_process_.execFile)(python, ['-S', '-E', '-c', PSTATS_READER_SOURCE, pstats_path], { timeout: timeout_ms, maxBuffer: 256 * 1024 * 1024, windowsHide: true }, (error, stdout, stderr) => {
            if (error) {
                const why = String(stderr).trim().split('\n').at(-1) || error.message;
                reject(new Error(`cannot read the profile ${pstats_path}: ${why}`));
                return;
            }
            try {
                resolve(parseProfileStats(JSON.parse(String(stdout))));
            }
            catch (e) {
                reject(new Error(`cannot read the profile ${pstats_path}: ${e.message}`));
            }
        });
    });
}
/** The reader's JSON as typed stats (rows of arrays, so a profile of many functions stays compact). */
function parseProfileStats(raw) {
    const value = raw;
    if (!Array.isArray(value?.functions) || !Array.isArray(value?.edges))
        throw new Error('not a profile table');
    const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
    const functions = value.functions.map((f) => ({
        file: String(f[0]),
        line: num(f[1]),
        name: String(f[2]),
        primitive_calls: num(f[3]),
        calls: num(f[4]),
        own_s: num(f[5]),
        cumulative_s: num(f[6]),
    }));
    const edges = value.edges
        .map((e) => ({
        caller: num(e[0]),
        callee: num(e[1]),
        calls: num(e[2]),
        own_s: num(e[3]),
        cumulative_s: num(e[4]),
    }))
        .filter((e) => e.caller < functions.length && e.callee < functions.length);
    return { functions, edges };
}

;// CONCATENATED MODULE: ./src/engine/profile/index.ts
/**
 * `--profile`: where the profile files go, and turning the stats file a profiled run left into the record's
 * `profile` (top functions) plus a speedscope file beside it.
 */








/** Measured on a call-heavy CPU-bound script (README, "Profiling"); stated in every profiled record. */
const PROFILE_OVERHEAD_NOTE = "measured under cProfile, whose overhead is in this run's metrics (about 4x on code made of many small Python calls, 1.3-1.4x on loops and library code); compare profiled runs only with profiled runs";
const DEFAULT_PROFILE_DIR = '.pyrun/profiles';
/**
 * Where a run's profile files go: `<profile_dir>/<run_id>.pstats` and `.speedscope.json` when a directory is
 * given; else beside the `--json` file (`out/run.json` → `out/run.pstats`, `out/run.speedscope.json`); else in
 * DEFAULT_PROFILE_DIR. Relative paths are resolved against `base_dir`.
 */
function profilePaths(options) {
    let stem;
    if (options.profile_dir)
        stem = external_node_path_default().join(external_node_path_default().resolve(options.base_dir, options.profile_dir), options.run_id);
    else if (options.json_path) {
        const json = external_node_path_default().resolve(options.base_dir, options.json_path);
        stem = external_node_path_default().join(external_node_path_default().dirname(json), external_node_path_default().basename(json, external_node_path_default().extname(json)));
    }
    else
        stem = external_node_path_default().join(external_node_path_default().resolve(options.base_dir, DEFAULT_PROFILE_DIR), options.run_id);
    return { pstats_path: `${stem}.pstats`, speedscope_path: `${stem}.speedscope.json` };
}
/** Reads the stats the run left, writes the speedscope file, and returns the record's `profile`. Throws when it cannot. */
async function collectProfile(options) {
    const stats = await readProfileStats(options.python, options.pstats_path);
    const headline = profileHeadline(stats, {
        top_n: options.top_n ?? DEFAULT_PROFILE_TOP_N,
        base_dir: options.base_dir,
    });
    const speedscope = speedscopeFromStats(stats, options.name, options.exporter);
    await (0,external_node_fs_promises_.mkdir)(external_node_path_default().dirname(options.speedscope_path), { recursive: true });
    await (0,external_node_fs_promises_.writeFile)(options.speedscope_path, JSON.stringify(speedscope));
    return {
        ...headline,
        pstats_path: options.pstats_path,
        speedscope_path: options.speedscope_path,
        overhead_note: PROFILE_OVERHEAD_NOTE,
    };
}
/** Makes the profile's directory and removes files an earlier run left at these paths (they are not this run's). */
async function prepareProfileFiles(paths) {
    await (0,external_node_fs_promises_.mkdir)(external_node_path_default().dirname(paths.pstats_path), { recursive: true });
    await (0,external_node_fs_promises_.rm)(paths.pstats_path, { force: true });
    await (0,external_node_fs_promises_.rm)(paths.speedscope_path, { force: true });
}
/** The record's `profile` when none could be read: empty lists and the reason. */
function missingProfile(paths, error) {
    return {
        top_own: [],
        top_cumulative: [],
        total_s: 0,
        pstats_path: paths.pstats_path,
        speedscope_path: paths.speedscope_path,
        overhead_note: PROFILE_OVERHEAD_NOTE,
        error,
    };
}

// EXTERNAL MODULE: ./src/engine/analysis/index.ts + 6 modules
var analysis = __webpack_require__(5315);
;// CONCATENATED MODULE: ./src/engine/judge.ts
/**
 * Judges a measured run: baseline and verdict per metric from its history, then the gates, then the final
 * status. Outcomes are values: a failed gate or a regression makes the status `gate_failed` (exit 99), and
 * only for a script that otherwise passed — a failed or timed-out script keeps its own status.
 */


/** A gate's `baseline` needs as many runs as a verdict does. */
const MIN_BASELINE_RUNS = 5;
function judge(input) {
    const { record } = input;
    const min_runs = input.options?.min_baseline_runs ?? MIN_BASELINE_RUNS;
    const { baseline, verdicts } = (0,analysis/* judgeRun */.Zy)(record, input.baselineRuns, {
        ...input.options,
        ...(record.repeats ? { repeats: record.repeats } : {}),
    });
    const gates = (0,engine_rules/* evaluateGates */.ud)(input.gates, record, (metric) => {
        const entry = baseline[metric];
        return entry && entry.runs >= min_runs ? entry.value : undefined;
    });
    const gateFailed = gates.some((g) => !g.passed);
    const regressed = Object.values(verdicts).some((v) => v?.verdict === 'regressed');
    const status = record.status === 'passed' && (gateFailed || (input.regressionFails && regressed))
        ? 'gate_failed'
        : record.status;
    return { ...record, baseline, verdicts, gates, status };
}
/** The metrics that regressed, for messages and the `regressed` output. */
function regressedMetrics(record) {
    return Object.entries(record.verdicts)
        .filter(([, v]) => v.verdict === 'regressed')
        .map(([m]) => m);
}

// EXTERNAL MODULE: ./src/engine/history/downsample.ts
var downsample = __webpack_require__(2911);
// EXTERNAL MODULE: ./node_modules/pidusage/index.js
var pidusage = __webpack_require__(7636);
var pidusage_default = /*#__PURE__*/__webpack_require__.n(pidusage);
;// CONCATENATED MODULE: ./src/engine/sample/totals.ts
function emptyTotals() {
    return {
        samples: 0,
        peak_tree_rss_bytes: 0,
        peak_process_rss_bytes: 0,
        cpu_percent_sum: 0,
        cpu_percent_max: 0,
        max_threads: 0,
        max_processes: 0,
        cpu_time_s: 0,
        read_bytes: 0,
        write_bytes: 0,
    };
}
function addSample(totals, m) {
    const s = m.sample;
    totals.samples += 1;
    totals.peak_tree_rss_bytes = Math.max(totals.peak_tree_rss_bytes, m.rss_bytes);
    totals.peak_process_rss_bytes = Math.max(totals.peak_process_rss_bytes, m.largest_process_rss_bytes);
    totals.cpu_percent_sum += s.cpu_percent;
    totals.cpu_percent_max = Math.max(totals.cpu_percent_max, s.cpu_percent);
    totals.max_threads = Math.max(totals.max_threads, s.threads);
    totals.max_processes = Math.max(totals.max_processes, s.processes);
    totals.cpu_time_s = Math.max(totals.cpu_time_s, m.cpu_time_s);
    totals.read_bytes = Math.max(totals.read_bytes, m.read_bytes);
    totals.write_bytes = Math.max(totals.write_bytes, m.write_bytes);
}

;// CONCATENATED MODULE: ./src/engine/sample/portable.ts
/**
 * Sampling where there is no /proc (macOS, Windows): one `ps` a tick finds the tree (Windows: the root only) and
 * pidusage reads each process. Less exact than ./sampler.ts, and documented so: no thread counts (one a process),
 * no I/O counters, no open fds, and CPU of a child that lived and died between two ticks is missed unless the
 * launcher reports it at the end (it does on macOS).
 */




function psProcesses() {
    if (process.platform === 'win32')
        return Promise.resolve([]);
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)('ps', ['-A', '-o', 'pid=,ppid='], { timeout: 5000 }, (error, stdout) => {
            if (error)
                return resolve([]);
            const rows = [];
            for (const line of stdout.split('\n')) {
                const [pid, ppid] = line.trim().split(/\s+/).map(Number);
                if (Number.isInteger(pid) && Number.isInteger(ppid))
                    rows.push({ pid: pid, ppid: ppid });
            }
            resolve(rows);
        });
    });
}
class PortableSampler {
    opts;
    totals = emptyTotals();
    prev_ms;
    prev_cpu_s = 0;
    constructor(opts) {
        this.opts = opts;
        this.prev_ms = opts.start_ms;
    }
    /** The pids of the tree under the root (and the root itself when counted). */
    async treePids() {
        const all = await (this.opts.listProcesses ?? psProcesses)();
        const children = new Map();
        for (const { pid, ppid } of all)
            children.set(ppid, [...(children.get(ppid) ?? []), pid]);
        const found = this.opts.includeRoot ? [this.opts.rootPid] : [];
        const queue = [this.opts.rootPid];
        const seen = new Set(queue);
        while (queue.length > 0) {
            for (const child of children.get(queue.pop()) ?? []) {
                if (seen.has(child))
                    continue;
                seen.add(child);
                found.push(child);
                queue.push(child);
            }
        }
        return found;
    }
    async measure(now_ms) {
        const pids = await this.treePids();
        // One call per pid: a process that exits mid-tick must not spoil the others' figures.
        const stats = await Promise.allSettled(pids.map((pid) => pidusage_default()(pid)));
        let cpu_s = 0;
        let rss_bytes = 0;
        let largest = 0;
        let processes = 0;
        for (const s of stats) {
            if (s.status !== 'fulfilled')
                continue;
            processes += 1;
            cpu_s += s.value.ctime / 1000;
            rss_bytes += s.value.memory;
            largest = Math.max(largest, s.value.memory);
        }
        cpu_s = Math.max(cpu_s, this.prev_cpu_s);
        const dt_s = (now_ms - this.prev_ms) / 1000;
        const cpu_percent = dt_s > 0 ? ((cpu_s - this.prev_cpu_s) / dt_s) * 100 : 0;
        this.prev_ms = now_ms;
        this.prev_cpu_s = cpu_s;
        const measured = {
            sample: {
                elapsed_s: (now_ms - this.opts.start_ms) / 1000,
                cpu_percent,
                rss_mb: rss_bytes / types/* BYTES_PER_MB */.o_,
                threads: processes,
                processes,
                read_mb: 0,
                write_mb: 0,
                open_fds: null,
            },
            rss_bytes,
            read_bytes: 0,
            write_bytes: 0,
            cpu_time_s: cpu_s,
            largest_process_rss_bytes: largest,
        };
        addSample(this.totals, measured);
        return measured;
    }
}

;// CONCATENATED MODULE: ./src/engine/sample/tree.ts
/** The live descendants of `rootPid` (the root itself excluded), each with its stat. */
function descendants(source, rootPid) {
    return new TreeFinder(source, rootPid).find();
}
/**
 * Finds the tree again and again (one call a tick). Where it must scan /proc, it remembers which pids were
 * outside the tree: a process outside can never move in (orphans are reparented to an ancestor subreaper — the
 * launcher — or to init), so only pids new since the last scan are read. A pid is not reused within one tick.
 */
class TreeFinder {
    source;
    rootPid;
    foreign = new Set();
    constructor(source, rootPid) {
        this.source = source;
        this.rootPid = rootPid;
    }
    find() {
        const direct = this.source.children(this.rootPid);
        return direct === null ? this.scan() : walkDescendants(this.source, direct);
    }
    scan() {
        const { source, rootPid } = this;
        const byParent = new Map();
        const read = new Map();
        const listed = source.allPids();
        for (const pid of listed) {
            if (pid === rootPid || this.foreign.has(pid))
                continue;
            const stat = source.stat(pid);
            if (stat === null)
                continue;
            read.set(pid, stat);
            const siblings = byParent.get(stat.ppid);
            if (siblings)
                siblings.push(stat);
            else
                byParent.set(stat.ppid, [stat]);
        }
        const found = collect(byParent, rootPid);
        const inTree = new Set(found.map((p) => p.pid));
        // Outside for good: what was outside before, and what was read now outside the tree under a parent known to
        // be outside. A process whose parent vanished mid-scan is left to be read again (it may be an orphan on its
        // way to the launcher).
        const foreign = new Set();
        for (const pid of listed)
            if (this.foreign.has(pid))
                foreign.add(pid);
        for (const [pid, stat] of read) {
            if (inTree.has(pid))
                continue;
            if (stat.ppid === 0 ||
                foreign.has(stat.ppid) ||
                (read.has(stat.ppid) && !inTree.has(stat.ppid) && stat.ppid !== rootPid)) {
                foreign.add(pid);
            }
        }
        this.foreign = foreign;
        return found;
    }
}
function walkDescendants(source, firstChildren) {
    const found = [];
    const seen = new Set();
    const queue = [...firstChildren];
    while (queue.length > 0) {
        const pid = queue.pop();
        if (seen.has(pid))
            continue;
        seen.add(pid);
        const stat = source.stat(pid);
        if (stat === null)
            continue; // exited between the parent's listing and now
        found.push(stat);
        const kids = source.children(pid);
        if (kids)
            queue.push(...kids);
    }
    return found;
}
function collect(byParent, rootPid) {
    const found = [];
    const queue = [rootPid];
    const seen = new Set([rootPid]);
    while (queue.length > 0) {
        const parent = queue.pop();
        for (const child of byParent.get(parent) ?? []) {
            if (seen.has(child.pid))
                continue;
            seen.add(child.pid);
            found.push(child);
            queue.push(child.pid);
        }
    }
    return found;
}

;// CONCATENATED MODULE: ./src/engine/sample/sampler.ts



class TreeSampler {
    source;
    opts;
    tree;
    prev_ms;
    prev_cpu_ticks = 0;
    rootIo0;
    rootCpu0_ticks = 0;
    prev_read_bytes = 0;
    prev_write_bytes = 0;
    seen = new Set();
    /** Distinct processes seen, keyed by (pid, start time) so a reused pid is a new process. */
    distinct_processes = 0;
    totals = emptyTotals();
    constructor(source, opts) {
        this.source = source;
        this.opts = opts;
        this.tree = new TreeFinder(source, opts.rootPid);
        this.prev_ms = opts.start_ms;
        // The launcher's own reads, and the CPU of whatever it reaped before it became the launcher (a pyenv
        // shim's helpers), are not the script's.
        if (opts.rootIsLauncher) {
            this.rootIo0 = source.io(opts.rootPid);
            const root = source.stat(opts.rootPid);
            this.rootCpu0_ticks = root ? root.cutime + root.cstime : 0;
        }
    }
    /** Takes one sample at monotonic time `now_ms`. */
    sample(now_ms) {
        return this.measure(now_ms).sample;
    }
    /** Takes one sample and returns it with its exact byte and CPU figures; the totals are updated. */
    measure(now_ms) {
        const { source, opts } = this;
        const procs = this.tree.find();
        let cpu_ticks = 0;
        let rss_pages = 0;
        let threads = 0;
        let processes = 0;
        let rchar = 0;
        let wchar = 0;
        let fds = null;
        let largest = 0;
        for (const p of procs) {
            cpu_ticks += p.utime + p.stime + p.cutime + p.cstime;
            if (p.state === 'Z' || p.state === 'X')
                continue; // exited, not yet reaped: no memory, no threads
            processes += 1;
            threads += p.num_threads;
            rss_pages += p.rss_pages;
            this.noteProcess(p);
            largest = Math.max(largest, p.rss_pages * opts.page_size);
            const io = source.io(p.pid);
            if (io) {
                rchar += io.rchar;
                wchar += io.wchar;
            }
            if (opts.count_fds !== false) {
                const n = source.fdCount(p.pid);
                if (n !== null)
                    fds = (fds ?? 0) + n;
            }
        }
        if (opts.rootIsLauncher) {
            const root = source.stat(opts.rootPid);
            if (root)
                cpu_ticks += root.cutime + root.cstime - this.rootCpu0_ticks;
            const io = source.io(opts.rootPid);
            if (io && this.rootIo0) {
                rchar += io.rchar - this.rootIo0.rchar;
                wchar += io.wchar - this.rootIo0.wchar;
            }
        }
        // Totals only grow; a child reaped by a parent that ignores SIGCHLD takes its CPU with it, and the
        // sample must not then show negative usage.
        cpu_ticks = Math.max(cpu_ticks, this.prev_cpu_ticks);
        rchar = Math.max(rchar, this.prev_read_bytes);
        wchar = Math.max(wchar, this.prev_write_bytes);
        this.prev_read_bytes = rchar;
        this.prev_write_bytes = wchar;
        const dt_s = (now_ms - this.prev_ms) / 1000;
        const cpu_percent = dt_s > 0 ? ((cpu_ticks - this.prev_cpu_ticks) / opts.clk_tck / dt_s) * 100 : 0;
        this.prev_ms = now_ms;
        this.prev_cpu_ticks = cpu_ticks;
        const rss_bytes = rss_pages * opts.page_size;
        const measured = {
            sample: {
                elapsed_s: (now_ms - opts.start_ms) / 1000,
                cpu_percent,
                rss_mb: rss_bytes / types/* BYTES_PER_MB */.o_,
                threads,
                processes,
                read_mb: rchar / types/* BYTES_PER_MB */.o_,
                write_mb: wchar / types/* BYTES_PER_MB */.o_,
                open_fds: fds,
            },
            rss_bytes,
            read_bytes: rchar,
            write_bytes: wchar,
            cpu_time_s: cpu_ticks / opts.clk_tck,
            largest_process_rss_bytes: largest,
        };
        addSample(this.totals, measured);
        return measured;
    }
    noteProcess(p) {
        const key = `${p.pid}:${p.starttime}`;
        if (!this.seen.has(key)) {
            this.seen.add(key);
            this.distinct_processes += 1;
        }
    }
}

;// CONCATENATED MODULE: ./src/engine/sample/ticker.ts
function startTicker(clock, interval_s, tick) {
    const interval_ms = interval_s * 1000;
    const start_ms = clock.now_ms();
    let k = 1;
    let handle;
    let stopped = false;
    const schedule = () => {
        const now = clock.now_ms();
        // Skip deadlines already missed (a stalled event loop) rather than firing a burst of catch-up ticks.
        while (start_ms + k * interval_ms <= now)
            k += 1;
        handle = clock.setTimer(fire, start_ms + k * interval_ms - now);
    };
    const fire = () => {
        if (stopped)
            return;
        k += 1;
        tick(clock.now_ms());
        if (!stopped)
            schedule();
    };
    schedule();
    return {
        stop() {
            stopped = true;
            clock.clearTimer(handle);
        },
    };
}

;// CONCATENATED MODULE: ./src/engine/sample/series-buffer.ts
const MAX_BUFFERED_SAMPLES = 20_000;
class SeriesBuffer {
    buffer = [];
    max_samples;
    constructor(max_samples = MAX_BUFFERED_SAMPLES) {
        this.max_samples = Math.max(2, max_samples);
    }
    push(sample) {
        this.buffer.push(sample);
        if (this.buffer.length > this.max_samples)
            this.halve();
    }
    samples() {
        return this.buffer.slice();
    }
    halve() {
        const kept = [];
        for (let i = 0; i < this.buffer.length; i += 2) {
            const a = this.buffer[i];
            const b = this.buffer[i + 1];
            if (b === undefined)
                kept.push(a);
            else if (b.rss_mb > a.rss_mb || (b.rss_mb === a.rss_mb && b.cpu_percent > a.cpu_percent))
                kept.push(b);
            else
                kept.push(a);
        }
        this.buffer = kept;
    }
}

;// CONCATENATED MODULE: ./src/engine/measure.ts






async function measureOnce(spec, deps, opts) {
    const { clock, proc } = deps;
    const running = deps.start(spec);
    const start = await running.started; // throws when the script cannot start: nothing else to clean up
    const series = new SeriesBuffer();
    let ended = false;
    const take = (m) => {
        if (ended)
            return;
        series.push(m.sample);
        opts.onSample?.(m.sample);
    };
    let totals;
    let stopSampling = () => undefined;
    if (running.subscribeSamples) {
        totals = emptyTotals();
        const remoteTotals = totals;
        running.subscribeSamples((m) => {
            if (ended)
                return;
            addSample(remoteTotals, m);
            take(m);
        });
    }
    else if ((deps.sampling ?? (process.platform === 'linux' ? 'procfs' : 'portable')) === 'portable') {
        const sampler = new PortableSampler({
            rootPid: start.sampler_root_pid,
            includeRoot: start.sample_root_included === true,
            start_ms: clock.now_ms() - start.fork_age_ms,
        });
        totals = sampler.totals;
        let busy = false; // a slow `ps` must not pile ticks up
        const ticker = startTicker(clock, opts.interval_s, (now_ms) => {
            if (busy)
                return;
            busy = true;
            void sampler
                .measure(now_ms)
                .then(take, () => undefined)
                .finally(() => (busy = false));
        });
        stopSampling = () => ticker.stop();
    }
    else {
        const sampler = new TreeSampler(proc, {
            rootPid: start.sampler_root_pid,
            rootIsLauncher: true,
            clk_tck: start.clk_tck,
            page_size: start.page_size,
            start_ms: clock.now_ms() - start.fork_age_ms,
        });
        totals = sampler.totals;
        const ticker = startTicker(clock, opts.interval_s, (now_ms) => take(sampler.measure(now_ms)));
        stopSampling = () => ticker.stop();
    }
    let timed_out = false;
    let interrupted = null;
    const timers = [];
    const end = (first) => {
        running.signal(first);
        timers.push(clock.setTimer(() => {
            running.signal('SIGKILL');
            if (running.killTree)
                running.killTree();
            // A descendant that left the script's process group (setsid) is still in the tree: end it by pid.
            else
                for (const p of descendants(proc, start.sampler_root_pid))
                    killPid(p.pid);
        }, opts.grace_s * 1000));
    };
    if (opts.timeout_s !== null) {
        timers.push(clock.setTimer(() => {
            timed_out = true;
            end('SIGTERM');
        }, opts.timeout_s * 1000));
    }
    opts.onInterruptible?.((sig) => {
        if (interrupted !== null) {
            running.signal('SIGKILL'); // a second Ctrl-C means now
            return;
        }
        interrupted = sig;
        end(sig);
    });
    try {
        const exit = await running.done;
        return { start, exit, series: series.samples(), totals, timed_out, interrupted };
    }
    finally {
        ended = true;
        stopSampling();
        for (const t of timers)
            clock.clearTimer(t);
    }
}
function killPid(pid) {
    try {
        process.kill(pid, 'SIGKILL');
    }
    catch {
        /* already gone */
    }
}

;// CONCATENATED MODULE: ./src/engine/summary.ts

function summarise(m) {
    const { exit, totals } = m;
    const duration_s = exit.wall_s;
    const cpu_time_s = exit.cpu_time_s ?? totals.cpu_time_s;
    const sampled = totals.samples > 0;
    const whole_run_percent = duration_s > 0 ? (cpu_time_s / duration_s) * 100 : 0;
    const peak_rss_bytes = Math.max(totals.peak_tree_rss_bytes, totals.peak_process_rss_bytes, exit.maxrss_bytes ?? 0);
    const read_bytes = exit.read_bytes ?? totals.read_bytes;
    const write_bytes = exit.write_bytes ?? totals.write_bytes;
    return {
        duration_s,
        cpu_time_s,
        // A run shorter than one interval has no samples: its whole-run average is the honest figure.
        cpu_percent_avg: sampled ? totals.cpu_percent_sum / totals.samples : whole_run_percent,
        cpu_percent_max: sampled ? totals.cpu_percent_max : whole_run_percent,
        peak_rss_mb: peak_rss_bytes / types/* BYTES_PER_MB */.o_,
        peak_rss_bytes,
        max_threads: Math.max(totals.max_threads, 1),
        max_processes: Math.max(totals.max_processes, 1),
        read_mb: read_bytes / types/* BYTES_PER_MB */.o_,
        read_bytes,
        write_mb: write_bytes / types/* BYTES_PER_MB */.o_,
        write_bytes,
        cpu_user_s: exit.rusage?.cpu_user_s ?? null,
        cpu_system_s: exit.rusage?.cpu_system_s ?? null,
        minor_faults: exit.rusage?.minor_faults ?? null,
        major_faults: exit.rusage?.major_faults ?? null,
        voluntary_ctx_switches: exit.rusage?.voluntary_ctx_switches ?? null,
        involuntary_ctx_switches: exit.rusage?.involuntary_ctx_switches ?? null,
        exit_code: exit.exit_code,
    };
}
/** The status of one execution, before gates and regressions are judged. */
function executionStatus(m) {
    if (m.timed_out)
        return 'timeout';
    return m.exit.exit_code === 0 && m.exit.signal === null ? 'passed' : 'failed';
}

;// CONCATENATED MODULE: ./src/engine/run.ts
/**
 * The run use-case: execute the script (with retries, or as a benchmark of warm-up plus measured runs), measure
 * every execution, and assemble the run record's measured part. Judging it (gates, baseline, verdicts) is
 * ./judge.ts's work; this file only measures.
 */





/** The measured run record: everything but gates, alerts, baseline and verdicts (empty here). */
async function runScript(spec, deps, hooks = {}) {
    const started_at = new Date().toISOString();
    const attempts = [];
    const execute = async (label) => {
        for (let attempt = 1;; attempt += 1) {
            const m = await measureOnce(spec.launch, deps, {
                interval_s: spec.interval_s,
                timeout_s: spec.timeout_s,
                grace_s: spec.grace_s,
                onSample: hooks.onSample,
                onInterruptible: hooks.onInterruptible,
            });
            attempts.push({
                attempt: attempts.length + 1,
                exit_code: m.exit.exit_code,
                signal: m.exit.signal,
                duration_s: m.exit.wall_s,
                timed_out: m.timed_out,
            });
            const ok = executionStatus(m) === 'passed';
            if (ok || m.interrupted !== null || attempt > spec.retries)
                return m;
            hooks.onProgress?.(`${label}attempt ${attempt} of ${spec.retries + 1} ${describeFailure(m)}; retrying`);
        }
    };
    let last;
    let metrics;
    let repeats;
    if (spec.repeat <= 1 && spec.warmup === 0) {
        last = await execute('');
        metrics = summarise(last);
    }
    else {
        for (let i = 1; i <= spec.warmup; i += 1) {
            hooks.onProgress?.(`warm-up ${i}/${spec.warmup}`);
            last = await execute(`warm-up ${i}: `);
            if (executionStatus(last) !== 'passed' || last.interrupted)
                break;
        }
        attempts.length = 0; // warm-ups are not part of the record
        repeats = [];
        for (let i = 1; i <= spec.repeat; i += 1) {
            hooks.onProgress?.(`run ${i}/${spec.repeat}`);
            last = await execute(`run ${i}: `);
            repeats.push(summarise(last));
            if (executionStatus(last) !== 'passed' || last.interrupted)
                break;
        }
        last = last;
        metrics = { ...(0,engine_metrics/* medianRunMetrics */.fV)(repeats), exit_code: last.exit.exit_code };
    }
    return {
        name: spec.name,
        run_id: spec.run_id ?? (0,external_node_crypto_.randomUUID)(),
        started_at,
        status: executionStatus(last),
        signal: last.exit.signal,
        ...metrics,
        samples: last.totals.samples,
        series: (0,downsample/* downsample */.Jd)(last.series, downsample/* MAX_SERIES_SAMPLES */.vu),
        interval_s: spec.interval_s,
        gates: [],
        alerts: [],
        baseline: {},
        verdicts: {},
        attempts,
        ...(repeats ? { repeats } : {}),
        is_pull_request: spec.is_pull_request,
        os: last.start.os ?? process.platform,
        arch: last.start.arch ?? process.arch,
        python_version: last.start.python_version,
        executor: spec.executor,
        host: spec.host ?? null,
        git_ref: spec.git_ref,
        git_sha: spec.git_sha,
        script: spec.launch.script,
        pyrun_version: spec.pyrun_version,
    };
}
function describeFailure(m) {
    if (m.timed_out)
        return 'timed out';
    if (m.exit.signal)
        return `was killed by ${m.exit.signal}`;
    return `exited ${m.exit.exit_code}`;
}

;// CONCATENATED MODULE: ./src/engine/session.ts






/** Parses every rule before anything runs; a bad one throws a RuleError naming the rule and the position. */
function parseRules(gates, alerts) {
    return { gates: gates.map((g) => (0,engine_rules/* parseGate */.Xi)(g)), alerts: alerts.map((a) => (0,engine_rules/* parseAlert */._N)(a)) };
}
async function runSession(opts, deps, hooks = {}) {
    const { log } = deps;
    const alerts = [];
    const fire = (rule, at_s, value, kind) => {
        const channels = opts.alertSink?.fire({ rule, at_s, value, kind }) ?? [];
        alerts.push({ rule, at_s, value, channels });
        const shown = value === null ? '' : ` (value ${round(value)})`;
        log.warn(`alert: ${rule}${shown} at ${at_s.toFixed(1)} s${channels.length ? ` → ${channels.join(', ')}` : ''}`);
    };
    const live = new engine_rules/* AlertEvaluator */.ow(opts.rules.alerts);
    const onSample = (sample) => {
        for (const t of live.observe(sample))
            fire(t.rule, t.at_s, t.value, 'threshold');
        hooks.onSample?.(sample);
    };
    const spec = await profiledSpec(opts, log);
    let measured = await runScript(spec, deps, { ...hooks, onSample });
    if (opts.profile && spec.launch.profile_path !== undefined) {
        measured = { ...measured, profile: await readProfile(opts.profile, spec, log) };
    }
    let store = null;
    if (opts.history) {
        try {
            store = await engine_history/* HistoryStore */.KU.open(opts.history.path);
            for (const w of store.warnings)
                log.warn(w);
        }
        catch (error) {
            if (!(error instanceof engine_history/* HistoryError */.tx))
                throw error;
            log.warn(`${error.message}; this run is judged without history and not remembered`);
        }
    }
    const baselineRuns = store?.baselineRuns({
        name: measured.name,
        fingerprint: measured,
        ref: opts.history?.baseline_ref ?? null,
        excludeRunId: measured.run_id,
        profiled: Boolean(opts.profile),
    }) ?? [];
    const record = withProfileDiff(judge({
        record: measured,
        baselineRuns,
        gates: opts.rules.gates,
        regressionFails: opts.regressionFails,
    }), baselineRuns);
    const events = new Set();
    if (record.status === 'failed')
        events.add('failure');
    if (record.status === 'timeout')
        events.add('timeout');
    if (regressedMetrics(record).length > 0)
        events.add('regression');
    if (record.gates.some((g) => !g.passed))
        events.add('gate_failed');
    for (const rule of (0,engine_rules/* eventRules */.O$)(opts.rules.alerts)) {
        if ((0,engine_rules/* firesOnEvent */.Nu)(rule, events))
            fire(rule.source, record.duration_s, null, 'event');
    }
    const final = { ...record, alerts };
    if (store && opts.history) {
        try {
            store.insert(final);
            store.retain(opts.history.max_runs_per_series ?? engine_history/* DEFAULT_MAX_RUNS_PER_SERIES */.eP);
            await store.save();
        }
        catch (error) {
            log.warn(`could not save the history to ${opts.history.path}: ${error.message}`);
        }
        finally {
            store.close();
        }
    }
    await opts.alertSink?.drain(opts.alert_drain_ms ?? 10_000);
    return final;
}
/** The spec with the profile path set when `--profile` asks for one and its directory can be made. */
async function profiledSpec(opts, log) {
    if (!opts.profile)
        return opts.spec;
    if (opts.spec.executor !== 'local') {
        log.warn(`--profile works with the local executor only; this run (${opts.spec.executor}) is not profiled`);
        return opts.spec;
    }
    try {
        await prepareProfileFiles(opts.profile);
    }
    catch (error) {
        log.warn(`cannot profile this run: ${error.message}`);
        return opts.spec;
    }
    return { ...opts.spec, launch: { ...opts.spec.launch, profile_path: opts.profile.pstats_path } };
}
async function readProfile(profile, spec, log) {
    try {
        return await collectProfile({
            ...profile,
            python: spec.launch.python,
            base_dir: profile.base_dir ?? spec.launch.cwd,
            name: spec.name,
            exporter: `pyrun@${spec.pyrun_version}`,
        });
    }
    catch (error) {
        const why = error.message;
        log.warn(`no profile for this run: ${why}`);
        return missingProfile(profile, why);
    }
}
/** The profile diff against the newest baseline run with a readable profile (baseline runs come newest first). */
function withProfileDiff(record, baselineRuns) {
    if (!record.profile || record.profile.error !== undefined)
        return record;
    const base = baselineRuns.find((r) => r.profile && r.profile.error === undefined && r.profile.top_own.length > 0);
    if (!base?.profile)
        return record;
    return { ...record, profile_diff: profileDiff(record.profile, { ...base.profile, run_id: base.run_id }) };
}
function round(n) {
    return Number.isInteger(n) ? String(n) : n.toFixed(2);
}

;// CONCATENATED MODULE: ./src/engine/sample/procfs.ts
/**
 * Parses /proc/<pid>/stat. The command name (field 2) may contain spaces and parentheses, so fields are counted
 * from the last ')'. Returns null for text that is not a stat line (a process that vanished mid-read).
 */
function parseStat(text) {
    const open = text.indexOf('(');
    const close = text.lastIndexOf(')');
    if (open < 1 || close < open)
        return null;
    const pid = Number(text.slice(0, open).trim());
    // After ") " come fields 3.. : state ppid pgrp session tty_nr tpgid flags minflt cminflt majflt cmajflt
    // utime(14) stime(15) cutime(16) cstime(17) priority nice num_threads(20) itrealvalue starttime(22) vsize rss(24)
    const f = text.slice(close + 2).split(' ');
    if (f.length < 22)
        return null;
    const n = (field) => Number(f[field - 3]);
    const stat = {
        pid,
        ppid: n(4),
        state: f[0] ?? '?',
        utime: n(14),
        stime: n(15),
        cutime: n(16),
        cstime: n(17),
        num_threads: n(20),
        starttime: n(22),
        rss_pages: n(24),
    };
    return Number.isFinite(stat.pid) && Number.isFinite(stat.rss_pages) ? stat : null;
}
/** Parses /proc/<pid>/io for the bytes through read/write system calls. */
function parseIo(text) {
    let rchar;
    let wchar;
    for (const line of text.split('\n')) {
        if (line.startsWith('rchar:'))
            rchar = Number(line.slice(6));
        else if (line.startsWith('wchar:'))
            wchar = Number(line.slice(6));
    }
    return rchar === undefined || wchar === undefined ? null : { rchar, wchar };
}
/** Parses /proc/<pid>/task/<tid>/children: space-separated pids. */
function parseChildren(text) {
    const pids = [];
    for (const word of text.split(' ')) {
        const pid = Number(word);
        if (word !== '' && Number.isInteger(pid))
            pids.push(pid);
    }
    return pids;
}

;// CONCATENATED MODULE: ./src/engine/sample/linux.ts
/**
 * The only /proc reads in pyrun. Synchronous on purpose: each read is a few microseconds of kernel text, far
 * cheaper than a promise round-trip per file, and a tick must not interleave with the process tree changing.
 */


/** One buffer for every read: /proc files are small, and readFileSync's stat-and-allocate doubles the cost. */
let buffer = Buffer.alloc(16 * 1024);
function read(path) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(path, 'r');
    }
    catch {
        return null; // the process exited between listing and reading: not an error
    }
    try {
        let length = 0;
        for (;;) {
            const n = (0,external_node_fs_.readSync)(fd, buffer, length, buffer.length - length, null);
            if (n === 0)
                break;
            length += n;
            if (length === buffer.length) {
                const bigger = Buffer.alloc(buffer.length * 2);
                buffer.copy(bigger);
                buffer = bigger;
            }
        }
        return buffer.toString('latin1', 0, length);
    }
    catch {
        return null;
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
class LinuxProcSource {
    root;
    /** Whether this kernel has /proc/<pid>/task/<tid>/children (CONFIG_PROC_CHILDREN); probed on first use. */
    childrenFiles;
    constructor(root = '/proc') {
        this.root = root;
    }
    stat(pid) {
        const text = read(`${this.root}/${pid}/stat`);
        return text === null ? null : parseStat(text);
    }
    children(pid) {
        if (this.childrenFiles === false)
            return null;
        let tids;
        try {
            tids = (0,external_node_fs_.readdirSync)(`${this.root}/${pid}/task`);
        }
        catch {
            return this.childrenFiles ? [] : null;
        }
        const pids = [];
        for (const tid of tids) {
            const text = read(`${this.root}/${pid}/task/${tid}/children`);
            if (text === null) {
                if (this.childrenFiles === undefined)
                    this.childrenFiles = false;
                if (this.childrenFiles === false)
                    return null;
                continue;
            }
            this.childrenFiles = true;
            pids.push(...parseChildren(text));
        }
        return pids;
    }
    allPids() {
        const pids = [];
        let names;
        try {
            names = (0,external_node_fs_.readdirSync)(this.root);
        }
        catch {
            return pids; // no /proc here (macOS): nothing to walk
        }
        for (const name of names) {
            const c = name.charCodeAt(0);
            if (c >= 48 && c <= 57)
                pids.push(Number(name));
        }
        return pids;
    }
    io(pid) {
        const text = read(`${this.root}/${pid}/io`);
        return text === null ? null : parseIo(text);
    }
    fdCount(pid) {
        try {
            return (0,external_node_fs_.readdirSync)(`${this.root}/${pid}/fd`).length;
        }
        catch {
            return null;
        }
    }
}

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/cli/git.ts
/** The git ref and commit of the run, from the CI's variables or the checkout itself. */

function gitIdentity(env, cwd) {
    const ref = env.GITHUB_HEAD_REF ||
        env.GITHUB_REF_NAME ||
        env.CI_COMMIT_REF_NAME ||
        env.BUILDKITE_BRANCH ||
        env.GIT_BRANCH;
    const sha = env.GITHUB_SHA || env.CI_COMMIT_SHA || env.BUILDKITE_COMMIT || env.GIT_COMMIT;
    return {
        git_ref: ref || git(['rev-parse', '--abbrev-ref', 'HEAD'], cwd),
        git_sha: sha || git(['rev-parse', 'HEAD'], cwd),
    };
}
function git(args, cwd) {
    try {
        const out = (0,external_node_child_process_.execFileSync)('git', args, { cwd, stdio: ['ignore', 'pipe', 'ignore'], timeout: 2000 })
            .toString()
            .trim();
        return out === '' || out === 'HEAD' ? null : out;
    }
    catch {
        return null;
    }
}

// EXTERNAL MODULE: ./node_modules/picocolors/picocolors.js
var picocolors = __webpack_require__(7336);
var picocolors_default = /*#__PURE__*/__webpack_require__.n(picocolors);
;// CONCATENATED MODULE: ./src/cli/log.ts
/**
 * pyrun's own lines, always on stderr (stdout belongs to the script). On a TTY a live status line is redrawn in
 * place; elsewhere (CI logs, pipes) only plain lines appear, and no ANSI codes.
 */

function createCliLogger(stream = process.stderr, quiet = false, mask = (text) => text, env = {}) {
    // A CI log is not a terminal even when a runner allocates one: plain lines there, no redrawing.
    const tty = Boolean(stream.isTTY) && !env.CI;
    const colors = picocolors_default().createColors(tty);
    let statusShown = false;
    let lastDraw_ms = 0;
    const clear = () => {
        if (statusShown) {
            stream.write('\r\x1b[K');
            statusShown = false;
        }
    };
    const line = (text) => {
        clear();
        stream.write(`${mask(text)}\n`);
    };
    return {
        info: (message) => {
            if (!quiet)
                line(`${colors.dim('pyrun:')} ${message}`);
        },
        warn: (message) => line(`${colors.yellow('pyrun: warning:')} ${message}`),
        error: (message) => line(`${colors.red('pyrun: error:')} ${message}`),
        status: tty
            ? (s) => {
                const now = Date.now();
                if (now - lastDraw_ms < 200)
                    return;
                lastDraw_ms = now;
                stream.write(`\r\x1b[K${colors.dim(formatStatus(s))}`);
                statusShown = true;
            }
            : undefined,
        endStatus: clear,
    };
}
function formatStatus(s) {
    return (`⏱ ${s.elapsed_s.toFixed(1)} s  CPU ${s.cpu_percent.toFixed(0)}%  RSS ${s.rss_mb.toFixed(1)} MB  ` +
        `${s.processes} proc  ${s.threads} thr`);
}

;// CONCATENATED MODULE: ./src/cli/describe.ts
function describeRun(r) {
    const outcome = r.status === 'passed'
        ? 'passed'
        : r.status === 'timeout'
            ? 'timed out'
            : r.status === 'gate_failed'
                ? 'failed a gate'
                : r.signal
                    ? `was killed by ${r.signal}`
                    : `failed (exit ${r.exit_code})`;
    return (`${r.name} ${outcome} in ${r.duration_s.toFixed(3)} s · CPU ${r.cpu_time_s.toFixed(3)} s ` +
        `(avg ${r.cpu_percent_avg.toFixed(0)}%, max ${r.cpu_percent_max.toFixed(0)}%) · peak RSS ${r.peak_rss_mb.toFixed(1)} MB · ` +
        `${r.max_processes} proc · ${r.max_threads} thr · read ${r.read_mb.toFixed(1)} MB · write ${r.write_mb.toFixed(1)} MB`);
}

// EXTERNAL MODULE: ./src/cli/outputs.ts
var outputs = __webpack_require__(6128);
;// CONCATENATED MODULE: ./src/cli/commands/run.ts
/**
 * `pyrun run`: flags → Config → the engine's run → record, reports, history → exit code (PRODUCT.md §4).
 */


















async function runCommand(script, args, opts, ctx) {
    const secrets = [];
    const log = createCliLogger(ctx.stderr, Boolean(opts.quiet), (text) => maskSecrets(text, secrets), ctx.env);
    const raw = { script, args };
    for (const [key, value] of Object.entries(opts)) {
        const name = key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
        raw[name] = value;
    }
    const config = (() => {
        try {
            return parseConfig(raw);
        }
        catch (error) {
            if (error instanceof ConfigError)
                throw new outcome/* PyrunError */.Pu(error.problems.join('\n       '));
            throw error;
        }
    })();
    secrets.push(...configSecrets(config));
    const rules = (() => {
        try {
            return parseRules(config.gates, config.alerts);
        }
        catch (error) {
            if (error instanceof engine_rules/* RuleError */.FB)
                throw new outcome/* PyrunError */.Pu(`bad rule: ${error.message}`);
            throw error;
        }
    })();
    const exportTargets = (() => {
        try {
            return parseExportTargets(opts.export ?? []);
        }
        catch (error) {
            throw new outcome/* PyrunError */.Pu(error.message
                .split('\n')
                .map((line) => `bad --export ${line}`)
                .join('\n       '));
        }
    })();
    secrets.push(...exportTargets.flatMap(targetSecrets));
    const cwd = external_node_path_default().resolve(ctx.cwd, config.cwd ?? '.');
    const executor = chooseExecutor(config, { env: ctx.env, cwd, stdout: ctx.stdout, stderr: ctx.stderr });
    const git = gitIdentity(ctx.env, cwd);
    const spec = runSpecFor(config, executor, {
        cwd,
        ...git,
        is_pull_request: false,
        pyrun_version: version/* PYRUN_VERSION */.I,
    });
    const alertSink = alertSinkFor(config, spec, runUrl(ctx.env), (message) => log.warn(message));
    let removeSignalHandler = () => undefined;
    const pendingSignals = [];
    removeSignalHandler = ctx.onSignal((sig) => pendingSignals.push(sig));
    try {
        const record = await runSession({
            spec,
            rules,
            history: config.history
                ? {
                    path: external_node_path_default().resolve(ctx.cwd, config.db_path),
                    baseline_ref: config.baseline_ref,
                    max_runs_per_series: config.keep_runs,
                }
                : null,
            regressionFails: true,
            alertSink,
            profile: config.profile
                ? profilePaths({
                    run_id: spec.run_id,
                    base_dir: ctx.cwd,
                    profile_dir: config.profile_dir,
                    json_path: config.json_path,
                })
                : null,
        }, { clock: systemClock, proc: new LinuxProcSource(), start: executor.start, log }, {
            onSample: log.status,
            onProgress: (message) => log.info(message),
            onInterruptible: (interrupt) => {
                removeSignalHandler();
                for (const sig of pendingSignals)
                    interrupt(sig);
                removeSignalHandler = ctx.onSignal((sig) => {
                    log.warn(`received ${sig}: stopping the script's process tree`);
                    interrupt(sig);
                });
            },
        });
        log.endStatus();
        await (0,outputs/* writeOutputs */.K)(record, config, log, config.html_path && config.history ? await pastRuns(config, ctx, record) : []);
        if (exportTargets.length > 0)
            await exportRun(record, exportTargets, { warn: (m) => log.warn(m) });
        log.info(describeRun(record));
        if (opts.verbose) {
            const self = process.resourceUsage();
            log.info(`pyrun itself: peak RSS ${(self.maxRSS / 1024).toFixed(1)} MB, CPU ${((self.userCPUTime + self.systemCPUTime) / 1e6).toFixed(3)} s`);
        }
        return (0,outcome/* exitCodeFor */.Rr)(record);
    }
    finally {
        removeSignalHandler();
    }
}
/** Earlier runs of the series for the HTML report's history charts (oldest first, this run last). */
async function pastRuns(config, ctx, record) {
    try {
        const store = await engine_history/* HistoryStore */.KU.open(external_node_path_default().resolve(ctx.cwd, config.db_path));
        try {
            return store
                .listRuns({ name: record.name, last: 100 })
                .reverse()
                .map((r) => ({ ...r, series: [] }));
        }
        finally {
            store.close();
        }
    }
    catch {
        return [];
    }
}
/** A link to the CI run, where the CI says where it is (GitHub Actions, GitLab, Buildkite). */
function runUrl(env) {
    if (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID) {
        return `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
    }
    return env.CI_JOB_URL || env.BUILDKITE_BUILD_URL || null;
}


/***/ }),

/***/ 6128:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ writeOutputs),
/* harmony export */   u: () => (/* binding */ writeReport)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/** Writes the files a run asked for (`--json`, `--junit`, …), creating their directories; a failed write is a warning. */


async function writeOutputs(record, config, log, history = []) {
    const wanted = [
        config.json_path,
        config.junit_path,
        config.tap_path,
        config.summary_path,
        config.html_path,
    ];
    if (wanted.every((file) => !file))
        return;
    // Loaded only when a report is asked for: the renderers (and the XML builder) cost start-up time otherwise.
    const { renderHtml, renderJson, renderJunit, renderMarkdown, renderTap } = await Promise.all(/* import() */[__webpack_require__.e(72), __webpack_require__.e(656)]).then(__webpack_require__.bind(__webpack_require__, 1656));
    const outputs = [
        [config.json_path, () => renderJson(record)],
        [config.junit_path, () => renderJunit(record)],
        [config.tap_path, () => renderTap(record)],
        [config.summary_path, () => renderMarkdown(record)],
        [config.html_path, () => renderHtml(record, { history })],
    ];
    for (const [file, render] of outputs) {
        if (file)
            await writeReport(file, render(), log);
    }
}
async function writeReport(file, text, log) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(file)), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, text);
        return true;
    }
    catch (error) {
        log.warn(`could not write ${file}: ${error.message}`);
        return false;
    }
}


/***/ })

};
