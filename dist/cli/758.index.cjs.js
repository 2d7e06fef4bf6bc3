"use strict";
exports.id = 758;
exports.ids = [758];
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
 * installed package. Found the way ../execute/exec/python-files.ts finds the Python helpers: names in variables, searched
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
var metrics = __webpack_require__(8703);
// EXTERNAL MODULE: ./src/engine/report/downsample.ts
var downsample = __webpack_require__(9875);
// EXTERNAL MODULE: ./src/engine/metric-format.ts
var metric_format = __webpack_require__(766);
// EXTERNAL MODULE: ./src/engine/report/gates.ts
var gates = __webpack_require__(9737);
// EXTERNAL MODULE: ./src/engine/verdicts.ts
var verdicts = __webpack_require__(5094);
// EXTERNAL MODULE: ./src/engine/report/profile-format.ts
var profile_format = __webpack_require__(8358);
;// CONCATENATED MODULE: ./src/engine/site/run.ts
/**
 * One run as the site ships it: raw values, which the browser side (src/site/kit.js) formats as pyrun's reports do.
 * Whatever repeats from run to run is said once per series (the metric columns with their units, the gate rules,
 * the verdict words, each group's environment) and a run refers to it by position, so a long history stays small.
 * Only what the page cannot compute comes already in words: the verdict as `pyrun run` prints it, and a profile.
 * Values stay data: the browser side sets them as text.
 */





/** The verdict kinds, in the order a run's `vd` refers to them. */
const VERDICT_KINDS = [
    'regressed',
    'improved',
    'unchanged',
    'insufficient_history',
    'not_judged',
];
/** Every run metric, in table order, with the unit it is shown in: the columns of a run's `v` and `vd`. */
function siteColumns() {
    return metrics/* RUN_METRICS */.Ks.map((name) => [name, (0,metric_format/* metricUnit */.n2)(name)]);
}
/** What a series says once for all its runs; a run refers into it. */
class SeriesTables {
    columns = siteColumns();
    /** Gate rules as [expr, unit of the gated metric]. */
    rules = [];
    ruleIndex = new Map();
    rule(expr, metric) {
        let i = this.ruleIndex.get(expr);
        if (i === undefined) {
            i = this.rules.length;
            this.ruleIndex.set(expr, i);
            this.rules.push([expr, (0,metric_format/* metricUnit */.n2)(metric)]);
        }
        return i;
    }
}
function siteRun(run, group, metrics, words, tables) {
    const values = run;
    const v = tables.columns.map(([name]) => {
        const x = values[name];
        return typeof x === 'number' && Number.isFinite(x) ? x : null;
    });
    const vd = tables.columns.map(([name]) => {
        const verdict = run.verdicts[name];
        if (!verdict)
            return null;
        const kind = VERDICT_KINDS.indexOf(verdict.verdict);
        return kind < 0 ? null : [kind, changeAsShown(verdict.change_pct)];
    });
    const charted = new Set(metrics.map((x) => x.name));
    return {
        id: run.run_id,
        t: Date.parse(run.started_at),
        status: run.status,
        g: group,
        ref: run.git_ref,
        sha: run.git_sha,
        pr: run.is_pull_request === true,
        v,
        vd,
        b: metrics.map((m) => judgedBand(run, m.name)),
        regressed: (0,verdicts/* regressedMetrics */.k)(run).filter((x) => charted.has(x)),
        gates: run.gates.map((g) => [tables.rule(g.expr, (0,gates/* gateMetric */.kC)(g)), g.status, g.actual, g.limit]),
        words,
        e: [run.started_at, run.script, run.interval_s, run.samples, run.attempts.length || 1, run.pyrun_version],
        alerts: run.alerts.map((a) => [a.rule, a.at_s]),
        profile: profileOf(run),
    };
}
/** A change in percent rounded half away from zero to 0.1, as the reports show it (report/format.ts). */
function changeAsShown(change_pct) {
    if (change_pct === null || !Number.isFinite(change_pct))
        return null;
    return (Math.sign(change_pct) * Math.round(Math.abs(change_pct) * 10)) / 10;
}
/**
 * The baseline centre and the limit the judge measured this run's metric against, as its verdict recorded them:
 * the verdict's `limit`, or for a run recorded before verdicts kept it, the centre plus the `detectable_pct` an
 * unchanged verdict carries. Null where the judge gave no such limit (too few runs, not judged, a rank test).
 */
