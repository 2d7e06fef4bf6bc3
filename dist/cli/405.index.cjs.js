"use strict";
exports.id = 405;
exports.ids = [405,992];
exports.modules = {

/***/ 7602:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ET: () => (/* binding */ buildBaseline),
/* harmony export */   LA: () => (/* binding */ SPREAD_PER_MAD),
/* harmony export */   Om: () => (/* binding */ spreadFloor),
/* harmony export */   SV: () => (/* binding */ pairwiseSpread),
/* harmony export */   sr: () => (/* binding */ baselineValues),
/* harmony export */   y7: () => (/* binding */ MIN_SPREAD_BY_DIMENSION),
/* harmony export */   yU: () => (/* binding */ robustSummary)
/* harmony export */ });
/* unused harmony exports SPREAD_PER_PAIRWISE, MIN_SPREAD_FRACTION */
/* harmony import */ var _metrics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8703);
/* harmony import */ var _robust_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9456);
/**
 * The baseline of one metric: where the baseline runs of a series sit, and how much they wander.
 *
 * Rule (robust, deterministic, every run counted):
 * 1. Non-finite values are dropped; every other value is used. Nothing is excluded as an "outlier": a cold
 *    first run or a run that regressed is ordinary history, and the centre and spread below are robust to a
 *    few of them. So the number of runs a baseline reports is the number of runs it was given.
 * 2. centre = median.
 * 3. spread = max(1.048·median|xᵢ − xⱼ| over pairs i < j, floor): Shamos' estimator of the standard deviation
 *    (86% as efficient as the standard deviation under normal noise, where 1.4826·MAD is 37%: it matters on the
 *    5–10 runs a young series has; one wild run in four or more does not move it much).
 *
 * The floor keeps a constant metric (thread counts, a quantised clock) from a zero spread that any tiny change
 * would exceed: floor = max(MIN_SPREAD_FRACTION of |median|, the metric dimension's absolute floor).
 */



/** Scale from the median absolute deviation to a standard deviation under normal noise (1/Φ⁻¹(3/4)). */
const SPREAD_PER_MAD = 1.4826;
/** Scale from the median pairwise distance to a standard deviation under normal noise (1/(√2·Φ⁻¹(3/4))). */
const SPREAD_PER_PAIRWISE = 1.0483;
/** The spread is never below this fraction of |median| (0.5%). */
const MIN_SPREAD_FRACTION = 0.005;
/**
 * The spread is never below this absolute amount, in the metric's own unit. Set from noise measured on this
 * project's CI machine (2 shared cores), 20 runs of a small script through `pyrun run` (robust σ = 1.4826·MAD):
 *   - a 77 ms script: duration σ 6.5 ms (8.4%), CPU time σ 5.8 ms (7.6%), peak RSS σ 0.026 MB (0.15%),
 *     average CPU σ 0.43 percentage points, threads constant;
 *   - a 0.94 s script (median), while other jobs shared the cores: duration σ 0.42 s (45%: waiting for a
 *     core is part of wall time), CPU time σ 25 ms (4.0%), peak RSS σ 0.035 MB (0.1%), average CPU σ 24 points.
 * Time 10 ms: every run pays Python's start-up and the scheduler's jitter (σ 6–7 ms above, with a heavier tail:
 * 0.083, 0.083, 0.084, 0.087 then 0.135 s for five runs of one fixture), so a tiny script's five runs that happen
 * to agree to the millisecond must not make the next run's ordinary jitter a "regression". Size 0.05 MB, percent
 * 0.25 percentage point: above the measurement's resolution, below what real runs showed. Count 0.15: on a constant
 * history one more thread is more than k(5) = 5.3 spreads away, and the relative threshold decides.
 */
