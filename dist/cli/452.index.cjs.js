"use strict";
exports.id = 452;
exports.ids = [452];
exports.modules = {

/***/ 9452:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  siteCommand: () => (/* binding */ siteCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(7679);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/engine/site/assets.ts
/**
 * The site's static files: the browser side (src/site/: kit.js, charts.js, app.js and site.css, pyrun's own) and uPlot, the chart
 * library (its minified script and stylesheet). The build copies them all to dist/site/, so the bundles find them
 * beside themselves with no node_modules; from source (jest), src/site/ holds pyrun's own and uPlot comes from the
 * installed package. Found the way ../exec/python-files.ts finds the Python helpers: names in variables, searched
 * up from the running code, so the bundler neither inlines nor relocates them.
 */



/** Where each asset goes in the site. */
const ASSET_FILES = {
    kit: 'assets/kit.js',
    charts: 'assets/charts.js',
    app: 'assets/app.js',
    css: 'assets/site.css',
    uplotJs: 'assets/uPlot.iife.min.js',
    uplotCss: 'assets/uPlot.min.css',
};
const SITE_DIR_NAME = 'site';
const UPLOT_DIST = ['uplot', 'dist'];
/** The asset files. Throws, naming every place looked at, when one is missing. */
function siteAssets() {
    const own = findDir(SITE_DIR_NAME, 'app.js');
    const uplot = (0,external_node_fs_.existsSync)((0,external_node_path_.join)(own, 'uPlot.iife.min.js'))
        ? own
        : findDir((0,external_node_path_.join)('node_modules', ...UPLOT_DIST), 'uPlot.iife.min.js');
    return [
        { path: ASSET_FILES.kit, source: (0,external_node_path_.join)(own, 'kit.js') },
        { path: ASSET_FILES.charts, source: (0,external_node_path_.join)(own, 'charts.js') },
        { path: ASSET_FILES.app, source: (0,external_node_path_.join)(own, 'app.js') },
        { path: ASSET_FILES.css, source: (0,external_node_path_.join)(own, 'site.css') },
        { path: ASSET_FILES.uplotJs, source: (0,external_node_path_.join)(uplot, 'uPlot.iife.min.js') },
        { path: ASSET_FILES.uplotCss, source: (0,external_node_path_.join)(uplot, 'uPlot.min.css') },
    ];
}
function findDir(name, marker) {
    const tried = [];
    for (let dir = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(require("url").pathToFileURL(__filename).href)), up = 0; up < 6; up += 1, dir = (0,external_node_path_.dirname)(dir)) {
        const candidate = (0,external_node_path_.join)(dir, name);
        tried.push(candidate);
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(candidate, marker)))
            return candidate;
    }
    throw new Error(`pyrun's site files are missing: no ${marker} in ${tried.join(', ')}`);
}

// EXTERNAL MODULE: ./src/engine/report/html-escape.ts
var html_escape = __webpack_require__(6918);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/engine/explain.ts
var explain = __webpack_require__(3261);
// EXTERNAL MODULE: ./src/engine/metrics.ts
var engine_metrics = __webpack_require__(8703);
// EXTERNAL MODULE: ./src/engine/report/downsample.ts
var downsample = __webpack_require__(9875);
// EXTERNAL MODULE: ./src/engine/metric-format.ts
var metric_format = __webpack_require__(766);
// EXTERNAL MODULE: ./src/engine/report/format.ts
var format = __webpack_require__(4230);
// EXTERNAL MODULE: ./src/engine/report/profile-format.ts
var profile_format = __webpack_require__(8358);
;// CONCATENATED MODULE: ./src/engine/site/run.ts
/**
 * One run as the site shows it: the numbers its charts draw and, already in words, what opening the run shows
 * (metrics, gates, verdicts, environment, commit, profile). Values stay data: the browser side sets them as text.
 */




const SHA = /^[0-9a-f]{7,64}$/i;
function siteRun(run, group, metrics, words, repoUrl) {
    const values = run;
    const m = {};
    const b = {};
    for (const metric of metrics) {
        const v = values[metric.name];
        m[metric.name] = typeof v === 'number' && Number.isFinite(v) ? v : null;
        const base = run.baseline[metric.name];
        if (base && Number.isFinite(base.value)) {
            const tolerance = (Math.abs(base.value) * metric.threshold_pct) / 100;
            b[metric.name] = [base.value, base.value - tolerance, base.value + tolerance];
        }
    }
    const charted = new Set(metrics.map((x) => x.name));
    const regressed = (0,format/* regressedMetrics */.kz)({ ...run, series: [] }).filter((x) => charted.has(x));
    const table = engine_metrics/* RUN_METRICS */.Ks.map((name) => {
        const verdict = run.verdicts[name];
        return [
            name,
            (0,metric_format/* formatMetricValue */.dd)(name, values[name]),
            verdict ? verdict.verdict.replace(/_/g, ' ') : '',
            verdict ? (0,format/* formatChangePct */.jj)(verdict.change_pct) : '',
        ];
    });
    const sha = run.git_sha && SHA.test(run.git_sha) ? run.git_sha : null;
    return {
        id: run.run_id,
        t: Date.parse(run.started_at),
        status: run.status,
        g: group,
        ref: run.git_ref,
        sha: run.git_sha,
        pr: run.is_pull_request === true,
        commit: repoUrl && sha ? `${repoUrl}/commit/${sha}` : null,
        m,
        b,
        regressed,
        gates: run.gates.map((g) => ({ expr: g.expr, status: g.status, words: (0,format/* describeGate */.l7)(g) })),
        words,
        table,
        env: environment(run),
        alerts: run.alerts.map((a) => `${a.rule} at ${a.at_s.toFixed(1)} s`),
        profile: profileOf(run),
    };
}
function environment(run) {
    const rows = [
        ['started', run.started_at],
        ['run id', run.run_id],
        ['git ref', run.git_ref],
        ['git sha', run.git_sha],
        ['pull request', run.is_pull_request ? 'yes' : 'no'],
        ['os', `${run.os}/${run.arch}`],
        ['python', run.python_version],
        ['executor', run.host ? `${run.executor} (${run.host})` : run.executor],
        ['script', run.script],
        ['interval', `${run.interval_s} s`],
        ['samples', String(run.samples)],
        ['attempts', String(run.attempts.length || 1)],
        ['pyrun', run.pyrun_version],
    ];
    return rows.filter((r) => typeof r[1] === 'string' && r[1] !== '');
}
function profileOf(run) {
    const p = run.profile;
    if (!p)
        return null;
    return {
        total: (0,profile_format/* formatSeconds */.Xo)(p.total_s),
        top: p.top_own
            .slice(0, profile_format/* PROFILE_TOP_ROWS */.oO)
            .map((e) => [
            (0,profile_format/* shortFunction */.zR)(e.function),
            (0,profile_format/* formatSeconds */.Xo)(e.own_s),
            (0,profile_format/* formatSeconds */.Xo)(e.cumulative_s),
            String(e.calls),
        ]),
        error: p.error ?? null,
    };
}