function judgedBand(run, metric) {
    const base = run.baseline[metric];
    const verdict = run.verdicts[metric];
    if (!base || !verdict || !Number.isFinite(base.value))
        return null;
    const limit = verdict.limit ??
        (verdict.verdict === 'unchanged' && verdict.detectable_pct !== undefined
            ? base.value + (Math.abs(base.value) * verdict.detectable_pct) / 100
            : undefined);
    return limit !== undefined && Number.isFinite(limit) ? [base.value, limit] : null;
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
    const judged = metrics/* COMPARABLE_METRICS */.fm.filter((m) => metrics/* HEADLINE_METRICS */.jM.includes(m) || m === 'instructions');
    return judged.map((name) => {
        const row = (0,metrics/* metricRow */.dh)(name);
        return {
            name,
            unit: row?.unit ?? '',
            help: row?.help ?? '',
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
function buildSeries(name, stored) {
    const ordered = [...stored].sort(byStart);
    const all = siteMetrics();
    const metrics = all.filter((m) => ordered.some((r) => isNumber(model_valueOf(r, m.name))));
    const groupIndex = new Map();
    const groups = [];
    const tables = new SeriesTables();
    const runs = ordered.map((run) => {
        const key = groupLabel(run);
        let g = groupIndex.get(key);
        if (g === undefined) {
            g = groups.length;
            groupIndex.set(key, g);
            groups.push({
                label: key,
                ref: run.git_ref,
                runs: 0,
                os: `${run.os}/${run.arch}`,
                python: run.python_version,
                executor: run.host ? `${run.executor} (${run.host})` : run.executor,
            });
        }
        groups[g].runs += 1;
        return siteRun(run, g, metrics, (0,explain/* explain */.WE)({ ...run, series: [] }), tables);
    });
    const series = {
        name,
        slug: seriesSlug(name),
        metrics,
        columns: tables.columns,
        rules: tables.rules,
        verdict_kinds: VERDICT_KINDS,
        groups,
        runs,
        charts: [],
    };
    series.charts = metrics.map((m) => chartPoints(series, m.name));
    return series;
}
/** A run's value of a metric, from its row of values. */
function runValue(series, run, metric) {
    const column = series.columns.findIndex(([name]) => name === metric);
    return column < 0 ? null : (run.v[column] ?? null);
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
    const spark = line.slice(-SPARK_POINTS).map((r) => runValue(series, r, metric));
    let last_regression = null;
    let last_gate_failure = null;
    for (let i = series.runs.length - 1; i >= 0 && (!last_regression || !last_gate_failure); i--) {
        const run = series.runs[i];
        if (!last_regression && run.regressed.length > 0)
            last_regression = { t: run.t, run_id: run.id, metrics: run.regressed };
        if (!last_gate_failure && run.gates.some((g) => g[1] === 'failed'))
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
function chartPoints(series, metric) {
    const { runs } = series;
    const column = series.columns.findIndex(([name]) => name === metric);
    const withValue = [];
    for (let i = 0; i < runs.length; i++)
        if (isNumber(runs[i].v[column]))
            withValue.push(i);
    const value = (i) => runs[i].v[column];
    const kept = new Set((0,downsample/* downsampleKeepingPeaks */.q)(withValue, MAX_CHART_POINTS, value, { keep_lows: true }));
    if (kept.size < withValue.length) {
        for (const i of withValue)
            if (isMarked(runs[i], metric))
                kept.add(i);
    }
    return { metric, points: [...kept].sort((a, b) => a - b), of: withValue.length };
}
function isMarked(run, metric) {
    return run.regressed.includes(metric) || run.gates.some((g) => g[1] === 'failed');
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

// EXTERNAL MODULE: ./src/engine/visible-text.ts
var visible_text = __webpack_require__(1914);
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
    const series = names.map((name) => buildSeries(name, bySeries.get(name)));
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
    return `window.PYRUN_SITE = ${safeJson(visibleStrings(value))};\n`;
}
/**
 * Every string in the site's data with invisible format characters (U+202E…) and controls written as visible
 * `\u202E` escapes: the browser shows the data as text (textContent), so they must not reach it raw. Applied to
 * every string alike, so a name used as a key still matches itself.
 */
function visibleStrings(value) {
    if (typeof value === 'string')
        return (0,visible_text/* showInvisible */.jQ)(value);
    if (Array.isArray(value))
        return value.map(visibleStrings);
    if (value !== null && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [(0,visible_text/* showInvisible */.jQ)(k), visibleStrings(v)]));
    }
    return value;
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

// EXTERNAL MODULE: ./src/cli/table.ts
var table = __webpack_require__(2170);
// EXTERNAL MODULE: ./src/cli/commands/store.ts
var commands_store = __webpack_require__(1016);
;// CONCATENATED MODULE: ./src/cli/commands/site.ts
/** `pyrun site`: the whole history as a static site (an index of every series, a page per series with charts). */




async function siteCommand(opts, ctx) {
    if (!opts.out)
        throw new errors/* PyrunError */.Pu('pyrun site needs --out DIR (the folder the site is written to)');
    const repo_url = repoUrlOrNull(opts.repoUrl);
    if (opts.repoUrl && repo_url === null)
        throw new errors/* PyrunError */.Pu(`--repo-url must be an http(s) URL such as https://github.com/OWNER/REPO (got '${opts.repoUrl}')`);
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
    ctx.stderr.write(`${(0,table/* shown */.SP)(`pyrun: site of ${written.series} series (${written.runs} runs) written to ${opts.out}/index.html`)}\n`);
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
/* harmony import */ var _engine_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1914);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _table_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2170);
/** Opening the history for the reading commands: a missing file is a clear error, not an empty answer. */




async function openExistingHistory(db, ctx) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(ctx.cwd, db);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file)) {
        throw new _engine_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PyrunError */ .Pu(`no history at ${db}: run \`pyrun run SCRIPT\` first, or point --db at a history file`);
    }
    const store = await _engine_index_js__WEBPACK_IMPORTED_MODULE_3__/* .HistoryStore */ .K.open(file, { read_only: true });
    for (const w of store.warnings)
        ctx.stderr.write(`${(0,_table_js__WEBPACK_IMPORTED_MODULE_4__/* .shown */ .SP)(`pyrun: warning: ${w}`)}\n`);
    return store;
}
/** The series to read: --name, or the only series there is. */
function chooseSeries(store, name) {
    const names = store.seriesNames();
    if (name !== undefined) {
        if (!names.includes(name)) {
            throw new _engine_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PyrunError */ .Pu(`no runs named '${name}' in the history; series there: ${names.join(', ') || '(none)'}`);
        }
        return name;
    }
    if (names.length === 1)
        return names[0];
    throw new _engine_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PyrunError */ .Pu(`--name is required: the history holds ${names.length} series (${names.join(', ')})`);
}
function writeJson(ctx, value) {
    // Format characters in strings as `\u` escapes: the same JSON value, visible to whoever reads it.
    ctx.stdout.write(`${(0,_engine_index_js__WEBPACK_IMPORTED_MODULE_5__/* .visibleJson */ .$m)(JSON.stringify(value, null, 2))}\n`);
}


/***/ }),

