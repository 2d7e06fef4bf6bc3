/**
 * Everything the action shows of a finished run or suite: outputs (always, even for a failed script), the job
 * summary, annotations, the sticky PR comment, and the step's conclusion in the engine's own words.
 */
import * as core from '@actions/core';
import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  EXIT_GATE_FAILED,
  explain,
  MAX_COMMENT_CHARS,
  MAX_SUMMARY_CHARS,
  regressedMetrics,
  renderMarkdown,
  renderMarkdownMulti,
  showInvisible,
  worstStatus,
  type PipelineResult,
  type RunRecord,
} from '../engine/index.js';
import {
  checkRunConclusion,
  checkRunName,
  checkRunTitle,
  gateAnnotations,
  MAX_CHECK_SUMMARY_CHARS,
  publishCheckRun,
} from './check-run.js';
import { stickyMarker, upsertStickyComment } from './comment.js';
import { baseComparisonMarkdown, baseRegressed, type BaseComparison } from './compare-base.js';
import type { RunContext } from './context.js';
import type { ActionSettings } from './inputs.js';
import { actionLogger as log } from './log.js';

export interface Published {
  /** The series, or the suite (`suite pyproject.toml`): names the sticky comment and the check run. */
  series: string;
  report_json: string;
  junit_path: string | null;
  tap_path: string | null;
  /** The directory scripts are relative to (the action's working-directory). */
  base_dir: string;
  /** What the script itself wrote to its $GITHUB_STEP_SUMMARY, as a labelled plain-text section (file-commands.ts). */
  script_summary?: string | null;
}

export async function publish(
  result: PipelineResult,
  what: Published,
  settings: ActionSettings,
  gh: RunContext,
  base: BaseComparison | null = null,
): Promise<void> {
  const { records } = result;
  const first = records[0]!;
  // With compare-with: base, a regression is what the side-by-side run found; the history verdict is still shown.
  const regressed = base ? baseRegressed(base) : records.some((r) => regressedMetrics(r).length > 0);
  const status = worstStatus(records);
  core.setOutput('status', status);
  core.setOutput('exit-code', String(base ? exitCodeWithBase(result, base) : result.exit_code));
  core.setOutput('duration-s', String(first.duration_s));
  core.setOutput('cpu-time-s', String(first.cpu_time_s));
  core.setOutput('peak-rss-mb', String(first.peak_rss_mb));
  core.setOutput('regressed', String(regressed));
  core.setOutput('report-json', what.report_json);
  // A report that could not be written was one warning; its output is then empty.
  core.setOutput('junit-path', what.junit_path && existsSync(what.junit_path) ? what.junit_path : '');
  core.setOutput('tap-path', what.tap_path && existsSync(what.tap_path) ? what.tap_path : '');

  for (const record of records) annotate(record, base === null);
  for (const line of result.explanation) log.info(line);
  for (const line of base?.outcomes.flatMap((o) => o.explanation) ?? []) log.info(line);

  const render = (maxChars: number, hint?: string) => {
    const sideBySide = base ? baseComparisonMarkdown(base, records) : '';
    const room = Math.max(0, maxChars - sideBySide.length - 2);
    const main =
      records.length === 1
        ? renderMarkdown(first, { maxChars: room, ...(hint ? { fullReportHint: hint } : {}) })
        : renderMarkdownMulti(records, { maxChars: room, ...(hint ? { fullReportHint: hint } : {}) });
    return sideBySide ? `${main}\n\n${sideBySide}` : main;
  };
  if (settings.summary) {
    // The script's own summary text comes after pyrun's report, apart and labelled, never inside it.
    const scriptPart = what.script_summary ? `\n\n---\n\n${what.script_summary}\n` : '';
    try {
      await core.summary.addRaw(render(MAX_SUMMARY_CHARS - scriptPart.length) + scriptPart).write();
    } catch (error) {
      log.warn(`could not write the job summary: ${(error as Error).message}`);
    }
  } else if (what.script_summary) {
    log.info('the script wrote to its $GITHUB_STEP_SUMMARY; not shown, as input summary is false');
  }

  const wantComment =
    gh.is_pull_request &&
    gh.pr_number !== null &&
    (settings.comment === 'always' ||
      (settings.comment === 'on-regression' && (regressed || status !== 'passed')));
  if (wantComment && settings.github_token) {
    const { series } = what;
    const outcome = await upsertStickyComment({
      token: settings.github_token,
      apiUrl: gh.api_url,
      owner: gh.owner,
      repo: gh.repo,
      issueNumber: gh.pr_number as number,
      series,
      body: render(MAX_COMMENT_CHARS - stickyMarker(series).length - 1, 'full report in the job summary'),
      warn: log.warn,
      info: log.info,
    });
    log.info(`pull request comment: ${outcome}`);
  }

  const reasonsToFail = failureLines(records, settings, base);
  if (settings.check_run && gh.head_sha && settings.github_token) {
    await publishCheckRun({
      token: settings.github_token,
      apiUrl: gh.api_url,
      owner: gh.owner,
      repo: gh.repo,
      head_sha: gh.head_sha,
      name: checkRunName(what.series),
      conclusion: checkRunConclusion(reasonsToFail.length > 0, records),
      title: checkRunTitle(records),
      summary_markdown: render(MAX_CHECK_SUMMARY_CHARS),
      annotations: records.flatMap((r) => gateAnnotations(r, repositoryPath(what.base_dir, r.script))),
      details_url: gh.run_url,
      warn: log.warn,
      info: log.info,
    });
  }
  if (reasonsToFail.length > 0) core.setFailed(showInvisible(reasonsToFail.join('\n')));
}