;// CONCATENATED MODULE: ./src/engine/site/model.ts
/**
 * The site's data: every run of the history turned into the plain values the pages draw. Pure: runs in, values
 * out. Everything here is data for the browser side (src/site/app.js), which shows it with textContent only, so
 * a name or a commit message holding HTML stays text.
 *
 * Charts are drawn for the metrics judged by default (the metric table's headline costs, plus `instructions`
 * where a run counted them); each chart is thinned to MAX_CHART_POINTS runs with every bucket's highest and lowest
 * kept, and every regressed run or failed gate kept on top, so neither a spike nor a marked run is ever lost.
 */





/** Points per chart; beyond this a chart shows each bucket's highest and lowest run and every marked run. */
const MAX_CHART_POINTS = 1500;
/** Points of an index sparkline (the newest runs). */
const SPARK_POINTS = 60;
/** The metrics the charts show, in table order. */
function siteMetrics() {
    const judged = engine_metrics/* COMPARABLE_METRICS */.fm.filter((m) => engine_metrics/* HEADLINE_METRICS */.jM.includes(m) || m === 'instructions');
    return judged.map((name) => {
        const row = (0,engine_metrics/* metricRow */.dh)(name);
        return {
            name,
            unit: row?.unit ?? '',
            help: row?.help ?? '',
            threshold_pct: engine_metrics/* DEFAULT_THRESHOLD_PCT */._5[name] ?? 0,
        };
    });
}
/** A file-name-safe, collision-free name for a series: readable letters, then a hash of the exact name. */
function seriesSlug(name) {
    const readable = name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 40);
    const hash = (0,external_node_crypto_.createHash)('sha256').update(name).digest('hex').slice(0, 10);
    return readable ? `${readable}-${hash}` : hash;
}
/** One series' page data; `runs` in any order (they are sorted by start time, oldest first). */
function buildSeries(name, stored, options) {
    const ordered = [...stored].sort(byStart);
    const all = siteMetrics();
    const metrics = all.filter((m) => ordered.some((r) => isNumber(model_valueOf(r, m.name))));
    const groupIndex = new Map();
    const groups = [];
    const runs = ordered.map((run) => {
        const key = groupLabel(run);
        let g = groupIndex.get(key);
        if (g === undefined) {
            g = groups.length;
            groupIndex.set(key, g);
            groups.push({ label: key, ref: run.git_ref, runs: 0 });
        }
        groups[g].runs += 1;
        return siteRun(run, g, metrics, (0,explain/* explain */.WE)({ ...run, series: [] }), options.repo_url);
    });
    const charts = metrics.map((m) => chartPoints(runs, m.name));
    return { name, slug: seriesSlug(name), metrics, groups, runs, charts };
}
/** The index: one entry per series, in name order. */
function buildIndex(series, options) {
    return {
        title: options.title,
        repo_url: options.repo_url,
        baseline_ref: options.baseline_ref,
        built_at: options.built_at,
        total_runs: series.reduce((n, s) => n + s.runs.length, 0),
        series: series.map((s) => indexEntry(s, options.baseline_ref)),
    };
}
function indexEntry(series, baselineRef) {
    const onLine = baselineRef === null ? series.runs : series.runs.filter((r) => r.ref === baselineRef);
    const line = onLine.length > 0 ? onLine : series.runs;
    const latest = line[line.length - 1];
    const metric = series.metrics[0]?.name ?? 'duration_s';
    const spark = line.slice(-SPARK_POINTS).map((r) => r.m[metric] ?? null);
    let last_regression = null;
    let last_gate_failure = null;
    for (let i = series.runs.length - 1; i >= 0 && (!last_regression || !last_gate_failure); i--) {
        const run = series.runs[i];
        if (!last_regression && run.regressed.length > 0)
            last_regression = { t: run.t, run_id: run.id, metrics: run.regressed };
        if (!last_gate_failure && run.gates.some((g) => g.status === 'failed'))
            last_gate_failure = { t: run.t, run_id: run.id };
    }
    return {
        name: series.name,
        slug: series.slug,
        runs: series.runs.length,
        latest: { status: latest.status, t: latest.t, ref: latest.ref, sha: latest.sha, run_id: latest.id },
        spark: { metric, values: spark },
        last_regression,
        last_gate_failure,
    };
}
function chartPoints(runs, metric) {
    const withValue = [];
    for (let i = 0; i < runs.length; i++)
        if (isNumber(runs[i].m[metric]))
            withValue.push(i);
    const value = (i) => runs[i].m[metric];
    const kept = new Set((0,downsample/* downsampleKeepingPeaks */.q)(withValue, MAX_CHART_POINTS, value, { keep_lows: true }));
    if (kept.size < withValue.length) {
        for (const i of withValue)
            if (isMarked(runs[i], metric))
                kept.add(i);
    }
    return { metric, points: [...kept].sort((a, b) => a - b), of: withValue.length };
}
function isMarked(run, metric) {
    return run.regressed.includes(metric) || run.gates.some((g) => g.status === 'failed');
}
/** Branch and fingerprint: runs compare only within one, so each is its own line. */
function groupLabel(run) {
    const where = run.host ? `${run.executor}:${run.host}` : run.executor;
    return `${run.git_ref ?? '(no ref)'} · ${run.os}/${run.arch} · Python ${run.python_version} · ${where}`;
}
function model_valueOf(run, metric) {
    return run[metric];
}
function isNumber(v) {
    return typeof v === 'number' && Number.isFinite(v);
}
function byStart(a, b) {
    const d = Date.parse(a.started_at) - Date.parse(b.started_at);
    return d !== 0 && Number.isFinite(d) ? d : a.run_id < b.run_id ? -1 : a.run_id > b.run_id ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/engine/site/render.ts



/** Every page and data file of the site for these runs (any order, any number of series). */
function renderSite(runs, options) {
    const bySeries = new Map();
    for (const run of runs) {
        const list = bySeries.get(run.name);
        if (list)
            list.push(run);
        else
            bySeries.set(run.name, [run]);
    }
    const names = [...bySeries.keys()].sort();
    const series = names.map((name) => buildSeries(name, bySeries.get(name), options));
    const index = buildIndex(series, options);
    const files = [
        { path: 'index.html', text: page('index', options.title, '', 'data/index.js', '') },
        { path: 'data/index.js', text: dataScript({ index }) },
    ];
    for (const s of series)
        files.push(...seriesFiles(s, index, options));
    // GitHub Pages runs Jekyll over a site unless told not to; nothing here needs it.
    files.push({ path: '.nojekyll', text: '' });
    return { files, index };
}
function seriesFiles(series, index, options) {
    const data = `data/${series.slug}.js`;
    const meta = {
        title: index.title,
        repo_url: index.repo_url,
        baseline_ref: index.baseline_ref,
        built_at: index.built_at,
    };
    return [
        {
            path: `series/${series.slug}.html`,
            text: page('series', `${series.name} · ${options.title}`, '../', `../${data}`, series.name),
        },
        { path: data, text: dataScript({ index: meta, series }) },
    ];
}
/**
 * A page shell. The title and heading are escaped here; the rest of the page is built from the data as text.
 * The content security policy lets the page load only its own files: nothing can be fetched from elsewhere.
 */
function page(kind, title, root, data, heading) {
    const h1 = kind === 'index' ? title : heading;
    return [
        '<!doctype html>',
        '<html lang="en">',
        '<head>',
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="color-scheme" content="light dark">',
        `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
        `<title>${(0,html_escape/* escapeHtml */.Z)(title)}</title>`,
        `<link rel="stylesheet" href="${root}${ASSET_FILES.uplotCss}">`,
        `<link rel="stylesheet" href="${root}${ASSET_FILES.css}">`,
        '</head>',
        `<body data-page="${kind}">`,
        '<a class="skip" href="#main">Skip to content</a>',
        '<header class="top">',
        kind === 'series' ? `<nav><a href="${root}index.html">← All series</a></nav>` : '',
        `<h1 id="title">${(0,html_escape/* escapeHtml */.Z)(h1)}</h1>`,
        '</header>',
        '<main id="main" tabindex="-1">',
        '<noscript><p>This page draws its charts and tables with JavaScript; please enable it.</p></noscript>',
        '</main>',
        '<footer id="foot"></footer>',
        kind === 'series' ? `<script src="${root}${ASSET_FILES.uplotJs}"></script>` : '',
        `<script src="${(0,html_escape/* escapeHtml */.Z)(data)}"></script>`,
        `<script src="${root}${ASSET_FILES.kit}"></script>`,
        kind === 'series' ? `<script src="${root}${ASSET_FILES.charts}"></script>` : '',
        `<script src="${root}${ASSET_FILES.app}"></script>`,
        '</body>',
        '</html>',
        '',
    ].join('\n');
}
const CSP = [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
].join('; ');
/**
 * A data script: `window.PYRUN_SITE = <JSON>;`. Every `<`, `>`, `&` and line separator in the JSON is written as a
 * `\u` escape, so no string from the history can close a script element or start markup, whichever way the
 * data is later embedded.
 */
function dataScript(value) {
    return `window.PYRUN_SITE = ${safeJson(value)};\n`;
}
function safeJson(value) {
    // Plain string replacements: on a large history's data this is several times faster than one callback.
    return JSON.stringify(value)
        .replace(/</g, '\\u003c')
        .replace(/>/g, '\\u003e')
        .replace(/&/g, '\\u0026')
        .replace(/\u2028/g, '\\u2028')
        .replace(/\u2029/g, '\\u2029');
}

;// CONCATENATED MODULE: ./src/engine/site/write.ts
/**
 * Writing a rendered site to a directory: its pages and data, then the static assets. The directory is created;
 * files pyrun wrote there before are overwritten, others are left alone (a site folder may hold a CNAME).
 */




function writeSite(dir, runs, options) {
    const root = (0,external_node_path_.resolve)(dir);
    const assets = siteAssets();
    const { files, index } = renderSite(runs, options);
    for (const file of files) {
        const target = (0,external_node_path_.join)(root, ...file.path.split('/'));
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(target), { recursive: true });
        (0,external_node_fs_.writeFileSync)(target, file.text, 'utf8');
    }
    for (const asset of assets) {
        const target = (0,external_node_path_.join)(root, ...asset.path.split('/'));
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(target), { recursive: true });
        (0,external_node_fs_.copyFileSync)(asset.source, target);
    }
    return {
        dir: root,
        series: index.series.length,
        runs: index.total_runs,
        files: files.length + assets.length,
    };
}
/** A repository URL for commit links: http(s) only, without a trailing slash; null for anything else. */
function repoUrlOrNull(text) {
    if (!text)
        return null;
    try {
        const url = new URL(text);
        if (url.protocol !== 'https:' && url.protocol !== 'http:')
            return null;
        return url.href.replace(/\/+$/, '');
    }
    catch {
        return null;
    }
}

// EXTERNAL MODULE: ./src/engine/log-text.ts
var log_text = __webpack_require__(4202);
// EXTERNAL MODULE: ./src/cli/commands/store.ts
var commands_store = __webpack_require__(1016);
;// CONCATENATED MODULE: ./src/cli/commands/site.ts
/** `pyrun site`: the whole history as a static site (an index of every series, a page per series with charts). */



async function siteCommand(opts, ctx) {
    if (!opts.out)
        throw new errors/* PyrunError */.P('pyrun site needs --out DIR (the folder the site is written to)');
    const repo_url = repoUrlOrNull(opts.repoUrl);
    if (opts.repoUrl && repo_url === null)
        throw new errors/* PyrunError */.P(`--repo-url must be an http(s) URL such as https://github.com/OWNER/REPO (got '${opts.repoUrl}')`);
    const store = await (0,commands_store/* openExistingHistory */.MZ)(opts.db, ctx);
    let runs;
    try {
        runs = store.listRuns();
    }
    finally {
        store.close();
    }
    const written = writeSite(external_node_path_default().resolve(ctx.cwd, opts.out), runs, {
        title: opts.title || 'pyrun history',
        repo_url,
        baseline_ref: opts.baselineRef || null,
        built_at: new Date().toISOString(),
    });
    ctx.stderr.write(`${(0,log_text/* neutralizeWorkflowCommands */.t)(`pyrun: site of ${written.series} series (${written.runs} runs) written to ${opts.out}/index.html`)}\n`);
    return 0;
}


/***/ }),