/***/ 2170:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SP: () => (/* binding */ shown),
/* harmony export */   Zu: () => (/* binding */ fixed),
/* harmony export */   ku: () => (/* binding */ formatTable)
/* harmony export */ });
/* harmony import */ var _engine_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1914);
/* harmony import */ var _engine_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4202);
/** Aligned plain-text tables for the terminal (numbers right-aligned, text left-aligned). */

/**
 * A line of pyrun's own output from outside text (names from a history): inert as a workflow command, and
 * invisible format characters (U+202E…) and controls shown as `\u202E` escapes, never raw.
 */
function shown(text) {
    return (0,_engine_index_js__WEBPACK_IMPORTED_MODULE_0__/* .showInvisible */ .jQ)((0,_engine_index_js__WEBPACK_IMPORTED_MODULE_1__/* .neutralizeWorkflowCommands */ .t)(text));
}
function formatTable(headers, rows) {
    // Cells are often names from a history (imported, foreign): one line each, and no workflow command.
    const cells = rows.map((r) => r.map((c) => (c === null ? '–' : (0,_engine_index_js__WEBPACK_IMPORTED_MODULE_0__/* .showInvisible */ .jQ)(String(c).replace(/[\r\n]+/g, ' ')))));
    const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[i] ?? '').length)));
    const numeric = headers.map((_, i) => rows.length > 0 && rows.every((r) => typeof r[i] === 'number' || r[i] === null));
    const line = (r) => r
        .map((c, i) => (numeric[i] ? c.padStart(widths[i]) : c.padEnd(widths[i])))
        .join('  ')
        .trimEnd();
    return shown([line(headers), line(widths.map((w) => '─'.repeat(w))), ...cells.map(line)].join('\n')) + '\n';
}
/** A number with a fixed count of decimals, or null kept as null for the table. */
function fixed(n, digits) {
    return n === null || n === undefined || !Number.isFinite(n) ? null : Number(n.toFixed(digits));
}


/***/ }),

/***/ 741:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KZ: () => (/* binding */ mannWhitneyU),
/* harmony export */   vr: () => (/* binding */ normalCdf)
/* harmony export */ });
/* unused harmony exports MAX_EXACT_CELLS, mannWhitneyExactDistribution, mannWhitneyExactP */
/* harmony import */ var _robust_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9456);
/* harmony import */ var _ranks_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8130);
/**
 * The Mann-Whitney U test (Wilcoxon rank-sum), one-sided.
 *
 * U_x counts the pairs (x_i, y_j) with x_i > y_j, a tie counting one half; equivalently U_x = R_x − n_x(n_x+1)/2
 * where R_x is the sum of the mid-ranks of x in the pooled sample.
 *
 * The p-value is the normal approximation with both corrections:
 *   mean = n_x·n_y/2,
 *   variance = n_x·n_y/12 · ((N + 1) − Σ(t³ − t) / (N(N − 1)))   (tie correction, t = size of each tie group),
 *   'greater' (x tends to be larger):  z = (U_x − mean − 0.5)/sd,  p = P(Z ≥ z),
 *   'less'    (x tends to be smaller): z = (U_x − mean + 0.5)/sd,  p = P(Z ≤ z)   (continuity correction).
 * When every value is tied the variance is 0 and there is no evidence either way: p = 1.
 *
 * mannWhitneyExactP gives the exact null distribution for samples without ties, to check the approximation.
 */


/** P(Z ≤ z) for a standard normal Z (erf of simple-statistics, absolute error below 1.2e-7). */
function normalCdf(z) {
    if (z === Infinity)
        return 1;
    if (z === -Infinity)
        return 0;
    return Math.min(1, Math.max(0, 0.5 * (1 + (0,_robust_js__WEBPACK_IMPORTED_MODULE_0__/* .errorFunction */ .T7)(z / Math.SQRT2))));
}
/** One-sided Mann-Whitney U test of `x` against `y` (both non-empty, finite). */
function mannWhitneyU(x, y, alternative) {
    const n_x = x.length;
    const n_y = y.length;
    if (n_x === 0 || n_y === 0)
        throw new Error('mannWhitneyU needs two non-empty samples');
    if (![...x, ...y].every(Number.isFinite))
        throw new Error('mannWhitneyU needs finite values');
    const n = n_x + n_y;
    const { ranks, tie_sizes } = (0,_ranks_js__WEBPACK_IMPORTED_MODULE_1__/* .rankWithTies */ .m)([...x, ...y]);
    let rankSumX = 0;
    for (let i = 0; i < n_x; i += 1)
        rankSumX += ranks[i];
    const u = rankSumX - (n_x * (n_x + 1)) / 2;
    const mean = (n_x * n_y) / 2;
    const tieTerm = tie_sizes.reduce((sum, t) => sum + (t * t * t - t), 0);
    const variance = ((n_x * n_y) / 12) * (n + 1 - tieTerm / (n * (n - 1)));
    if (!(variance > 0))
        return { u, n_x, n_y, z: 0, p_value: 1 };
    const sd = Math.sqrt(variance);
    if (alternative === 'greater') {
        const z = (u - mean - 0.5) / sd;
        return { u, n_x, n_y, z, p_value: 1 - normalCdf(z) };
    }
    const z = (u - mean + 0.5) / sd;
    return { u, n_x, n_y, z, p_value: normalCdf(z) };
}
/** Largest n_x·n_y for which the exact distribution is computed (the work grows as (n_x·n_y)²/4). */
const MAX_EXACT_CELLS = 10_000;
/**
 * The exact null distribution of U_x for samples of sizes n_x and n_y without ties: element u is P(U_x = u).
 * Recursion on the largest pooled value: it belongs to x with probability a/(a+b) and then beats all b values
 * of y, so P_{a,b}(u) = a/(a+b)·P_{a−1,b}(u − b) + b/(a+b)·P_{a,b−1}(u).
 */
