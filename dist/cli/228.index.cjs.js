"use strict";
exports.id = 228;
exports.ids = [228];
exports.modules = {

/***/ 1808:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xw: () => (/* binding */ benchmarkStats),
/* harmony export */   rH: () => (/* binding */ repeatStatistics),
/* harmony export */   x2: () => (/* binding */ benchmarkWarnings)
/* harmony export */ });
/* unused harmony exports OUTLIER_FACTOR, SLOW_FIRST_FACTOR, MIN_NOTICEABLE_S */
/* harmony import */ var _metrics_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8703);
/* harmony import */ var _robust_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9456);
/**
 * Benchmark statistics of repeated runs (`pyrun run --repeat N`, and each side of `pyrun ab`): mean ± σ,
 * median, min, max per metric, and hyperfine-style warnings that say what to do:
 *
 * - an outlier: a run at least OUTLIER_FACTOR (3) × the median of its metric — something else ran meanwhile;
 * - a slow first run: the first run of a time metric at least SLOW_FIRST_FACTOR (1.5) × the median of the
 *   others (n ≥ 3) — cold caches (file system, .pyc, imports); a warm-up run fixes it.
 *
 * Pure: values in, numbers and sentences out.
 */
// From the metric table itself, not ../types.js: types.ts imports RepeatStatistics from here.


const OUTLIER_FACTOR = 3;
const SLOW_FIRST_FACTOR = 1.5;
/** A time difference below this is noise in a warning, whatever the ratio (hyperfine warns from tens of ms). */
const MIN_NOTICEABLE_S = 0.05;
/** Statistics of one metric's values (finite numbers; throws on an empty list). */
function benchmarkStats(values) {
    if (values.length === 0)
        throw new Error('benchmarkStats needs at least one value');
    const n = values.length;
    const mean = values.reduce((a, b) => a + b, 0) / n;
    const variance = n > 1 ? values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (n - 1) : 0;
    return {
        n,
        mean,
        stddev: Math.sqrt(variance),
        median: (0,_robust_js__WEBPACK_IMPORTED_MODULE_0__/* .median */ .JZ)(values),
        min: Math.min(...values),
        max: Math.max(...values),
    };
}
/** The warnings of one metric's values, in run order. */
function benchmarkWarnings(metric, values) {
    const warnings = [];
    if (values.length < 3)
        return warnings;
    const isTime = _metrics_js__WEBPACK_IMPORTED_MODULE_1__/* .METRIC_DIMENSION */ .aP[metric] === 'time';
    const rest = (0,_robust_js__WEBPACK_IMPORTED_MODULE_0__/* .median */ .JZ)(values.slice(1));
    const first = values[0];
    // A few milliseconds of system time are no cold cache worth a warning: the gap must be noticeable too.
    const slowFirst = isTime && rest > 0 && first >= SLOW_FIRST_FACTOR * rest && first - rest >= MIN_NOTICEABLE_S;
    if (slowFirst) {
        warnings.push({
            metric,
            kind: 'slow_first_run',
            run: 1,
            value: first,
            median: rest,
            message: `${metric}: the first run (${shown(first)}) was much slower than the rest (median ${shown(rest)}); ` +
                'caches were probably cold: more warm-up runs (--warmup N, unmeasured) keep it out',
        });
    }
    const centre = (0,_robust_js__WEBPACK_IMPORTED_MODULE_0__/* .median */ .JZ)(values);
    if (centre <= 0)
        return warnings;
    values.forEach((value, i) => {
        if (value < OUTLIER_FACTOR * centre || (slowFirst && i === 0))
            return;
        if (isTime && value - centre < MIN_NOTICEABLE_S)
            return;
        warnings.push({
            metric,
            kind: 'outlier',
            run: i + 1,
            value,
            median: centre,
            message: `${metric}: run ${i + 1} (${shown(value)}) is ${(value / centre).toFixed(1)}× the median ` +
                `(${shown(centre)}); another program probably interfered: rerun on a quieter machine or raise --repeat`,
        });
    });
    return warnings;
}
/** Statistics and warnings of every comparable metric over the measured runs of a benchmark. */
function repeatStatistics(runs) {
    const out = { metrics: {}, warnings: [] };
    for (const metric of _metrics_js__WEBPACK_IMPORTED_MODULE_1__/* .COMPARABLE_METRICS */ .fm) {
        const values = runs.map((r) => r[metric]).filter((v) => Number.isFinite(v));
        if (values.length === 0)
            continue;
        out.metrics[metric] = benchmarkStats(values);
        if (values.length === runs.length)
            out.warnings.push(...benchmarkWarnings(metric, values));
    }
    return out;
}
function shown(value) {
    return Number(value.toPrecision(4)).toString();
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

/***/ 4911:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ launchLabel)
/* harmony export */ });
/** What ran, as people write it: the script's path, or `-m package.module`. */
function launchLabel(launch) {
    return launch.module ? `-m ${launch.script}` : launch.script;
}


/***/ }),

/***/ 9640:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  j: () => (/* binding */ runScript)
});

// EXTERNAL MODULE: ./src/engine/execute/exec/types.ts
var types = __webpack_require__(4911);
// EXTERNAL MODULE: ./src/engine/history/downsample.ts
var downsample = __webpack_require__(2911);
// EXTERNAL MODULE: ./src/engine/analysis/benchmark-stats.ts
var benchmark_stats = __webpack_require__(1808);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./src/engine/types.ts
var engine_types = __webpack_require__(3171);
// EXTERNAL MODULE: ./src/engine/execute/sample/totals.ts
var sample_totals = __webpack_require__(8730);
;// CONCATENATED MODULE: ./src/engine/execute/sample/portable.ts
/**
 * Sampling where there is no /proc (macOS, Windows): one `ps` a tick finds the tree (Windows: the root only) and
 * pidusage reads each process. Less exact than ./sampler.ts, and documented so: no thread counts (one a process),
 * no I/O counters, no open fds, and CPU of a child that lived and died between two ticks is missed unless the
 * launcher reports it at the end (it does on macOS).
 */



function psProcesses() {
    if (process.platform === 'win32')
        return Promise.resolve([]);
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)('ps', ['-A', '-o', 'pid=,ppid='], { timeout: 5000 }, (error, stdout) => {
            if (error)
                return resolve([]);
            const rows = [];
            for (const line of stdout.split('\n')) {
                const [pid, ppid] = line.trim().split(/\s+/).map(Number);
                if (Number.isInteger(pid) && Number.isInteger(ppid))
                    rows.push({ pid: pid, ppid: ppid });
            }
            resolve(rows);
        });
    });
}
class PortableSampler {
    opts;
    totals = (0,sample_totals/* emptyTotals */.Tf)();
    prev_ms;
    prev_cpu_s = 0;
    constructor(opts) {
        this.opts = opts;
        this.prev_ms = opts.start_ms;
    }
    /** The pids of the tree under the root (and the root itself when counted). */
    async treePids() {
        const all = await (this.opts.listProcesses ?? psProcesses)();
        const children = new Map();
        for (const { pid, ppid } of all)
            children.set(ppid, [...(children.get(ppid) ?? []), pid]);
        const found = this.opts.includeRoot ? [this.opts.rootPid] : [];
        const queue = [this.opts.rootPid];
        const seen = new Set(queue);
        while (queue.length > 0) {
            for (const child of children.get(queue.pop()) ?? []) {
                if (seen.has(child))
                    continue;
                seen.add(child);
                found.push(child);
                queue.push(child);
            }
        }
        return found;
    }
    async measure(now_ms) {
        const pids = await this.treePids();
        // One call per pid: a process that exits mid-tick must not spoil the others' figures.
        // pidusage is loaded here, on the platforms that sample this way: a Linux run never loads it.
        const { default: pidusage } = await __webpack_require__.e(/* import() */ 636).then(__webpack_require__.t.bind(__webpack_require__, 7636, 23));
        const stats = await Promise.allSettled(pids.map((pid) => pidusage(pid)));
        let cpu_s = 0;
        let rss_bytes = 0;
        let largest = 0;
        let processes = 0;
        for (const s of stats) {
            if (s.status !== 'fulfilled')
                continue;
            processes += 1;
            cpu_s += s.value.ctime / 1000;
            rss_bytes += s.value.memory;
            largest = Math.max(largest, s.value.memory);
        }
        cpu_s = Math.max(cpu_s, this.prev_cpu_s);
        const dt_s = (now_ms - this.prev_ms) / 1000;
        const cpu_percent = dt_s > 0 ? ((cpu_s - this.prev_cpu_s) / dt_s) * 100 : 0;
        this.prev_ms = now_ms;
        this.prev_cpu_s = cpu_s;
        const measured = {
            sample: {
                elapsed_s: (now_ms - this.opts.start_ms) / 1000,
                cpu_percent,
                rss_mb: rss_bytes / engine_types/* BYTES_PER_MB */.o_,
                threads: processes,
                processes,
                read_mb: 0,
                write_mb: 0,
                open_fds: null,
            },
            rss_bytes,
            read_bytes: 0,
            write_bytes: 0,
            cpu_time_s: cpu_s,
            largest_process_rss_bytes: largest,
        };
        (0,sample_totals/* addSample */.yl)(this.totals, measured);
        return measured;
    }
}

