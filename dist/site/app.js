// pyrun's site, the browser side: builds the index or a series page from window.PYRUN_SITE (written by pyrun site).
// Every string from the history is set as text (textContent, attributes), never parsed as HTML.
// Charts are uPlot's (window.uPlot, loaded before this file); the run table below them is their keyboard and
// screen-reader equivalent, and opens the same run.
(function () {
  'use strict';
  const D = window.PYRUN_SITE;
  const main = document.getElementById('main');
  const K = window.PyrunSite;

  function renderIndex() {
    const idx = D.index;
    const regressed = idx.series.filter((s) => s.latest.status === 'regressed').length;
    main.append(
      K.el('p', { class: 'lead' }, [
        `${idx.series.length} series · ${idx.total_runs} runs`,
        idx.baseline_ref ? ` · trend and latest status on ${idx.baseline_ref}` : '',
        regressed ? ` · ${regressed} regressed now` : '',
      ]),
    );
    const rows = idx.series.map((s) => {
      const latestCell = K.el('td', { 'data-label': 'Latest' }, [
        K.badge(s.latest.status),
        K.el('span', { class: 'when' }, [K.fmtTime(s.latest.t)]),
      ]);
      const reg = s.last_regression;
      const regCell = reg
        ? K.el('td', { class: 'alarm', 'data-label': 'Last regression' }, [
            K.el('span', { class: 'mark', 'aria-hidden': 'true' }, ['▲ ']),
            `${reg.metrics.join(', ')} `,
            K.el('span', { class: 'when' }, [K.fmtTime(reg.t)]),
          ])
        : K.el('td', { class: 'muted', 'data-label': 'Last regression' }, ['none']);
      const gate = s.last_gate_failure;
      const gateCell = gate
        ? K.el('td', { class: 'alarm', 'data-label': 'Last failed gate' }, [K.fmtTime(gate.t)])
        : K.el('td', { class: 'muted', 'data-label': 'Last failed gate' }, ['none']);
      const link = K.el('a', { href: `series/${s.slug}.html` }, [s.name]);
      return K.el('tr', { class: s.latest.status === 'regressed' ? 'row-regressed' : '' }, [
        K.el('th', { scope: 'row' }, [link]),
        latestCell,
        K.el('td', { class: 'spark-cell', 'data-label': 'Trend' }, [
          K.sparkline(s.spark.values, s.spark.metric),
        ]),
        regCell,
        gateCell,
        K.el('td', { class: 'num', 'data-label': 'Runs' }, [String(s.runs)]),
      ]);
    });
    const headers = ['Series', 'Latest', 'Trend', 'Last regression', 'Last failed gate', 'Runs'];
    main.append(K.table(headers, rows, 'Every series in the history', 'series-table'));
  }

  function renderSeries() {
    const s = D.series;
    const runs = s.runs;
    const latest = runs[runs.length - 1];
    const regressedRuns = runs.filter((r) => r.regressed.length > 0).length;
    const gateRuns = runs.filter((r) => r.gates.some((g) => g[1] === 'failed')).length;
    main.append(
      K.el('p', { class: 'lead' }, [
        'Latest ',
        K.badge(latest.status),
        ` ${K.fmtTime(latest.t)} · ${runs.length} runs · ${regressedRuns} regressed · ${gateRuns} with a failed gate`,
      ]),
    );
    main.append(groupLegend(s));
    const detail = K.el('section', { id: 'run', class: 'run', 'aria-live': 'polite', hidden: '' }, []);
    const charts = K.el('div', { class: 'charts' }, []);
    main.append(charts, detail);
    const open = (i) => showRun(detail, s, i, true);
    const chartSet = window.PyrunCharts.create(charts, s, open);
    main.append(runTable(s, open));
    const fromHash = /^#run=(.+)$/.exec(location.hash);
    if (fromHash) {
      const id = decodeURIComponent(fromHash[1]);
      const i = runs.findIndex((r) => r.id === id);
      if (i >= 0) showRun(detail, s, i, false);
    }
    return chartSet;
  }

  function groupLegend(s) {
    const items = s.groups.map((g, i) =>
      K.el('li', {}, [
        K.el('span', { class: `swatch c${i % K.COLORS}`, 'aria-hidden': 'true' }, []),
        `${g.label} (${g.runs} runs)`,
      ]),
    );
    const marks = [
      K.el('li', {}, [
        K.el('span', { class: 'swatch band', 'aria-hidden': 'true' }, []),
        'baseline centre to the judge’s limit',
      ]),
      K.el('li', {}, [K.el('span', { class: 'dot regressed', 'aria-hidden': 'true' }, []), 'regressed']),
      K.el('li', {}, [K.el('span', { class: 'dot gate', 'aria-hidden': 'true' }, []), 'failed gate']),
    ];
    return K.el('section', { class: 'legend', 'aria-label': 'Lines and marks' }, [
      K.el('h2', { class: 'sr-only' }, ['Lines and marks']),
      K.el('ul', {}, items.concat(marks)),
    ]);
  }

  const PAGE = 100;

  function runTable(s, open) {
    const metrics = s.metrics.map((m) => m.name);
    const columnOf = metrics.map((name) => s.columns.findIndex((c) => c[0] === name));
    const headers = ['Started', 'Status', 'Branch · environment', 'Commit'].concat(metrics, ['']);
    const body = K.el('tbody', {}, []);
    const section = K.el('section', { class: 'runs' }, [K.el('h2', {}, ['Runs, newest first'])]);
    const tableEl = K.table(headers, [], `Runs of ${s.name}, newest first`, 'run-table');
    tableEl.querySelector('tbody').replaceWith(body);
    const wrap = K.el('div', { class: 'scroll', tabindex: '0', role: 'region', 'aria-label': 'Runs' }, [
      tableEl,
    ]);
    const more = K.el('button', { type: 'button', class: 'more' }, ['Show older runs']);
    let shown = 0;
    function addPage() {
      const end = Math.min(s.runs.length, shown + PAGE);
      for (let k = shown; k < end; k++) {
        const i = s.runs.length - 1 - k;
        const r = s.runs[i];
        const cells = [
          K.el('td', {}, [K.fmtTime(r.t)]),
          K.el('td', {}, [K.badge(r.status)]),
          K.el('td', {}, [s.groups[r.g].label]),
          K.el('td', {}, [K.commitNode(r, D.index.repo_url)]),
        ];
        s.metrics.forEach((m, k) => {
          const mark = r.regressed.includes(m.name);
          const value = r.v[columnOf[k]];
          cells.push(K.el('td', { class: mark ? 'num alarm' : 'num' }, [K.fmtValue(value, m.unit)]));
        });
        const btn = K.el('button', { type: 'button', 'aria-label': `Open run ${r.id}` }, ['Open']);
        btn.addEventListener('click', () => open(i));
        cells.push(K.el('td', {}, [btn]));
        body.append(K.el('tr', {}, cells));
      }
      shown = end;
      more.hidden = shown >= s.runs.length;
    }
    more.addEventListener('click', addPage);
    addPage();
    section.append(wrap, more);
    return section;
  }

  function showRun(detail, s, i, focus) {
    const r = s.runs[i];
    detail.hidden = false;
    detail.replaceChildren();
    const heading = K.el('h2', { tabindex: '-1' }, [`Run ${r.id}`]);
    const close = K.el('button', { type: 'button', class: 'close' }, ['Close']);
    close.addEventListener('click', () => {
      detail.hidden = true;
      history.replaceState(null, '', location.pathname + location.search);
    });
    detail.append(
      K.el('div', { class: 'run-head' }, [heading, close]),
      K.el('p', {}, [
        K.badge(r.status),
        ` ${K.fmtTime(r.t)} · ${s.groups[r.g].label} · `,
        K.commitNode(r, D.index.repo_url),
      ]),
      K.el('pre', { class: 'words' }, [r.words.join('\n')]),
    );
    const metricRows = s.columns.map(([name, unit], k) => {
      const verdict = r.vd[k];
      const kind = verdict ? s.verdict_kinds[verdict[0]] : '';
      return K.el('tr', { class: kind === 'regressed' ? 'row-regressed' : '' }, [
        K.el('th', { scope: 'row' }, [name]),
        K.el('td', { class: 'num' }, [K.metricValue(r.v[k], unit)]),
        K.el('td', {}, [kind.replace(/_/g, ' ')]),
        K.el('td', { class: 'num' }, [verdict ? K.changePct(verdict[1]) : '']),
      ]);
    });
    const blocks = [K.table(['Metric', 'Value', 'Verdict', 'Change'], metricRows, 'Metrics', 'kv')];
    if (r.gates.length > 0) {
      const gateRows = r.gates.map(([rule, status, actual, limit]) =>
        K.el('tr', { class: status === 'failed' ? 'row-regressed' : '' }, [
          K.el('th', { scope: 'row' }, [K.el('code', {}, [s.rules[rule][0]])]),
          K.el('td', {}, [status.replace(/_/g, ' ')]),
          K.el('td', {}, [K.gateWords(status, actual, limit, s.rules[rule][1])]),
        ]),
      );
      blocks.push(K.table(['Gate', 'Result', 'Detail'], gateRows, 'Gates', 'kv'));
    }
    const envRows = environment(r, s.groups[r.g]).map((e) =>
      K.el('tr', {}, [K.el('th', { scope: 'row' }, [e[0]]), K.el('td', {}, [e[1]])]),
    );
    blocks.push(K.table(['Item', 'Value'], envRows, 'Environment', 'kv'));
    if (r.alerts.length > 0) {
      blocks.push(
        K.el('div', {}, [
          K.el('h3', {}, ['Alerts']),
          K.el(
            'ul',
            {},
            r.alerts.map(([rule, at]) => K.el('li', {}, [`${rule} at ${at.toFixed(1)} s`])),
          ),
        ]),
      );
    }
    if (r.profile) {
      const p = r.profile;
      const rows = p.top.map((t) =>
        K.el(
          'tr',
          {},
          [K.el('th', { scope: 'row' }, [K.el('code', {}, [t[0]])])].concat(
            t.slice(1).map((v) => K.el('td', { class: 'num' }, [v])),
          ),
        ),
      );
      const caption = `Profile: where the time went (${p.total} profiled)`;
      blocks.push(
        p.error
          ? K.el('p', {}, [`Profile: ${p.error}`])
          : K.table(['Function', 'Own', 'Cumulative', 'Calls'], rows, caption, 'kv'),
      );
    }
    detail.append(K.el('div', { class: 'run-grid' }, blocks));
    history.replaceState(null, '', `#run=${encodeURIComponent(r.id)}`);
    if (focus) {
      detail.scrollIntoView({ block: 'start' });
      heading.focus({ preventScroll: true });
    }
  }

  /** A run's environment as rows: its own fields, and those its group shares. */
  function environment(r, group) {
    const [started, script, interval, samples, attempts, pyrun] = r.e;
    const rows = [
      ['started', started],
      ['run id', r.id],
      ['git ref', r.ref],
      ['git sha', r.sha],
      ['pull request', r.pr ? 'yes' : 'no'],
      ['os', group.os],
      ['python', group.python],
      ['executor', group.executor],
      ['script', script],
      ['interval', `${interval} s`],
      ['samples', String(samples)],
      ['attempts', String(attempts)],
      ['pyrun', pyrun],
    ];
    return rows.filter((row) => typeof row[1] === 'string' && row[1] !== '');
  }

  const foot = document.getElementById('foot');
  const meta = D.index;
  foot.append(
    K.el('p', {}, [
      `Built ${K.fmtTime(Date.parse(meta.built_at))} by pyrun from its history. `,
      meta.repo_url ? K.el('a', { href: meta.repo_url }, [meta.repo_url]) : '',
    ]),
  );
  if (document.body.dataset.page === 'index') renderIndex();
  else renderSeries();
})();