function mannWhitneyExactDistribution(n_x, n_y) {
    if (!Number.isInteger(n_x) || !Number.isInteger(n_y) || n_x < 0 || n_y < 0) {
        throw new Error(`sample sizes must be non-negative integers, got ${n_x} and ${n_y}`);
    }
    if (n_x * n_y > MAX_EXACT_CELLS) {
        throw new Error(`exact distribution limited to n_x·n_y ≤ ${MAX_EXACT_CELLS}, got ${n_x * n_y}`);
    }
    // previous[a] holds P_{a,b-1}; current[a] is built as P_{a,b}.
    let previous = [];
    for (let a = 0; a <= n_x; a += 1)
        previous.push([1]); // b = 0: U is always 0.
    for (let b = 1; b <= n_y; b += 1) {
        const current = [[1]]; // a = 0: U is always 0.
        for (let a = 1; a <= n_x; a += 1) {
            const dist = new Array(a * b + 1).fill(0);
            const withX = current[a - 1]; // P_{a-1,b}
            const withY = previous[a]; // P_{a,b-1}
            for (let u = 0; u < withX.length; u += 1)
                dist[u + b] += (a / (a + b)) * withX[u];
            for (let u = 0; u < withY.length; u += 1)
                dist[u] += (b / (a + b)) * withY[u];
            current.push(dist);
        }
        previous = current;
    }
    return previous[n_x];
}
/** Exact one-sided p-value of an observed U_x without ties: P(U ≥ u) for 'greater', P(U ≤ u) for 'less'. */
function mannWhitneyExactP(n_x, n_y, u, alternative) {
    const dist = mannWhitneyExactDistribution(n_x, n_y);
    let p = 0;
    for (let k = 0; k < dist.length; k += 1) {
        if (alternative === 'greater' ? k >= u : k <= u)
            p += dist[k];
    }
    return Math.min(1, p);
}


/***/ }),

/***/ 8130:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ rankWithTies),
/* harmony export */   o: () => (/* binding */ midRanks)
/* harmony export */ });
/** Ranks of a sample with ties averaged (mid-ranks), shared by Spearman's rho and the Mann-Whitney U test. */
/** Mid-ranks of `values` (which must be finite). Deterministic: ties are resolved by value, not by position. */
function rankWithTies(values) {
    const order = values.map((_, i) => i).sort((a, b) => values[a] - values[b] || a - b);
    const ranks = new Array(values.length);
    const tie_sizes = [];
    let start = 0;
    while (start < order.length) {
        let end = start;
        while (end + 1 < order.length && values[order[end + 1]] === values[order[start]])
            end += 1;
        // Positions start..end (0-based) hold ranks start+1..end+1; their mean is (start+end)/2 + 1.
        const midRank = (start + end) / 2 + 1;
        for (let k = start; k <= end; k += 1)
            ranks[order[k]] = midRank;
        tie_sizes.push(end - start + 1);
        start = end + 1;
    }
    return { ranks, tie_sizes };
}
/** Mid-ranks only. */
function midRanks(values) {
    return rankWithTies(values).ranks;
}


/***/ }),

/***/ 9456:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JZ: () => (/* binding */ median),
/* harmony export */   T7: () => (/* binding */ errorFunction),
/* harmony export */   hK: () => (/* binding */ medianAbsoluteDeviation)
/* harmony export */ });
/**
 * The few statistics every `pyrun run` needs (judging a run, the medians of repeats): the median, the median
 * absolute deviation and the error function, the same definitions simple-statistics uses, here in a few lines.
 *
 * Why not simple-statistics itself on this path: its one ES module computes a normal-distribution table when it
 * loads, hot enough that V8 runs its optimising compiler, which costs CPU time and peak memory on every run, before
 * the script starts (docs/costs.md). The analysis commands (trend, correlation,
 * multivariate) still use simple-statistics; a unit test checks that these agree with it.
 */
/**
 * The middle value of `values`; for an even count, halfway between the two middle ones (as lo + (hi − lo)/2, the
 * interpolation simple-statistics uses, so the two agree to the last bit). Throws when empty.
 */
function median(values) {
    if (values.length === 0)
        throw new Error('median requires at least one data point');
    const sorted = Float64Array.from(values).sort();
    const mid = sorted.length >> 1;
    if (sorted.length % 2 === 1)
        return sorted[mid];
    const lo = sorted[mid - 1];
    return lo + (sorted[mid] - lo) / 2;
}
/** The median of the absolute deviations from the median. Throws when empty. */
function medianAbsoluteDeviation(values) {
    const centre = median(values);
    return median(values.map((v) => Math.abs(v - centre)));
}
/**
 * The error function erf(x), by the Chebyshev fit of erfc in Numerical Recipes (Press et al., 2nd ed., §6.2,
 * `erfcc`): fractional error below 1.2e-7 everywhere, the approximation simple-statistics' errorFunction uses.
 */
function errorFunction(x) {
    const t = 1 / (1 + 0.5 * Math.abs(x));
    // Horner's rule for the polynomial in t, then −x² + t·(…) − 1.26551223 summed left to right.
    let p = 0.17087277;
    for (const c of [
        -0.82215223, 1.48851587, -1.13520398, 0.27886807, -0.18628806, 0.09678418, 0.37409196, 1.00002368,
    ])
        p = p * t + c;
    const erfc = t * Math.exp(-x * x + p * t - 1.26551223);
    return x >= 0 ? 1 - erfc : erfc - 1;
}


