// pyrun's site, the series page's charts: one uPlot chart per judged metric, time on the x axis, one line per branch
// and fingerprint, the baseline band each run was judged against, regressed runs and failed gates marked.
// Hovering names the run (commit, branch, value); a click opens it; dragging zooms, a double click zooms back.
// Colours come from the stylesheet's variables, so the charts follow light and dark.
(function () {
  'use strict';
  const K = window.PyrunSite;

  function cssVar(name) {
    return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  }

  function gateFailed(r) {
    return r.gates.some((g) => g.status === 'failed');
  }

  function chartData(s, chart) {
    const m = chart.metric;
    const pts = chart.points;
    const runs = s.runs;
    const col = (f) => pts.map((i) => f(runs[i]));
    const data = [
      col((r) => r.t / 1000),
      col((r) => (r.b[m] ? r.b[m][2] : null)),
      col((r) => (r.b[m] ? r.b[m][1] : null)),
    ];
    s.groups.forEach((_, g) => data.push(col((r) => (r.g === g ? r.m[m] : null))));
    data.push(col((r) => (r.regressed.includes(m) ? r.m[m] : null)));
    data.push(col((r) => (gateFailed(r) ? r.m[m] : null)));
    return data;
  }

  function options(s, metric, width, tip, pts) {
    const text = cssVar('--fg');
    const grid = cssVar('--grid');
    const bad = cssVar('--bad');
    const warn = cssVar('--warn');
    const band = cssVar('--band-line');
    const lines = s.groups.map((g, k) => {
      const color = cssVar(`--c${k % K.COLORS}`);
      return { label: g.label, stroke: color, width: 1.5, spanGaps: true, points: { size: 5, fill: color } };
    });
    const mark = (label, color, size, fill) => ({
      label,
      stroke: color,
      paths: () => null,
      points: { show: true, space: 0, size, width: 2, stroke: color, fill },
    });
    const axis = { stroke: text, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid, width: 1 } };
    return {
      width,
      height: width < 500 ? 200 : 260,
      legend: { show: false },
      cursor: { drag: { x: true, y: false }, points: { size: 9 } },
      scales: { x: { time: true } },
      axes: [
        axis,
        Object.assign({}, axis, {
          size: 64,
          label: metric.unit || metric.name,
          labelSize: 18,
          values: (u, splits) => splits.map((v) => K.fmtNumber(v)),
        }),
      ],
      series: [
        {},
        { label: 'baseline high', stroke: band, width: 1, dash: [4, 4], points: { show: false } },
        { label: 'baseline low', stroke: band, width: 1, dash: [4, 4], points: { show: false } },
      ].concat(lines, [mark('regressed', bad, 11, bad), mark('failed gate', warn, 16, 'transparent')]),
      bands: [{ series: [1, 2], fill: cssVar('--band') }],
      hooks: { setCursor: [(u) => hover(u, s, metric, tip, pts)] },
    };
  }

  function hover(u, s, metric, tip, pts) {
    const idx = u.cursor.idx;
    if (idx === null || idx === undefined || u.cursor.left < 0) {
      tip.hidden = true;
      return;
    }
    const r = s.runs[pts[idx]];
    const lines = [
      `${K.fmtTime(r.t)} · ${r.status.replace(/_/g, ' ')}`,
      `${metric.name}: ${K.fmtValue(r.m[metric.name], metric.unit)}`,
      r.b[metric.name] ? `baseline ${K.fmtValue(r.b[metric.name][0], metric.unit)}` : 'no baseline',
      `${r.ref || '(no ref)'} @ ${r.sha ? K.shortSha(r.sha) : 'no commit'}`,
    ];
    if (r.regressed.length > 0) lines.push(`regressed: ${r.regressed.join(', ')}`);
    tip.textContent = lines.join('\n');
    tip.hidden = false;
    const box = u.over.getBoundingClientRect();
    const host = tip.parentElement.getBoundingClientRect();
    const x = box.left - host.left + u.cursor.left;
    const flip = x > host.width / 2;
    tip.style.left = flip ? '' : `${x + 12}px`;
    tip.style.right = flip ? `${host.width - x + 12}px` : '';
    tip.style.top = `${box.top - host.top + Math.max(0, u.cursor.top - 20)}px`;
  }

  function create(container, s, open) {
    const made = s.charts.map((chart) => {
      const metric = s.metrics.find((m) => m.name === chart.metric);
      const plot = K.el('div', { class: 'plot', 'aria-hidden': 'true' }, []);
      const tip = K.el('div', { class: 'tip', 'aria-hidden': 'true', hidden: '' }, []);
      const first = s.runs[chart.points[0]];
      const last = s.runs[chart.points[chart.points.length - 1]];
      const about =
        `Chart of ${metric.name} over ${chart.of} runs, ${K.fmtTime(first && first.t)} to ` +
        `${K.fmtTime(last && last.t)}. The table of runs below lists every value and opens each run.`;
      const note =
        chart.points.length < chart.of
          ? `Showing ${chart.points.length} of ${chart.of} runs: each stretch's highest and lowest, and every marked run.`
          : '';
      const section = K.el('section', { class: 'chart' }, [
        K.el('h2', {}, [metric.unit ? `${metric.name} (${metric.unit})` : metric.name]),
        K.el('p', { class: 'help' }, [
          `${metric.help} Band: the baseline each run was judged against, ± ${metric.threshold_pct}%.`,
        ]),
        K.el('p', { class: 'sr-only' }, [about]),
        K.el('div', { class: 'plot-wrap' }, [plot, tip]),
        note ? K.el('p', { class: 'note' }, [note]) : '',
      ]);
      container.append(section);
      return { chart, metric, plot, tip, u: null };
    });
    function draw() {
      for (const c of made) {
        if (c.u) c.u.destroy();
        const width = Math.max(260, c.plot.clientWidth);
        const opts = options(s, c.metric, width, c.tip, c.chart.points);
        c.u = new window.uPlot(opts, chartData(s, c.chart), c.plot);
        let down = null;
        c.u.over.addEventListener('mousedown', (e) => (down = [e.clientX, e.clientY]));
        c.u.over.addEventListener('click', (e) => {
          const moved = down && Math.hypot(e.clientX - down[0], e.clientY - down[1]) > 4;
          const idx = c.u.cursor.idx;
          if (!moved && idx !== null && idx !== undefined) open(c.chart.points[idx]);
        });
        c.u.over.addEventListener('mouseleave', () => (c.tip.hidden = true));
      }
    }
    draw();
    let pending = 0;
    window.addEventListener('resize', () => {
      cancelAnimationFrame(pending);
      pending = requestAnimationFrame(() => {
        for (const c of made) c.u.setSize({ width: Math.max(260, c.plot.clientWidth), height: c.u.height });
      });
    });
    const scheme = window.matchMedia('(prefers-color-scheme: dark)');
    if (scheme.addEventListener) scheme.addEventListener('change', draw);
    return made;
  }

  window.PyrunCharts = { create };
})();
