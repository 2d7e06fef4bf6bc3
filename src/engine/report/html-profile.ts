/** The HTML report's profile section (see ./profile-format.ts): top functions, the profile diff, the files. */
import type { RunRecord } from '../types.js';
import { formatNumber } from '../metric-format.js';
import { escapeHtml, table } from './html-escape.js';
import {
  formatGrowth,
  formatSeconds,
  PROFILE_DIFF_TITLE,
  PROFILE_TOP_ROWS,
  shortFunction,
  shownProfileDiff,
} from './profile-format.js';

const code = (text: string): string => `<code>${escapeHtml(text)}</code>`;
const num = (text: string): string => `<td class="num">${escapeHtml(text)}</td>`;

/** The section's body (headings at `tag`), or null for a run that was not profiled. */
export function profileHtml(record: RunRecord, tag: string): string | null {
  const profile = record.profile;
  if (!profile) return null;
  if (profile.error !== undefined)
    return `<p class="empty">No profile for this run: ${escapeHtml(profile.error)}</p>`;
  const parts: string[] = [];
  const diff = shownProfileDiff(record);
  if (diff) {
    parts.push(
      `<${tag}>${escapeHtml(PROFILE_DIFF_TITLE)}</${tag}>`,
      `<p>Own time (time in the function's body) against the profile of baseline run ${code(diff.baseline_run_id)}.</p>`,
      table(
        ['function', 'baseline', 'this run', 'growth', 'change'],
        diff.grown.map((g) => {
          const { growth, change } = formatGrowth(g);
          return `<tr class="verdict-regressed"><td>${code(shortFunction(g.function))}</td>${num(
            formatSeconds(g.baseline_own_s),
          )}${num(formatSeconds(g.current_own_s))}${num(growth)}${num(change)}</tr>`;
        }),
        'profile-diff',
      ),
    );
  }
  parts.push(
    `<${tag}>Top functions by own time</${tag}>`,
    table(
      ['function', 'own time', 'cumulative', 'calls'],
      profile.top_own
        .slice(0, PROFILE_TOP_ROWS)
        .map(
          (e) =>
            `<tr><td>${code(shortFunction(e.function))}</td>${num(formatSeconds(e.own_s))}${num(
              formatSeconds(e.cumulative_s),
            )}${num(formatNumber(e.calls))}</tr>`,
        ),
      'profile-top',
    ),
    `<p>${escapeHtml(`${formatSeconds(profile.total_s)} profiled.`)} Files: ${code(profile.pstats_path)} (pstats), ${code(
      profile.speedscope_path,
    )} (open in speedscope).${profile.overhead_note ? ` ${escapeHtml(`Note: ${profile.overhead_note}.`)}` : ''}</p>`,
  );
  return parts.join('\n');
}