/***/ }),

/***/ 3261:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uk: () => (/* binding */ explainRuns),
/* harmony export */   WE: () => (/* binding */ explain)
/* harmony export */ });
/* unused harmony exports detectableLine, headline */
/* harmony import */ var _metric_format_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(766);
/* harmony import */ var _report_benchmark_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(7922);
/* harmony import */ var _report_gates_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9737);
/* harmony import */ var _report_numbers_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8627);
/* harmony import */ var _report_script_outcome_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1315);
/* harmony import */ var _verdicts_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5094);
/* harmony import */ var _metrics_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8703);
/* harmony import */ var _analysis_verdict_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9740);
/* harmony import */ var _analysis_confirm_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3645);
/* harmony import */ var _analysis_busy_machine_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7376);
/* harmony import */ var _outcome_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7679);
/* harmony import */ var _outcome_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(938);
/**
 * The pipeline's explain step: the exit code, and the words both faces show for each finished run. The CLI prints
 * them, the action logs them and uses the first failing reason for its one `setFailed` line. One headline, then one
 * line per failed gate (with actual and limit in the metric's unit), per regressed metric (by how much, against
 * what), and a note when history was too short.
 */











/**
 * The explain step: every run's words, and the exit code of `pyrun run` (docs/cli.md, "Exit codes"). A run the
 * history could not save makes it pyrun's own failure, 125, said in one more line.
 */