const MIN_SPREAD_BY_DIMENSION = {
    time: 0.01,
    size: 0.05,
    percent: 0.25,
    count: 0.15,
};
/** The smallest spread a metric's baseline may have around a centre `centre`. */
function spreadFloor(metric, centre) {
    const row = (0,_metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .metricRow */ .dh)(metric);
    const absolute = row?.spread_floor ?? MIN_SPREAD_BY_DIMENSION[_metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .METRIC_DIMENSION */ .aP[metric]];
    return Math.max((row?.spread_floor_fraction ?? MIN_SPREAD_FRACTION) * Math.abs(centre), absolute);
}
/** Median and floored MAD spread of non-empty finite `values` (anomaly scores use it). */
function robustSummary(values, floor) {
    if (values.length === 0)
        throw new Error('robustSummary needs at least one value');
    const centre = (0,_robust_js__WEBPACK_IMPORTED_MODULE_1__/* .median */ .JZ)(values);
    const mad = (0,_robust_js__WEBPACK_IMPORTED_MODULE_1__/* .medianAbsoluteDeviation */ .hK)(values);
    return { median: centre, spread: Math.max(SPREAD_PER_MAD * mad, floor(centre)) };
}
/** Shamos' scale: 1.0483 · the median of |xᵢ − xⱼ| over all pairs; 0 for fewer than two values. */
function pairwiseSpread(values) {
    if (values.length < 2)
        return 0;
    const distances = [];
    for (let i = 0; i < values.length; i += 1) {
        for (let j = i + 1; j < values.length; j += 1)
            distances.push(Math.abs(values[i] - values[j]));
    }
    return SPREAD_PER_PAIRWISE * (0,_robust_js__WEBPACK_IMPORTED_MODULE_1__/* .median */ .JZ)(distances);
}
/**
 * The baseline of `metric` from the values of the baseline runs (the caller chooses them, see
 * history/baseline-query.ts). Returns null when no finite value is given; `runs` counts every finite value.
 */
function buildBaseline(metric, values) {
    const kept = baselineValues(values);
    if (kept.length === 0)
        return null;
    const centre = (0,_robust_js__WEBPACK_IMPORTED_MODULE_1__/* .median */ .JZ)(kept);
    const spread = Math.max(pairwiseSpread(kept), spreadFloor(metric, centre));
    return { value: centre, spread, runs: kept.length };
}
/** The values a baseline is built from: the finite ones, in their order (for rank tests). */
function baselineValues(values) {
    return values.filter(Number.isFinite);
}


/***/ }),

/***/ 7376:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LQ: () => (/* binding */ machineExcuse),
/* harmony export */   j4: () => (/* binding */ busyMachineModeOf),
/* harmony export */   rM: () => (/* binding */ withheldOnBusyMachine)
/* harmony export */ });
/* unused harmony exports BUSIER_BY_CORES, SLOWER_BY, withheldStatistic, machineReadingsAgainst */
/* harmony import */ var _robust_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9456);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8703);
/**
 * A slower run on a busier or slower machine is no evidence against the script.
 *
 * On a shared runner other jobs start and stop beside the script: for minutes at a time every run is slower, in wall
 * time (the script waits for a core) and in CPU time too (a neighbour in the shared caches slows each instruction).
 * On a VM the host's other guests do the same unseen: the guest counts the lost time as the script's own, and on
 * this project's 2-core VM CPU times rose 1.5–1.8× for minutes while nothing in the VM was busier. Re-running the
 * script does not help, since the re-runs share the stretch; no rule on the series' own history tells that from a
 * regression. What does is the machine itself. Each run on Linux records two readings (execute/measure.ts):
 * `neighbour_cores`, the cores other work kept busy while it ran, and `calibration_ms`, the CPU time a fixed loop
 * took on the cores it ran on right after it (execute/sample/calibration.ts). A time metric's regression is withheld when EVERY
 * judged run (the run and its confirming re-runs) had an excuse: clearly more company than the baseline's runs
 * usually had (more than their median plus BUSIER_BY_CORES), or a clearly slower machine (a calibration loop slower
 * than their median times SLOWER_BY). The verdict is then `not_judged`, its change still shown, with the readings
 * that withheld it; the next run on a calmer machine is judged as usual. Memory and instruction counts are not the
 * machine's speed and are never withheld.
 */


/** How many more cores than the baseline runs' median make a run's machine "busier". */
const BUSIER_BY_CORES = 0.25;
/** How many times the baseline runs' median calibration time makes a run's machine "slower". */
const SLOWER_BY = 1.25;
/** The verdict's statistic for a time withheld for `excuse`. */
function withheldStatistic(excuse) {
    return `withheld: the machine was ${excuse} than in the baseline runs`;
}
/**
 * `verdicts` with each time metric's regression withheld when every run in `runs` (this run first, then its
 * re-runs) was on a busier or slower machine than the baseline runs (machineReadingsAgainst). Under `judge` the
 * regression stands, the readings beside it. Unchanged where a run or the baseline has no reading (runs off Linux,
 * histories recorded before pyrun measured them).
 */