// EXTERNAL MODULE: ./src/engine/execute/sample/sampler.ts
var sample_sampler = __webpack_require__(3369);
;// CONCATENATED MODULE: ./src/engine/execute/sample/ticker.ts
function startTicker(clock, interval_s, tick) {
    const interval_ms = interval_s * 1000;
    if (!(interval_ms > 0) || !Number.isFinite(interval_ms))
        throw new RangeError(`a tick interval must be a positive number of seconds (got ${interval_s})`);
    const start_ms = clock.now_ms();
    let k = 1;
    let handle;
    let stopped = false;
    const schedule = () => {
        const now = clock.now_ms();
        k = nextTick(start_ms, interval_ms, k, now);
        handle = clock.setTimer(fire, start_ms + k * interval_ms - now);
    };
    const fire = () => {
        if (stopped)
            return;
        k += 1;
        tick(clock.now_ms());
        if (!stopped)
            schedule();
    };
    schedule();
    return {
        stop() {
            stopped = true;
            clock.clearTimer(handle);
        },
    };
}
/**
 * The index of the next tick on the schedule start + k·interval: at least `k`, and after `now`. Deadlines already
 * missed (a stalled event loop) are skipped in one step, however many, rather than fired in a burst.
 */
function nextTick(start_ms, interval_ms, k, now_ms) {
    let next = Math.max(k, Math.floor((now_ms - start_ms) / interval_ms) + 1);
    if (start_ms + next * interval_ms <= now_ms)
        next += 1; // floating point put it on the deadline itself
    return next;
}

;// CONCATENATED MODULE: ./src/engine/execute/sample/probes.ts
/** The most a window of probing every gap lasts, whatever the interval. */
const MAX_WINDOW_MS = 1000;
/** The gap is the interval over this, kept between the bounds below. */
const PROBES_PER_INTERVAL = 20;
const MIN_GAP_MS = 10;
const MAX_GAP_MS = 25;
/** Between windows, how often pyrun asks whether a process was created. */
const WATCH_GAP_MS = 100;
/** The gap is at least this many times the last probe's cost. */
const COST_FACTOR = 20;
function startProbes(clock, interval_s, hooks) {
    const interval_ms = interval_s * 1000;
    const window_ms = Math.min(interval_ms, MAX_WINDOW_MS);
    const gap_ms = Math.min(MAX_GAP_MS, Math.max(MIN_GAP_MS, interval_ms / PROBES_PER_INTERVAL));
    let watching = hooks.spawned !== undefined; // until it first says it cannot tell
    let dense_until = clock.now_ms() + window_ms;
    let handle = null;
    let stopped = false;
    let cost_ms = 0;
    const schedule = () => {
        handle = null;
        const dense = clock.now_ms() < dense_until;
        if (stopped || (!watching && !dense))
            return;
        handle = clock.setTimer(fire, Math.max(dense ? gap_ms : WATCH_GAP_MS, gap_ms, COST_FACTOR * cost_ms));
    };
    const fire = () => {
        if (stopped)
            return;
        const before = clock.now_ms();
        const spawned = watching ? (hooks.spawned?.() ?? null) : null;
        if (spawned === null)
            watching = false;
        if (before < dense_until || spawned === true) {
            const fresh = hooks.probe();
            const after = clock.now_ms();
            cost_ms = after - before;
            if (fresh)
                dense_until = after + window_ms;
        }
        schedule();
    };
    schedule();
    return {
        wake() {
            if (stopped)
                return;
            dense_until = clock.now_ms() + window_ms;
            if (handle === null)
                schedule();
        },
        stop() {
            stopped = true;
            if (handle !== null)
                clock.clearTimer(handle);
            handle = null;
        },
    };
}
/** `spawned` for a source of the last pid given out: whether it moved since the last call. */
function pidWatch(lastPid) {
    let last = lastPid();
    return () => {
        const now = lastPid();
        if (now === null)
            return null;
        const moved = now !== last;
        last = now;
        return moved;
    };
}

// EXTERNAL MODULE: ./src/engine/execute/sample/tree.ts
var tree = __webpack_require__(6353);
;// CONCATENATED MODULE: ./src/engine/execute/sample/survivors.ts

/**
 * Finds the survivors among `sampled` and their descendants, then calls `kill` on each (parents first, all found
 * before any is killed, so no child is lost to a reparenting). Returns the pids killed.
 */
function endSurvivors(source, sampled, kill) {
    const doomed = [];
    const seen = new Set();
    const add = (p) => {
        if (seen.has(p.pid) || p.state === 'Z' || p.state === 'X')
            return;
        seen.add(p.pid);
        doomed.push(p.pid);
    };
    for (const { pid, starttime } of sampled) {
        const now = source.stat(pid);
        if (now === null || now.starttime !== starttime)
            continue; // gone, or the pid is someone else's now
        add(now);
        for (const child of (0,tree/* descendants */.D)(source, pid))
            add(child);
    }
    for (const pid of doomed)
        kill(pid);
    return doomed;
}
/** SIGKILL to one process by pid; one that is already gone is no error. */
function killPid(pid) {
    try {
        process.kill(pid, 'SIGKILL');
    }
    catch {
        /* already gone */
    }
}

;// CONCATENATED MODULE: ./src/engine/execute/sample/calibration.ts
/**
 * How fast the cores the script ran on ran ordinary interpreter work: the `calibration_ms` metric.
 *
 * A run on a shared VM can take 1.5–1.9× its usual CPU time while nothing in the VM looks busier: the host slows one
 * vCPU at a time, for seconds to minutes (another guest's thread on its hyperthread sibling), and the guest counts
 * the lost time as the script's own (no steal is reported). On this project's 2-core VM one core ran a fixed Python
 * loop in 0.65 ms while the other took 1.2 ms, and a minute later the other way round. Once the script's tree is
 * gone, the launcher (src/python/launcher.py, `calibrate`) times a fixed loop of Python work pinned on each core in
 * turn; the sampler has noted which cores the tree's CPU time went to (TreeSampler.coreWeights); the reading is
 * the loop's time on those cores, weighted by the script's CPU time on each. A loop timed on whichever core pyrun
 * happened to run on read a slowed script's machine as normal as often as not.
 */
/**
 * The loop's milliseconds on the cores the script ran on: the mean of the launcher's readings weighted by the
 * script's CPU time on each core, rounded to the microsecond. Without weights for any core that has a reading (a
 * script too short for the sampler to see where it ran), the slowest core's reading: a slow core may have been the
 * script's. An unpinned reading (key -1) stands for every core. Null without readings.
 */
function calibrationOnCores(readings, weights) {
    if (readings === undefined || readings.size === 0)
        return null;
    const unpinned = readings.get(-1);
    if (unpinned !== undefined)
        return round(unpinned);
    let sum = 0;
    let weight = 0;
    for (const [cpu, w] of weights) {
        const ms = readings.get(cpu);
        if (ms === undefined || !(w > 0))
            continue;
        sum += ms * w;
        weight += w;
    }
    return round(weight > 0 ? sum / weight : Math.max(...readings.values()));
}
const round = (ms) => Math.round(ms * 1000) / 1000;

;// CONCATENATED MODULE: ./src/engine/execute/sample/series-buffer.ts
const MAX_BUFFERED_SAMPLES = 20_000;
class SeriesBuffer {
    buffer = [];
    max_samples;
    constructor(max_samples = MAX_BUFFERED_SAMPLES) {
        this.max_samples = Math.max(2, max_samples);
    }
    push(sample) {
        this.buffer.push(sample);
        if (this.buffer.length > this.max_samples)
            this.halve();
    }
    samples() {
        return this.buffer.slice();
    }
    halve() {
        const kept = [];
        for (let i = 0; i < this.buffer.length; i += 2) {
            const a = this.buffer[i];
            const b = this.buffer[i + 1];
            if (b === undefined)
                kept.push(a);
            else if (b.rss_mb > a.rss_mb || (b.rss_mb === a.rss_mb && b.cpu_percent > a.cpu_percent))
                kept.push(b);
            else
                kept.push(a);
        }
        this.buffer = kept;
    }
}

;// CONCATENATED MODULE: ./src/engine/execute/once.ts