function explainRuns(records, unsaved) {
    const explanation = records.flatMap((r) => explain(r));
    if (unsaved.length > 0) {
        explanation.push(`the history could not be saved for ${unsaved.join(', ')}: exit ${_outcome_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT_PYRUN_ERROR */ .ZX}`);
        return { exit_code: _outcome_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT_PYRUN_ERROR */ .ZX, explanation };
    }
    return { exit_code: (0,_outcome_js__WEBPACK_IMPORTED_MODULE_1__/* .suiteExitCode */ .KH)(records), explanation };
}
function explain(record) {
    if (record.error !== undefined)
        return [`${record.name}: could not run: ${record.error}`];
    const lines = [`${record.name}: ${headline(record)} · ${figures(record)}`];
    for (const gate of record.gates) {
        if (!gate.passed)
            lines.push(`  gate failed: ${gate.expr} (${(0,_report_gates_js__WEBPACK_IMPORTED_MODULE_2__/* .describeGate */ .l7)(gate)})`);
    }
    for (const metric of (0,_verdicts_js__WEBPACK_IMPORTED_MODULE_3__/* .regressedMetrics */ .k)(record)) {
        const verdict = record.verdicts[metric];
        const base = record.baseline[metric];
        const p = verdict.p_value !== undefined ? `, p = ${(0,_report_numbers_js__WEBPACK_IMPORTED_MODULE_4__/* .formatPValue */ .td)(verdict.p_value)}` : '';
        lines.push(`  regressed: ${metric} ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatMetricValue */ .dd)(metric, record[metric])} vs baseline ` +
            `${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatMetricValue */ .dd)(metric, base?.value)} (${(0,_report_numbers_js__WEBPACK_IMPORTED_MODULE_4__/* .formatChangePct */ .jj)(verdict.change_pct)}; ` +
            `${namesItsRuns(verdict.statistic) ? verdict.statistic : `${verdict.statistic} over ${(0,_report_numbers_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(base?.runs ?? 0, 'run')}`}${p})`);
    }
    lines.push(...withheldLines(record));
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
    const judged = (0,_verdicts_js__WEBPACK_IMPORTED_MODULE_3__/* .judgedMetrics */ .P)(record);
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
 * `withheld: duration_s 2.1 s vs baseline 1.02 s (+106%): other work kept 1.35 cores busy during this run and its
 * 2 re-runs (least 1.1), 0.02 in the baseline runs; a slower run on a busier machine is not called regressed`, or
 * for a slower machine `pyrun's calibration loop took 1.52 ms after this run and its 2 re-runs (least 1.4), 1.05 ms
 * after the baseline runs`. Under `--busy-machine judge` the regression stands and one line says why it could have
 * been withheld.
 */
function withheldLines(record) {
    const lines = [];
    for (const [metric, verdict] of Object.entries(record.verdicts)) {
        const readings = verdict.busy_machine;
        if (readings === undefined)
            continue;
        const excuse = (0,_analysis_busy_machine_js__WEBPACK_IMPORTED_MODULE_6__/* .machineExcuse */ .LQ)(readings);
        const runs = readings.cores.length;
        const during = (values) => runs === 1
            ? 'this run'
            : `this run and its ${(0,_report_numbers_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(runs - 1, 're-run')} (least ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatNumber */ .ZV)(Math.min(...values))})`;
        const company = `other work kept ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatNumber */ .ZV)(readings.cores[0])} cores busy during ${during(readings.cores)}, ` +
            `${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatNumber */ .ZV)(readings.baseline_cores)} in the baseline runs`;
        const calibration = readings.calibration === undefined || readings.baseline_calibration === undefined
            ? null
            : `pyrun's calibration loop took ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatNumber */ .ZV)(readings.calibration[0])} ms after ` +
                `${during(readings.calibration)}, ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatNumber */ .ZV)(readings.baseline_calibration)} ms after the ` +
                'baseline runs';
        const why = excuse === 'busier' || calibration === null
            ? company
            : excuse === 'slower'
                ? calibration
                : `${company}; ${calibration}`;
        if (verdict.verdict === 'regressed') {
            lines.push(`  ${excuse} machine: ${metric} judged anyway (--busy-machine judge): ${why}`);
            continue;
        }
        lines.push(`  withheld: ${metric} ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatMetricValue */ .dd)(metric, record[metric])} vs baseline ` +
            `${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatMetricValue */ .dd)(metric, record.baseline[metric]?.value)} (${(0,_report_numbers_js__WEBPACK_IMPORTED_MODULE_4__/* .formatChangePct */ .jj)(verdict.change_pct)}): ` +
            `${why}; a slower run on a ${excuse} machine is not called regressed`);
    }
    return lines;
}
/**
 * What the baseline could not have seen: `with these 5 baseline runs, a rise under +38% in duration_s … would pass
 * unseen`. Shown for a run with nothing regressed, when at least one judged metric's baseline is noisier than its
 * relative threshold (a quiet baseline sees down to the threshold, which the docs state once).
 */
function detectableLine(record) {
    if ((0,_verdicts_js__WEBPACK_IMPORTED_MODULE_3__/* .regressedMetrics */ .k)(record).length > 0)
        return null;
    const parts = [];
    let noisy = false;
    let runs = 0;
    for (const metric of (0,_verdicts_js__WEBPACK_IMPORTED_MODULE_3__/* .judgedMetrics */ .P)(record)) {
        const verdict = record.verdicts[metric];
        if (verdict?.verdict !== 'unchanged' || verdict.detectable_pct === undefined)
            continue;
        runs = Math.max(runs, record.baseline[metric]?.runs ?? 0);
        parts.push(`${(0,_report_numbers_js__WEBPACK_IMPORTED_MODULE_4__/* .formatChangePct */ .jj)(verdict.detectable_pct)} in ${metric}`);
        if (verdict.detectable_pct > _metrics_js__WEBPACK_IMPORTED_MODULE_7__/* .DEFAULT_THRESHOLD_PCT */ ._5[metric] + 0.05)
            noisy = true;
    }
    if (parts.length === 0 || !noisy)
        return null;
    return `  with these ${runs} baseline runs, a rise under ${parts.join(', ')} would pass unseen`;
}
function namesItsRuns(statistic) {
    return statistic.startsWith(_analysis_verdict_js__WEBPACK_IMPORTED_MODULE_8__/* .WINDOW_STATISTIC */ .uM) || (0,_analysis_confirm_js__WEBPACK_IMPORTED_MODULE_9__/* .isConfirmedStatistic */ .eI)(statistic);
}
/** What happened, in a few words: `passed`, `regressed`, `failed 2 gates`, `failed (exit 3)`, `timed out`. */
function headline(record) {
    const failedGates = record.gates.filter((g) => !g.passed).length;
    const regressed = (0,_verdicts_js__WEBPACK_IMPORTED_MODULE_3__/* .regressedMetrics */ .k)(record);
    switch (record.status) {
        case 'passed':
            return 'passed';
        case 'timeout':
            return 'timed out; its process tree was killed';
        case 'failed':
            if (record.signal && record.oom_killed)
                return `was ${_report_script_outcome_js__WEBPACK_IMPORTED_MODULE_10__/* .OOM_KILLED */ .A4} (${record.signal})`;
            return record.signal ? `was killed by ${record.signal}` : `failed (${(0,_report_script_outcome_js__WEBPACK_IMPORTED_MODULE_10__/* .describeScriptOutcome */ .r$)(record)})`;
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
    return (`${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatNumber */ .ZV)(r.duration_s)} s · CPU ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatNumber */ .ZV)(r.cpu_time_s)} s ` +
        `(avg ${r.cpu_percent_avg.toFixed(0)}%, max ${r.cpu_percent_max.toFixed(0)}%) · ` +
        `peak RSS ${r.peak_rss_mb.toFixed(1)} MB · ${r.max_processes} proc · ${r.max_threads} thr · ` +
        `read ${r.read_mb.toFixed(1)} MB · write ${r.write_mb.toFixed(1)} MB`);
}
/** Benchmark mode, as hyperfine shows it: mean ± σ, median, min … max of the measured runs, and what to do. */
function benchmarkLines(record) {
    const summary = (0,_report_benchmark_js__WEBPACK_IMPORTED_MODULE_11__/* .benchmarkSummary */ .c)(record);
    if (summary === null)
        return [];
    return [
        ...summary.rows.map((r) => `  ${r.metric}: ${r.mean_sd} (mean ± σ of ${(0,_report_numbers_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(r.runs, 'run')}) · median ${r.median} · range ${r.range}`),
        ...summary.warnings.map((w) => `  warning: ${w}`),
    ];
}


/***/ }),

/***/ 2911:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jd: () => (/* binding */ downsample),
/* harmony export */   vu: () => (/* binding */ MAX_SERIES_SAMPLES),
/* harmony export */   zS: () => (/* binding */ MIN_DOWNSAMPLE_MAX)
/* harmony export */ });
/** The smallest bound that can hold first, last and one bucket's two peaks. */
const MIN_DOWNSAMPLE_MAX = 4;
/** How many samples a stored series holds at most (the store bounds every inserted series to this). */
const MAX_SERIES_SAMPLES = 500;
function downsample(series, max) {
    const limit = Math.floor(max);
    if (!(limit >= MIN_DOWNSAMPLE_MAX)) {
        throw new RangeError(`downsample: max must be at least ${MIN_DOWNSAMPLE_MAX}, got ${max}`);
    }
    if (series.length <= limit)
        return series.slice();
    const buckets = Math.floor((limit - 2) / 2);
    const innerCount = series.length - 2; // samples 1 .. length-2
    const kept = [0];
    for (let b = 0; b < buckets; b++) {
        const from = 1 + Math.floor((b * innerCount) / buckets);
        const to = 1 + Math.floor(((b + 1) * innerCount) / buckets);
        if (to <= from)
            continue;
        let rssPeak = from;
        let cpuPeak = from;
        for (let i = from + 1; i < to; i++) {
            const sample = series[i];
            if (sample.rss_mb > series[rssPeak].rss_mb)
                rssPeak = i;
            if (sample.cpu_percent > series[cpuPeak].cpu_percent)
                cpuPeak = i;
        }
        if (rssPeak === cpuPeak)
            kept.push(rssPeak);
        else
            kept.push(Math.min(rssPeak, cpuPeak), Math.max(rssPeak, cpuPeak));
    }
    kept.push(series.length - 1);
    return kept.map((i) => series[i]);
}