/**
 * Why the step fails, in the engine's words: a failing script always; a failed gate or a regression as `fail-on`
 * says — the regression found side by side when `compare-with: base` ran, else the history's.
 */
function failureLines(
  records: readonly RunRecord[],
  settings: ActionSettings,
  base: BaseComparison | null,
): string[] {
  const lines: string[] = [];
  for (const record of records) {
    const broken = record.status === 'failed' || record.status === 'timeout';
    const gateFailed = record.gates.some((g) => !g.passed) && settings.fail_on.includes('gate');
    const regressed =
      base === null && regressedMetrics(record).length > 0 && settings.fail_on.includes('regression');
    if (broken || gateFailed || regressed) {
      lines.push(
        explain(record)[0]!,
        ...reasons(record).filter((l) => base === null || !l.startsWith('regressed:')),
      );
    }
  }
  for (const outcome of base?.outcomes ?? []) {
    const code = outcome.exit_code;
    const regressed = outcome.record.status === 'gate_failed' && settings.fail_on.includes('regression');
    if ((code !== 0 && code !== EXIT_GATE_FAILED) || regressed) lines.push(...outcome.explanation);
  }
  return lines;
}

/** The step's exit code when the base ran side by side: a broken run first, then 99 for a gate or a regression. */
function exitCodeWithBase(result: PipelineResult, base: BaseComparison): number {
  if (result.exit_code !== 0 && result.exit_code !== EXIT_GATE_FAILED) return result.exit_code;
  const broken = base.outcomes.find((o) => o.exit_code !== 0 && o.exit_code !== EXIT_GATE_FAILED);
  if (broken) return broken.exit_code;
  const gateFailed = result.records.some((r) => r.gates.some((g) => !g.passed));
  return gateFailed || baseRegressed(base) ? EXIT_GATE_FAILED : 0;
}

/** The explanation's detail lines (failed gates, regressed metrics), without the headline. */
function reasons(record: RunRecord): string[] {
  return explain(record)
    .slice(1)
    .filter((line) => /^\s+(gate failed|regressed):/.test(line))
    .map((line) => line.trim());
}

function annotate(record: RunRecord, withRegressions: boolean): void {
  for (const line of reasons(record)) {
    if (!withRegressions && line.startsWith('regressed:')) continue;
    const kind = line.startsWith('gate failed') ? 'gate failed' : `${line.split(' ')[1]} regressed`;
    core.error(showInvisible(line), { title: showInvisible(`pyrun: ${kind} (${record.name})`) });
  }
}

/** A script's path relative to the repository (the workspace), for annotations on the file. */
function repositoryPath(base_dir: string, script: string): string {
  return path.relative(process.cwd(), path.resolve(base_dir, script)) || script;
}
