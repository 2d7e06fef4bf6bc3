/**
 * `compare-with: base` on a pull request: each script of the step is run again as the base commit's copy and this
 * head's, interleaved on this runner (the engine's A/B road), so the verdict does not depend on which machine
 * built the history. The pull request is then judged by that result; its history verdict is still recorded and
 * shown, and where the two disagree the report says so.
 */
import {
  ensureCommit,
  mdCode,
  regressedMetrics,
  renderAbMarkdown,
  runAbPipeline,
  type AbOutcome,
  type PipelinePorts,
  type RunConfig,
  type RunFacts,
  type RunRecord,
} from '../engine/index.js';

/** Pairs run when the step's `repeat` says nothing more (hyperfine's and `pyrun ab`'s default). */
export const DEFAULT_BASE_PAIRS = 10;

export interface BaseComparison {
  base_sha: string;
  outcomes: AbOutcome[];
}

export async function compareWithBase(
  configs: readonly RunConfig[],
  base_sha: string,
  facts: RunFacts,
  ports: PipelinePorts,
): Promise<BaseComparison> {
  await ensureCommit(base_sha, facts.base_dir);
  const outcomes: AbOutcome[] = [];
  for (const config of configs) {
    ports.log.info(`${config.name}: the base (${base_sha.slice(0, 12)}) and this head side by side`);
    outcomes.push(
      await runAbPipeline(
        {
          config: {
            ...config,
            repeat: config.repeat > 1 ? config.repeat : DEFAULT_BASE_PAIRS,
            // The action's report files are the run's: the side-by-side comparison writes none of its own.
            json_path: null,
            summary_path: null,
            junit_path: null,
            tap_path: null,
            html_path: null,
            benchmark_action_path: null,
            bmf_path: null,
            hyperfine_path: null,
          },
          a: { ref: base_sha },
          gates: [],
          max_regression_pct: null,
          name: config.name,
          facts,
        },
        ports,
      ),
    );
  }
  return { base_sha, outcomes };
}

/** Did the side-by-side comparison find a regression (beyond its 5% default) in any script? */
export function baseRegressed(comparison: BaseComparison): boolean {
  return comparison.outcomes.some((o) => o.record.status === 'gate_failed');
}

/** Markdown for the summary and the comment: each A/B result, and a note where history judged otherwise. */
export function baseComparisonMarkdown(comparison: BaseComparison, records: readonly RunRecord[]): string {
  const parts = ['## Side by side with the base', ''];
  for (const outcome of comparison.outcomes) {
    const record = records.find((r) => r.name === outcome.record.name);
    const history = record && regressedMetrics(record).length > 0;
    const sideBySide = outcome.record.status === 'gate_failed';
    if (record && history !== sideBySide) {
      parts.push(
        `> **The two verdicts disagree for ${mdCode(record.name)}:** against its history this run ` +
          `${history ? 'regressed' : 'did not regress'}; side by side with the base it ` +
          `${sideBySide ? 'regressed' : 'did not regress'}. The pull request is judged side by side, on one runner.`,
        '',
      );
    }
    parts.push(renderAbMarkdown(outcome.record, { heading: '###' }), '');
  }
  return parts.join('\n');
}