/***/ }),

/***/ 766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   dd: () => (/* binding */ formatMetricValue),
/* harmony export */   n2: () => (/* binding */ metricUnit)
/* harmony export */ });
/* harmony import */ var _metrics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8703);
/** Metric values for people, in each metric's unit from the table (engine/metric-table.ts). */

/** The display unit of a metric (`s`, `MB`, `%`; empty for counts and unknown names). */
function metricUnit(name) {
    return (0,_metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .metricRow */ .dh)(name)?.unit ?? '';
}
/**
 * A number in a report, in at most 3 significant decimals, trailing zeros dropped: 512, 612.4, 1.25, 0.042.
 * Non-finite values read `n/a`. (An alert's text rounds its own way: alertNumber in alerts/message.ts.)
 */
function formatNumber(value) {
    if (value === null || value === undefined || !Number.isFinite(value))
        return 'n/a';
    if (Number.isInteger(value))
        return String(value);
    const magnitude = Math.abs(value);
    const decimals = magnitude >= 100 ? 1 : magnitude >= 1 ? 2 : 3;
    const text = value.toFixed(decimals).replace(/\.?0+$/, '');
    return text === '-0' ? '0' : text;
}
/** A value with its metric's unit: `612.4 MB`, `12.5 s`, `87.5%`, `4`; `n/a` for null (not measured). */
function formatMetricValue(name, value) {
    const text = formatNumber(value);
    if (text === 'n/a')
        return text;
    const unit = metricUnit(name);
    if (unit === '')
        return text;
    if (unit === '%')
        return `${text}%`;
    return `${text} ${unit}`;
}


/***/ }),

/***/ 938:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KH: () => (/* binding */ suiteExitCode),
/* harmony export */   Rr: () => (/* binding */ exitCodeFor),
/* harmony export */   je: () => (/* binding */ EXIT_GATE_FAILED)
/* harmony export */ });
/* unused harmony exports EXIT_TIMEOUT, signalNumber */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7679);
/**
 * The one mapping from a run's outcome to `pyrun run`'s exit code (docs/cli.md, "Exit codes"; after GNU timeout):
 * 0 passed · N the script's own code · 128+N killed by signal N · 99 gate failed or regressed · 124 timeout ·
 * 125 pyrun could not run the script.
 */



const EXIT_GATE_FAILED = 99;
const EXIT_TIMEOUT = 124;
function exitCodeFor(outcome) {
    if (outcome.error !== undefined)
        return _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT_PYRUN_ERROR */ .ZX;
    switch (outcome.status) {
        case 'passed':
            return 0;
        case 'gate_failed':
        case 'regressed':
            return EXIT_GATE_FAILED;
        case 'timeout':
            return EXIT_TIMEOUT;
        case 'failed': {
            if (outcome.signal !== null) {
                return 128 + signalNumber(outcome.signal);
            }
            return outcome.exit_code === null || outcome.exit_code === 0 ? 1 : outcome.exit_code;
        }
    }
}
/**
 * A suite's exit code: the code of the first run (in config order) that failed, timed out or was
 * killed; else 99 if any gate failed or any metric regressed; else 0. A single run is a suite of one.
 */
function suiteExitCode(records) {
    const codes = records.map(exitCodeFor);
    const broken = codes.find((c) => c !== 0 && c !== EXIT_GATE_FAILED);
    if (broken !== undefined)
        return broken;
    return codes.includes(EXIT_GATE_FAILED) ? EXIT_GATE_FAILED : 0;
}
/**
 * The number of a signal as the launcher names it: Node's table, else the real-time signals Python names
 * `SIGRTMIN` (34), `SIGRTMAX` (64) and `SIG35`…`SIG63` (Linux numbering), so a script killed by any of them exits
 * 128+N as under GNU timeout. 0 for a name that is none of these.
 */
function signalNumber(name) {
    const known = node_os__WEBPACK_IMPORTED_MODULE_0__.constants.signals[name];
    if (known !== undefined)
        return known;
    if (name === 'SIGRTMIN')
        return 34;
    if (name === 'SIGRTMAX')
        return 64;
    const numbered = /^SIG(\d{1,2})$/.exec(name);
    return numbered ? Number(numbered[1]) : 0;
}


/***/ }),

/***/ 7922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ benchmarkSummary)
/* harmony export */ });
/* harmony import */ var _metric_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(766);
/* harmony import */ var _metrics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8703);
/** `--repeat N` in a report: the headline metrics' statistics over the measured runs, as hyperfine shows them. */


/**
 * `--repeat N`, as hyperfine shows it: mean ± σ, median and range of the headline metrics over the measured runs,
 * and the warnings on them (a count of context switches jumping is no advice to act on). Null for a single run.
 */