async function executeOnce(spec, deps, opts) {
    const { clock, proc } = deps;
    const running = deps.start(spec);
    opts.onSpawned?.();
    const start = await running.started; // throws when the script cannot start: nothing else to clean up
    const series = new SeriesBuffer();
    let ended = false;
    const take = (m) => {
        // A tick after the tree is gone (or before it began) is no sample of the script: no phantom zero.
        if (ended || (0,sample_totals/* treeGone */.CL)(m))
            return;
        series.push(m.sample);
        opts.onSample?.(m.sample);
    };
    let totals;
    let stopSampling = () => undefined;
    /** The machine's CPU as the script starts, where pyrun samples it here (a remote launcher reads its own). */
    let hostStart = null;
    /** After the run: end what survived a launcher that is gone (local /proc sampling only). */
    let endLeftovers = () => undefined;
    /** Where the tree's CPU time went, by core (local /proc sampling only). */
    let coreWeights = () => new Map();
    if (running.subscribeSamples) {
        totals = (0,sample_totals/* emptyTotals */.Tf)();
        const remoteTotals = totals;
        running.subscribeSamples((m) => {
            if (ended)
                return;
            (0,sample_totals/* addSample */.yl)(remoteTotals, m);
            take(m);
        });
        coreWeights = () => running.coreWeights?.() ?? new Map();
    }
    else if ((deps.sampling ?? (process.platform === 'linux' ? 'procfs' : 'portable')) === 'portable') {
        const sampler = new PortableSampler({
            rootPid: start.sampler_root_pid,
            includeRoot: start.sample_root_included === true,
            start_ms: clock.now_ms() - start.fork_age_ms,
        });
        totals = sampler.totals;
        let busy = false; // a slow `ps` must not pile ticks up
        const ticker = startTicker(clock, opts.interval_s, (now_ms) => {
            if (busy)
                return;
            busy = true;
            void sampler
                .measure(now_ms)
                .then(take, () => undefined)
                .finally(() => (busy = false));
        });
        stopSampling = () => ticker.stop();
    }
    else {
        const sampler = new sample_sampler/* TreeSampler */.F(proc, {
            rootPid: start.sampler_root_pid,
            rootIsLauncher: true,
            clk_tck: start.clk_tck,
            page_size: start.page_size,
            start_ms: clock.now_ms() - start.fork_age_ms,
        });
        totals = sampler.totals;
        const ticks = proc.hostCpu?.() ?? null;
        if (ticks !== null)
            hostStart = { ticks, at_ms: clock.now_ms() };
        // Between samples, probes for the tree's peaks (./sample/probes.ts); a sample that finds a new process wakes them.
        const lastPid = proc.lastPid?.bind(proc);
        const probes = startProbes(clock, opts.interval_s, {
            probe: () => sampler.probe(),
            spawned: lastPid === undefined ? undefined : pidWatch(lastPid),
        });
        const ticker = startTicker(clock, opts.interval_s, (now_ms) => {
            const seen = sampler.distinct_processes;
            take(sampler.measure(now_ms));
            if (sampler.distinct_processes > seen)
                probes.wake();
        });
        stopSampling = () => {
            ticker.stop();
            probes.stop();
        };
        endLeftovers = () => void endSurvivors(proc, sampler.sampledProcesses(), killPid);
        coreWeights = () => sampler.coreWeights();
    }
    let timed_out = false;
    let interrupted = null;
    const timers = [];
    const end = (first) => {
        running.signal(first);
        timers.push(clock.setTimer(() => {
            running.signal('SIGKILL');
            if (running.killTree)
                running.killTree();
            // A descendant that left the script's process group (setsid) is still in the tree: end it by pid.
            else
                for (const p of (0,tree/* descendants */.D)(proc, start.sampler_root_pid))
                    killPid(p.pid);
        }, opts.grace_s * 1000));
    };
    if (opts.timeout_s !== null) {
        timers.push(clock.setTimer(() => {
            timed_out = true;
            end('SIGTERM');
        }, opts.timeout_s * 1000));
    }
    opts.onInterruptible?.((sig) => {
        if (interrupted !== null) {
            running.signal('SIGKILL'); // a second Ctrl-C means now
            return;
        }
        interrupted = sig;
        end(sig);
    });
    try {
        const exit = await running.done;
        const hostEnd = hostStart === null ? null : (proc.hostCpu?.() ?? null);
        // The launcher's calibration loop ran before this reading: its CPU is pyrun's own, not a neighbour's.
        const launcherOwn_s = exit.calibration?.cpu_s ?? 0;
        // A remote launcher reads its own machine, and counts its calibration in its own CPU.
        const host_cpu = hostStart === null || hostEnd === null
            ? (exit.host_cpu ?? null)
            : {
                start: hostStart.ticks,
                end: { ...hostEnd, own_cpu_s: hostEnd.own_cpu_s + launcherOwn_s },
                between_s: (clock.now_ms() - hostStart.at_ms) / 1000,
            };
        const calibration_ms = host_cpu === null ? null : calibrationOnCores(exit.calibration?.ms_by_cpu, coreWeights());
        // Without the launcher's report nothing reaped the tree: end any process of it that is still there.
        if (!exit.exact)
            endLeftovers();
        return {
            start,
            exit,
            series: series.samples(),
            totals,
            timed_out,
            interrupted,
            host_cpu,
            calibration_ms,
        };
    }
    finally {
        ended = true;
        stopSampling();
        for (const t of timers)
            clock.clearTimer(t);
    }
}

;// CONCATENATED MODULE: ./src/engine/execute/retry.ts
/** Waits grow no longer than this (unless the first wait asked for is longer: then that one is the cap). */
const MAX_RETRY_DELAY_S = 60;
/** Each wait is drawn uniformly within ±20% of its nominal length. */
const RETRY_JITTER = 0.2;
/**
 * The wait before retry number `retry` (1 = the first retry): `delay_s × backoff^(retry−1)`, at most the cap,
 * jittered by `random()` (in [0, 1); 0.5 means no jitter) and never past the cap. 0 when `delay_s` is 0.
 */
function retryDelay_s(retry, delay_s, backoff, random) {
    if (!(delay_s > 0))
        return 0;
    const cap_s = Math.max(MAX_RETRY_DELAY_S, delay_s);
    const nominal_s = Math.min(delay_s * backoff ** (retry - 1), cap_s);
    const jittered_s = nominal_s * (1 + RETRY_JITTER * (2 * random() - 1));
    return Math.min(Math.max(jittered_s, 0), cap_s);
}
/**
 * Waits `delay_s` on the clock. `onInterruptible` receives a function that ends the wait early (pyrun got
 * SIGINT/SIGTERM between attempts); resolves with that signal, or null when the wait ran its course.
 */
function pause(clock, delay_s, onInterruptible) {
    return new Promise((resolve) => {
        const timer = clock.setTimer(() => resolve(null), delay_s * 1000);
        onInterruptible?.((sig) => {
            clock.clearTimer(timer);
            resolve(sig);
        });
    });
}

// EXTERNAL MODULE: ./src/engine/analysis/robust.ts
var robust = __webpack_require__(9456);
// EXTERNAL MODULE: ./src/engine/metrics.ts
var metrics = __webpack_require__(8703);
;// CONCATENATED MODULE: ./src/engine/medians.ts
/** Benchmark mode's medians over repeated runs: one implementation, for the record and for the verdicts. */


/** Per field, the median of its finite values over `runs`; null where no run has one. The one median of repeats. */
function medianByField(runs, fields) {
    const out = {};
    for (const field of fields) {
        const values = runs
            .map((r) => r[field])
            .filter((v) => typeof v === 'number' && Number.isFinite(v));
        out[field] = values.length === 0 ? null : (0,robust/* median */.JZ)(values);
    }
    return out;
}
/**
 * The record's metrics in benchmark mode: every run metric the median of the measured runs (exact bytes stay
 * whole numbers), except the exit code, which is the last run's.
 */
function medianRunMetrics(runs) {
    const medians = medianByField(runs, metrics/* RUN_METRIC_FIELDS */.tG);
    for (const row of metrics/* RUN_ROWS */.kg) {
        if ('bytes_field' in row) {
            const bytes = medians[row.bytes_field];
            medians[row.bytes_field] = bytes === null ? null : Math.round(bytes);
        }
    }
    return { ...medians, exit_code: runs[runs.length - 1]?.exit_code ?? null };
}

;// CONCATENATED MODULE: ./src/engine/execute/measure.ts