function withheldOnBusyMachine(verdicts, runs, baselineRuns, mode = 'withhold') {
    const busy = machineReadingsAgainst(runs, baselineRuns);
    if (busy === null)
        return verdicts;
    const statistic = withheldStatistic(machineExcuse(busy));
    const out = { ...verdicts };
    for (const [metric, verdict] of Object.entries(verdicts)) {
        if (verdict?.verdict !== 'regressed' || _types_js__WEBPACK_IMPORTED_MODULE_0__/* .METRIC_DIMENSION */ .aP[metric] !== 'time')
            continue;
        out[metric] =
            mode === 'judge'
                ? { ...verdict, busy_machine: busy }
                : { ...verdict, verdict: 'not_judged', statistic, busy_machine: busy };
    }
    return out;
}
/** The mode a stored run was judged under: a regression that stands beside busy readings was judged anyway. */
function busyMachineModeOf(verdicts) {
    return Object.values(verdicts).some((v) => v?.busy_machine !== undefined && v.verdict === 'regressed')
        ? 'judge'
        : 'withhold';
}
/**
 * The readings that excuse every run in `runs` — more neighbour cores than the baseline runs' median plus
 * BUSIER_BY_CORES, or a calibration time above their median times SLOWER_BY — or null when some run has no excuse
 * (or no readings, or the baseline runs have none). The calibration times are kept only where the baseline runs
 * have them too.
 */
function machineReadingsAgainst(runs, baselineRuns) {
    const cores = runs.map((r) => r.neighbour_cores);
    if (cores.length === 0 || !cores.every(isReading))
        return null;
    const beforeCores = baselineRuns.map((r) => r.neighbour_cores).filter(isReading);
    if (beforeCores.length === 0)
        return null;
    const beforeCalibration = baselineRuns.map((r) => r.calibration_ms).filter(isReading);
    const calibration = runs.map((r) => r.calibration_ms);
    const readings = {
        cores,
        baseline_cores: (0,_robust_js__WEBPACK_IMPORTED_MODULE_1__/* .median */ .JZ)(beforeCores),
    };
    if (beforeCalibration.length > 0 && calibration.every(isReading)) {
        readings.calibration = calibration;
        readings.baseline_calibration = (0,_robust_js__WEBPACK_IMPORTED_MODULE_1__/* .median */ .JZ)(beforeCalibration);
    }
    if (!runs.every((_, i) => isBusier(readings, i) || isSlower(readings, i)))
        return null;
    return readings;
}
/** Whether every run was busier, every run slower, or each one or the other (`readings` excuse every run). */
function machineExcuse(readings) {
    const runs = readings.cores.map((_, i) => i);
    if (runs.every((i) => isBusier(readings, i)))
        return 'busier';
    if (runs.every((i) => isSlower(readings, i)))
        return 'slower';
    return 'busier or slower';
}
function isBusier(r, i) {
    return r.cores[i] > r.baseline_cores + BUSIER_BY_CORES;
}
function isSlower(r, i) {
    const ms = r.calibration?.[i];
    return ms !== undefined && r.baseline_calibration !== undefined && ms > r.baseline_calibration * SLOWER_BY;
}
function isReading(v) {
    return typeof v === 'number' && Number.isFinite(v);
}


/***/ }),

/***/ 7266:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderAbHtml: () => (/* binding */ renderAbHtml)
/* harmony export */ });
/* harmony import */ var _ab_describe_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9147);
/* harmony import */ var _gates_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9737);
/* harmony import */ var _numbers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8627);
/* harmony import */ var _html_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6918);
/* harmony import */ var _html_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9255);
/* harmony import */ var _svg_chart_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5770);
/**
 * The A/B result as a self-contained HTML page (`pyrun ab --html`): which sides ran, a table per metric (A and B
 * as mean ± σ, the ratio B/A with its interval, p and the verdict), the gates, and a chart of every measured run
 * in the order it ran, A and B as two lines, so drift and interference are visible at a glance.
 */