/***/ 1016:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GF: () => (/* binding */ writeJson),
/* harmony export */   MZ: () => (/* binding */ openExistingHistory),
/* harmony export */   f7: () => (/* binding */ chooseSeries)
/* harmony export */ });
/* harmony import */ var _engine_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7679);
/* harmony import */ var _engine_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4872);
/* harmony import */ var _engine_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4202);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/** Opening the history for the reading commands: a missing file is a clear error, not an empty answer. */



async function openExistingHistory(db, ctx) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(ctx.cwd, db);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file)) {
        throw new _engine_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PyrunError */ .P(`no history at ${db}: run \`pyrun run SCRIPT\` first, or point --db at a history file`);
    }
    const store = await _engine_index_js__WEBPACK_IMPORTED_MODULE_3__/* .HistoryStore */ .K.open(file, { read_only: true });
    for (const w of store.warnings)
        ctx.stderr.write(`${(0,_engine_index_js__WEBPACK_IMPORTED_MODULE_4__/* .neutralizeWorkflowCommands */ .t)(`pyrun: warning: ${w}`)}\n`);
    return store;
}
/** The series to read: --name, or the only series there is. */
function chooseSeries(store, name) {
    const names = store.seriesNames();
    if (name !== undefined) {
        if (!names.includes(name)) {
            throw new _engine_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PyrunError */ .P(`no runs named '${name}' in the history; series there: ${names.join(', ') || '(none)'}`);
        }
        return name;
    }
    if (names.length === 1)
        return names[0];
    throw new _engine_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PyrunError */ .P(`--name is required: the history holds ${names.length} series (${names.join(', ')})`);
}
function writeJson(ctx, value) {
    ctx.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}