function measure(m) {
    const { exit, totals } = m;
    const duration_s = exit.wall_s;
    const cpu_time_s = exit.cpu_time_s ?? totals.cpu_time_s;
    const sampled = totals.samples > 0;
    const whole_run_percent = duration_s > 0 ? (cpu_time_s / duration_s) * 100 : 0;
    const peak_rss_bytes = Math.max(totals.peak_tree_rss_bytes, totals.peak_process_rss_bytes, exit.maxrss_bytes ?? 0);
    const read_bytes = exit.read_bytes ?? totals.read_bytes;
    const write_bytes = exit.write_bytes ?? totals.write_bytes;
    return {
        duration_s,
        cpu_time_s,
        // A run shorter than one interval has no samples: its whole-run average is the honest figure.
        cpu_percent_avg: sampled ? totals.cpu_percent_sum / totals.samples : whole_run_percent,
        cpu_percent_max: sampled ? totals.cpu_percent_max : whole_run_percent,
        peak_rss_mb: peak_rss_bytes / engine_types/* BYTES_PER_MB */.o_,
        peak_rss_bytes,
        max_threads: Math.max(totals.max_threads, 1),
        max_processes: Math.max(totals.max_processes, 1),
        read_mb: read_bytes / engine_types/* BYTES_PER_MB */.o_,
        read_bytes,
        write_mb: write_bytes / engine_types/* BYTES_PER_MB */.o_,
        write_bytes,
        cpu_user_s: exit.rusage?.cpu_user_s ?? null,
        cpu_system_s: exit.rusage?.cpu_system_s ?? null,
        minor_faults: exit.rusage?.minor_faults ?? null,
        major_faults: exit.rusage?.major_faults ?? null,
        voluntary_ctx_switches: exit.rusage?.voluntary_ctx_switches ?? null,
        involuntary_ctx_switches: exit.rusage?.involuntary_ctx_switches ?? null,
        instructions: m.instruction_count ?? null,
        neighbour_cores: neighbourCores(m, cpu_time_s),
        calibration_ms: m.calibration_ms ?? null,
        exit_code: exit.exit_code,
    };
}
/**
 * The cores other work kept busy while the script ran: the machine's busy CPU time between the two readings, less
 * the tree's own and pyrun's own, over the time between them. Null where the machine's CPU was not read (remote
 * runs, no /proc).
 */
function neighbourCores(m, cpu_time_s) {
    const host = m.host_cpu;
    if (host === null || host.between_s <= 0 || m.start.clk_tck <= 0)
        return null;
    const busy_s = (host.end.busy_ticks - host.start.busy_ticks) / m.start.clk_tck;
    const own_s = host.end.own_cpu_s - host.start.own_cpu_s;
    const others = (busy_s - cpu_time_s - own_s) / host.between_s;
    return Math.round(Math.max(0, others) * 1000) / 1000;
}
/** The status of one execution, before gates and regressions are judged. */
function executionStatus(m) {
    if (m.timed_out)
        return 'timeout';
    return m.exit.exit_code === 0 && m.exit.signal === null ? 'passed' : 'failed';
}

// EXTERNAL MODULE: ./src/engine/run-id.ts
var run_id = __webpack_require__(3681);
;// CONCATENATED MODULE: ./src/engine/execute/run-script.ts
/**
 * Runs the script as the run asks: once, with retries of a failed attempt, or as a benchmark of warm-up plus
 * measured runs; executes each (./once.ts), measures each (./measure.ts), and assembles the run record's measured
 * part. Judging it (gates, baseline, verdicts) is ../judge.ts's work; this file only measures.
 */








/** The measured run record: everything but gates, alerts, baseline and verdicts (empty here). */
async function runScript(spec, deps, hooks = {}) {
    const started_at = new Date().toISOString();
    const attempts = [];
    let executions = 0;
    let lastInstrumented;
    const options = {
        interval_s: spec.interval_s,
        timeout_s: spec.timeout_s,
        grace_s: spec.grace_s,
        onSample: hooks.onSample,
        onInterruptible: hooks.onInterruptible,
        onSpawned: hooks.onSpawned,
    };
    /** One execution; under `--instructions`, in its own folder of callgrind files, and its count read after. */
    const executeOne = async () => {
        executions += 1;
        // Loaded only for an instrumented run (node:fs/promises and the callgrind reader are off the plain path).
        const counting = spec.launch.counter ? await __webpack_require__.e(/* import() */ 358).then(__webpack_require__.bind(__webpack_require__, 2358)) : null;
        const launch = counting ? await counting.instrumentedLaunch(spec.launch, executions) : spec.launch;
        const m = await executeOnce(launch, deps, options);
        if (!counting)
            return m;
        const counts = await counting.executionCounts(launch, executionStatus(m) === 'passed');
        lastInstrumented = counting.instrumentation(launch, counts);
        return { ...m, instruction_count: counts?.total ?? null };
    };
    const executeWithRetries = async (label) => {
        for (let attempt = 1;; attempt += 1) {
            const m = await executeOne();
            attempts.push({
                attempt, // counted per run: under --repeat every measured run's first try is attempt 1
                exit_code: m.exit.exit_code,
                signal: m.exit.signal,
                duration_s: m.exit.wall_s,
                timed_out: m.timed_out,
            });
            const ok = executionStatus(m) === 'passed';
            if (ok || m.interrupted !== null || attempt > spec.retries)
                return m;
            const wait_s = retryDelay_s(attempt, spec.retry_delay_s ?? 0, spec.retry_backoff ?? 2, deps.random ?? Math.random);
            const when = wait_s > 0 ? ` in ${wait_s.toFixed(1)} s` : '';
            hooks.onProgress?.(`${label}attempt ${attempt} of ${spec.retries + 1} ${describeFailure(m)}; retrying${when}`);
            if (wait_s > 0) {
                const interrupted = await pause(deps.clock, wait_s, hooks.onInterruptible);
                if (interrupted !== null)
                    return { ...m, interrupted }; // stopped while waiting: no more attempts
            }
        }
    };
    let last;
    let metrics;
    let repeats;
    if (spec.repeat <= 1 && spec.warmup === 0) {
        last = await executeWithRetries('');
        metrics = measure(last);
    }
    else {
        for (let i = 1; i <= spec.warmup; i += 1) {
            hooks.onProgress?.(`warm-up ${i}/${spec.warmup}`);
            last = await executeWithRetries(`warm-up ${i}: `);
            if (executionStatus(last) !== 'passed' || last.interrupted)
                break;
        }
        attempts.length = 0; // warm-ups are not part of the record
        repeats = [];
        for (let i = 1; i <= spec.repeat; i += 1) {
            hooks.onProgress?.(`run ${i}/${spec.repeat}`);
            last = await executeWithRetries(`run ${i}: `);
            repeats.push(measure(last));
            if (executionStatus(last) !== 'passed' || last.interrupted)
                break;
        }
        last = last;
        metrics = { ...medianRunMetrics(repeats), exit_code: last.exit.exit_code };
    }
    return {
        name: spec.name,
        run_id: spec.run_id ?? (0,run_id/* newRunId */.F)(),
        started_at,
        status: executionStatus(last),
        signal: last.exit.signal,
        ...(last.exit.oom_killed ? { oom_killed: true } : {}),
        ...metrics,
        samples: last.totals.samples,
        series: (0,downsample/* downsample */.Jd)(last.series, downsample/* MAX_SERIES_SAMPLES */.vu),
        interval_s: spec.interval_s,
        gates: [],
        alerts: [],
        baseline: {},
        verdicts: {},
        attempts,
        ...(repeats ? { repeats, benchmark: (0,benchmark_stats/* repeatStatistics */.rH)(repeats) } : {}),
        ...(lastInstrumented ? { instrumentation: lastInstrumented } : {}),
        is_pull_request: spec.is_pull_request,
        os: last.start.os ?? process.platform,
        arch: last.start.arch ?? process.arch,
        python_version: last.start.python_version,
        executor: spec.executor,
        host: spec.host ?? null,
        git_ref: spec.git_ref,
        git_sha: spec.git_sha,
        script: (0,types/* launchLabel */.o)(spec.launch),
        pyrun_version: spec.pyrun_version,
    };
}
function describeFailure(m) {
    if (m.timed_out)
        return 'timed out';
    if (m.exit.signal)
        return `was killed by ${m.exit.signal}`;
    return `exited ${m.exit.exit_code}`;
}


/***/ }),

/***/ 3369:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ TreeSampler)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3171);
/* harmony import */ var _tree_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6353);
/* harmony import */ var _totals_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8730);