function renderAbHtml(record) {
    const e = _html_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .Z;
    const metrics = Object.entries(record.metrics);
    const rows = metrics.map(([metric, r]) => `<tr class="verdict-${e(r.verdict)}"><td><code>${e(metric)}</code></td><td class="num">${e((0,_ab_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .formatStats */ .zF)(metric, r.a))}</td>` +
        `<td class="num">${e((0,_ab_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .formatStats */ .zF)(metric, r.b))}</td><td>${e((0,_ab_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .describeRatio */ .Pe)(metric, r))}</td>` +
        `<td class="num">${e((0,_numbers_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPValue */ .td)(r.p_value))}</td><td>${e(r.verdict.replace('_', ' '))}${r.over_max_regression ? ' (over --max-regression)' : ''}</td></tr>`);
    const gates = record.gates.map((g) => `<tr class="gate-${e(g.status)}"><td><code>${e(g.expr)}</code></td><td>${e(g.status)}</td><td>${e((0,_gates_js__WEBPACK_IMPORTED_MODULE_3__/* .describeGate */ .l7)(g))}</td></tr>`);
    const side = (name) => record.runs.flatMap((run, i) => (run.side === name ? [[i + 1, run.duration_s]] : []));
    const chart = (0,_svg_chart_js__WEBPACK_IMPORTED_MODULE_4__/* .renderSvgChart */ .Z)({
        title: 'duration_s of every measured run, in the order they ran',
        x_label: 'run',
        y_label: 's',
        integer_x: true,
        lines: [
            { label: `A: ${record.a.label}`, points: side('A'), markers: true },
            { label: `B: ${record.b.label}`, points: side('B'), markers: true },
        ],
    });
    return (0,_html_js__WEBPACK_IMPORTED_MODULE_5__/* .page */ .M)(`pyrun ab: ${record.name} — ${record.status.replace('_', ' ')}`, [
        `<h1 class="status-${e(record.status)}">A/B ${e(record.name)}: ${e(record.status.replace('_', ' '))}</h1>`,
        `<p>A: ${e(record.a.label)} (<code>${e(record.a.script)}</code>) · B: ${e(record.b.label)} (<code>${e(record.b.script)}</code>) · ` +
            `${record.runs.length / 2} pairs interleaved, ${record.warmup} warm-up each, ${Math.round(record.confidence * 100)}% intervals</p>`,
        (0,_html_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .t)(['metric', 'A', 'B', 'B against A', 'p', 'verdict'], rows, 'metrics'),
        ...(gates.length > 0 ? ['<h2>Gates</h2>', (0,_html_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .t)(['gate', 'status', 'values'], gates, 'gates')] : []),
        `<div class="charts">${chart}</div>`,
    ]);
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

/***/ 1490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bt: () => (/* binding */ instructionsLines),
/* harmony export */   JM: () => (/* binding */ INSTRUCTIONS_TITLE),
/* harmony export */   xk: () => (/* binding */ instructionsHtml)
/* harmony export */ });
/* unused harmony exports INSTRUCTION_PROCESS_ROWS, groupDigits */
/* harmony import */ var _html_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6918);
/* harmony import */ var _markdown_parts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9010);