/***/ }),

/***/ 3261:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WE: () => (/* binding */ explain)
/* harmony export */ });
/* unused harmony exports detectableLine, headline */
/* harmony import */ var _metric_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(766);
/* harmony import */ var _report_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4230);
/* harmony import */ var _metrics_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8703);
/* harmony import */ var _analysis_verdict_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9740);
/* harmony import */ var _confirm_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3942);
/**
 * The words both faces show for a finished run: the CLI prints them, the action logs them and uses the first
 * failing reason for its one `setFailed` line. One headline, then one line per failed gate (with actual and limit
 * in the metric's unit), per regressed metric (by how much, against what), and a note when history was too short.
 */





function explain(record) {
    if (record.error !== undefined)
        return [`${record.name}: could not run: ${record.error}`];
    const lines = [`${record.name}: ${headline(record)} · ${figures(record)}`];
    for (const gate of record.gates) {
        if (!gate.passed)
            lines.push(`  gate failed: ${gate.expr} (${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .describeGate */ .l7)(gate)})`);
    }
    for (const metric of (0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .regressedMetrics */ .kz)(record)) {
        const verdict = record.verdicts[metric];
        const base = record.baseline[metric];
        const p = verdict.p_value !== undefined ? `, p = ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPValue */ .td)(verdict.p_value)}` : '';
        lines.push(`  regressed: ${metric} ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMetricValue */ .dd)(metric, record[metric])} vs baseline ` +
            `${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMetricValue */ .dd)(metric, base?.value)} (${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatChangePct */ .jj)(verdict.change_pct)}; ` +
            `${namesItsRuns(verdict.statistic) ? verdict.statistic : `${verdict.statistic} over ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(base?.runs ?? 0, 'run')}`}${p})`);
    }
    if (record.instrumentation) {
        const ins = record.instrumentation;
        const n = ins.per_process.length;
        lines.push(`  instructions: ${record.instructions === null ? 'n/a' : record.instructions.toLocaleString('en-US')} ` +
            `in ${n} process${n === 1 ? '' : 'es'} (callgrind files in ${ins.out_dir}); ${ins.note}`);
    }
    if (record.benchmark)
        lines.push(...benchmarkLines(record));
    const insufficient = record.gates.filter((g) => g.status === 'insufficient_history');
    if (insufficient.length > 0) {
        lines.push(`  not yet judged (no baseline run yet): ${insufficient.map((g) => g.expr).join('; ')}`);
    }
    const judged = (0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .judgedMetrics */ .PH)(record);
    if (judged.length > 0 && judged.every((m) => record.verdicts[m]?.verdict === 'insufficient_history')) {
        const runs = Math.max(0, ...Object.values(record.baseline).map((b) => b?.runs ?? 0));
        lines.push(`  verdict: insufficient history (${runs} baseline run${runs === 1 ? '' : 's'} so far)`);
    }
    const unseen = detectableLine(record);
    if (unseen !== null)
        lines.push(unseen);
    return lines;
}
/**
 * What the baseline could not have seen: `with these 5 baseline runs, a rise under +38% in duration_s … would pass
 * unseen`. Shown for a run with nothing regressed, when at least one judged metric's baseline is noisier than its
 * relative threshold (a quiet baseline sees down to the threshold, which the docs state once).
 */