class TreeSampler {
    source;
    opts;
    tree;
    prev_ms;
    prev_cpu_ticks = 0;
    rootIo0;
    rootCpu0_ticks = 0;
    prev_read_bytes = 0;
    prev_write_bytes = 0;
    seen = new Set();
    sampled = [];
    /** Each live process's CPU ticks at its last look, by `pid:starttime`. */
    lastTicks = new Map();
    /** The tree's CPU ticks by the core each process was on when they were seen (coreWeights). */
    ticksByCore = new Map();
    /** How often a live process was seen on each core (coreWeights, when no tick was seen). */
    looksByCore = new Map();
    /** Distinct processes seen, keyed by (pid, start time) so a reused pid is a new process. */
    distinct_processes = 0;
    totals = (0,_totals_js__WEBPACK_IMPORTED_MODULE_0__/* .emptyTotals */ .Tf)();
    constructor(source, opts) {
        this.source = source;
        this.opts = opts;
        this.tree = new _tree_js__WEBPACK_IMPORTED_MODULE_1__/* .TreeFinder */ .X(source, opts.rootPid);
        this.prev_ms = opts.start_ms;
        // The launcher's own reads, and the CPU of whatever it reaped before it became the launcher (a pyenv
        // shim's helpers), are not the script's.
        if (opts.rootIsLauncher) {
            this.rootIo0 = source.io(opts.rootPid);
            const root = source.stat(opts.rootPid);
            this.rootCpu0_ticks = root ? root.cutime + root.cstime : 0;
        }
    }
    /** Takes one sample at monotonic time `now_ms`. */
    sample(now_ms) {
        return this.measure(now_ms).sample;
    }
    /** Takes one sample and returns it with its exact byte and CPU figures; the totals are updated. */
    measure(now_ms) {
        const { source, opts } = this;
        const procs = this.tree.find();
        let cpu_ticks = 0;
        for (const p of procs)
            cpu_ticks += p.utime + p.stime + p.cutime + p.cstime;
        const { peaks, live } = this.look(procs);
        let rchar = 0;
        let wchar = 0;
        let fds = null;
        for (const p of live) {
            const io = source.io(p.pid);
            if (io) {
                rchar += io.rchar;
                wchar += io.wchar;
            }
            if (opts.count_fds !== false) {
                const n = source.fdCount(p.pid);
                if (n !== null)
                    fds = (fds ?? 0) + n;
            }
        }
        if (opts.rootIsLauncher) {
            const root = source.stat(opts.rootPid);
            if (root)
                cpu_ticks += root.cutime + root.cstime - this.rootCpu0_ticks;
            const io = source.io(opts.rootPid);
            if (io && this.rootIo0) {
                rchar += io.rchar - this.rootIo0.rchar;
                wchar += io.wchar - this.rootIo0.wchar;
            }
        }
        // Totals only grow; a child reaped by a parent that ignores SIGCHLD takes its CPU with it, and the
        // sample must not then show negative usage.
        cpu_ticks = Math.max(cpu_ticks, this.prev_cpu_ticks);
        rchar = Math.max(rchar, this.prev_read_bytes);
        wchar = Math.max(wchar, this.prev_write_bytes);
        this.prev_read_bytes = rchar;
        this.prev_write_bytes = wchar;
        const dt_s = (now_ms - this.prev_ms) / 1000;
        const cpu_percent = dt_s > 0 ? ((cpu_ticks - this.prev_cpu_ticks) / opts.clk_tck / dt_s) * 100 : 0;
        this.prev_ms = now_ms;
        this.prev_cpu_ticks = cpu_ticks;
        const measured = {
            sample: {
                elapsed_s: (now_ms - opts.start_ms) / 1000,
                cpu_percent,
                rss_mb: peaks.rss_bytes / _types_js__WEBPACK_IMPORTED_MODULE_2__/* .BYTES_PER_MB */ .o_,
                threads: peaks.threads,
                processes: peaks.processes,
                read_mb: rchar / _types_js__WEBPACK_IMPORTED_MODULE_2__/* .BYTES_PER_MB */ .o_,
                write_mb: wchar / _types_js__WEBPACK_IMPORTED_MODULE_2__/* .BYTES_PER_MB */ .o_,
                open_fds: fds,
            },
            rss_bytes: peaks.rss_bytes,
            read_bytes: rchar,
            write_bytes: wchar,
            cpu_time_s: cpu_ticks / opts.clk_tck,
            largest_process_rss_bytes: peaks.largest_process_rss_bytes,
        };
        (0,_totals_js__WEBPACK_IMPORTED_MODULE_0__/* .addSample */ .yl)(this.totals, measured);
        return measured;
    }
    /**
     * Looks at the tree's memory, processes and threads only (one stat per process, no I/O or descriptor reads) and
     * adds them to the peaks; no sample is made. True when it found a process no sample or probe had seen.
     */
    probe() {
        const before = this.distinct_processes;
        const { peaks } = this.look(this.tree.find());
        if (peaks.processes > 0)
            (0,_totals_js__WEBPACK_IMPORTED_MODULE_0__/* .addPeaks */ .Sq)(this.totals, peaks);
        return this.distinct_processes > before;
    }
    /** The live processes of `procs` (an exited one not yet reaped has no memory or threads) and their peaks. */
    look(procs) {
        const live = [];
        let rss_pages = 0;
        let largest_pages = 0;
        let threads = 0;
        for (const p of procs) {
            if (p.state === 'Z' || p.state === 'X')
                continue;
            live.push(p);
            threads += p.num_threads;
            rss_pages += p.rss_pages;
            largest_pages = Math.max(largest_pages, p.rss_pages);
            const key = `${p.pid}:${p.starttime}`; // survives pid reuse
            this.noteProcess(p, key);
            this.noteCore(p, key);
        }
        const page = this.opts.page_size;
        const peaks = {
            rss_bytes: rss_pages * page,
            largest_process_rss_bytes: largest_pages * page,
            threads,
            processes: live.length,
        };
        return { peaks, live };
    }
    /** Every live process a sample or probe has counted, once each, as (pid, start time). */
    sampledProcesses() {
        return this.sampled;
    }
    /**
     * Where the tree's CPU time went: for each core, the ticks the tree's processes used since their last look, put to
     * the core each was on at this look (a process seldom moves between two looks; where it did, the ticks are put to
     * one of them). When the tree used no whole tick between looks (a script shorter than a few ticks), how often a
     * process was seen on each core. ./calibration.ts weighs the launcher's per-core readings by it.
     */
    coreWeights() {
        return this.ticksByCore.size > 0 ? this.ticksByCore : this.looksByCore;
    }
    noteCore(p, key) {
        if (p.processor === undefined)
            return;
        const ticks = p.utime + p.stime;
        const used = ticks - (this.lastTicks.get(key) ?? 0);
        this.lastTicks.set(key, ticks);
        if (used > 0)
            this.ticksByCore.set(p.processor, (this.ticksByCore.get(p.processor) ?? 0) + used);
        this.looksByCore.set(p.processor, (this.looksByCore.get(p.processor) ?? 0) + 1);
    }
    noteProcess(p, key) {
        if (!this.seen.has(key)) {
            this.seen.add(key);
            this.sampled.push({ pid: p.pid, starttime: p.starttime });
            this.distinct_processes += 1;
        }
    }
}


/***/ }),

/***/ 8730:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CL: () => (/* binding */ treeGone),
/* harmony export */   Sq: () => (/* binding */ addPeaks),
/* harmony export */   Tf: () => (/* binding */ emptyTotals),
/* harmony export */   yl: () => (/* binding */ addSample)
/* harmony export */ });
function emptyTotals() {
    return {
        samples: 0,
        peak_tree_rss_bytes: 0,
        peak_process_rss_bytes: 0,
        cpu_percent_sum: 0,
        cpu_percent_max: 0,
        max_threads: 0,
        max_processes: 0,
        cpu_time_s: 0,
        read_bytes: 0,
        write_bytes: 0,
    };
}
/**
 * A sample that found no live process of the script: taken after the tree was gone (the launcher had reaped it
 * but not yet reported the exit) or before anything ran. It says nothing about the script's memory, threads or
 * CPU rate, and drawn in a chart it is a phantom drop to zero: it is never kept as a sample. Its cumulative
 * figures (CPU time, bytes read and written, all already moved into the launcher) still count.
 */
function treeGone(m) {
    return m.sample.processes === 0;
}
function addSample(totals, m) {
    totals.cpu_time_s = Math.max(totals.cpu_time_s, m.cpu_time_s);
    totals.read_bytes = Math.max(totals.read_bytes, m.read_bytes);
    totals.write_bytes = Math.max(totals.write_bytes, m.write_bytes);
    if (treeGone(m))
        return;
    const s = m.sample;
    totals.samples += 1;
    totals.cpu_percent_sum += s.cpu_percent;
    totals.cpu_percent_max = Math.max(totals.cpu_percent_max, s.cpu_percent);
    addPeaks(totals, {
        rss_bytes: m.rss_bytes,
        largest_process_rss_bytes: m.largest_process_rss_bytes,
        threads: s.threads,
        processes: s.processes,
    });
}
function addPeaks(totals, p) {
    totals.peak_tree_rss_bytes = Math.max(totals.peak_tree_rss_bytes, p.rss_bytes);
    totals.peak_process_rss_bytes = Math.max(totals.peak_process_rss_bytes, p.largest_process_rss_bytes);
    totals.max_threads = Math.max(totals.max_threads, p.threads);
    totals.max_processes = Math.max(totals.max_processes, p.processes);
}


/***/ }),

/***/ 6353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ descendants),
/* harmony export */   X: () => (/* binding */ TreeFinder)
/* harmony export */ });
/** The live descendants of `rootPid` (the root itself excluded), each with its stat. */
function descendants(source, rootPid) {
    return new TreeFinder(source, rootPid).find();
}
/**
 * Finds the tree again and again (one call a tick). Where it must scan /proc, it remembers which pids were
 * outside the tree: a process outside can never move in (orphans are reparented to an ancestor subreaper — the
 * launcher — or to init), so only pids new since the last scan are read. A pid is not reused within one tick.
 */
