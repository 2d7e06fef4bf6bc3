"use strict";
exports.id = 444;
exports.ids = [444];
exports.modules = {

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

/***/ 6330:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderAbMarkdown: () => (/* binding */ renderAbMarkdown)
/* harmony export */ });
/* harmony import */ var _ab_describe_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9147);
/* harmony import */ var _budget_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8460);
/* harmony import */ var _metric_format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(766);
/* harmony import */ var _gates_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9737);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1210);
/* harmony import */ var _markdown_parts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9010);
/* harmony import */ var _scale_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8495);
/* harmony import */ var _markdown_chart_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2305);
/**
 * The A/B result as GitHub-flavoured markdown (job summary, PR comment): a headline, one table row per metric
 * (A, B, the ratio with its interval, p, verdict), the gates, and a chart of the interleaved runs' durations
 * (pair by pair, A and B as two lines in colours that read on a light background).
 */








const STATUS_LINE = {
    passed: '✅ B held every gate',
    gate_failed: '❌ B regressed beyond its gate',
    failed: '💥 a run failed',
    timeout: '⏱️ a run timed out',
    interrupted: '⏹️ interrupted',
};
const VERDICT = {
    regressed: '🔴 regressed',
    improved: '🟢 improved',
    no_difference: '⚪ no difference',
    changed: '🔷 changed (not judged)',
};
/**
 * Blue for A, red for B (the default xychart palette is too pale on GitHub's light theme), on the run charts' base
 * theme: a transparent background and axis text that read in GitHub's dark theme too (the default theme's chart
 * keeps a light grey box there). The lines are named, so a mermaid that draws a legend draws one, in the axis text's
 * colour; the title names the colours for one that does not.
 */
