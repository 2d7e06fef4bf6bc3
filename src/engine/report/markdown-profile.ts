/** The markdown report's profile blocks (see ./profile-format.ts), each a list of lines. */
import type { RunRecord } from '../types.js';
import { formatNumber } from '../metric-format.js';
import { mdCode } from './markdown-parts.js';
import {
  formatGrowth,
  formatSeconds,
  PROFILE_DIFF_TITLE,
  PROFILE_TOP_ROWS,
  PROFILE_TOP_TITLE,
  shortFunction,
  shownProfileDiff,
} from './profile-format.js';

/** "Functions whose time grew most": only when the run regressed and a baseline profile was compared. */
export function profileDiffLines(record: RunRecord, heading = '###'): string[] {
  const diff = shownProfileDiff(record);
  if (!diff) return [];
  const rows = diff.grown.map((g) => {
    const { growth, change } = formatGrowth(g);
    return `| ${mdCode(shortFunction(g.function))} | ${formatSeconds(g.baseline_own_s)} | ${formatSeconds(
      g.current_own_s,
    )} | ${growth} | ${change} |`;
  });
  return [
    `${heading} ${PROFILE_DIFF_TITLE}`,
    '',
    `Own time (time in the function's body) against the profile of baseline run ${mdCode(diff.baseline_run_id)}.`,
    '',
    '| function | baseline | this run | growth | change |',
    '|:--|--:|--:|--:|--:|',
    ...rows,
  ];
}

/** The top functions by own time, folded away (`<details>`), with where the files are. */
export function profileTopLines(record: RunRecord): string[] {
  const profile = record.profile;
  if (!profile) return [];
  if (profile.error !== undefined) return [`_No profile for this run:_ ${mdCode(profile.error)}`];
  const rows = profile.top_own
    .slice(0, PROFILE_TOP_ROWS)
    .map(
      (e) =>
        `| ${mdCode(shortFunction(e.function))} | ${formatSeconds(e.own_s)} | ${formatSeconds(e.cumulative_s)} | ${formatNumber(
          e.calls,
        )} |`,
    );
  return [
    '<details>',
    `<summary>${PROFILE_TOP_TITLE} (cProfile, top ${rows.length} functions by own time of ${formatSeconds(
      profile.total_s,
    )})</summary>`,
    '',
    '| function | own time | cumulative | calls |',
    '|:--|--:|--:|--:|',
    ...rows,
    '',
    `Files: ${mdCode(profile.pstats_path)} (pstats), ${mdCode(profile.speedscope_path)} (speedscope).${
      profile.overhead_note ? ` Note: ${mdCode(profile.overhead_note)}.` : ''
    }`,
    '',
    '</details>',
  ];
}
