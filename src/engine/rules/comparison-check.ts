/** The checks that need a whole comparison: where `baseline` stands, and whether units fit the metrics. */
import { METRIC_DIMENSION } from '../types.js';
import { metricsOf, type Comparison, type NumExpr } from './ast.js';
import { describeDimension, UNITS, type Unit } from './units.js';

export interface UnitMark {
  unit: Unit;
  pos: number;
}

/** What the parser noted beside the tree, so the tree itself stays free of positions. */
export interface Marks {
  unitOf: Map<NumExpr, UnitMark>;
  baselinePos: Map<NumExpr, number>;
}

/** The first problem of a comparison that starts at `pos`, or null. */
export function comparisonProblem(
  comparison: Comparison,
  pos: number,
  marks: Marks,
  example: string,
): { problem: string; pos: number } | null {
  const left = metricsOf(comparison.left);
  const [onLeft] = baselinesIn(comparison.left, marks);
  if (onLeft !== undefined) {
    return {
      problem: 'baseline belongs on the right of a comparison, as in duration_s <= 1.2 * baseline',
      pos: onLeft,
    };
  }
  const [onRight] = baselinesIn(comparison.right, marks);
  if (onRight !== undefined && left.length !== 1) {
    const found = left.length === 0 ? 'none' : left.join(', ');
    return {
      problem: `baseline is the baseline of the metric on the left, so the left side needs exactly one metric (found ${found})`,
      pos: onRight,
    };
  }
  const metrics = [...new Set([...left, ...metricsOf(comparison.right)])];
  if (metrics.length === 0)
    return { problem: `this comparison mentions no metric; compare one, as in ${example}`, pos };
  // A unit must fit a metric of the comparison: `rss_mb > 5s` compares a size with a time.
  const dimensions = metrics.map((m) => METRIC_DIMENSION[m]);
  for (const mark of [...unitsIn(comparison.left, marks), ...unitsIn(comparison.right, marks)]) {
    const dimension = UNITS[mark.unit].dimension;
    if (dimensions.includes(dimension)) continue;
    const actual = metrics.map((m) => `${m} is ${describeDimension(METRIC_DIMENSION[m])}`).join(' and ');
    return { problem: `unit ${mark.unit} is ${describeDimension(dimension)} but ${actual}`, pos: mark.pos };
  }
  return null;
}

function baselinesIn(expr: NumExpr, marks: Marks): number[] {
  return nodes(expr).flatMap((node) => marks.baselinePos.get(node) ?? []);
}

function unitsIn(expr: NumExpr, marks: Marks): UnitMark[] {
  return nodes(expr).flatMap((node) => marks.unitOf.get(node) ?? []);
}

/** Every node of an expression, in text order. */
function nodes(expr: NumExpr): NumExpr[] {
  if (expr.kind === 'negate') return [expr, ...nodes(expr.operand)];
  if (expr.kind === 'arithmetic') return [...nodes(expr.left), expr, ...nodes(expr.right)];
  return [expr];
}