/** More processes than this are summed into one "… N more" row. */
const INSTRUCTION_PROCESS_ROWS = 20;
const COMMAND_CHARS = 120;
const INSTRUCTIONS_TITLE = 'Where the instructions went';
/** 1234567 → `1,234,567`: exact counts read best grouped. */
function groupDigits(n) {
    return Math.round(n).toLocaleString('en-US');
}
function rows(record) {
    const processes = record.instrumentation?.per_process ?? [];
    const total = processes.reduce((sum, p) => sum + p.count, 0);
    const share = (n) => (total > 0 ? `${((100 * n) / total).toFixed(1)}%` : '—');
    const shown = [...processes].sort((a, b) => b.count - a.count);
    const out = shown.slice(0, INSTRUCTION_PROCESS_ROWS).map((p) => ({
        pid: String(p.pid),
        count: groupDigits(p.count),
        share: share(p.count),
        command: p.command.length > COMMAND_CHARS ? `${p.command.slice(0, COMMAND_CHARS - 1)}…` : p.command,
    }));
    const rest = shown.slice(INSTRUCTION_PROCESS_ROWS);
    if (rest.length > 0) {
        const sum = rest.reduce((s, p) => s + p.count, 0);
        out.push({
            pid: '',
            count: groupDigits(sum),
            share: share(sum),
            command: `… ${rest.length} more processes`,
        });
    }
    return out;
}
/** The markdown block, or nothing for a run without `--instructions`. */
function instructionsLines(record, heading = '###') {
    const ins = record.instrumentation;
    if (!ins)
        return [];
    return [
        `${heading} ${INSTRUCTIONS_TITLE}`,
        '',
        `> ${ins.note}.`,
        '',
        '| pid | instructions | share | command |',
        '|--:|--:|--:|:--|',
        ...rows(record).map((r) => `| ${r.pid} | ${r.count} | ${r.share} | ${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .x)(r.command)} |`),
        '',
        `PYTHONHASHSEED ${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .x)(ins.pythonhashseed || 'unset')} · callgrind files (KCachegrind): ${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .x)(ins.out_dir)}`,
    ];
}
/** The HTML section's body, or null for a run without `--instructions`. */
function instructionsHtml(record) {
    const ins = record.instrumentation;
    if (!ins)
        return null;
    const code = (t) => `<code>${(0,_html_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .Z)(t)}</code>`;
    return [
        `<p>${(0,_html_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .Z)(ins.note)}.</p>`,
        (0,_html_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .t)(['pid', 'instructions', 'share', 'command'], rows(record).map((r) => `<tr><td class="num">${(0,_html_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .Z)(r.pid)}</td><td class="num">${(0,_html_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .Z)(r.count)}</td>` +
            `<td class="num">${(0,_html_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .Z)(r.share)}</td><td>${code(r.command)}</td></tr>`), 'instructions'),
        `<p>PYTHONHASHSEED ${code(ins.pythonhashseed || 'unset')} · callgrind files (KCachegrind): ${code(ins.out_dir)}</p>`,
    ].join('\n');
}


/***/ }),

/***/ 9010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ mdCode)
/* harmony export */ });
/* harmony import */ var _visible_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1914);

/**
 * The one way a string from outside (a series name, a script path, a rule, a git ref, an imported record's `os`,
 * `arch`, `python_version`, signal or channel) enters markdown: as an inline code span. Inside a code span
 * GitHub renders no heading, emphasis, link, image, raw HTML, autolink, `@mention` or `#123` reference, so the
 * text shows exactly as written and can notify nobody. Line breaks are flattened (a code span cannot hold one
 * and a table row must not end), pipes are escaped (GFM reads `\|` as a literal pipe even inside code in a table
 * cell), and the fence grows past any run of backticks inside.
 */
function mdCode(text) {
    // Invisible format characters (U+202E…) and controls are shown as `\u202E` escapes, never raw (visible-text.ts).
    const flat = (0,_visible_text_js__WEBPACK_IMPORTED_MODULE_0__/* .showInvisible */ .jQ)(text.replace(/[\r\n\u2028\u2029]+/g, ' ')).replace(/\|/g, '\\|');
    const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longestRun + 1);
    // A span that starts or ends with a backtick, or is blank, needs a space inside each fence.
    const pad = flat.startsWith('`') || flat.endsWith('`') || flat.trim() === '' ? ' ' : '';
    return `${fence}${pad}${flat}${pad}${fence}`;
}


/***/ }),

/***/ 8627:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   N: () => (/* binding */ junitTimestamp),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   jj: () => (/* binding */ formatChangePct),
/* harmony export */   td: () => (/* binding */ formatPValue)
/* harmony export */ });
/* harmony import */ var _metric_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(766);
/**
 * Numbers for people, as every report writes them: durations, relative changes, p-values, instants and counts.
 * Deterministic (no locale, no clock), so golden files stay byte-identical. A metric's value with its unit is
 * ../metric-format.ts's.
 */