function detectableLine(record) {
    if ((0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .regressedMetrics */ .kz)(record).length > 0)
        return null;
    const parts = [];
    let noisy = false;
    let runs = 0;
    for (const metric of (0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .judgedMetrics */ .PH)(record)) {
        const verdict = record.verdicts[metric];
        if (verdict?.verdict !== 'unchanged' || verdict.detectable_pct === undefined)
            continue;
        runs = Math.max(runs, record.baseline[metric]?.runs ?? 0);
        parts.push(`${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatChangePct */ .jj)(verdict.detectable_pct)} in ${metric}`);
        if (verdict.detectable_pct > _metrics_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_THRESHOLD_PCT */ ._5[metric] + 0.05)
            noisy = true;
    }
    if (parts.length === 0 || !noisy)
        return null;
    return `  with these ${runs} baseline runs, a rise under ${parts.join(', ')} would pass unseen`;
}
function namesItsRuns(statistic) {
    return statistic.startsWith(_analysis_verdict_js__WEBPACK_IMPORTED_MODULE_3__/* .WINDOW_STATISTIC */ .uM) || (0,_confirm_js__WEBPACK_IMPORTED_MODULE_4__/* .isConfirmedStatistic */ .eI)(statistic);
}
/** What happened, in a few words: `passed`, `regressed`, `failed 2 gates`, `failed (exit 3)`, `timed out`. */
function headline(record) {
    const failedGates = record.gates.filter((g) => !g.passed).length;
    const regressed = (0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .regressedMetrics */ .kz)(record);
    switch (record.status) {
        case 'passed':
            return 'passed';
        case 'timeout':
            return 'timed out; its process tree was killed';
        case 'failed':
            if (record.signal && record.oom_killed)
                return `was ${_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .OOM_KILLED */ .A4} (${record.signal})`;
            return record.signal ? `was killed by ${record.signal}` : `failed (${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .describeScriptOutcome */ .r$)(record)})`;
        default: {
            const parts = [];
            if (failedGates > 0)
                parts.push(`failed ${failedGates} gate${failedGates === 1 ? '' : 's'}`);
            if (regressed.length > 0)
                parts.push(`regressed in ${regressed.join(', ')}`);
            return parts.length > 0 ? parts.join(' and ') : String(record.status).replace(/_/g, ' ');
        }
    }
}
function figures(r) {
    return (`${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(r.duration_s)} s · CPU ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(r.cpu_time_s)} s ` +
        `(avg ${r.cpu_percent_avg.toFixed(0)}%, max ${r.cpu_percent_max.toFixed(0)}%) · ` +
        `peak RSS ${r.peak_rss_mb.toFixed(1)} MB · ${r.max_processes} proc · ${r.max_threads} thr · ` +
        `read ${r.read_mb.toFixed(1)} MB · write ${r.write_mb.toFixed(1)} MB`);
}
/** Benchmark mode, as hyperfine shows it: mean ± σ, median, min … max of the measured runs, and what to do. */
function benchmarkLines(record) {
    const summary = (0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .benchmarkSummary */ .cV)(record);
    if (summary === null)
        return [];
    return [
        ...summary.rows.map((r) => `  ${r.metric}: ${r.mean_sd} (mean ± σ of ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(r.runs, 'run')}) · median ${r.median} · range ${r.range}`),
        ...summary.warnings.map((w) => `  warning: ${w}`),
    ];
}


/***/ }),

/***/ 9875:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ downsampleKeepingPeaks)
/* harmony export */ });
/**
 * Thin a series for a chart without losing its peaks: the items are cut into equal buckets and each
 * bucket keeps its highest item (and, with `keep_lows`, its lowest too). The global maximum therefore
 * always survives, and the first and last items are kept so the time axis spans the whole run.
 * At most `max_points` items come back (but never fewer than 3 are allowed).
 */
function downsampleKeepingPeaks(items, max_points, value, options = {}) {
    // First and last are kept on their own, so three points is the least that still shows a peak.
    const limit = Math.max(3, Math.floor(max_points));
    if (items.length <= limit)
        return items.slice();
    // The buckets share what is left of the budget; too small a budget for pairs keeps peaks only.
    const keep_lows = options.keep_lows === true && limit >= 4;
    const buckets = Math.floor((limit - 2) / (keep_lows ? 2 : 1));
    const inner_start = 1;
    const inner_count = items.length - 2;
    const kept = [0];
    for (let b = 0; b < buckets; b++) {
        const from = inner_start + Math.floor((b * inner_count) / buckets);
        const to = inner_start + Math.floor(((b + 1) * inner_count) / buckets);
        if (to <= from)
            continue;
        let hi = from;
        let lo = from;
        for (let i = from + 1; i < to; i++) {
            const v = value(items[i]);
            if (v > value(items[hi]))
                hi = i;
            if (v < value(items[lo]))
                lo = i;
        }
        if (keep_lows && lo !== hi)
            kept.push(Math.min(lo, hi), Math.max(lo, hi));
        else
            kept.push(hi);
    }
    kept.push(items.length - 1);
    return kept.map((i) => items[i]);
}


