/**
 * Numbers for people, as every report writes them: durations, relative changes, p-values, instants and counts.
 * Deterministic (no locale, no clock), so golden files stay byte-identical. A metric's value with its unit is
 * ../metric-format.ts's.
 */
import { formatNumber } from '../metric-format.js';

/** A wall time for people: `12.35 s`, `2 m 03.5 s`, `1 h 02 m 03 s`. */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return 'n/a';
  if (seconds < 60) return `${formatNumber(seconds)} s`;
  const whole_s = Math.round(seconds * 10) / 10;
  const hours = Math.floor(whole_s / 3600);
  const minutes = Math.floor((whole_s - hours * 3600) / 60);
  const rest_s = whole_s - hours * 3600 - minutes * 60;
  const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
  if (hours === 0) {
    const secText = rest_s.toFixed(1).padStart(4, '0');
    return `${minutes} m ${secText} s`;
  }
  return `${hours} h ${pad2(minutes)} m ${pad2(Math.round(rest_s))} s`;
}

/** A relative change to one decimal, with its sign: `+3.4%`, `-12%`, `0%`; `n/a` without a baseline. */
export function formatChangePct(change_pct: number | null | undefined): string {
  if (change_pct === null || change_pct === undefined || !Number.isFinite(change_pct)) return 'n/a';
  // Round half away from zero, so +6.15% and -6.15% read alike.
  const text = formatNumber((Math.sign(change_pct) * Math.round(Math.abs(change_pct) * 10)) / 10);
  if (text === '0') return '0%';
  return change_pct > 0 ? `+${text}%` : `${text}%`;
}

/** A p-value for people: `< 0.001` below a thousandth, else two significant digits (`0.012`, `0.43`). */
export function formatPValue(p: number | null | undefined): string {
  if (p === null || p === undefined || !Number.isFinite(p)) return 'n/a';
  if (p < 0.001) return '< 0.001';
  if (p >= 1) return '1';
  return String(Number(p.toPrecision(2)));
}

/**
 * A JUnit `timestamp`: the instant in UTC, to the second, with no zone designator (`2025-03-14T09:26:53`). That is
 * the form the JUnit XSD's pattern allows (it has no zone), and the one the readers that interpret the attribute take
 * as UTC: Jenkins' junit plugin appends `Z` to a zone-less timestamp before parsing it. docs/exporting.md gives the
 * readers looked at.
 */
export function junitTimestamp(started_at: string): string {
  const date = new Date(started_at);
  if (Number.isNaN(date.getTime())) return started_at;
  return date.toISOString().slice(0, 19);
}

/** `1 sample`, `2 samples`, `1 retry`, `3 retries`: a count with its noun in the right number. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