/** A wall time for people: `12.35 s`, `2 m 03.5 s`, `1 h 02 m 03 s`. */
function formatDuration(seconds) {
    if (seconds === null || seconds === undefined || !Number.isFinite(seconds))
        return 'n/a';
    if (seconds < 60)
        return `${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(seconds)} s`;
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
    const text = (0,_metric_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)((Math.sign(change_pct) * Math.round(Math.abs(change_pct) * 10)) / 10);
    if (text === '0')
        return '0%';
    return change_pct > 0 ? `+${text}%` : `${text}%`;
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
/**
 * A JUnit `timestamp`: the instant in UTC, to the second, with no zone designator (`2025-03-14T09:26:53`). That is
 * the form the JUnit XSD's pattern allows (it has no zone), and the one the readers that interpret the attribute take
 * as UTC: Jenkins' junit plugin appends `Z` to a zone-less timestamp before parsing it. docs/exporting.md gives the
 * readers looked at.
 */
function junitTimestamp(started_at) {
    const date = new Date(started_at);
    if (Number.isNaN(date.getTime()))
        return started_at;
    return date.toISOString().slice(0, 19);
}
/** `1 sample`, `2 samples`, `1 retry`, `3 retries`: a count with its noun in the right number. */
function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
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

/***/ 8495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ niceTicks)
/* harmony export */ });
/* unused harmony export niceStep */
/**
 * Axis scales for charts: round tick steps (1, 2, 2.5 or 5 × 10^k) covering a data range, so axes read
 * 0, 200, 400, 600, 800 rather than 0, 172.6, 345.2.
 */
/** A round step so that about `target_ticks` intervals cover `span`. */
function niceStep(span, target_ticks) {
    if (!(span > 0) || !Number.isFinite(span))
        return 1;
    const raw = span / Math.max(1, target_ticks);
    const power = 10 ** Math.floor(Math.log10(raw));
    const fraction = raw / power;
    const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
    return nice * power;
}
/** Strip binary noise from a tick value (0.30000000000000004 → 0.3). */
function clean(value) {
    return Number(value.toPrecision(12));
}
/**
 * Ticks covering [lo, hi], extended outwards to whole steps. With `from_zero` a positive range starts at 0
 * (memory and CPU read best against zero). A flat or empty range still gets a visible axis.
 */
function niceTicks(lo, hi, target_ticks = 5, from_zero = true) {
    let low = Number.isFinite(lo) ? lo : 0;
    let high = Number.isFinite(hi) ? hi : 1;
    if (from_zero && low > 0)
        low = 0;
    if (high < low)
        [low, high] = [high, low];
    if (high === low)
        high = low === 0 ? 1 : low + Math.abs(low) * 0.1;
    const step = niceStep(high - low, target_ticks);
    const min = clean(Math.floor(low / step) * step);
    const max = clean(Math.ceil(high / step) * step);
    const ticks = [];
    for (let k = 0;; k++) {
        const tick = clean(min + k * step);
        if (tick > max + step / 2)
            break;
        ticks.push(tick);
    }
    return { min, max, step, ticks };
}


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

/***/ 255:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A4: () => (/* binding */ worstStatus),
/* harmony export */   I3: () => (/* binding */ humanize),
/* harmony export */   Mo: () => (/* binding */ STATUS_RANK),
/* harmony export */   cu: () => (/* binding */ STATUS_EMOJI)
/* harmony export */ });
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
/** `insufficient_history` → `insufficient history`. */
function humanize(word) {
    // Only pyrun's own status words are shown: a history from elsewhere may hold any text in a status column, and
    // this word is written unescaped into markdown headings and check-run titles.
    return typeof word === 'string' && /^[a-z][a-z_]{0,40}$/.test(word) ? word.replace(/_/g, ' ') : 'unknown';
}


/***/ }),

/***/ 8014:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pl: () => (/* binding */ regressedSummary),
/* harmony export */   SG: () => (/* binding */ regressionOutcome),
/* harmony export */   fE: () => (/* binding */ shownMetrics),
/* harmony export */   jP: () => (/* binding */ REGRESSION_TEST_NAME),
/* harmony export */   mv: () => (/* binding */ unseenBelow),
/* harmony export */   s8: () => (/* binding */ verdictCell)
/* harmony export */ });
/* unused harmony exports REPORT_METRICS, VERDICT_LABEL */
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8703);
/* harmony import */ var _verdicts_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5094);
/* harmony import */ var _metric_format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(766);
/* harmony import */ var _numbers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8627);
/* harmony import */ var _analysis_busy_machine_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7376);
/**
 * Verdicts in a report: which metrics a table lists, each verdict's cell, the regressed metrics as one column, and
 * the regression check as one test outcome (JUnit, TAP).
 */