function benchmarkSummary(record) {
    const stats = record.benchmark;
    if (!stats)
        return null;
    const rows = _metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .HEADLINE_METRICS */ .jM.flatMap((metric) => {
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
    const warnings = stats.warnings.filter((w) => _metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .HEADLINE_METRICS */ .jM.includes(w.metric)).map((w) => w.message);
    return { rows, warnings };
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

/***/ 9737:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T$: () => (/* binding */ gatesFailingFirst),
/* harmony export */   gp: () => (/* binding */ countGates),
/* harmony export */   kC: () => (/* binding */ gateMetric),
/* harmony export */   l7: () => (/* binding */ describeGate),
/* harmony export */   vY: () => (/* binding */ GATE_EMOJI)
/* harmony export */ });
/* harmony import */ var _metric_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(766);
/** Gates in a report: each one's icon and its actual value against its limit, the failing ones first, counts. */

const GATE_EMOJI = {
    passed: '✅',
    failed: '❌',
    insufficient_history: '⏭️',
};
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
        : (0,_metric_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMetricValue */ .dd)(metric, gate.actual);
    return `actual ${actual}, limit ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMetricValue */ .dd)(metric, gate.limit)}`;
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


/***/ }),

/***/ 6918:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ escapeHtml),
/* harmony export */   t: () => (/* binding */ table)
/* harmony export */ });
/* harmony import */ var _visible_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1914);

/**
 * Text for HTML element content and quoted attribute values: the five characters that matter, escaped, and
 * invisible format characters (U+202E…) and controls shown as `\u202E` escapes (visible-text.ts).
 */
const ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
};
function escapeHtml(text) {
    return (0,_visible_text_js__WEBPACK_IMPORTED_MODULE_0__/* .showInvisible */ .jQ)(text).replace(/[&<>"']/g, (char) => ENTITIES[char]);
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
/* harmony import */ var _metric_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(766);
/* harmony import */ var _verdicts_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5094);
/* harmony import */ var _numbers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8627);



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
    return `${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(value)} s`;
}
function formatGrowth(g) {
    return {
        growth: `+${formatSeconds(g.growth_s)}`,
        change: g.growth_pct === null ? 'new in top' : (0,_numbers_js__WEBPACK_IMPORTED_MODULE_1__/* .formatChangePct */ .jj)(g.growth_pct),
    };
}
/** The profile diff to show: only for a run that regressed, and only when something grew. */
function shownProfileDiff(record) {
    const diff = record.profile_diff;
    if (!diff || diff.grown.length === 0)
        return null;
    return (0,_verdicts_js__WEBPACK_IMPORTED_MODULE_2__/* .regressedMetrics */ .k)(record).length > 0 ? diff : null;
}
const PROFILE_DIFF_TITLE = 'Functions whose time grew most';
const PROFILE_TOP_TITLE = 'Where the time went';


/***/ }),

/***/ 1315:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A4: () => (/* binding */ OOM_KILLED),
/* harmony export */   Fr: () => (/* binding */ scriptSucceeded),
/* harmony export */   Ko: () => (/* binding */ retriesOf),
/* harmony export */   bl: () => (/* binding */ scriptTestName),
/* harmony export */   r$: () => (/* binding */ describeScriptOutcome)
/* harmony export */ });
/* harmony import */ var _numbers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8627);

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
        text = `timed out after ${(0,_numbers_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(record.duration_s)}; the process tree was killed`;
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
                : ` (${(0,_numbers_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(retries, 'retry', 'retries')} over ${(0,_numbers_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(record.repeats.length, 'measured run')})`;
    }
    return text;
}
/** The stable name of the test case / test point for the script itself. */
function scriptTestName(record) {
    return `script: ${record.script}`;
}


/***/ }),

/***/ 3681:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ newRunId),
/* harmony export */   n: () => (/* binding */ randomHex)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Random ids: a run's id (a UUID, version 4, RFC 9562) and short random names. The bytes come from /dev/urandom
 * where there is one: node:crypto would load many modules on the run's critical path, before
 * the script starts. Elsewhere (Windows) from Web Crypto, which Node loads only then.
 */

/** `n` random bytes, as hex. */
function randomHex(n) {
    return randomBytes(n).toString('hex');
}
function randomBytes(n) {
    const bytes = Buffer.alloc(n);
    if (!fromUrandom(bytes))
        globalThis.crypto.getRandomValues(bytes);
    return bytes;
}
function newRunId() {
    const bytes = randomBytes(16);
    bytes[6] = (bytes[6] & 0x0f) | 0x40; // version 4
    bytes[8] = (bytes[8] & 0x3f) | 0x80; // variant 10
    const hex = bytes.toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
function fromUrandom(bytes) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)('/dev/urandom', 'r');
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, bytes, 0, bytes.length, null) === bytes.length;
    }
    catch {
        return false;
    }
    finally {
        if (fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}


/***/ }),

/***/ 5094:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ judgedMetrics),
/* harmony export */   k: () => (/* binding */ regressedMetrics)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8703);
/**
 * A judged record's verdicts as lists: the metrics the verdict weighed, and those that regressed. One order for
 * both, the metric table's (COMPARABLE_METRICS): the explanation, every report, the end-of-run alerts and the
 * confirming re-runs' progress line all name the regressed metrics in it, so a user reads them alike everywhere.
 */

/** Metrics judged `regressed`, in the metric table's order. */
function regressedMetrics(record) {
    return _types_js__WEBPACK_IMPORTED_MODULE_0__/* .COMPARABLE_METRICS */ .fm.filter((m) => record.verdicts[m]?.verdict === 'regressed');
}
/** Metrics the verdict weighed (not the ones only measured and shown), in the metric table's order. */
function judgedMetrics(record) {
    return _types_js__WEBPACK_IMPORTED_MODULE_0__/* .COMPARABLE_METRICS */ .fm.filter((m) => {
        const verdict = record.verdicts[m]?.verdict;
        return verdict !== undefined && verdict !== 'not_judged';
    });
}


/***/ })

};
;