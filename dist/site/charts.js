// pyrun's site, the series page's charts: one uPlot chart per judged metric, time on the x axis, one line per branch
// and fingerprint, the band each run was judged against (baseline centre up to the judge's limit), regressed runs
// and failed gates marked.
// Hovering names the run (commit, branch, value); a click opens it; dragging zooms, a double click zooms back.
// Colours come from the stylesheet's variables, so the charts follow light and dark.
(function () {
  'use strict';
  const K = window.PyrunSite;

  function cssVar(name) {
    return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  }

  function gateFailed(r) {
    return r.gates.some((g) => g[1] === 'failed');
  }

  // The series of a chart, in order: x; for each group its band (the judge's limit, then the baseline centre);
  // each group's line; the regressed marks; the failed-gate marks.
  function bandSeries(g) {
    return [1 + 2 * g, 2 + 2 * g];
  }

  function chartData(s, chart) {
    const m = chart.metric;
    const column = s.columns.findIndex((c) => c[0] === m);
    const judged = s.metrics.findIndex((x) => x.name === m);
    const value = (r) => r.v[column];
    const pts = chart.points;
    const runs = s.runs;
    const col = (f) => pts.map((i) => f(runs[i]));
    const data = [col((r) => r.t / 1000)];
    // A group's band follows that group's runs: another group's run is skipped over (undefined), one of its own
    // runs the judge gave no verdict breaks it (null).
    const band = (g, k) => (r) => (r.g !== g ? undefined : r.b[judged] ? r.b[judged][k] : null);
    s.groups.forEach((_, g) => data.push(col(band(g, 1)), col(band(g, 0))));
    s.groups.forEach((_, g) => data.push(col((r) => (r.g === g ? value(r) : null))));
    data.push(col((r) => (r.regressed.includes(m) ? value(r) : null)));
    data.push(col((r) => (gateFailed(r) ? value(r) : null)));
    return data;
  }

  function options(s, metric, width, tip, pts) {
    const text = cssVar('--fg');
    const grid = cssVar('--grid');
    const bad = cssVar('--bad');
    const warn = cssVar('--warn');
    const bandLine = cssVar('--band-line');
    const bandFill = cssVar('--band');
    const colour = (k) => cssVar(`--c${k % K.COLORS}`);
    const lines = s.groups.map((g, k) => ({
      label: g.label,
      stroke: colour(k),
      width: 1.5,
      spanGaps: true,
      points: { size: 5, fill: colour(k) },
    }));
    const bands = s.groups.flatMap((g, k) => [
      { label: `limit · ${g.label}`, stroke: colour(k), width: 1, dash: [4, 4], points: { show: false } },
      { label: `centre · ${g.label}`, stroke: bandLine, width: 1, dash: [1, 3], points: { show: false } },
    ]);
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
      series: [{}].concat(bands, lines, [
        mark('regressed', bad, 11, bad),
        mark('failed gate', warn, 16, 'transparent'),
      ]),
      bands: s.groups.map((_, g) => ({ series: bandSeries(g), fill: bandFill })),
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
    const value = r.v[s.columns.findIndex((c) => c[0] === metric.name)];
    const band = r.b[s.metrics.indexOf(metric)];
    const lines = [
      `${K.fmtTime(r.t)} · ${r.status.replace(/_/g, ' ')}`,
      `${metric.name}: ${K.fmtValue(value, metric.unit)}`,
      band
        ? `baseline ${K.fmtValue(band[0], metric.unit)} · regressed above ${K.fmtValue(band[1], metric.unit)}`
        : 'no verdict with a limit',
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
          `${metric.help} Band: from the baseline centre each run was judged against up to the limit above ` +
            'which the judge would have called it regressed.',
        ]),
        K.el('p', { class: 'sr-only' }, [about]),
        K.el('div', { class: 'plot-wrap' }, [plot, tip]),
        note ? K.el('p', { class: 'note' }, [note]) : '',
      ]);
      container.append(section);
      return {
        chart,
        metric,
        plot,
        tip,
        u: null,
        bands: s.groups.map((_, g) => bandSeries(g)),
      };
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
    window.PyrunCharts.shown = made;
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

  // `shown`: the charts drawn, each with its uPlot instance (`u.data` holds exactly what is drawn) and, per group,
  // the indices of its band's two series.
  window.PyrunCharts = { create, shown: [] };
})();
