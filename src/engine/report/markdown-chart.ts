/**
 * The markdown report's charts: mermaid `xychart-beta` line charts of a sample metric over elapsed time.
 *
 * - Readable in GitHub's light and dark themes: an init directive sets the `base` theme and an explicit palette
 *   of mid-tone colours on a transparent background (mermaid's default light palette draws lines too pale to see).
 * - Labels that never overlap: the x-axis is numeric (`x-axis "elapsed (s)" 0 --> 59.5`), so mermaid draws a
 *   handful of round ticks (about ten, never more than `MAX_AXIS_LABELS`) however many points there are. Mermaid
 *   spaces the points of a numeric axis evenly, so the samples are first resampled onto an even time grid, each
 *   grid point keeping the highest sample nearest to it: peaks survive and every point sits at its true time.
 */
import type { Sample } from '../types.js';
import { formatNumber } from '../metric-format.js';
import { niceTicks } from './scale.js';

/** Points per mermaid line: enough for the shape, small enough for a comment. */
export const MAX_CHART_POINTS = 60;
/** The most x-axis labels a chart may show (mermaid's numeric axis draws about ten). */
export const MAX_AXIS_LABELS = 20;

/**
 * Colours that read on GitHub's white (#ffffff) and dark (#0d1117) backgrounds alike: text and axes in a
 * neutral grey with a contrast of at least 4:1 on both, lines in saturated mid-tones.
 */
export const MERMAID_CHART_THEME = {
  backgroundColor: 'transparent',
  titleColor: '#768390',
  xAxisLabelColor: '#768390',
  xAxisTitleColor: '#768390',
  xAxisTickColor: '#768390',
  xAxisLineColor: '#768390',
  yAxisLabelColor: '#768390',
  yAxisTitleColor: '#768390',
  yAxisTickColor: '#768390',
  yAxisLineColor: '#768390',
  plotColorPalette: '#3b82f6, #f97316, #22c55e, #e5484d, #a855f7',
} as const;

/** The directive line that opens every chart block. */
export function mermaidInitDirective(): string {
  return `%%{init: ${JSON.stringify({ theme: 'base', themeVariables: { xyChart: MERMAID_CHART_THEME } })}}%%`;
}

/** A quoted mermaid string: mermaid has no escape for `"`, so it is replaced. */
function mermaidText(text: string): string {
  return `"${text.replace(/"/g, "'").replace(/[\r\n]+/g, ' ')}"`;
}

export interface EvenSeries {
  from_s: number;
  to_s: number;
  /** Values at from_s + i·(to_s − from_s)/(values.length − 1). */
  values: number[];
}

/**
 * The samples on an even grid of at most `max_points` times from the first sample to the last: each sample goes
 * to its nearest grid point, which keeps the highest; a grid point no sample reached carries the one before it.
 * Null when fewer than two finite samples span a positive time.
 */
export function evenTimeGrid(
  series: readonly Sample[],
  value: (sample: Sample) => number,
  max_points = MAX_CHART_POINTS,
): EvenSeries | null {
  const finite = series.filter((s) => Number.isFinite(s.elapsed_s) && Number.isFinite(value(s)));
  if (finite.length < 2) return null;
  const from_s = Math.min(...finite.map((s) => s.elapsed_s));
  const to_s = Math.max(...finite.map((s) => s.elapsed_s));
  if (!(to_s > from_s)) return null;
  const n = Math.max(2, Math.min(Math.floor(max_points), finite.length));
  const grid: (number | null)[] = new Array<number | null>(n).fill(null);
  for (const s of finite) {
    const i = Math.min(n - 1, Math.max(0, Math.round(((s.elapsed_s - from_s) / (to_s - from_s)) * (n - 1))));
    const v = value(s);
    const held = grid[i];
    grid[i] = held === null || held === undefined ? v : Math.max(held, v);
  }
  const values: number[] = [];
  for (const v of grid) values.push(v ?? values.at(-1) ?? 0);
  return { from_s, to_s, values };
}

/** One mermaid `xychart-beta` line chart of a sample metric over elapsed time, peaks kept; [] when too short. */
export function mermaidChart(
  series: readonly Sample[],
  metric: 'rss_mb' | 'cpu_percent',
  title: string,
  axis: string,
): string[] {
  const even = evenTimeGrid(series, (s) => s[metric]);
  if (even === null) return [];
  const values = even.values.map((v) => Math.round(v * 10) / 10);
  const scale = niceTicks(Math.min(0, ...values), Math.max(...values));
  return [
    '```mermaid',
    mermaidInitDirective(),
    'xychart-beta',
    `  title ${mermaidText(title)}`,
    `  x-axis "elapsed (s)" ${formatNumber(even.from_s)} --> ${formatNumber(even.to_s)}`,
    `  y-axis ${mermaidText(axis)} ${formatNumber(scale.min)} --> ${formatNumber(scale.max)}`,
    `  line [${values.map((v) => formatNumber(v)).join(', ')}]`,
    '```',
  ];
}

/** RSS and CPU over the run; nothing when fewer than two samples were kept. */
export function chartLines(series: readonly Sample[], heading = '###'): string[] {
  const rss = mermaidChart(series, 'rss_mb', 'RSS (MB) over time', 'RSS (MB)');
  const cpu = mermaidChart(series, 'cpu_percent', 'CPU (%) over time', 'CPU (%, 100 = one core)');
  if (rss.length === 0 && cpu.length === 0) return [];
  return [`${heading} Charts`, '', ...rss, ...(rss.length > 0 && cpu.length > 0 ? [''] : []), ...cpu];
}
