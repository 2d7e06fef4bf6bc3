/**
 * Everything the action shows of a finished run: outputs (always, even for a failed script), report files, the
 * job summary, annotations, the sticky PR comment, and the step's conclusion.
 */
import * as core from '@actions/core';
import path from 'node:path';
import { regressedMetrics } from '../engine/judge.js';
import { exitCodeFor } from '../engine/outcome.js';
import {
  MAX_COMMENT_CHARS,
  MAX_SUMMARY_CHARS,
  renderJson,
  renderJunit,
  renderMarkdown,
  renderTap,
} from '../engine/report/index.js';
import { describeGate } from '../engine/report/format.js';
import { writeReportFile } from '../engine/report/write-file.js';
import type { RunRecord } from '../engine/types.js';
import { stickyMarker, upsertStickyComment } from './comment.js';
import type { RunContext } from './context.js';
import type { ActionSettings } from './inputs.js';
import { actionLogger as log } from './log.js';

export async function publish(
  record: RunRecord,
  settings: ActionSettings,
  gh: RunContext,
  workDir: string,
): Promise<void> {
  const regressed = regressedMetrics(record);
  const safeName = record.name.replace(/[^A-Za-z0-9_.-]+/g, '_').slice(0, 80);
  const { config } = settings;
  // Each report is written on its own: a path that cannot be written is one warning, never the end of the step.
  const jsonPath = await writeReport(path.join(workDir, `${safeName}-${record.run_id}.json`), () =>
    renderJson(record),
  );
  const junitPath = config.junit_path ? await writeReport(config.junit_path, () => renderJunit(record)) : '';
  if (config.tap_path) await writeReport(config.tap_path, () => renderTap(record));

  core.setOutput('status', record.status);
  core.setOutput('exit-code', String(exitCodeFor(record)));
  core.setOutput('duration-s', String(record.duration_s));
  core.setOutput('cpu-time-s', String(record.cpu_time_s));
  core.setOutput('peak-rss-mb', String(record.peak_rss_mb));
  core.setOutput('regressed', String(regressed.length > 0));
  core.setOutput('report-json', jsonPath);
  core.setOutput('junit-path', junitPath);

  for (const gate of record.gates.filter((g) => !g.passed)) {
    core.error(`${gate.expr}: ${describeGate(gate)}`, {
      title: `pyrun: gate failed (${record.name})`,
    });
  }
  for (const metric of regressed) {
    const v = record.verdicts[metric];
    const b = record.baseline[metric];
    core.error(
      `${metric} ${show(record[metric])} vs baseline ${show(b?.value ?? null)} (${v?.change_pct !== null && v?.change_pct !== undefined ? `${v.change_pct > 0 ? '+' : ''}${v.change_pct.toFixed(1)}%` : 'changed'}, ${v?.statistic})`,
      { title: `pyrun: ${metric} regressed (${record.name})` },
    );
  }

  if (settings.summary) {
    try {
      await core.summary.addRaw(renderMarkdown(record, { maxChars: MAX_SUMMARY_CHARS })).write();
    } catch (error) {
      log.warn(`could not write the job summary: ${(error as Error).message}`);
    }
  }

  const wantComment =
    gh.is_pull_request &&
    gh.pr_number !== null &&
    (settings.comment === 'always' ||
      (settings.comment === 'on-regression' && (regressed.length > 0 || record.status !== 'passed')));
  if (wantComment && settings.github_token) {
    const body = renderMarkdown(record, {
      maxChars: MAX_COMMENT_CHARS - stickyMarker(record.name).length - 1,
      fullReportHint: 'full report in the job summary',
    });
    const outcome = await upsertStickyComment({
      token: settings.github_token,
      apiUrl: gh.api_url,
      owner: gh.owner,
      repo: gh.repo,
      issueNumber: gh.pr_number as number,
      series: record.name,
      body,
      warn: log.warn,
      info: log.info,
    });
    log.info(`pull request comment: ${outcome}`);
  }

  const why = failureReason(record, settings, regressed);
  if (why) core.setFailed(why);
  else log.info(`${record.name}: ${record.status} in ${record.duration_s.toFixed(3)} s`);
}

function failureReason(record: RunRecord, settings: ActionSettings, regressed: string[]): string | null {
  if (record.status === 'timeout')
    return `pyrun: ${record.name} timed out after ${settings.config.timeout_s} s; its process tree was killed`;
  if (record.status === 'failed') {
    return record.signal
      ? `pyrun: ${record.name} was killed by ${record.signal}`
      : `pyrun: ${record.name} exited with code ${record.exit_code}`;
  }
  const failedGates = record.gates.filter((g) => !g.passed);
  if (failedGates.length > 0 && settings.fail_on.includes('gate')) {
    return `pyrun: ${failedGates.length} gate(s) failed: ${failedGates.map((g) => g.expr).join('; ')}`;
  }
  if (regressed.length > 0 && settings.fail_on.includes('regression')) {
    return `pyrun: regression against the baseline in ${regressed.join(', ')}`;
  }
  return null;
}

/** Writes one report file; returns its path, or '' (with one warning) when it could not be written. */
async function writeReport(file: string, render: () => string): Promise<string> {
  let text: string;
  try {
    text = render();
  } catch (error) {
    log.warn(`could not render the report ${file}: ${(error as Error).message}`);
    return '';
  }
  const result = await writeReportFile(file, text);
  if (result.ok) return file;
  log.warn(`could not write the report ${file}: ${result.error}`);
  return '';
}

function show(n: number | null): string {
  return n === null ? '–' : Number.isInteger(n) ? String(n) : n.toFixed(3);
}