const CHART_INIT = `%%{init: ${JSON.stringify({
    theme: 'base',
    xyChart: { showLegend: true },
    themeVariables: {
        xyChart: {
            ..._markdown_chart_js__WEBPACK_IMPORTED_MODULE_0__/* .MERMAID_CHART_THEME */ .t,
            legendTextColor: _markdown_chart_js__WEBPACK_IMPORTED_MODULE_0__/* .MERMAID_CHART_THEME */ .t.titleColor,
            plotColorPalette: '#3b82f6, #e5484d',
        },
    },
})}}%%`;
function renderAbMarkdown(record, opts = {}) {
    const h = opts.heading ?? '##';
    const lines = [
        `${h} ${STATUS_LINE[record.status]} — A/B ${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .x)(record.name)}`,
        '',
        `**A** ${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .x)(record.a.label)} · **B** ${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .x)(record.b.label)} · ` +
            `${record.order.length} interleaved pairs (AB BA …), ${record.warmup} warm-up each` +
            (record.python_version ? ` · Python ${record.python_version}` : ''),
        '',
    ];
    const entries = Object.entries(record.metrics);
    if (entries.length > 0) {
        lines.push('| metric | A (mean ± σ) | B (mean ± σ) | B/A [interval] | p | verdict |', '|---|---:|---:|---|---:|---|', ...entries.map(([metric, r]) => `| \`${metric}\` | ${(0,_ab_describe_js__WEBPACK_IMPORTED_MODULE_2__/* .formatStats */ .zF)(metric, r.a)} | ${(0,_ab_describe_js__WEBPACK_IMPORTED_MODULE_2__/* .formatStats */ .zF)(metric, r.b)} | ` +
            `${r.ratio.toFixed(2)} [${r.ratio_low.toFixed(2)}, ${r.ratio_high.toFixed(2)}] | ` +
            `${(0,_ab_describe_js__WEBPACK_IMPORTED_MODULE_2__/* .formatP */ .MA)(r.p_value).replace(/^p = /, '')} | ${VERDICT[r.verdict]}${r.over_max_regression ? ' ❗' : ''} |`), '');
        const confidence = Math.min(...entries.map(([, r]) => r.confidence));
        const summary = entries
            .filter(([, r]) => r.verdict !== 'no_difference')
            .map(([metric, r]) => `${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .x)(metric)}: ${(0,_ab_describe_js__WEBPACK_IMPORTED_MODULE_2__/* .describeRatio */ .Pe)(metric, r)}`);
        if (summary.length > 0)
            lines.push(...summary.map((s) => `- ${s}`), '');
        lines.push(`<sub>Intervals: Hodges–Lehmann on the pairs' log ratios, ≥${(confidence * 100).toFixed(1)}% confidence; ` +
            `p: two-sided Wilcoxon signed-rank test.${record.max_regression_pct !== null ? ` ❗ over --max-regression ${record.max_regression_pct}%.` : ''}</sub>`, '');
    }
    if (record.gates.length > 0) {
        lines.push(`${h}# Gates`, '', '| | gate | B | limit |', '|---|---|---:|---:|', ...record.gates.map((g) => `| ${_gates_js__WEBPACK_IMPORTED_MODULE_3__/* .GATE_EMOJI */ .vY[g.status]} | ${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .x)(g.expr)} | ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatNumber */ .ZV)(g.actual)} | ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatNumber */ .ZV)(g.limit)} |`), '');
    }
    if (record.failure) {
        const f = record.failure;
        lines.push(`${f.side}'s ${f.pair === 0 ? 'warm-up run' : `run in pair ${f.pair}`} ended ${f.status}` +
            (f.signal ? ` (${f.signal})` : f.exit_code !== null ? ` (exit ${f.exit_code})` : '') +
            ': no comparison was made.', '');
    }
    lines.push(...runsChart(record, h));
    if (record.warnings.length > 0)
        lines.push('', ...record.warnings.map((w) => `> ⚠️ ${w}`));
    return (0,_budget_js__WEBPACK_IMPORTED_MODULE_5__/* .cutToFit */ .XL)(`${lines.join('\n').trimEnd()}\n\n`, // a blank line ends it, as every markdown report
    opts.max_chars ?? _markdown_js__WEBPACK_IMPORTED_MODULE_6__.MAX_COMMENT_CHARS, '(A/B report cut to fit)');
}
/** duration_s of every measured run, pair by pair: A and B as two lines. */
function runsChart(record, h) {
    const pairs = record.order.length;
    const side = (s) => Array.from({ length: pairs }, (_, i) => record.runs.find((r) => r.pair === i + 1 && r.side === s)?.duration_s);
    const a = side('A');
    const b = side('B');
    const values = [...a, ...b].filter((v) => v !== undefined && Number.isFinite(v));
    if (pairs < 2 || values.length < 4)
        return [];
    const scale = (0,_scale_js__WEBPACK_IMPORTED_MODULE_7__/* .niceTicks */ .a)(Math.min(...values), Math.max(...values));
    const line = (xs) => `[${xs.map((v) => (0,_metric_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatNumber */ .ZV)(v === undefined ? 0 : Math.round(v * 1000) / 1000)).join(', ')}]`;
    return [
        `${h}# Interleaved runs`,
        '',
        '```mermaid',
        CHART_INIT,
        'xychart-beta',
        '  title "duration_s per pair (blue: A, red: B)"',
        // Plain pair numbers: mermaid ends the last category's label exactly at the chart's right edge (it reserves
        // half the widest label there), so a mark after the number, which a font may draw past its own box, was cut.
        `  x-axis "pair" [${Array.from({ length: pairs }, (_, i) => `"${i + 1}"`).join(', ')}]`,
        `  y-axis "duration (s)" ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatNumber */ .ZV)(scale.min)} --> ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatNumber */ .ZV)(scale.max)}`,
        `  line "A" ${line(a)}`,
        `  line "B" ${line(b)}`,
        '```',
        '',
        `<sub>${orderNote(record.order)}</sub>`,
    ];
}
/** Which side ran first in each pair, in words. */
function orderNote(order) {
    const bFirst = order.flatMap((o, i) => (o === 'BA' ? [i + 1] : []));
    if (bFirst.length === 0)
        return 'A ran first in every pair.';
    if (order.every((o, i) => o === (i % 2 === 0 ? 'AB' : 'BA'))) {
        return 'A ran first in the odd-numbered pairs, B in the even-numbered ones.';
    }
    return `B ran first in pair${bFirst.length === 1 ? '' : 's'} ${bFirst.join(', ')}; A in the others.`;
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


/***/ })

};
;