/***/ }),

/***/ 4230:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A4: () => (/* binding */ OOM_KILLED),
/* harmony export */   Fr: () => (/* binding */ scriptSucceeded),
/* harmony export */   I3: () => (/* binding */ humanize),
/* harmony export */   Ko: () => (/* binding */ retriesOf),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   Mo: () => (/* binding */ STATUS_RANK),
/* harmony export */   N: () => (/* binding */ junitTimestamp),
/* harmony export */   PH: () => (/* binding */ judgedMetrics),
/* harmony export */   Pl: () => (/* binding */ regressedSummary),
/* harmony export */   SG: () => (/* binding */ regressionOutcome),
/* harmony export */   T$: () => (/* binding */ gatesFailingFirst),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   bl: () => (/* binding */ scriptTestName),
/* harmony export */   cV: () => (/* binding */ benchmarkSummary),
/* harmony export */   cu: () => (/* binding */ STATUS_EMOJI),
/* harmony export */   fE: () => (/* binding */ shownMetrics),
/* harmony export */   gp: () => (/* binding */ countGates),
/* harmony export */   hH: () => (/* binding */ worstStatus),
/* harmony export */   jP: () => (/* binding */ REGRESSION_TEST_NAME),
/* harmony export */   jj: () => (/* binding */ formatChangePct),
/* harmony export */   kC: () => (/* binding */ gateMetric),
/* harmony export */   kz: () => (/* binding */ regressedMetrics),
/* harmony export */   l7: () => (/* binding */ describeGate),
/* harmony export */   mv: () => (/* binding */ unseenBelow),
/* harmony export */   r$: () => (/* binding */ describeScriptOutcome),
/* harmony export */   s8: () => (/* binding */ verdictCell),
/* harmony export */   td: () => (/* binding */ formatPValue),
/* harmony export */   vY: () => (/* binding */ GATE_EMOJI)
/* harmony export */ });
/* unused harmony exports METRIC_UNIT, REPORT_METRICS, VERDICT_LABEL */
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8703);
/* harmony import */ var _metric_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(766);
/**
 * Formatting shared by every report: numbers, units, durations, statuses and the script's outcome.
 * Everything here is deterministic (no locale, no clock) so golden files stay byte-identical.
 */



/** Numbers, units and metric values come from the metric table. */

/** The unit shown after a run metric's value (empty for plain counts). */
const METRIC_UNIT = Object.fromEntries(_types_js__WEBPACK_IMPORTED_MODULE_0__/* .COMPARABLE_METRICS */ .fm.map((metric) => [metric, (0,_metric_format_js__WEBPACK_IMPORTED_MODULE_1__/* .metricUnit */ .n2)(metric)]));
/** The run metrics in the order every report lists them. */
const REPORT_METRICS = _types_js__WEBPACK_IMPORTED_MODULE_0__/* .COMPARABLE_METRICS */ .fm;
/**
 * The metrics a report's table lists for `record`: every one with a value, a baseline or a verdict. A metric the
 * executor could not measure (rusage over an executor that cannot report it) is left out rather than shown n/a.
 */
function shownMetrics(record) {
    return REPORT_METRICS.filter((m) => record[m] !== null || record.baseline[m] !== undefined || record.verdicts[m] !== undefined);
}
/** A wall time for people: `12.35 s`, `2 m 03.5 s`, `1 h 02 m 03 s`. */
function formatDuration(seconds) {
    if (seconds === null || seconds === undefined || !Number.isFinite(seconds))
        return 'n/a';
    if (seconds < 60)
        return `${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(seconds)} s`;
    const whole_s = Math.round(seconds * 10) / 10;
    const hours = Math.floor(whole_s / 3600);
    const minutes = Math.floor((whole_s - hours * 3600) / 60);
    const rest_s = whole_s - hours * 3600 - minutes * 60;
    const pad2 = (n) => (n < 10 ? `0${n}` : String(n));
    if (hours === 0) {
        const secText = rest_s.toFixed(1).padStart(4, '0');
        return `${minutes} m ${secText} s`;
    }
    return `${hours} h ${pad2(minutes)} m ${pad2(Math.round(rest_s))} s`;
}
/** A relative change to one decimal, with its sign: `+3.4%`, `-12%`, `0%`; `n/a` without a baseline. */
function formatChangePct(change_pct) {
    if (change_pct === null || change_pct === undefined || !Number.isFinite(change_pct))
        return 'n/a';
    // Round half away from zero, so +6.15% and -6.15% read alike.
    const text = (0,_metric_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)((Math.sign(change_pct) * Math.round(Math.abs(change_pct) * 10)) / 10);
    if (text === '0')
        return '0%';
    return change_pct > 0 ? `+${text}%` : `${text}%`;
}
const STATUS_EMOJI = {
    passed: '✅',
    regressed: '🔺',
    failed: '❌',
    gate_failed: '❌',
    timeout: '⏱️',
};
/** Worse statuses rank higher; a combined report takes the worst. */
const STATUS_RANK = {
    passed: 0,
    regressed: 1,
    gate_failed: 2,
    failed: 3,
    timeout: 4,
};
function worstStatus(records) {
    let worst = 'passed';
    for (const record of records)
        if (STATUS_RANK[record.status] > STATUS_RANK[worst])
            worst = record.status;
    return worst;
}
const GATE_EMOJI = {
    passed: '✅',
    failed: '❌',
    insufficient_history: '⏭️',
};
const VERDICT_LABEL = {
    regressed: '🔺 regressed',
    improved: '🟢 improved',
    unchanged: '⚪ unchanged',
    insufficient_history: '❔ insufficient history',
    not_judged: '· not judged',
};
/**
 * An `unchanged` verdict whose baseline was too noisy to see a rise of the metric's relative threshold: the
 * smallest rise it would have called (`+38%`); null otherwise.
 */
