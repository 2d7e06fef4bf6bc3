/**
 * The words of an alert, shared by every channel: a headline, a subject, labelled facts and plain text. All of
 * it is plain text; channels escape it for their own markup.
 */
import type { AlertContext, AlertEventPayload } from './config.js';

export const MAX_SUBJECT_CHARS = 200;

/**
 * A value in an alert's text: two decimals for ordinary numbers, three significant digits below 1, integers as
 * they are. Kept apart from the reports' formatNumber (engine/metric-format.ts: one decimal from 100 up, `n/a` for
 * a missing value) on purpose: this is the text Slack, e-mail and webhook receivers already get, and the reports'
 * figures are pinned by their golden files; one rounding for both would change one of them.
 */
export function alertNumber(value: number): string {
  if (!Number.isFinite(value) || Number.isInteger(value)) return String(value);
  if (Math.abs(value) < 1) return String(Number(value.toPrecision(3)));
  return value.toFixed(2).replace(/\.?0+$/, '');
}

/** Collapses line breaks and runs of white space, so user text cannot break a header or a line. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function truncate(text: string, max_chars: number): string {
  return text.length <= max_chars ? text : `${text.slice(0, max_chars - 1)}…`;
}

/** `ALERT rss_mb > 400` */
export function alertHeadline(alert: AlertEventPayload): string {
  return `ALERT ${oneLine(alert.rule)}`;
}

/** `[pyrun] ALERT rss_mb > 400 on train` */
export function alertSubject(alert: AlertEventPayload, ctx: AlertContext): string {
  return truncate(`[pyrun] ${alertHeadline(alert)} on ${oneLine(ctx.series)}`, MAX_SUBJECT_CHARS);
}

export interface AlertFact {
  label: string;
  value: string;
}

/** The facts of an alert, in reading order; the value only when there is one, the link only when given. */
export function alertFacts(alert: AlertEventPayload, ctx: AlertContext): AlertFact[] {
  const facts: AlertFact[] = [{ label: 'Rule', value: oneLine(alert.rule) }];
  if (alert.value !== null) facts.push({ label: 'Value', value: alertNumber(alert.value) });
  facts.push(
    { label: 'At', value: `${alertNumber(alert.at_s)} s after start` },
    { label: 'Series', value: oneLine(ctx.series) },
    { label: 'Script', value: oneLine(ctx.script) },
    { label: 'Host', value: oneLine(ctx.host) },
    { label: 'Run', value: oneLine(ctx.run_id) },
  );
  if (ctx.run_url) facts.push({ label: 'Link', value: oneLine(ctx.run_url) });
  return facts;
}

/** One line: `pyrun ALERT rss_mb > 400: value 431.23 at 12.5 s (series train, script train.py)`. */
export function alertSummary(alert: AlertEventPayload, ctx: AlertContext): string {
  const value = alert.value === null ? '' : ` value ${alertNumber(alert.value)}`;
  return (
    `pyrun ${alertHeadline(alert)}:${value} at ${alertNumber(alert.at_s)} s` +
    ` (series ${oneLine(ctx.series)}, script ${oneLine(ctx.script)})`
  );
}

/** The plain-text body of an e-mail: the summary, then one fact a line. */
export function alertText(alert: AlertEventPayload, ctx: AlertContext): string {
  const width = Math.max(...alertFacts(alert, ctx).map((f) => f.label.length)) + 1;
  const lines = alertFacts(alert, ctx).map((f) => `${`${f.label}:`.padEnd(width)} ${f.value}`);
  return `${alertSummary(alert, ctx)}\n\n${lines.join('\n')}\n`;
}
