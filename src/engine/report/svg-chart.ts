/**
 * Line charts as inline SVG, drawn here rather than by a charting library so the HTML report loads
 * nothing from anywhere: axes, round ticks with labels, grid lines, a title, a legend for several lines,
 * and `role="img"` with an `aria-label` for screen readers. No `xmlns` is written: inline SVG in HTML
 * does not need one, and the report carries no URL at all.
 */
import { escapeHtml } from './html-escape.js';
import { formatNumber } from '../metric-format.js';
import { niceTicks } from './scale.js';

export interface ChartLine {
  label: string;
  /** [x, y] pairs; non-finite ones are skipped. */
  points: ReadonlyArray<readonly [number, number]>;
  /** A CSS colour; defaults to the palette by position. */
  color?: string;
  /** Draw a dot on each point (for short series such as runs of a history). */
  markers?: boolean;
  dashed?: boolean;
}

export interface ChartSpec {
  title: string;
  x_label: string;
  y_label: string;
  lines: ChartLine[];
  width?: number;
  height?: number;
  /** Integer x ticks (runs of a history) rather than round decimal ones. */
  integer_x?: boolean;
}

export const CHART_PALETTE = ['#2563eb', '#dc2626', '#16a34a', '#9333ea', '#ea580c'];

const MARGIN = { left: 64, right: 18, top: 40, bottom: 48 };

/** Coordinates with one decimal: precise enough for a screen, and stable text for golden files. */
function coord(value: number): string {
  return String(Math.round(value * 10) / 10);
}

export function renderSvgChart(spec: ChartSpec): string {
  const width = spec.width ?? 640;
  const height = spec.height ?? 280;
  const plotW = width - MARGIN.left - MARGIN.right;
  const plotH = height - MARGIN.top - MARGIN.bottom;
  const lines = spec.lines.map((line) => ({
    ...line,
    points: line.points.filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y)),
  }));
  const xs = lines.flatMap((l) => l.points.map((p) => p[0]));
  const ys = lines.flatMap((l) => l.points.map((p) => p[1]));
  let xMin = xs.length > 0 ? xs.reduce((a, b) => Math.min(a, b)) : 0;
  let xMax = xs.length > 0 ? xs.reduce((a, b) => Math.max(a, b)) : 1;
  if (xMax === xMin) xMax = xMin + 1;
  const yScale = niceTicks(
    ys.length > 0 ? ys.reduce((a, b) => Math.min(a, b)) : 0,
    ys.length > 0 ? ys.reduce((a, b) => Math.max(a, b)) : 1,
  );
  let xTicks: number[];
  if (spec.integer_x) {
    xMin = Math.floor(xMin);
    xMax = Math.ceil(xMax);
    const step = Math.max(1, Math.ceil(niceTicks(0, xMax - xMin, 8).step));
    xTicks = [];
    for (let t = xMin; t <= xMax; t += step) xTicks.push(t);
  } else {
    const xScale = niceTicks(xMin, xMax, 6, false);
    xTicks = xScale.ticks.filter((t) => t >= xMin - 1e-9 && t <= xMax + 1e-9);
  }
  const px = (x: number): number => MARGIN.left + ((x - xMin) / (xMax - xMin)) * plotW;
  const py = (y: number): number =>
    MARGIN.top + plotH - ((y - yScale.min) / (yScale.max - yScale.min)) * plotH;
  const bottom = MARGIN.top + plotH;

  const parts: string[] = [];
  const label = escapeHtml(spec.title);
  parts.push(
    `<svg class="chart" role="img" aria-label="${label}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">`,
    `<title>${label}</title>`,
    `<text class="chart-title" x="${width / 2}" y="20" text-anchor="middle" font-size="15" font-weight="600">${label}</text>`,
  );
  // Grid and y ticks.
  for (const tick of yScale.ticks) {
    const y = coord(py(tick));
    parts.push(
      `<line class="grid" x1="${MARGIN.left}" y1="${y}" x2="${MARGIN.left + plotW}" y2="${y}" stroke="#e5e7eb"/>`,
      `<text class="tick" x="${MARGIN.left - 6}" y="${y}" dy="4" text-anchor="end" font-size="11">${escapeHtml(formatNumber(tick))}</text>`,
    );
  }
  // X ticks.
  for (const tick of xTicks) {
    const x = coord(px(tick));
    parts.push(
      `<line class="tick-mark" x1="${x}" y1="${bottom}" x2="${x}" y2="${bottom + 5}" stroke="#6b7280"/>`,
      `<text class="tick" x="${x}" y="${bottom + 18}" text-anchor="middle" font-size="11">${escapeHtml(formatNumber(tick))}</text>`,
    );
  }
  // Axes.
  parts.push(
    `<line class="axis" x1="${MARGIN.left}" y1="${MARGIN.top}" x2="${MARGIN.left}" y2="${bottom}" stroke="#374151"/>`,
    `<line class="axis" x1="${MARGIN.left}" y1="${bottom}" x2="${MARGIN.left + plotW}" y2="${bottom}" stroke="#374151"/>`,
    `<text class="axis-label" x="${MARGIN.left + plotW / 2}" y="${height - 8}" text-anchor="middle" font-size="12">${escapeHtml(spec.x_label)}</text>`,
    `<text class="axis-label" x="14" y="${MARGIN.top + plotH / 2}" text-anchor="middle" font-size="12" transform="rotate(-90 14 ${MARGIN.top + plotH / 2})">${escapeHtml(spec.y_label)}</text>`,
  );
  // Lines.
  lines.forEach((line, index) => {
    const color = escapeHtml(line.color ?? CHART_PALETTE[index % CHART_PALETTE.length] ?? '#2563eb');
    const points = line.points.map(([x, y]) => `${coord(px(x))},${coord(py(y))}`).join(' ');
    const dash = line.dashed ? ' stroke-dasharray="6 4"' : '';
    parts.push(
      `<polyline class="series" data-label="${escapeHtml(line.label)}" fill="none" stroke="${color}" stroke-width="2"${dash} points="${points}"/>`,
    );
    if (line.markers) {
      for (const [x, y] of line.points) {
        parts.push(
          `<circle class="marker" cx="${coord(px(x))}" cy="${coord(py(y))}" r="3" fill="${color}"/>`,
        );
      }
    }
  });
  // Legend, when there is more than one line.
  if (lines.length > 1) {
    let x = MARGIN.left + plotW;
    const items: string[] = [];
    for (let index = lines.length - 1; index >= 0; index--) {
      const line = lines[index] as (typeof lines)[number];
      const color = escapeHtml(line.color ?? CHART_PALETTE[index % CHART_PALETTE.length] ?? '#2563eb');
      const textWidth = line.label.length * 6.5;
      x -= textWidth;
      items.push(
        `<text class="legend" x="${coord(x)}" y="${MARGIN.top - 8}" font-size="11">${escapeHtml(line.label)}</text>`,
      );
      x -= 16;
      items.push(`<rect x="${coord(x)}" y="${MARGIN.top - 17}" width="12" height="4" fill="${color}"/>`);
      x -= 14;
    }
    parts.push(...items.reverse());
  }
  parts.push('</svg>');
  return parts.join('\n');
}
