/**
 * The check run (input `check-run`, docs/action.md): one per step, named `pyrun: <series or suite>`, on the commit
 * under test (the pull request's head for pull requests), concluding success / failure / neutral, with the
 * markdown report as its output and an annotation per failed gate. Branch protection can then require it by name.
 *
 * Within the API's limits: the summary is at most 65535 characters (cut with a note), and at most 50 annotations
 * go in one request, the rest in follow-up updates (the API appends them).
 *
 * Never throws: without `checks: write` (a pull request from a fork gets a read-only token) the API answers 403,
 * which is one warning saying what to grant; any other trouble is one warning too.
 */
import { getOctokit } from '@actions/github';
import {
  countGates,
  cutToFit,
  describeGate,
  formatDuration,
  humanize,
  showInvisible,
  worstStatus,
  type RunRecord,
} from '../engine/index.js';

/** GitHub refuses a check run output summary (and text) longer than this. */
export const MAX_CHECK_SUMMARY_CHARS = 65535;
/** GitHub takes at most this many annotations in one create or update request. */
export const MAX_ANNOTATIONS_PER_REQUEST = 50;

export type CheckConclusion = 'success' | 'failure' | 'neutral';

export interface CheckRunAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
}

export interface CheckRunOptions {
  token: string;
  /** GITHUB_API_URL, e.g. https://api.github.com. */
  apiUrl: string;
  owner: string;
  repo: string;
  /** The commit under test: for pull requests the head commit (RunContext.head_sha), not the merge commit. */
  head_sha: string;
  /** `pyrun: <series or suite>` (see checkRunName). */
  name: string;
  conclusion: CheckConclusion;
  /** One line, e.g. "gate failed: 2 of 5 gates failed". */
  title: string;
  /** The markdown report; cut to MAX_CHECK_SUMMARY_CHARS if longer. */
  summary_markdown: string;
  annotations?: CheckRunAnnotation[];
  /** A link to the workflow run. */
  details_url?: string | null;
  warn(message: string): void;
  info?(message: string): void;
}

export type CheckRunOutcome = { outcome: 'created'; id: number } | { outcome: 'skipped' };

/** The check's name: `pyrun: ` and the series (or suite) name on one line. */
export function checkRunName(seriesOrSuite: string): string {
  return showInvisible(`pyrun: ${seriesOrSuite.replace(/[\r\n]+/g, ' ')}`).slice(0, 255);
}

/**
 * `failure` when the step fails (the script, or what `fail-on` names); `neutral` when something needs a look
 * that does not fail the step (a failed gate or a regression that `fail-on` leaves out); else `success`.
 */
export function checkRunConclusion(stepFails: boolean, records: readonly RunRecord[]): CheckConclusion {
  if (stepFails) return 'failure';
  const attention = records.some(
    (r) =>
      r.status !== 'passed' ||
      r.gates.some((g) => g.status === 'failed') ||
      Object.values(r.verdicts).some((v) => v?.verdict === 'regressed'),
  );
  return attention ? 'neutral' : 'success';
}

/** The check's one-line title: `gate failed: 2 of 5 gates failed · 1 m 00.2 s`, or for several series the worst. */
export function checkRunTitle(records: readonly RunRecord[]): string {
  const [only] = records;
  if (records.length === 1 && only !== undefined) {
    const gates = countGates(only.gates);
    const regressed = Object.values(only.verdicts).filter((v) => v?.verdict === 'regressed').length;
    const facts = [
      gates.failed > 0 ? `${gates.failed} of ${only.gates.length} gates failed` : '',
      regressed > 0 ? `${regressed} metrics regressed` : '',
      formatDuration(only.duration_s),
    ].filter(Boolean);
    return `${humanize(only.status)}: ${facts.join(' · ')}`;
  }
  const notPassed = records.filter((r) => r.status !== 'passed').length;
  return `${humanize(worstStatus(records))}: ${records.length} series, ${notPassed} not passed`;
}

/** One `failure` annotation per failed gate, on the script's file (a path relative to the repository root). */
export function gateAnnotations(record: RunRecord, scriptPath: string): CheckRunAnnotation[] {
  return record.gates
    .filter((g) => g.status === 'failed')
    .map((g) => ({
      path: scriptPath,
      start_line: 1,
      end_line: 1,
      annotation_level: 'failure' as const,
      title: showInvisible(`pyrun: gate failed (${record.name})`).slice(0, 255),
      message: `${g.expr}: ${describeGate(g)}`,
    }));
}

function statusOf(error: unknown): number | null {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : null;
}

function problemMessage(error: unknown, opts: CheckRunOptions): string {
  const status = statusOf(error);
  const reason = error instanceof Error ? error.message : String(error);
  const what = `Could not publish the check run '${opts.name}' on ${opts.owner}/${opts.repo}@${opts.head_sha.slice(0, 7)}`;
  if (status === 403 && !/rate limit/i.test(reason)) {
    return (
      `${what}: the token may not write checks (HTTP 403: ${reason}). Grant \`permissions: checks: write\` ` +
      "to the job; pull requests from forks get a read-only token (set `check-run: 'false'` there). The run goes on."
    );
  }
  const http = status === null ? '' : ` (HTTP ${status})`;
  return `${what}${http}: ${reason}. The run goes on.`;
}

export async function publishCheckRun(opts: CheckRunOptions): Promise<CheckRunOutcome> {
  if (opts.token === '') {
    opts.info?.('No github-token: the check run is skipped.');
    return { outcome: 'skipped' };
  }
  if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(opts.head_sha)) {
    opts.warn(`Could not publish the check run '${opts.name}': no commit to attach it to. The run goes on.`);
    return { outcome: 'skipped' };
  }
  const summary = cutToFit(opts.summary_markdown, MAX_CHECK_SUMMARY_CHARS, 'full report in the job summary');
  const title = opts.title.replace(/[\r\n]+/g, ' ').slice(0, 255);
  const annotations = opts.annotations ?? [];
  const batches: CheckRunAnnotation[][] = [];
  for (let i = 0; i < annotations.length; i += MAX_ANNOTATIONS_PER_REQUEST) {
    batches.push(annotations.slice(i, i + MAX_ANNOTATIONS_PER_REQUEST));
  }
  try {
    const octokit = getOctokit(opts.token, { baseUrl: opts.apiUrl.replace(/\/+$/, '') });
    const target = { owner: opts.owner, repo: opts.repo };
    const created = await octokit.rest.checks.create({
      ...target,
      name: opts.name,
      head_sha: opts.head_sha,
      status: 'completed',
      conclusion: opts.conclusion,
      completed_at: new Date().toISOString(),
      ...(opts.details_url ? { details_url: opts.details_url } : {}),
      output: { title, summary, annotations: batches[0] ?? [] },
    });
    const id = created.data.id;
    for (const batch of batches.slice(1)) {
      await octokit.rest.checks.update({
        ...target,
        check_run_id: id,
        output: { title, summary, annotations: batch },
      });
    }
    opts.info?.(`Check run '${opts.name}' (${opts.conclusion}) published on ${opts.head_sha.slice(0, 7)}.`);
    return { outcome: 'created', id };
  } catch (error) {
    opts.warn(problemMessage(error, opts));
    return { outcome: 'skipped' };
  }
}