/** The run metrics in the order every report lists them. */
const REPORT_METRICS = _types_js__WEBPACK_IMPORTED_MODULE_0__/* .COMPARABLE_METRICS */ .fm;
/**
 * The metrics a report's table lists for `record`: every one with a value, a baseline or a verdict. A metric the
 * executor could not measure (rusage over an executor that cannot report it) is left out rather than shown n/a.
 */
function shownMetrics(record) {
    return REPORT_METRICS.filter((m) => record[m] !== null || record.baseline[m] !== undefined || record.verdicts[m] !== undefined);
}
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
    return (0,_numbers_js__WEBPACK_IMPORTED_MODULE_1__/* .formatChangePct */ .jj)(verdict.detectable_pct);
}
/**
 * The verdict in words for a table cell: `⚪ unchanged (sees ≥ +38%)` where the baseline was noisy, `⏸️ withheld
 * (busier machine: 1.2 vs 0.05 cores)` for a time that rose while other work kept the machine busier (or it ran
 * slower: `slower machine: calibration 1.52 vs 1.05 ms`).
 */
function verdictCell(metric, verdict) {
    if (verdict === undefined)
        return '—';
    if (verdict.busy_machine !== undefined) {
        const machine = machineCell(verdict.busy_machine);
        return verdict.verdict === 'regressed'
            ? `${VERDICT_LABEL.regressed} (${machine})`
            : `⏸️ withheld (${machine})`;
    }
    const unseen = unseenBelow(metric, verdict);
    return `${VERDICT_LABEL[verdict.verdict]}${unseen === null ? '' : ` (sees ≥ ${unseen})`}`;
}
/** `busier machine: 1.2 vs 0.05 cores`, `slower machine: calibration 1.52 vs 1.05 ms`, or both. */
function machineCell(readings) {
    const excuse = (0,_analysis_busy_machine_js__WEBPACK_IMPORTED_MODULE_2__/* .machineExcuse */ .LQ)(readings);
    const cores = `${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatNumber */ .ZV)(Math.min(...readings.cores))} vs ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatNumber */ .ZV)(readings.baseline_cores)} cores`;
    const ms = readings.calibration;
    const base = readings.baseline_calibration;
    const calibration = ms === undefined || base === undefined
        ? null
        : `calibration ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatNumber */ .ZV)(Math.min(...ms))} vs ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatNumber */ .ZV)(base)} ms`;
    if (excuse === 'busier' || calibration === null)
        return `busier machine: ${cores}`;
    if (excuse === 'slower')
        return `slower machine: ${calibration}`;
    return `busier or slower machine: ${cores}, ${calibration}`;
}
/** The regressed metrics with their change (`duration_s +31%, cpu_time_s +28%`), or a dash: overviews' column. */
function regressedSummary(record) {
    const regressed = (0,_verdicts_js__WEBPACK_IMPORTED_MODULE_4__/* .regressedMetrics */ .k)(record);
    if (regressed.length === 0)
        return '—';
    return regressed.map((m) => `${m} ${(0,_numbers_js__WEBPACK_IMPORTED_MODULE_1__/* .formatChangePct */ .jj)(record.verdicts[m]?.change_pct)}`).join(', ');
}
/** The stable name of the test case / test point that collects regression verdicts. */
const REGRESSION_TEST_NAME = 'no regression against baseline';
/**
 * The regression check as one outcome: `null` when no verdict was reached at all (no history kept),
 * `skipped` when every verdict lacked history, else failed with the regressed metrics named.
 */
function regressionOutcome(record) {
    const judged = (0,_verdicts_js__WEBPACK_IMPORTED_MODULE_4__/* .judgedMetrics */ .P)(record);
    if (judged.length === 0)
        return null;
    const regressed = (0,_verdicts_js__WEBPACK_IMPORTED_MODULE_4__/* .regressedMetrics */ .k)(record);
    if (regressed.length > 0) {
        const parts = regressed.map((m) => `${m} ${(0,_numbers_js__WEBPACK_IMPORTED_MODULE_1__/* .formatChangePct */ .jj)(record.verdicts[m]?.change_pct)}`);
        return { status: 'failed', message: `regressed: ${parts.join(', ')}` };
    }
    if (judged.every((m) => record.verdicts[m]?.verdict === 'insufficient_history')) {
        return { status: 'skipped', message: 'insufficient history' };
    }
    return { status: 'passed', message: `${(0,_numbers_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(judged.length, 'metric')} within baseline` };
}


/***/ })

};
;