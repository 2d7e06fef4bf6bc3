/**
 * The run as TAP version 13, the widest-read version (Perl's `prove` refuses 14, and nothing here needs it):
 * a leading plan, one test point for the script, one per gate (described by its rule text), and one for the
 * regression check when verdicts were reached. Each point carries a YAML
 * diagnostics block with the measured value, the limit and the status; gates without history are
 * `# SKIP`. Written by hand: TAP is small, and the escaping rules are the two below.
 */
import { COMPARABLE_METRICS, type RunRecord } from '../types.js';
import { regressedMetrics } from '../verdicts.js';
import { describeGate } from './gates.js';
import { describeScriptOutcome, retriesOf, scriptSucceeded, scriptTestName } from './script-outcome.js';
import { REGRESSION_TEST_NAME, regressionOutcome } from './verdict-text.js';
import { showInvisible } from '../visible-text.js';

type YamlValue = string | number | boolean | null | { [key: string]: YamlValue };

/** A YAML scalar: numbers plain (non-finite ones are null), strings double-quoted with JSON escapes. */
function yamlScalar(value: string | number | boolean | null): string {
  if (value === null) return 'null';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return JSON.stringify(value);
}

/** Lines of a YAML block mapping, indented by `indent` spaces; nested maps go one level deeper. */
function yamlLines(map: { [key: string]: YamlValue }, indent: number): string[] {
  const pad = ' '.repeat(indent);
  const lines: string[] = [];
  for (const [key, value] of Object.entries(map)) {
    if (value !== null && typeof value === 'object') {
      lines.push(`${pad}${key}:`);
      lines.push(...yamlLines(value, indent + 2));
    } else {
      lines.push(`${pad}${key}: ${yamlScalar(value)}`);
    }
  }
  return lines;
}

/** A description on one line with TAP's escapes: `\` → `\\`, `#` → `\#` (so no name can start a directive). */
function escapeDescription(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/\\/g, '\\\\')
    .replace(/#/g, '\\#');
}

interface TestPoint {
  ok: boolean;
  description: string;
  skip?: string;
  diagnostics: { [key: string]: YamlValue };
}

function scriptPoint(record: RunRecord): TestPoint {
  const metrics: { [key: string]: YamlValue } = {};
  for (const metric of COMPARABLE_METRICS) metrics[metric] = record[metric];
  return {
    ok: scriptSucceeded(record),
    description: scriptTestName(record),
    diagnostics: {
      run_status: record.status,
      message: describeScriptOutcome(record),
      exit_code: record.exit_code,
      signal: record.signal,
      ...(record.repeats === undefined
        ? { attempts: record.attempts.length }
        : { repeats: record.repeats.length }),
      retries: retriesOf(record),
      metrics,
    },
  };
}

function gatePoints(record: RunRecord): TestPoint[] {
  return record.gates.map((gate) => ({
    ok: gate.status !== 'failed',
    description: gate.expr,
    ...(gate.status === 'insufficient_history' ? { skip: 'insufficient history' } : {}),
    // `message` carries the values with their units (tap-junit and friends keep only the message of a failure).
    diagnostics: { status: gate.status, message: describeGate(gate), actual: gate.actual, limit: gate.limit },
  }));
}

function regressionPoint(record: RunRecord): TestPoint | null {
  const outcome = regressionOutcome(record);
  if (outcome === null) return null;
  const regressed: { [key: string]: YamlValue } = {};
  for (const metric of regressedMetrics(record))
    regressed[metric] = record.verdicts[metric]?.change_pct ?? null;
  return {
    ok: outcome.status !== 'failed',
    description: REGRESSION_TEST_NAME,
    ...(outcome.status === 'skipped' ? { skip: outcome.message } : {}),
    diagnostics: {
      status: outcome.status,
      message: outcome.message,
      ...(Object.keys(regressed).length > 0 ? { regressed } : {}),
    },
  };
}

/**
 * One TAP version 13 stream: for each run (a suite's scripts in order), a point for the script, one per gate and
 * one for the regression check; a suite's points are named after their series.
 */
export function renderTap(records: RunRecord | readonly RunRecord[]): string {
  const runs = Array.isArray(records) ? (records as readonly RunRecord[]) : [records as RunRecord];
  const suite = runs.length > 1;
  const points: TestPoint[] = runs.flatMap((record) => {
    const own = [scriptPoint(record), ...gatePoints(record)];
    const regression = regressionPoint(record);
    if (regression !== null) own.push(regression);
    return suite ? own.map((p) => ({ ...p, description: `${record.name}: ${p.description}` })) : own;
  });

  const lines = ['TAP version 13', `1..${points.length}`];
  for (const record of runs) lines.push(`# ${escapeDescription(`pyrun ${record.name}: ${record.status}`)}`);
  points.forEach((point, index) => {
    const directive = point.skip !== undefined ? ` # SKIP ${escapeDescription(point.skip)}` : '';
    lines.push(
      `${point.ok ? 'ok' : 'not ok'} ${index + 1} - ${escapeDescription(point.description)}${directive}`,
    );
    lines.push('  ---', ...yamlLines(point.diagnostics, 2), '  ...');
  });
  // Names from a history may hold invisible format characters: shown as `\u202E` escapes, never raw.
  return `${showInvisible(lines.join('\n'))}\n`;
}