function unseenBelow(metric, verdict) {
    if (verdict?.verdict !== 'unchanged' || verdict.detectable_pct === undefined)
        return null;
    if (verdict.detectable_pct <= _types_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_THRESHOLD_PCT */ ._5[metric] + 0.05)
        return null;
    return formatChangePct(verdict.detectable_pct);
}
/** The verdict in words for a table cell: `⚪ unchanged (sees ≥ +38%)` where the baseline was noisy. */
function verdictCell(metric, verdict) {
    if (verdict === undefined)
        return '—';
    const unseen = unseenBelow(metric, verdict);
    return `${VERDICT_LABEL[verdict.verdict]}${unseen === null ? '' : ` (sees ≥ ${unseen})`}`;
}
/** `insufficient_history` → `insufficient history`. */
function humanize(word) {
    // Only pyrun's own status words are shown: a history from elsewhere may hold any text in a status column, and
    // this word is written unescaped into markdown headings and check-run titles.
    return typeof word === 'string' && /^[a-z][a-z_]{0,40}$/.test(word) ? word.replace(/_/g, ' ') : 'unknown';
}
/** `1 sample`, `2 samples`, `1 retry`, `3 retries`: a count with its noun in the right number. */
function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}
/**
 * Retries of a failed script (`--retries`) the record shows: attempts beyond one per run. `--repeat N` records one
 * attempt per measured run, so N attempts there mean nothing was retried.
 */
function retriesOf(record) {
    return Math.max(0, record.attempts.length - (record.repeats?.length ?? 1));
}
/** Did the script itself succeed (whatever the gates and verdicts said)? */
function scriptSucceeded(record) {
    return record.status === 'passed' || record.status === 'gate_failed' || record.status === 'regressed';
}
/** How a kill by the container's memory limit is told (the OOM killer, not a crash). */
const OOM_KILLED = "killed by the container's memory limit";
/**
 * What happened to the script, in one line: `exited 0`, `exit code 3`, `killed by signal SIGKILL`,
 * `timed out after 30 s; the process tree was killed`, with the attempt count when `--retries` retried.
 * `quote` wraps the one string from outside (the signal's name) for the format at hand (markdown: a code span).
 */
function describeScriptOutcome(record, quote = (text) => text) {
    let text;
    if (record.status === 'timeout') {
        text = `timed out after ${formatDuration(record.duration_s)}; the process tree was killed`;
    }
    else if (record.signal !== null) {
        text = record.oom_killed
            ? `${OOM_KILLED} (signal ${quote(record.signal)})`
            : `killed by signal ${quote(record.signal)}`;
    }
    else if (record.exit_code !== null) {
        text = record.exit_code === 0 ? 'exited 0' : `exit code ${record.exit_code}`;
        if (record.oom_killed)
            text += `; a process of its tree was ${OOM_KILLED}`;
    }
    else {
        text = 'ended without an exit code';
    }
    const retries = retriesOf(record);
    if (retries > 0) {
        text +=
            record.repeats === undefined
                ? ` (after ${record.attempts.length} attempts)`
                : ` (${plural(retries, 'retry', 'retries')} over ${plural(record.repeats.length, 'measured run')})`;
    }
    return text;
}
/** The stable name of the test case / test point for the script itself. */
function scriptTestName(record) {
    return `script: ${record.script}`;
}
/** The stable name of the test case / test point that collects regression verdicts. */
const REGRESSION_TEST_NAME = 'no regression against baseline';
/** The metric a gate's rule compares first (`peak_rss_mb < 512` → `peak_rss_mb`), for its unit. */
function gateMetric(gate) {
    return /^\s*\(*\s*([a-z_][a-z0-9_]*)/.exec(gate.expr)?.[1] ?? '';
}
/**
 * `actual 612.4 MB, limit 512 MB` — the measured value against the evaluated limit, in the metric's unit. A gate on
 * a metric this run has no value for (null: rusage where the executor cannot report it) fails, and says so.
 */
function describeGate(gate) {
    const metric = gateMetric(gate);
    const actual = gate.actual === null && gate.status === 'failed'
        ? 'n/a (no value on this run)'
        : (0,_metric_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMetricValue */ .dd)(metric, gate.actual);
    return `actual ${actual}, limit ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMetricValue */ .dd)(metric, gate.limit)}`;
}
/** A p-value for people: `< 0.001` below a thousandth, else two significant digits (`0.012`, `0.43`). */
function formatPValue(p) {
    if (p === null || p === undefined || !Number.isFinite(p))
        return 'n/a';
    if (p < 0.001)
        return '< 0.001';
    if (p >= 1)
        return '1';
    return String(Number(p.toPrecision(2)));
}
/** The regressed metrics with their change (`duration_s +31%, cpu_time_s +28%`), or a dash: overviews' column. */
function regressedSummary(record) {
    const regressed = regressedMetrics(record);
    if (regressed.length === 0)
        return '—';
    return regressed.map((m) => `${m} ${formatChangePct(record.verdicts[m]?.change_pct)}`).join(', ');
}
/** Metrics judged `regressed`, in report order. */
function regressedMetrics(record) {
    return REPORT_METRICS.filter((m) => record.verdicts[m]?.verdict === 'regressed');
}
/** Metrics the verdict weighed (not the ones only measured and shown), in report order. */
function judgedMetrics(record) {
    return REPORT_METRICS.filter((m) => {
        const verdict = record.verdicts[m]?.verdict;
        return verdict !== undefined && verdict !== 'not_judged';
    });
}
/**
 * The regression check as one outcome: `null` when no verdict was reached at all (no history kept),
 * `skipped` when every verdict lacked history, else failed with the regressed metrics named.
 */
function regressionOutcome(record) {
    const judged = judgedMetrics(record);
    if (judged.length === 0)
        return null;
    const regressed = regressedMetrics(record);
    if (regressed.length > 0) {
        const parts = regressed.map((m) => `${m} ${formatChangePct(record.verdicts[m]?.change_pct)}`);
        return { status: 'failed', message: `regressed: ${parts.join(', ')}` };
    }
    if (judged.every((m) => record.verdicts[m]?.verdict === 'insufficient_history')) {
        return { status: 'skipped', message: 'insufficient history' };
    }
    return { status: 'passed', message: `${plural(judged.length, 'metric')} within baseline` };
}
/** Rank for ordering: failed gates first, then insufficient history, then passed (stable within a rank). */
const GATE_RANK = { failed: 0, insufficient_history: 1, passed: 2 };
/** Gates with the failing ones first, keeping the user's order within each status. */
function gatesFailingFirst(gates) {
    return gates
        .map((gate, index) => ({ gate, index }))
        .sort((a, b) => GATE_RANK[a.gate.status] - GATE_RANK[b.gate.status] || a.index - b.index)
        .map((entry) => entry.gate);
}
/** Counts of gates by status. */
function countGates(gates) {
    const counts = { passed: 0, failed: 0, insufficient_history: 0 };
    for (const gate of gates)
        counts[gate.status] += 1;
    return counts;
}
/**
 * An ISO 8601 instant reduced to whole seconds, in UTC and saying so (`2025-03-14T09:26:53Z`): without the `Z`,
 * readers take the time as their own local time.
 */
function junitTimestamp(started_at) {
    const date = new Date(started_at);
    if (Number.isNaN(date.getTime()))
        return started_at;
    return `${date.toISOString().slice(0, 19)}Z`;
}
/**
 * `--repeat N`, as hyperfine shows it: mean ± σ, median and range of the headline metrics over the measured runs,
 * and the warnings on them (a count of context switches jumping is no advice to act on). Null for a single run.
 */
function benchmarkSummary(record) {
    const stats = record.benchmark;
    if (!stats)
        return null;
    const rows = _types_js__WEBPACK_IMPORTED_MODULE_0__/* .HEADLINE_METRICS */ .jM.flatMap((metric) => {
        const s = stats.metrics[metric];
        if (!s)
            return [];
        const v = (x) => (0,_metric_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMetricValue */ .dd)(metric, x);
        return [
            {
                metric,
                runs: s.n,
                mean_sd: `${v(s.mean)} ± ${v(s.stddev)}`,
                median: v(s.median),
                range: `${v(s.min)} … ${v(s.max)}`,
            },
        ];
    });
    if (rows.length === 0)
        return null;
    const warnings = stats.warnings.filter((w) => _types_js__WEBPACK_IMPORTED_MODULE_0__/* .HEADLINE_METRICS */ .jM.includes(w.metric)).map((w) => w.message);
    return { rows, warnings };
}


/***/ }),