class TreeFinder {
    source;
    rootPid;
    foreign = new Set();
    constructor(source, rootPid) {
        this.source = source;
        this.rootPid = rootPid;
    }
    find() {
        const direct = this.source.children(this.rootPid);
        return direct === null ? this.scan() : walkDescendants(this.source, direct);
    }
    scan() {
        const { source, rootPid } = this;
        const byParent = new Map();
        const read = new Map();
        const listed = source.allPids();
        for (const pid of listed) {
            if (pid === rootPid || this.foreign.has(pid))
                continue;
            const stat = source.stat(pid);
            if (stat === null)
                continue;
            read.set(pid, stat);
            const siblings = byParent.get(stat.ppid);
            if (siblings)
                siblings.push(stat);
            else
                byParent.set(stat.ppid, [stat]);
        }
        const found = collect(byParent, rootPid);
        const inTree = new Set(found.map((p) => p.pid));
        // Outside for good: what was outside before, and what was read now outside the tree under a parent known to
        // be outside. A process whose parent vanished mid-scan is left to be read again (it may be an orphan on its
        // way to the launcher).
        const foreign = new Set();
        for (const pid of listed)
            if (this.foreign.has(pid))
                foreign.add(pid);
        for (const [pid, stat] of read) {
            if (inTree.has(pid))
                continue;
            if (stat.ppid === 0 ||
                foreign.has(stat.ppid) ||
                (read.has(stat.ppid) && !inTree.has(stat.ppid) && stat.ppid !== rootPid)) {
                foreign.add(pid);
            }
        }
        this.foreign = foreign;
        return found;
    }
}
function walkDescendants(source, firstChildren) {
    const found = [];
    const seen = new Set();
    const queue = [...firstChildren];
    while (queue.length > 0) {
        const pid = queue.pop();
        if (seen.has(pid))
            continue;
        seen.add(pid);
        const stat = source.stat(pid);
        if (stat === null)
            continue; // exited between the parent's listing and now
        found.push(stat);
        const kids = source.children(pid);
        if (kids)
            queue.push(...kids);
    }
    return found;
}
function collect(byParent, rootPid) {
    const found = [];
    const queue = [rootPid];
    const seen = new Set([rootPid]);
    while (queue.length > 0) {
        const parent = queue.pop();
        for (const child of byParent.get(parent) ?? []) {
            if (seen.has(child.pid))
                continue;
            seen.add(child.pid);
            found.push(child);
            queue.push(child.pid);
        }
    }
    return found;
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

/***/ 3434:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FH: () => (/* binding */ ALERT_EVENTS),
/* harmony export */   PQ: () => (/* binding */ COMPARE_OPS),
/* harmony export */   Ps: () => (/* binding */ metricsOf),
/* harmony export */   Qf: () => (/* binding */ comparisonsOf)
/* harmony export */ });
/* unused harmony export usesBaseline */
const COMPARE_OPS = ['<', '<=', '>', '>=', '==', '!='];
const ALERT_EVENTS = ['failure', 'timeout', 'regression', 'gate_failed'];
/** The distinct metrics an expression mentions, in the order they first appear. */
function metricsOf(expr) {
    const found = [];
    const visit = (e) => {
        if (e.kind === 'metric') {
            if (!found.includes(e.name))
                found.push(e.name);
        }
        else if (e.kind === 'negate')
            visit(e.operand);
        else if (e.kind === 'arithmetic') {
            visit(e.left);
            visit(e.right);
        }
    };
    visit(expr);
    return found;
}
/** Every comparison of a condition, in the order they appear in the text. */
function comparisonsOf(condition) {
    if (condition.kind === 'compare')
        return [condition];
    if (condition.kind === 'not')
        return comparisonsOf(condition.operand);
    return [...comparisonsOf(condition.left), ...comparisonsOf(condition.right)];
}
function usesBaseline(expr) {
    if (expr.kind === 'baseline')
        return true;
    if (expr.kind === 'negate')
        return usesBaseline(expr.operand);
    if (expr.kind === 'arithmetic')
        return usesBaseline(expr.left) || usesBaseline(expr.right);
    return false;
}


/***/ }),

/***/ 2311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ RuleError)
/* harmony export */ });
/**
 * The one error a rule can raise: what is wrong, the rule text, and a caret under the place.
 *
 *   unknown metric peak_rss; did you mean peak_rss_mb?
 *     peak_rss < 512
 *     ^
 */
class RuleError extends Error {
    /** The rule text exactly as given. */
    rule;
    /** 0-based column (UTF-16 index) the error points at; `rule.length` means "at the end". */
    position;
    /** The problem alone, on one line, without the rule and the caret. */
    problem;
    constructor(problem, rule, position) {
        super(renderRuleError(problem, rule, position));
        this.name = 'RuleError';
        this.rule = rule;
        this.position = position;
        this.problem = problem;
    }
}
function renderRuleError(problem, rule, position) {
    // One character in, one character out, so the caret stays under the right column.
    const shown = Array.from(rule, (ch) => (ch < ' ' || ch === '\u007f' ? ' ' : ch)).join('');
    return `${problem}\n  ${shown}\n  ${' '.repeat(position)}^`;
}


/***/ }),

/***/ 3387:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DF: () => (/* binding */ explainingComparison),
/* harmony export */   F9: () => (/* binding */ evaluateCondition),
/* harmony export */   ud: () => (/* binding */ evaluateGates)
/* harmony export */ });
/* harmony import */ var _ast_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3434);

function evaluateCondition(condition, scope) {
    const comparisons = [];
    const truth = evaluate(condition, scope, comparisons);
    return { truth, comparisons };
}
/**
 * The comparison that explains an outcome: the first that agrees with the overall result
 * (the first failing one of a failed gate, the first holding one of a passed gate), else the first.
 */
function explainingComparison(outcome) {
    return outcome.comparisons.find((c) => c.truth === outcome.truth) ?? outcome.comparisons[0];
}
/** Checks every gate on the run's metrics. `baseline(metric)` is undefined when there is no history. */
function evaluateGates(rules, metrics, baseline) {
    const scope = { metric: (name) => metrics[name] ?? null, baseline };
    return rules.map((rule) => {
        const outcome = evaluateCondition(rule.condition, scope);
        const { actual, limit } = explainingComparison(outcome);
        if (outcome.truth === 'unknown') {
            return { expr: rule.source, passed: true, status: 'insufficient_history', actual, limit: null };
        }
        return {
            expr: rule.source,
            passed: outcome.truth,
            status: outcome.truth ? 'passed' : 'failed',
            actual,
            limit,
        };
    });
}
function evaluate(condition, scope, out) {
    switch (condition.kind) {
        case 'compare':
            return compare(condition, scope, out);
        case 'not': {
            const inner = evaluate(condition.operand, scope, out);
            return inner === 'unknown' ? 'unknown' : !inner;
        }
        case 'logic': {
            // Both sides are always evaluated, so every comparison is reported.
            const left = evaluate(condition.left, scope, out);
            const right = evaluate(condition.right, scope, out);
            const decisive = condition.op === 'and' ? false : true;
            if (left === decisive || right === decisive)
                return decisive;
            if (left === 'unknown' || right === 'unknown')
                return 'unknown';
            return !decisive;
        }
    }
}
function compare(comparison, scope, out) {
    // baseline stands for the baseline of the one metric on the left (the parser guarantees there is one).
    const subject = (0,_ast_js__WEBPACK_IMPORTED_MODULE_0__/* .metricsOf */ .Ps)(comparison.left)[0];
    const left = value(comparison.left, scope, subject);
    const right = value(comparison.right, scope, subject);
    let truth;
    if (left === 'no-baseline' || right === 'no-baseline')
        truth = 'unknown';
    else if (left === 'null-metric' || right === 'null-metric')
        truth = false;
    else
        truth = holds(comparison.op, left, right);
    out.push({ comparison, truth, actual: reported(left), limit: reported(right) });
    return truth;
}
function holds(op, left, right) {
    switch (op) {
        case '<':
            return left < right;
        case '<=':
            return left <= right;
        case '>':
            return left > right;
        case '>=':
            return left >= right;
        case '==':
            return left === right;
        case '!=':
            return left !== right;
    }
}
function value(expr, scope, subject) {
    switch (expr.kind) {
        case 'number':
            return expr.value;
        case 'metric':
            return scope.metric(expr.name) ?? 'null-metric';
        case 'baseline':
            return (subject === undefined ? undefined : scope.baseline(subject)) ?? 'no-baseline';
        case 'negate': {
            const operand = value(expr.operand, scope, subject);
            return typeof operand === 'number' ? -operand : operand;
        }
        case 'arithmetic': {
            const left = value(expr.left, scope, subject);
            const right = value(expr.right, scope, subject);
            if (left === 'no-baseline' || right === 'no-baseline')
                return 'no-baseline';
            if (left === 'null-metric' || right === 'null-metric')
                return 'null-metric';
            return arithmetic(expr.op, left, right);
        }
    }
}
function arithmetic(op, left, right) {
    switch (op) {
        case '+':
            return left + right;
        case '-':
            return left - right;
        case '*':
            return left * right;
        case '/':
            return left / right; // x / 0 is ±Infinity or NaN, and NaN compares false: no crash, no special case.
    }
}
/** JSON has no NaN or Infinity: a side that is not a finite number is reported as null. */
function reported(side) {
    return typeof side === 'number' && Number.isFinite(side) ? side : null;
}


