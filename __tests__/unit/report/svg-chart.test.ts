import { describe, expect, it } from '@jest/globals';
import { niceStep, niceTicks } from '../../../src/engine/report/scale.js';
import { renderSvgChart } from '../../../src/engine/report/svg-chart.js';
import { findAll, parseXml } from './xml-check.js';

describe('niceTicks', () => {
  it.each([
    [0, 690.4, [0, 200, 400, 600, 800]],
    [0, 100, [0, 20, 40, 60, 80, 100]],
    [20, 100, [0, 20, 40, 60, 80, 100]],
    [0, 0.37, [0, 0.1, 0.2, 0.3, 0.4]],
    [0, 8, [0, 2, 4, 6, 8]],
    [0, 9999, [0, 2000, 4000, 6000, 8000, 10000]],
    [0, 0, [0, 0.2, 0.4, 0.6, 0.8, 1]],
    [-3, 7, [-4, -2, 0, 2, 4, 6, 8]],
  ])('covers [%p, %p] with round ticks', (lo, hi, ticks) => {
    expect(niceTicks(lo, hi).ticks).toEqual(ticks);
  });

  it('keeps a positive range off zero when asked', () => {
    expect(niceTicks(54, 61, 5, false).ticks).toEqual([54, 56, 58, 60, 62]);
  });

  it('picks steps of 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceStep(100, 5)).toBe(20);
    expect(niceStep(12, 5)).toBe(2.5);
    expect(niceStep(0.0042, 4)).toBe(0.002);
    expect(niceStep(0.0036, 4)).toBe(0.001);
    expect(niceStep(0, 5)).toBe(1);
    expect(niceStep(Number.NaN, 5)).toBe(1);
  });
});

describe('renderSvgChart', () => {
  const spec = {
    title: 'RSS <MB> & more',
    x_label: 'elapsed (s)',
    y_label: 'RSS (MB)',
    lines: [
      {
        label: 'rss',
        points: [
          [0, 100],
          [1, 250],
          [2, Number.NaN],
          [3, 690.4],
        ] as [number, number][],
      },
    ],
  };

  it('is well-formed, accessible, titled, with axes and labelled ticks', () => {
    const svg = parseXml(renderSvgChart(spec));
    expect(svg.name).toBe('svg');
    expect(svg.attributes).toMatchObject({
      role: 'img',
      'aria-label': 'RSS <MB> & more',
      viewBox: '0 0 640 280',
    });
    expect(svg.attributes).not.toHaveProperty('xmlns');
    expect(findAll(svg, 'title')[0]?.text).toBe('RSS <MB> & more');
    const ticks = findAll(svg, 'text').filter((t) => t.attributes.class === 'tick');
    expect(ticks.filter((t) => t.attributes['text-anchor'] === 'end').map((t) => t.text)).toEqual([
      '0',
      '200',
      '400',
      '600',
      '800',
    ]);
    expect(ticks.filter((t) => t.attributes['text-anchor'] === 'middle').map((t) => t.text)).toEqual([
      '0',
      '0.5',
      '1',
      '1.5',
      '2',
      '2.5',
      '3',
    ]);
    expect(
      findAll(svg, 'text')
        .filter((t) => t.attributes.class === 'axis-label')
        .map((t) => t.text),
    ).toEqual(['elapsed (s)', 'RSS (MB)']);
  });

  it('maps points into the plot area and skips non-finite ones', () => {
    const svg = parseXml(renderSvgChart(spec));
    const points = findAll(svg, 'polyline')[0]?.attributes.points?.split(' ') ?? [];
    const xy = points.map((p) => p.split(',').map(Number) as [number, number]);
    expect(xy).toHaveLength(3);
    // Plot area: x 64 … 622, y 40 (top, value 800) … 232 (bottom, value 0).
    expect(xy[0]).toEqual([64, 208]);
    expect(xy[2]).toEqual([622, 40 + 192 * (1 - 690.4 / 800)].map((v) => Math.round(v * 10) / 10));
    for (const [x, y] of xy) {
      expect(x).toBeGreaterThanOrEqual(64);
      expect(x).toBeLessThanOrEqual(622);
      expect(y).toBeGreaterThanOrEqual(40);
      expect(y).toBeLessThanOrEqual(232);
    }
  });

  it('draws a legend only for several lines, and markers and dashes on request', () => {
    expect(renderSvgChart(spec)).not.toContain('class="legend"');
    const two = parseXml(
      renderSvgChart({
        ...spec,
        lines: [
          {
            label: 'threads',
            points: [
              [0, 1],
              [1, 2],
            ],
            markers: true,
          },
          {
            label: 'processes',
            points: [
              [0, 1],
              [1, 1],
            ],
            dashed: true,
          },
        ],
      }),
    );
    expect(
      findAll(two, 'text')
        .filter((t) => t.attributes.class === 'legend')
        .map((t) => t.text),
    ).toEqual(['threads', 'processes']);
    expect(findAll(two, 'circle')).toHaveLength(2);
    expect(findAll(two, 'polyline')[1]?.attributes['stroke-dasharray']).toBe('6 4');
  });

  it('uses whole numbers on an integer x axis', () => {
    const svg = parseXml(
      renderSvgChart({
        ...spec,
        integer_x: true,
        lines: [
          {
            label: 'runs',
            points: [
              [1, 5],
              [2, 6],
              [3, 7],
            ],
          },
        ],
      }),
    );
    const xTicks = findAll(svg, 'text')
      .filter((t) => t.attributes.class === 'tick' && t.attributes['text-anchor'] === 'middle')
      .map((t) => t.text);
    expect(xTicks).toEqual(['1', '2', '3']);
  });

  it('survives empty and flat data without NaN', () => {
    const empty = renderSvgChart({ ...spec, lines: [{ label: 'none', points: [] }] });
    const flat = renderSvgChart({
      ...spec,
      lines: [
        {
          label: 'flat',
          points: [
            [5, 3],
            [5, 3],
          ],
        },
      ],
    });
    for (const svg of [empty, flat]) {
      expect(svg).not.toContain('NaN');
      expect(svg).not.toContain('Infinity');
      parseXml(svg);
    }
  });
});