/***/ 6918:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ escapeHtml),
/* harmony export */   t: () => (/* binding */ table)
/* harmony export */ });
/** Text for HTML element content and quoted attribute values: the five characters that matter, escaped. */
const ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
};
function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (char) => ENTITIES[char]);
}
/** A table with escaped headers around rows already rendered as `<tr>` elements. */
function table(headers, rows, cls) {
    return [
        `<table class="${cls}">`,
        `<thead><tr>${headers.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead>`,
        '<tbody>',
        ...rows,
        '</tbody>',
        '</table>',
    ].join('\n');
}


/***/ }),

/***/ 8358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T0: () => (/* binding */ PROFILE_TOP_TITLE),
/* harmony export */   T9: () => (/* binding */ formatGrowth),
/* harmony export */   XB: () => (/* binding */ PROFILE_DIFF_TITLE),
/* harmony export */   Xo: () => (/* binding */ formatSeconds),
/* harmony export */   oO: () => (/* binding */ PROFILE_TOP_ROWS),
/* harmony export */   u_: () => (/* binding */ shownProfileDiff),
/* harmony export */   zR: () => (/* binding */ shortFunction)
/* harmony export */ });
/* unused harmony export MAX_FUNCTION_CHARS */
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(766);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4230);

/** Rows of the "where the time went" table. */
const PROFILE_TOP_ROWS = 10;
/** A function's name is cut to this many characters, keeping its end (the file's tail and the name). */
const MAX_FUNCTION_CHARS = 100;
function shortFunction(fn) {
    return fn.length <= MAX_FUNCTION_CHARS ? fn : `…${fn.slice(fn.length - MAX_FUNCTION_CHARS + 1)}`;
}
/** Seconds with a unit, small values kept readable: `0.0012 s`, `1.25 s`. */
function formatSeconds(value) {
    if (value === null)
        return '—';
    if (value !== 0 && Math.abs(value) < 0.001)
        return `${Number(value.toPrecision(2))} s`;
    return `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(value)} s`;
}
function formatGrowth(g) {
    return {
        growth: `+${formatSeconds(g.growth_s)}`,
        change: g.growth_pct === null ? 'new in top' : (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatChangePct */ .jj)(g.growth_pct),
    };
}
/** The profile diff to show: only for a run that regressed, and only when something grew. */
function shownProfileDiff(record) {
    const diff = record.profile_diff;
    if (!diff || diff.grown.length === 0)
        return null;
    return (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .regressedMetrics */ .kz)(record).length > 0 ? diff : null;
}
const PROFILE_DIFF_TITLE = 'Functions whose time grew most';
const PROFILE_TOP_TITLE = 'Where the time went';


/***/ })

};
;