/***/ }),

/***/ 988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _N: () => (/* binding */ parseAlert),
  Xi: () => (/* binding */ parseGate),
  Jy: () => (/* binding */ parseGateWithAliases)
});

// UNUSED EXPORTS: MAX_RULE_CHARS

// EXTERNAL MODULE: ./src/engine/rules/ast.ts
var ast = __webpack_require__(3434);
// EXTERNAL MODULE: ./src/engine/metrics.ts
var engine_metrics = __webpack_require__(8703);
;// CONCATENATED MODULE: ./src/engine/rules/units.ts
/** Units a number may carry, and the factor to the metric's own unit (seconds, MB = 2^20 bytes, percent). */
const UNITS = {
    ms: { dimension: 'time', multiplier: 1, divisor: 1000 },
    s: { dimension: 'time', multiplier: 1, divisor: 1 },
    m: { dimension: 'time', multiplier: 60, divisor: 1 },
    KB: { dimension: 'size', multiplier: 1, divisor: 1024 },
    MB: { dimension: 'size', multiplier: 1, divisor: 1 },
    GB: { dimension: 'size', multiplier: 1024, divisor: 1 },
    '%': { dimension: 'percent', multiplier: 1, divisor: 1 },
};
const UNIT_HELP = 'ms, s, m (time), KB, MB, GB (size), % (percent)';
function isUnit(text) {
    return Object.hasOwn(UNITS, text);
}
/** The value in the metric's own unit: `1GB` → 1024, `512KB` → 0.5, `500ms` → 0.5, `2m` → 120. */
function applyUnit(value, unit) {
    // Integer factors keep results exact where they can be (500 / 1000 is exactly 0.5; 500 * 0.001 need not be).
    const { multiplier, divisor } = UNITS[unit];
    return (value * multiplier) / divisor;
}
/** "a time", "a size", "a percentage", "a count". */
function describeDimension(dimension) {
    return dimension === 'percent' ? 'a percentage' : `a ${dimension}`;
}

;// CONCATENATED MODULE: ./src/engine/rules/comparison-check.ts
/** The checks that need a whole comparison: where `baseline` stands, and whether units fit the metrics. */



/** The first problem of a comparison that starts at `pos`, or null. */
function comparisonProblem(comparison, pos, marks, example) {
    const left = (0,ast/* metricsOf */.Ps)(comparison.left);
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
    const metrics = [...new Set([...left, ...(0,ast/* metricsOf */.Ps)(comparison.right)])];
    if (metrics.length === 0)
        return { problem: `this comparison mentions no metric; compare one, as in ${example}`, pos };
    // A unit must fit a metric of the comparison: `rss_mb > 5s` compares a size with a time.
    const dimensions = metrics.map((m) => engine_metrics/* METRIC_DIMENSION */.aP[m]);
    for (const mark of [...unitsIn(comparison.left, marks), ...unitsIn(comparison.right, marks)]) {
        const dimension = UNITS[mark.unit].dimension;
        if (dimensions.includes(dimension))
            continue;
        const actual = metrics.map((m) => `${m} is ${describeDimension(engine_metrics/* METRIC_DIMENSION */.aP[m])}`).join(' and ');
        return { problem: `unit ${mark.unit} is ${describeDimension(dimension)} but ${actual}`, pos: mark.pos };
    }
    return null;
}
function baselinesIn(expr, marks) {
    return nodes(expr).flatMap((node) => marks.baselinePos.get(node) ?? []);
}
function unitsIn(expr, marks) {
    return nodes(expr).flatMap((node) => marks.unitOf.get(node) ?? []);
}
/** Every node of an expression, in text order. */
function nodes(expr) {
    if (expr.kind === 'negate')
        return [expr, ...nodes(expr.operand)];
    if (expr.kind === 'arithmetic')
        return [...nodes(expr.left), expr, ...nodes(expr.right)];
    return [expr];
}

// EXTERNAL MODULE: ./src/engine/rules/errors.ts
var errors = __webpack_require__(2311);
// EXTERNAL MODULE: ./src/engine/rules/metrics.ts
var metrics = __webpack_require__(8503);
;// CONCATENATED MODULE: ./src/engine/rules/tokens.ts
/** The tokenizer: rule text → tokens with their 0-based column. */

const NUMBER = /(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/y;
const WORD = /[A-Za-z_][A-Za-z0-9_]*/y;
const OPERATOR = /<=|>=|==|!=|<|>|\+|-|\*|\//y;
/** Characters other languages use, with the word this one uses instead. */
const MISTAKES = [
    [/&&?/y, 'use and to join conditions'],
    [/\|\|?/y, 'use or to join conditions'],
    [/!/y, 'use not to negate a condition'],
    [/=/y, 'use == to test equality'],
];
function tokenize(rule) {
    const tokens = [];
    let pos = 0;
    while (pos < rule.length) {
        if (/\s/.test(rule[pos])) {
            pos += 1;
            continue;
        }
        const token = readToken(rule, pos);
        tokens.push(token);
        pos += token.text.length;
    }
    tokens.push({ kind: 'end', text: '', pos: rule.length, value: NaN });
    return tokens;
}
function readToken(rule, pos) {
    const number = match(NUMBER, rule, pos);
    if (number !== null) {
        const value = Number(number);
        if (!Number.isFinite(value))
            throw new errors/* RuleError */.F(`number ${number} is too large`, rule, pos);
        return { kind: 'number', text: number, pos, value };
    }
    const word = match(WORD, rule, pos);
    if (word !== null)
        return { kind: 'word', text: word, pos, value: NaN };
    const op = match(OPERATOR, rule, pos);
    if (op !== null)
        return { kind: 'op', text: op, pos, value: NaN };
    const ch = rule[pos];
    if (ch === '(' || ch === ')' || ch === '%')
        return { kind: ch, text: ch, pos, value: NaN };
    for (const [pattern, advice] of MISTAKES) {
        const wrong = match(pattern, rule, pos);
        if (wrong !== null)
            throw new errors/* RuleError */.F(`unexpected ${wrong}: ${advice}`, rule, pos);
    }
    const shown = /[\x21-\x7e]/.test(ch) ? ch : JSON.stringify(ch);
    throw new errors/* RuleError */.F(`unexpected character ${shown}`, rule, pos);
}
function match(pattern, text, pos) {
    pattern.lastIndex = pos;
    const m = pattern.exec(text);
    return m === null ? null : m[0];
}

;// CONCATENATED MODULE: ./src/engine/rules/parser.ts
/**
 * Recursive-descent parser: rule text → typed tree, or a RuleError pointing at the fault.
 *
 *   rule       := condition                       (gate)
 *               | condition [for duration]        (threshold alert)
 *               | on event                        (event alert)
 *   condition  := and (or and)*
 *   and        := not (and not)*
 *   not        := not not | comparison
 *   comparison := sum [(< <= > >= == !=) sum]
 *   sum        := product ((+ | -) product)*
 *   product    := unary ((* | /) unary)*
 *   unary      := - unary | primary
 *   primary    := number [unit] | metric | baseline | ( condition )
 */






const MAX_RULE_CHARS = 1000;
const MAX_NESTING = 40;
const KEYWORDS = new Set(['and', 'or', 'not', 'baseline', 'for', 'on']);
/** A rule checked once on the run summary: `peak_rss_mb < 1GB`, `duration_s <= 1.2 * baseline`. */
function parseGate(text) {
    return parseGateWithAliases(text, []);
}
/** parseGate where other words also mean `baseline` (`pyrun ab` adds `a`: A's median of the metric). */
function parseGateWithAliases(text, baselineAliases) {
    const parser = new Parser(text, 'gate', baselineAliases);
    if (parser.atWord('on')) {
        parser.fail('on <event> is only for alerts; a gate is a comparison such as peak_rss_mb < 512', 0);
    }
    const condition = parser.ruleCondition();
    if (parser.atWord('for')) {
        parser.fail('for <duration> is only for alerts; a gate is checked once, on the run summary');
    }
    parser.expectEnd();
    return { kind: 'gate', source: text, condition };
}
/** A rule checked live on samples (`cpu_percent > 95 for 10s`) or at the end of the run (`on failure`). */
function parseAlert(text) {
    const parser = new Parser(text, 'alert');
    if (parser.atWord('on')) {
        parser.take();
        const event = parser.event();
        parser.expectEnd();
        return { kind: 'event', source: text, event };
    }
    const condition = parser.ruleCondition();
    let for_s = null;
    if (parser.atWord('for')) {
        parser.take();
        for_s = parser.duration();
    }
    parser.expectEnd();
    return { kind: 'threshold', source: text, condition, for_s };
}
class Parser {
    rule;
    kind;
    baselineAliases;
    tokens;
    index = 0;
    nesting = 0;
    /** Side tables, so the tree itself stays free of positions. */
    marks = { unitOf: new Map(), baselinePos: new Map() };
    constructor(rule, kind, baselineAliases = []) {
        this.rule = rule;
        this.kind = kind;
        this.baselineAliases = baselineAliases;
        if (rule.length > MAX_RULE_CHARS)
            this.fail(`rule is longer than ${MAX_RULE_CHARS} characters`, MAX_RULE_CHARS);
        this.tokens = tokenize(rule);
        if (this.peek().kind === 'end')
            this.fail(`empty rule; a ${kind} looks like ${this.example()}`, 0);
    }
    fail(problem, pos = this.peek().pos) {
        throw new errors/* RuleError */.F(problem, this.rule, pos);
    }
    peek() {
        return this.tokens[this.index];
    }
    take() {
        const token = this.peek();
        if (token.kind !== 'end')
            this.index += 1;
        return token;
    }
    atWord(word) {
        const token = this.peek();
        return token.kind === 'word' && token.text === word;
    }
    atOp(...ops) {
        const token = this.peek();
        return token.kind === 'op' && ops.includes(token.text);
    }
    example() {
        return this.kind === 'gate' ? 'peak_rss_mb < 512' : 'rss_mb > 400';
    }
    ruleCondition() {
        const parsed = this.or();
        if (parsed.type === 'number')
            this.fail(`a ${this.kind} must compare, such as ${this.example()}`, parsed.pos);
        return parsed.cond;
    }
    expectEnd() {
        const token = this.peek();
        if (token.kind === 'end')
            return;
        if (token.kind === ')')
            this.fail('unmatched )');
        this.fail(`unexpected ${token.text} after a complete rule`);
    }
    event() {
        const token = this.take();
        const known = ast/* ALERT_EVENTS */.FH.includes(token.text);
        if (token.kind === 'word' && known)
            return token.text;
        const list = ast/* ALERT_EVENTS */.FH.map((e) => `on ${e}`).join(', ');
        if (token.kind === 'end')
            this.fail(`expected an event after on: ${list}`, token.pos);
        const near = (0,metrics/* closest */.kp)(token.text, ast/* ALERT_EVENTS */.FH);
        this.fail(`unknown event ${token.text}; ${near === null ? `events are ${list}` : `did you mean on ${near}?`}`, token.pos);
    }
    duration() {
        const token = this.peek();
        if (token.kind !== 'number')
            this.unexpected('a duration such as 10s');
        this.take();
        const mark = this.unit(token);
        if (mark === null)
            return token.value;
        const dimension = UNITS[mark.unit].dimension;
        if (dimension !== 'time') {
            this.fail(`unit ${mark.unit} is ${describeDimension(dimension)} but for needs a time (ms, s or m)`, mark.pos);
        }
        return applyUnit(token.value, mark.unit);
    }
    or() {
        let left = this.and();
        while (this.atWord('or')) {
            this.take();
            const right = this.and();
            const cond = {
                kind: 'logic',
                op: 'or',
                left: this.cond(left, 'or'),
                right: this.cond(right, 'or'),
            };
            left = { type: 'condition', cond, pos: left.pos };
        }
        return left;
    }
    and() {
        let left = this.not();
        while (this.atWord('and')) {
            this.take();
            const right = this.not();
            const cond = {
                kind: 'logic',
                op: 'and',
                left: this.cond(left, 'and'),
                right: this.cond(right, 'and'),
            };
            left = { type: 'condition', cond, pos: left.pos };
        }
        return left;
    }
    not() {
        if (!this.atWord('not'))
            return this.comparison();
        const token = this.take();
        const operand = this.nested(token, () => this.not());
        return { type: 'condition', cond: { kind: 'not', operand: this.cond(operand, 'not') }, pos: token.pos };
    }
    comparison() {
        const left = this.sum();
        if (!this.atOp(...ast/* COMPARE_OPS */.PQ))
            return left;
        const opToken = this.take();
        const op = opToken.text;
        const right = this.sum();
        const comparison = {
            kind: 'compare',
            op,
            left: this.num(left, op),
            right: this.num(right, op),
        };
        if (this.atOp(...ast/* COMPARE_OPS */.PQ)) {
            this.fail('comparisons cannot be chained; join them with and, as in 1 < threads and threads < 9');
        }
        const problem = comparisonProblem(comparison, left.pos, this.marks, this.example());
        if (problem !== null)
            this.fail(problem.problem, problem.pos);
        return { type: 'condition', cond: comparison, pos: left.pos };
    }
    sum() {
        let left = this.product();
        while (this.atOp('+', '-')) {
            const op = this.take().text;
            const right = this.product();
            left = this.arithmetic(op, left, right);
        }
        return left;
    }
    product() {
        let left = this.unary();
        while (this.atOp('*', '/')) {
            const op = this.take().text;
            const right = this.unary();
            left = this.arithmetic(op, left, right);
        }
        return left;
    }
    arithmetic(op, left, right) {
        const expr = { kind: 'arithmetic', op, left: this.num(left, op), right: this.num(right, op) };
        return { type: 'number', expr, pos: left.pos };
    }
    unary() {
        if (!this.atOp('-'))
            return this.primary();
        const token = this.take();
        const operand = this.nested(token, () => this.unary());
        return { type: 'number', expr: { kind: 'negate', operand: this.num(operand, '-') }, pos: token.pos };
    }
    primary() {
        const token = this.peek();
        if (token.kind === 'number') {
            this.take();
            const mark = this.unit(token);
            const expr = { kind: 'number', value: mark ? applyUnit(token.value, mark.unit) : token.value };
            if (mark)
                this.marks.unitOf.set(expr, mark);
            return { type: 'number', expr, pos: token.pos };
        }
        if (token.kind === '(') {
            this.take();
            const inner = this.nested(token, () => this.or());
            const close = this.peek();
            if (close.kind === 'end')
                this.fail('unclosed (: expected ) before the end of the rule', token.pos);
            if (close.kind !== ')')
                this.fail(`expected ) to close the ( at column ${token.pos}, but found ${close.text}`);
            this.take();
            return { ...inner, pos: token.pos };
        }
        if (token.kind === 'word' && (token.text === 'baseline' || this.baselineAliases.includes(token.text))) {
            if (this.kind === 'alert')
                this.fail('baseline is only for gates: an alert is checked live, on samples');
            this.take();
            const expr = { kind: 'baseline' };
            this.marks.baselinePos.set(expr, token.pos);
            return { type: 'number', expr, pos: token.pos };
        }
        if (token.kind === 'word' && !KEYWORDS.has(token.text)) {
            const problem = (0,metrics/* metricProblem */.YT)(token.text, this.kind);
            if (problem !== null)
                this.fail(problem);
            this.take();
            return { type: 'number', expr: { kind: 'metric', name: token.text }, pos: token.pos };
        }
        return this.unexpected('a number, a metric or (');
    }
    /** The unit after a number, glued (`5s`) or spaced (`5 s`); a glued word that is no unit is refused. */
    unit(number) {
        const token = this.peek();
        if (token.kind === '%') {
            this.take();
            return { unit: '%', pos: token.pos };
        }
        if (token.kind !== 'word')
            return null;
        if (isUnit(token.text)) {
            this.take();
            return { unit: token.text, pos: token.pos };
        }
        if (token.pos !== number.pos + number.text.length)
            return null;
        const same = Object.keys(UNITS).find((u) => u.toLowerCase() === token.text.toLowerCase());
        this.fail(`unknown unit ${token.text}; ${same ? `did you mean ${same}?` : `units are ${UNIT_HELP}`}`);
    }
    num(parsed, op) {
        if (parsed.type === 'number')
            return parsed.expr;
        const problem = ['+', '-', '*', '/'].includes(op)
            ? `${op} needs a number, but this is a comparison`
            : `${op} compares numbers, but this side is a comparison; join comparisons with and / or`;
        return this.fail(problem, parsed.pos);
    }
    cond(parsed, op) {
        if (parsed.type === 'condition')
            return parsed.cond;
        const where = op === 'not' ? 'after it' : 'on each side';
        return this.fail(`${op} needs a comparison ${where}, such as ${this.example()}`, parsed.pos);
    }
    nested(token, parse) {
        this.nesting += 1;
        if (this.nesting > MAX_NESTING)
            this.fail(`rule is nested more than ${MAX_NESTING} deep`, token.pos);
        const parsed = parse();
        this.nesting -= 1;
        return parsed;
    }
    unexpected(expected) {
        const token = this.peek();
        if (token.kind === 'end')
            this.fail(`expected ${expected}, but the rule ends here`);
        this.fail(`expected ${expected}, but found ${token.text}`);
    }
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

/***/ 3171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o_: () => (/* binding */ BYTES_PER_MB)
/* harmony export */ });
/**
 * The engine's vocabulary. Metric names (docs/metrics.md) are identical in JSON, SQL, rules and reports.
 * MB is always 2^20 bytes; exact byte counts travel beside the MB figures.
 */
const BYTES_PER_MB = 1024 * 1024;
/** Metric names, kinds, dimensions and the shapes of a sample and of a run summary: all from the metric table. */



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