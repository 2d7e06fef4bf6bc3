exports.id = 777;
exports.ids = [777,706,709];
exports.modules = {

/***/ 7336:
/***/ ((module) => {

let p = process || {}, argv = p.argv || [], env = p.env || {}
let isColorSupported =
	!(!!env.NO_COLOR || argv.includes("--no-color")) &&
	(!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || ((p.stdout || {}).isTTY && env.TERM !== "dumb") || !!env.CI)

let formatter = (open, close, replace = open) =>
	input => {
		let string = "" + input, index = string.indexOf(close, open.length)
		return ~index ? open + replaceClose(string, close, replace, index) + close : open + string + close
	}

let replaceClose = (string, close, replace, index) => {
	let result = "", cursor = 0
	do {
		result += string.substring(cursor, index) + replace
		cursor = index + close.length
		index = string.indexOf(close, cursor)
	} while (~index)
	return result + string.substring(cursor)
}

let createColors = (enabled = isColorSupported) => {
	let f = enabled ? formatter : () => String
	return {
		isColorSupported: enabled,
		reset: f("\x1b[0m", "\x1b[0m"),
		bold: f("\x1b[1m", "\x1b[22m", "\x1b[22m\x1b[1m"),
		dim: f("\x1b[2m", "\x1b[22m", "\x1b[22m\x1b[2m"),
		italic: f("\x1b[3m", "\x1b[23m"),
		underline: f("\x1b[4m", "\x1b[24m"),
		inverse: f("\x1b[7m", "\x1b[27m"),
		hidden: f("\x1b[8m", "\x1b[28m"),
		strikethrough: f("\x1b[9m", "\x1b[29m"),

		black: f("\x1b[30m", "\x1b[39m"),
		red: f("\x1b[31m", "\x1b[39m"),
		green: f("\x1b[32m", "\x1b[39m"),
		yellow: f("\x1b[33m", "\x1b[39m"),
		blue: f("\x1b[34m", "\x1b[39m"),
		magenta: f("\x1b[35m", "\x1b[39m"),
		cyan: f("\x1b[36m", "\x1b[39m"),
		white: f("\x1b[37m", "\x1b[39m"),
		gray: f("\x1b[90m", "\x1b[39m"),

		bgBlack: f("\x1b[40m", "\x1b[49m"),
		bgRed: f("\x1b[41m", "\x1b[49m"),
		bgGreen: f("\x1b[42m", "\x1b[49m"),
		bgYellow: f("\x1b[43m", "\x1b[49m"),
		bgBlue: f("\x1b[44m", "\x1b[49m"),
		bgMagenta: f("\x1b[45m", "\x1b[49m"),
		bgCyan: f("\x1b[46m", "\x1b[49m"),
		bgWhite: f("\x1b[47m", "\x1b[49m"),

		blackBright: f("\x1b[90m", "\x1b[39m"),
		redBright: f("\x1b[91m", "\x1b[39m"),
		greenBright: f("\x1b[92m", "\x1b[39m"),
		yellowBright: f("\x1b[93m", "\x1b[39m"),
		blueBright: f("\x1b[94m", "\x1b[39m"),
		magentaBright: f("\x1b[95m", "\x1b[39m"),
		cyanBright: f("\x1b[96m", "\x1b[39m"),
		whiteBright: f("\x1b[97m", "\x1b[39m"),

		bgBlackBright: f("\x1b[100m", "\x1b[49m"),
		bgRedBright: f("\x1b[101m", "\x1b[49m"),
		bgGreenBright: f("\x1b[102m", "\x1b[49m"),
		bgYellowBright: f("\x1b[103m", "\x1b[49m"),
		bgBlueBright: f("\x1b[104m", "\x1b[49m"),
		bgMagentaBright: f("\x1b[105m", "\x1b[49m"),
		bgCyanBright: f("\x1b[106m", "\x1b[49m"),
		bgWhiteBright: f("\x1b[107m", "\x1b[49m"),
	}
}

module.exports = createColors()
module.exports.createColors = createColors


/***/ }),

/***/ 8938:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

"use strict";

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  abCommand: () => (/* binding */ abCommand)
});

// UNUSED EXPORTS: parsePercent, scriptsAndArgs

// EXTERNAL MODULE: ./src/config/parse.ts + 1 modules
var parse = __webpack_require__(9545);
// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(7679);
// EXTERNAL MODULE: ./src/engine/execute/exec/python.ts
var python = __webpack_require__(5178);
// EXTERNAL MODULE: ./src/engine/prepare.ts + 23 modules
var prepare = __webpack_require__(3811);
// EXTERNAL MODULE: ./src/engine/report/protect.ts
var report_protect = __webpack_require__(3706);
// EXTERNAL MODULE: ./src/engine/report/write-file.ts
var write_file = __webpack_require__(4709);
// EXTERNAL MODULE: ./src/engine/source-file.ts
var source_file = __webpack_require__(4664);
// EXTERNAL MODULE: ./src/engine/rules/parser.ts + 3 modules
var parser = __webpack_require__(988);
// EXTERNAL MODULE: ./src/engine/rules/errors.ts
var rules_errors = __webpack_require__(2311);
// EXTERNAL MODULE: ./src/engine/metrics.ts
var engine_metrics = __webpack_require__(8703);
// EXTERNAL MODULE: ./src/engine/rules/evaluate.ts
var evaluate = __webpack_require__(3387);
// EXTERNAL MODULE: ./src/engine/analysis/benchmark-stats.ts
var benchmark_stats = __webpack_require__(1808);
// EXTERNAL MODULE: ./src/engine/analysis/ranks.ts
var analysis_ranks = __webpack_require__(8130);
// EXTERNAL MODULE: ./src/engine/analysis/mannwhitney.ts
var mannwhitney = __webpack_require__(741);
;// CONCATENATED MODULE: ./src/engine/ab/signed-rank.ts
/**
 * The Wilcoxon signed-rank test on paired differences (here: the log ratios log(B/A) of interleaved pairs), and
 * the Hodges–Lehmann estimate of their centre with its distribution-free confidence interval. The two are one
 * method: the interval is the set of shifts the test would not reject, so "the interval excludes 0" and
 * "p ≤ alpha" agree (exactly, for the exact distribution).
 *
 * Exact for n ≤ MAX_EXACT_PAIRS: the null distribution of W+ is counted over all 2^n sign assignments of the
 * (mid-)ranks actually observed, so ties are handled exactly too. Beyond that: the normal approximation with the
 * tie correction of the variance and a continuity correction.
 */

/** Differences this close to 0 count as zero (identical measurements give exactly 0; rounding noise a little more). */
const ZERO_DIFFERENCE = 1e-12;
/** Up to this many non-zero differences the p-value is exact. */
const MAX_EXACT_PAIRS = 60;
/** Two-sided Wilcoxon signed-rank test of "the differences are centred on 0". */
function signedRankTest(differences) {
    const nonZero = differences.filter((d) => Math.abs(d) > ZERO_DIFFERENCE);
    const zeros = differences.length - nonZero.length;
    const n = nonZero.length;
    if (n === 0)
        return { n, zeros, w_plus: 0, p_value: 1, method: 'exact' };
    const { ranks, tie_sizes } = (0,analysis_ranks/* rankWithTies */.m)(nonZero.map(Math.abs));
    const w_plus = nonZero.reduce((sum, d, i) => (d > 0 ? sum + ranks[i] : sum), 0);
    if (n <= MAX_EXACT_PAIRS) {
        // Doubled mid-ranks are integers: count sign assignments by their doubled W+.
        const doubled = ranks.map((r) => Math.round(2 * r));
        const counts = signedRankCounts(doubled);
        const w2 = Math.round(2 * w_plus);
        const total = 2 ** n;
        let below = 0;
        let above = 0;
        for (let s = 0; s < counts.length; s += 1) {
            if (s <= w2)
                below += counts[s];
            if (s >= w2)
                above += counts[s];
        }
        const p_value = Math.min(1, (2 * Math.min(below, above)) / total);
        return { n, zeros, w_plus, p_value, method: 'exact' };
    }
    const mean = (n * (n + 1)) / 4;
    const ties = tie_sizes.reduce((sum, t) => sum + (t ** 3 - t), 0);
    const variance = (n * (n + 1) * (2 * n + 1)) / 24 - ties / 48;
    if (variance <= 0)
        return { n, zeros, w_plus, p_value: 1, method: 'normal' };
    const z = Math.max(0, Math.abs(w_plus - mean) - 0.5) / Math.sqrt(variance);
    return { n, zeros, w_plus, p_value: Math.min(1, 2 * (1 - (0,mannwhitney/* normalCdf */.vr)(z))), method: 'normal' };
}
/** counts[s] = how many of the 2^n sign assignments give a (doubled) W+ of s. Floating counts: exact to 2^53. */
function signedRankCounts(integerRanks) {
    const max = integerRanks.reduce((a, b) => a + b, 0);
    let counts = new Array(max + 1).fill(0);
    counts[0] = 1;
    let reach = 0;
    for (const r of integerRanks) {
        const next = counts.slice();
        for (let s = 0; s <= reach; s += 1)
            if (counts[s])
                next[s + r] += counts[s];
        // (next[s + r] exists: s + r ≤ reach + r ≤ max)
        counts = next;
        reach += r;
    }
    return counts;
}
/**
 * The largest c with P(W+ ≤ c) ≤ tail under the null for n differences without ties, or -1 when even W+ = 0 is
 * more likely than `tail` (n ≤ 5 at tail 0.025). Normal approximation beyond MAX_EXACT_PAIRS.
 */
function signedRankCritical(n, tail) {
    if (n <= MAX_EXACT_PAIRS) {
        const counts = signedRankCounts(Array.from({ length: n }, (_, i) => i + 1));
        const total = 2 ** n;
        let cumulative = 0;
        let c = -1;
        for (let s = 0; s < counts.length; s += 1) {
            cumulative += counts[s];
            if (cumulative / total > tail)
                break;
            c = s;
        }
        return c;
    }
    // The largest c whose (continuity-corrected) normal tail is still within `tail`.
    let c = Math.floor((n * (n + 1)) / 4);
    while (c >= 0 && nullCdf(n, c) > tail)
        c -= 1;
    return c;
}
/**
 * Hodges–Lehmann estimate and confidence interval (at least `confidence` where n allows it; with n ≤ 5 pairs the
 * widest interval [min, max] has only 1 − 2/2^n) of the centre of the differences.
 */
function hodgesLehmann(differences, confidence = 0.95) {
    const n = differences.length;
    if (n === 0)
        throw new Error('hodgesLehmann needs at least one difference');
    const walsh = [];
    for (let i = 0; i < n; i += 1) {
        for (let j = i; j < n; j += 1)
            walsh.push((differences[i] + differences[j]) / 2);
    }
    walsh.sort((a, b) => a - b);
    const m = walsh.length;
    const mid = Math.floor(m / 2);
    const estimate = m % 2 === 1 ? walsh[mid] : (walsh[mid - 1] + walsh[mid]) / 2;
    const c = Math.max(0, signedRankCritical(n, (1 - confidence) / 2));
    // The interval [W_(c+1), W_(m−c)] (1-based) has confidence 1 − 2·P(W+ ≤ c).
    const lower = walsh[c];
    const upper = walsh[m - 1 - c];
    return { estimate, lower, upper, confidence: 1 - 2 * nullCdf(n, c) };
}
/** P(W+ ≤ c) under the null for n differences without ties. */
function nullCdf(n, c) {
    if (n > MAX_EXACT_PAIRS) {
        const mean = (n * (n + 1)) / 4;
        const sd = Math.sqrt((n * (n + 1) * (2 * n + 1)) / 24);
        return (0,mannwhitney/* normalCdf */.vr)((c + 0.5 - mean) / sd);
    }
    const counts = signedRankCounts(Array.from({ length: n }, (_, i) => i + 1));
    let cumulative = 0;
    for (let s = 0; s <= c && s < counts.length; s += 1)
        cumulative += counts[s];
    return cumulative / 2 ** n;
}

;// CONCATENATED MODULE: ./src/engine/ab/compare.ts
/**
 * The side-by-side judgement of interleaved pairs (A_i, B_i): per metric, the medians of A and B, the ratio B/A
 * with a confidence interval, a paired test and a verdict; then the gates.
 *
 * Why log ratios: run i of A and run i of B share the machine's state of that moment (a slow VM, a busy
 * neighbour), which scales both roughly by the same factor. log(B_i / A_i) cancels that factor; the pairs'
 * log ratios are then compared with 0.
 *
 * Why Hodges–Lehmann with the signed-rank test, not a bootstrap: with 10 pairs a percentile bootstrap
 * under-covers (it resamples only 10 values, and its interval is too narrow), and it needs a PRNG in a
 * verdict that should be reproducible. Hodges–Lehmann's interval is exact and distribution-free for any n (its
 * coverage is known: 95.1% for 10 pairs), deterministic, robust to one disturbed pair, and it is the inversion
 * of the Wilcoxon signed-rank test, so the interval and the p-value never disagree.
 *
 * A value that can be 0 (read_mb of a script that reads nothing) is offset by the metric's resolution before
 * the ratio (METRIC_EPSILON), so 0 → 0 is a ratio of exactly 1 and 0 → something is finite.
 */





/** Added to both sides of a ratio: the smallest amount of each dimension worth telling apart. */
const METRIC_EPSILON = {
    time: 0.001, // 1 ms
    size: 0.001, // ~1 KB in MB
    percent: 0.1,
    count: 0.001,
};
const DEFAULT_AB_CONFIDENCE = 0.95;
/**
 * `pyrun ab` with neither --gate nor --max-regression: fail when a headline metric is, at 95% confidence, more than
 * 5% worse. Statistically significant but smaller changes are still reported as regressed, without failing.
 */
const DEFAULT_MAX_REGRESSION_PCT = 5;
/**
 * A consistent change smaller than this (a few bytes more read, 0.2% more RSS) is reported as no difference:
 * with paired runs such changes are easily significant, and never worth a red mark.
 */
const MIN_EFFECT_PCT = 1;
function judgeAb(pairs, opts) {
    const confidence = opts.confidence ?? DEFAULT_AB_CONFIDENCE;
    const alpha = 1 - confidence;
    const compared = opts.metrics ?? engine_metrics/* COMPARABLE_METRICS */.fm;
    // A shape of the run (CPU share) is never better or worse, whatever the list says.
    const judged = new Set((opts.judged ?? engine_metrics/* DEFAULT_JUDGED_METRICS */.UP).filter((m) => compared.includes(m) && !(0,engine_metrics/* isShapeMetric */.Gj)(m)));
    // The family is the judged metrics this comparison measured (an instruction count only under --instructions).
    const measured = [...judged].filter((m) => pairs.some((p) => Number.isFinite(p.a[m]) && Number.isFinite(p.b[m])));
    const judgedAlpha = alpha / Math.max(1, measured.length);
    const metrics = {};
    const over = [];
    for (const metric of compared) {
        // Metrics this platform does not measure (null) are left out, as a baseline leaves them out.
        const usable = pairs.flatMap((p) => {
            const a = p.a[metric];
            const b = p.b[metric];
            return typeof a === 'number' && typeof b === 'number' && Number.isFinite(a) && Number.isFinite(b)
                ? [{ a, b }]
                : [];
        });
        if (usable.length === 0)
            continue;
        const eps = METRIC_EPSILON[engine_metrics/* METRIC_DIMENSION */.aP[metric]];
        const logRatios = usable.map((p) => Math.log((p.b + eps) / (p.a + eps)));
        const test = signedRankTest(logRatios);
        const shift = hodgesLehmann(logRatios, confidence);
        const change_pct = (Math.exp(shift.estimate) - 1) * 100;
        const isJudged = judged.has(metric);
        const significant = test.p_value <= (isJudged ? judgedAlpha : alpha) &&
            Math.abs(change_pct) >= (opts.min_effect_pct ?? MIN_EFFECT_PCT);
        const verdict = !significant
            ? 'no_difference'
            : !isJudged
                ? 'changed'
                : shift.lower > 0
                    ? 'regressed'
                    : shift.upper < 0
                        ? 'improved'
                        : 'no_difference';
        const ratio_low = Math.exp(shift.lower);
        const over_max_regression = opts.max_regression_pct !== null &&
            isJudged &&
            verdict === 'regressed' &&
            ratio_low > 1 + opts.max_regression_pct / 100;
        if (over_max_regression)
            over.push(metric);
        metrics[metric] = {
            a: (0,benchmark_stats/* benchmarkStats */.Xw)(usable.map((p) => p.a)),
            b: (0,benchmark_stats/* benchmarkStats */.Xw)(usable.map((p) => p.b)),
            ratio: Math.exp(shift.estimate),
            ratio_low,
            ratio_high: Math.exp(shift.upper),
            confidence: shift.confidence,
            p_value: test.p_value,
            test: test.method === 'exact' ? 'wilcoxon-signed-rank-exact' : 'wilcoxon-signed-rank-normal',
            change_pct,
            verdict,
            over_max_regression,
        };
    }
    const bMedians = {};
    for (const [metric, result] of Object.entries(metrics))
        bMedians[metric] = result.b.median;
    bMedians.exit_code = pairs.at(-1)?.b.exit_code ?? null;
    const gates = (0,evaluate/* evaluateGates */.ud)(opts.gates, bMedians, (metric) => metric === 'exit_code'
        ? undefined
        : metrics[metric]?.a.median);
    return {
        metrics,
        gates,
        over_max_regression: over,
        gate_failed: over.length > 0 || gates.some((g) => !g.passed),
    };
}

// EXTERNAL MODULE: ./src/engine/ab/describe.ts
var describe = __webpack_require__(9147);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/engine/outcome.ts
var outcome = __webpack_require__(938);
// EXTERNAL MODULE: ./src/engine/execute/run-script.ts + 10 modules
var run_script = __webpack_require__(9640);
;// CONCATENATED MODULE: ./src/engine/ab/run-ab.ts
/**
 * `pyrun ab`: A and B measured side by side on one machine, interleaved as hyperfine does. Warm-ups first (A then
 * B, unrecorded), then `repeat` pairs, each run measured exactly as `pyrun run` measures it (runScript).
 *
 * Order alternates pair by pair, AB BA AB BA … (ABBA): whatever drifts during a session — a VM's CPU credit
 * running out, caches filling, a neighbour's job starting — makes the second run of a pair a little slower (or
 * faster) than the first. Always running A first would put that drift into every pair's ratio, in one direction;
 * alternating gives it to A in half the pairs and to B in the other half, so a linear drift cancels over every
 * two pairs and a carry-over from the previous run (warm page cache, CPU frequency) cancels on average.
 *
 * A run that fails, times out or is interrupted ends the session: a ratio to a broken run means nothing.
 */







/**
 * The fewest pairs with which a two-sided signed-rank test can reach p ≤ `alpha` (its smallest p with n pairs is
 * 2/2ⁿ): 6 at 0.05, 7 at 0.05/3 (the level each of the three metrics judged by default is tested at).
 */
function minDecisivePairs(alpha) {
    let n = 1;
    while (2 / 2 ** n > alpha)
        n += 1;
    return n;
}
async function runAb(spec, deps, hooks = {}) {
    const started_at = new Date().toISOString();
    let interrupted = null;
    let python_version = null;
    let os = null;
    let arch = null;
    const runHooks = {
        onSample: hooks.onSample,
        onInterruptible: (interrupt) => hooks.onInterruptible?.((sig) => {
            interrupted ??= sig;
            interrupt(sig);
        }),
    };
    const once = async (side, pair) => {
        const base = side === 'A' ? spec.a : spec.b;
        const record = await (0,run_script/* runScript */.j)({
            ...base,
            launch: ownFolder(base.launch, side, pair),
            repeat: 1,
            warmup: 0,
            retries: 0,
            run_id: undefined,
        }, deps, runHooks);
        python_version ??= record.python_version;
        os ??= record.os;
        arch ??= record.arch;
        const { status, exit_code, signal } = record;
        // Every run metric and its exact bytes, as the metric table lists them.
        const metrics = Object.fromEntries(engine_metrics/* RUN_METRIC_FIELDS */.tG.map((f) => [f, record[f]]));
        return { pair, side, status, exit_code, signal, metrics };
    };
    const runs = [];
    const order = [];
    let failure = null;
    const stopped = (run) => {
        if (interrupted !== null)
            return true;
        if (run.status === 'passed')
            return false;
        failure = {
            side: run.side,
            pair: run.pair,
            status: run.status,
            exit_code: run.exit_code,
            signal: run.signal,
        };
        return true;
    };
    session: {
        for (let w = 1; w <= spec.warmup; w += 1) {
            for (const side of ['A', 'B']) {
                hooks.onProgress?.(`warm-up ${w}/${spec.warmup}: ${side}`);
                if (stopped(await once(side, 0)))
                    break session;
            }
        }
        for (let pair = 1; pair <= spec.repeat; pair += 1) {
            const sides = pair % 2 === 1 ? ['A', 'B'] : ['B', 'A'];
            order.push(pair % 2 === 1 ? 'AB' : 'BA');
            for (const side of sides) {
                const run = await once(side, pair);
                runs.push(run);
                hooks.onRun?.(run);
                hooks.onProgress?.(`pair ${pair}/${spec.repeat} ${side}: ${run.metrics.duration_s.toFixed(3)} s` +
                    (run.status === 'passed' ? '' : ` (${run.status})`));
                if (stopped(run))
                    break session;
            }
        }
    }
    const pairs = [];
    for (let pair = 1; pair <= order.length; pair += 1) {
        const a = runs.find((r) => r.pair === pair && r.side === 'A');
        const b = runs.find((r) => r.pair === pair && r.side === 'B');
        if (a && b)
            pairs.push({ a: a.metrics, b: b.metrics, order: order[pair - 1] });
    }
    const complete = interrupted === null && failure === null;
    const judgement = complete ? judgeAb(pairs, spec.judge) : null;
    const f = failure;
    const status = interrupted !== null
        ? 'interrupted'
        : f !== null
            ? f.status === 'timeout'
                ? 'timeout'
                : 'failed'
            : judgement?.gate_failed
                ? 'gate_failed'
                : 'passed';
    const warnings = [];
    const judgedCount = (spec.judge.judged ?? engine_metrics/* DEFAULT_JUDGED_METRICS */.UP).filter((m) => runs.length === 0 || runs.some((r) => typeof r.metrics[m] === 'number')).length;
    const alpha = 1 - (spec.judge.confidence ?? DEFAULT_AB_CONFIDENCE);
    const needed = minDecisivePairs(alpha / Math.max(1, judgedCount));
    if (spec.repeat < needed) {
        warnings.push(`with ${spec.repeat} pairs no difference can be shown at ${Math.round((1 - alpha) * 100)}% confidence ` +
            `over ${judgedCount} judged metric${judgedCount === 1 ? '' : 's'}: use --repeat ${needed} or more`);
    }
    if (complete) {
        for (const side of ['A', 'B']) {
            const durations = runs.filter((r) => r.side === side).map((r) => r.metrics.duration_s);
            for (const w of (0,benchmark_stats/* benchmarkWarnings */.x2)('duration_s', durations))
                warnings.push(`${side}: ${w.message}`);
        }
    }
    return {
        started_at,
        finished_at: new Date().toISOString(),
        repeat: spec.repeat,
        warmup: spec.warmup,
        order,
        runs,
        pairs,
        judgement,
        status,
        failure: f,
        interrupted_by: interrupted,
        warnings,
        python_version,
        os,
        arch,
    };
}
/**
 * The exit code of `pyrun ab`: 0 when every gate held, 99 when B regressed beyond a gate, a failed run's own
 * code as `pyrun run` gives it (N, 128+N, 124), 128+N when pyrun itself was interrupted by signal N.
 */
function abExitCode(result) {
    switch (result.status) {
        case 'passed':
            return 0;
        case 'gate_failed':
            return outcome/* EXIT_GATE_FAILED */.je;
        case 'interrupted': {
            const n = result.interrupted_by
                ? external_node_os_.constants.signals[result.interrupted_by]
                : 0;
            return n ? 128 + n : errors/* EXIT_PYRUN_ERROR */.ZX;
        }
        case 'failed':
        case 'timeout':
            return result.failure ? (0,outcome/* exitCodeFor */.Rr)(result.failure) : errors/* EXIT_PYRUN_ERROR */.ZX;
    }
}
/**
 * `--instructions`: each run of the session counts into its own folder of callgrind files (`A-3`: A's run of pair
 * 3; pair 0 is the warm-up), so no run's count includes another's processes.
 */
function ownFolder(launch, side, pair) {
    if (!launch.counter)
        return launch;
    const out_dir = external_node_path_default().join(launch.counter.out_dir, `${side}-${pair}`);
    return { ...launch, counter: { ...launch.counter, out_dir } };
}

;// CONCATENATED MODULE: ./src/engine/ab/record.ts

const AB_SCHEMA = 'pyrun-ab/1';
function abRecord(result, facts) {
    return {
        schema: AB_SCHEMA,
        name: facts.name,
        status: result.status,
        exit_code: abExitCode(result),
        a: facts.a,
        b: facts.b,
        started_at: result.started_at,
        finished_at: result.finished_at,
        repeat: result.repeat,
        warmup: result.warmup,
        order: result.order,
        confidence: facts.confidence,
        max_regression_pct: facts.max_regression_pct,
        metrics: result.judgement?.metrics ?? {},
        gates: result.judgement?.gates ?? [],
        over_max_regression: result.judgement?.over_max_regression ?? [],
        runs: result.runs.map((r) => ({
            pair: r.pair,
            side: r.side,
            status: r.status,
            signal: r.signal,
            ...r.metrics,
        })),
        failure: result.failure,
        interrupted_by: result.interrupted_by,
        warnings: result.warnings,
        os: result.os,
        arch: result.arch,
        python_version: result.python_version,
        pyrun_version: facts.pyrun_version,
    };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/engine/ab/worktree.ts
/**
 * `pyrun ab --against REF`: REF checked out into a temporary `git worktree` (detached, so no branch is locked),
 * removed again afterwards. git runs through execFile: no shell, arguments as they are. Every problem a user can
 * cause is a PyrunError (exit 125) that says what is wrong: not a git repository, a ref that does not exist, the
 * script missing from REF's tree.
 */





const GIT_TIMEOUT_MS = 120_000;
function git(args, cwd) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)('git', args, { cwd, timeout: GIT_TIMEOUT_MS, maxBuffer: 8 * 1024 * 1024 }, (error, stdout, stderr) => resolve({ ok: error === null, stdout: String(stdout).trim(), stderr: String(stderr).trim() }));
    });
}
/**
 * Makes sure the commit `sha` is in the repository that contains `cwd`: a CI checkout is often shallow and holds
 * only the commit under test, so the base of a pull request is fetched (that one commit) from `origin`.
 */
async function ensureCommit(sha, cwd) {
    if (!/^[0-9a-f]{7,64}$/i.test(sha))
        throw new PyrunError(`not a commit sha: '${sha}'`);
    const have = await git(['cat-file', '-e', `${sha}^{commit}`], cwd);
    if (have.ok)
        return;
    const fetched = await git(['fetch', '--no-tags', '--depth=1', 'origin', sha], cwd);
    if (!fetched.ok) {
        throw new PyrunError(`could not fetch the base commit ${sha.slice(0, 12)} from origin: ${fetched.stderr.split('\n')[0] ?? ''}`);
    }
}
/** Checks REF out beside the working tree that contains `cwd`. */
async function checkoutRef(ref, cwd) {
    if (ref === '' || ref.startsWith('-'))
        throw new errors/* PyrunError */.Pu(`--against: not a git ref: '${ref}'`);
    const top = await git(['rev-parse', '--show-toplevel'], cwd);
    if (!top.ok) {
        const why = top.stderr.split('\n')[0] || 'git failed';
        throw new errors/* PyrunError */.Pu(`--against needs a git repository, but ${cwd} is not in one (${why})`);
    }
    const repo_root = top.stdout;
    const resolved = await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], repo_root);
    if (!resolved.ok || resolved.stdout === '') {
        throw new errors/* PyrunError */.Pu(`--against: no commit named '${ref}' in ${repo_root} (a branch, tag or sha; fetch it first if it is remote)`);
    }
    const sha = resolved.stdout;
    const parent = await (0,promises_.mkdtemp)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'pyrun-ab-'));
    const dir = external_node_path_default().join(parent, 'tree');
    const added = await git(['worktree', 'add', '--detach', '--quiet', dir, sha], repo_root);
    let removed = false;
    const remove = async () => {
        if (removed)
            return;
        removed = true;
        await git(['worktree', 'remove', '--force', dir], repo_root);
        await (0,promises_.rm)(parent, { recursive: true, force: true });
        await git(['worktree', 'prune'], repo_root);
    };
    if (!added.ok) {
        await remove();
        throw new errors/* PyrunError */.Pu(`--against: could not check out '${ref}': ${added.stderr.split('\n')[0] ?? ''}`);
    }
    return { repo_root, dir, ref, sha, remove };
}
/**
 * The same path inside REF's tree: `file` (absolute, or relative to `cwd`) must lie in the repository. Throws a
 * PyrunError when it does not, or when REF's tree has no such file.
 */
async function pathInRefTree(tree, cwd, file) {
    const absolute = external_node_path_default().resolve(cwd, file);
    const inRepo = external_node_path_default().relative(await realPath(tree.repo_root), await realPath(absolute));
    if (inRepo.startsWith('..') || external_node_path_default().isAbsolute(inRepo)) {
        throw new errors/* PyrunError */.Pu(`--against: ${file} is outside the repository ${tree.repo_root}`);
    }
    const there = external_node_path_default().join(tree.dir, inRepo);
    const found = await (0,promises_.stat)(there).then((s) => s.isFile(), () => false);
    if (!found)
        throw new errors/* PyrunError */.Pu(`--against: ${inRepo} does not exist in ${tree.ref} (${tree.sha.slice(0, 12)})`);
    return there;
}
/** The working directory inside REF's tree that corresponds to `cwd` (the tree's root when cwd is outside). */
async function dirInRefTree(tree, cwd) {
    const inRepo = external_node_path_default().relative(await realPath(tree.repo_root), await realPath(cwd));
    if (inRepo.startsWith('..') || external_node_path_default().isAbsolute(inRepo))
        return tree.dir;
    return external_node_path_default().join(tree.dir, inRepo);
}
/** The real path of a file or of its deepest existing ancestor (symlinked /tmp on macOS). */
async function realPath(file) {
    try {
        return await (0,promises_.realpath)(file);
    }
    catch {
        const parent = external_node_path_default().dirname(file);
        if (parent === file)
            return file;
        return external_node_path_default().join(await realPath(parent), external_node_path_default().basename(file));
    }
}

;// CONCATENATED MODULE: ./src/engine/ab/pipeline.ts












async function runAbPipeline(request, ports) {
    const { config, facts } = request;
    const gates = request.gates.map((text) => {
        try {
            return (0,parser/* parseGateWithAliases */.Jy)(text, ['a']);
        }
        catch (error) {
            if (error instanceof rules_errors/* RuleError */.F)
                throw new errors/* PyrunError */.Pu(`bad rule: ${error.message}`);
            throw error;
        }
    });
    const max_regression_pct = request.max_regression_pct ?? (gates.length === 0 ? DEFAULT_MAX_REGRESSION_PCT : null);
    const cwd = (0,prepare/* resolveFrom */.dx)(facts, config.cwd ?? '.');
    // A report never goes over a history (the one `pyrun run` keeps here, any other pyrun history, or a lock):
    // refused before anything runs, and checked again when each report is written.
    const protect = [(0,prepare/* resolveFrom */.dx)(facts, config.db_path)];
    await (0,report_protect.refuseReportOverHistory)(reportPathsOf(config, facts), protect);
    const b = (0,prepare/* prepareRun */.Z0)({ ...config, gates: [], alerts: [] }, facts, { ...ports, cwd }, (m) => ports.log.warn(m), ports.chooseExecutor);
    const sideB = {
        label: 'ref' in request.a ? 'working tree' : config.script,
        script: config.script,
        cwd,
        git_ref: facts.git_ref,
        git_sha: facts.git_sha,
    };
    let tree = null;
    try {
        let specA = b.spec;
        let sideA;
        if ('ref' in request.a) {
            const { ref } = request.a;
            ports.log.info(`checking out ${ref} into a temporary worktree`);
            tree = await checkoutRef(ref, cwd);
            const cwdA = await dirInRefTree(tree, cwd);
            const scriptA = await pathInRefTree(tree, cwd, config.script);
            specA = {
                ...specA,
                launch: { ...specA.launch, script: scriptA, cwd: cwdA },
                git_ref: ref,
                git_sha: tree.sha,
            };
            sideA = {
                label: `${ref} (${tree.sha.slice(0, 12)})`,
                script: config.script,
                cwd: cwdA,
                git_ref: ref,
                git_sha: tree.sha,
            };
        }
        else {
            const { script } = request.a;
            (0,python/* checkScript */.wN)(script, cwd);
            specA = { ...specA, launch: { ...specA.launch, script } };
            sideA = { label: script, script, cwd, git_ref: facts.git_ref, git_sha: facts.git_sha };
        }
        const result = await runAb({
            a: specA,
            b: b.spec,
            repeat: config.repeat,
            warmup: config.warmup,
            judge: { max_regression_pct, gates, confidence: DEFAULT_AB_CONFIDENCE, judged: config.judge },
        }, { clock: ports.clock, proc: ports.proc, start: b.start }, ports.hooks ?? {});
        const record = abRecord(result, {
            name: request.name ?? `ab:${config.script}`,
            a: sideA,
            b: sideB,
            confidence: DEFAULT_AB_CONFIDENCE,
            max_regression_pct,
            pyrun_version: facts.pyrun_version,
        });
        await writeAbReports(record, config, facts, ports, protect);
        return {
            record,
            exit_code: record.exit_code,
            explanation: [...(0,describe/* describeAb */.jK)(record), ...record.warnings.map((w) => `warning: ${w}`)],
        };
    }
    finally {
        if (tree)
            await tree.remove();
    }
}
/** The report files `pyrun ab` writes, by kind, resolved against the run's base directory. */
function reportPathsOf(config, facts) {
    const at = (file) => (file ? (0,prepare/* resolveFrom */.dx)(facts, file) : null);
    return {
        json: at(config.json_path),
        summary: at(config.summary_path),
        junit: at(config.junit_path),
        tap: at(config.tap_path),
        html: at(config.html_path),
        hyperfine: at(config.hyperfine_path),
    };
}
async function writeAbReports(record, config, facts, ports, protect) {
    const files = [
        [config.json_path, async () => `${JSON.stringify(record, null, 2)}\n`],
        [config.summary_path, async () => (await Promise.all(/* import() */[__webpack_require__.e(210), __webpack_require__.e(444)]).then(__webpack_require__.bind(__webpack_require__, 6330))).renderAbMarkdown(record)],
        [
            config.junit_path,
            async () => (await Promise.all(/* import() */[__webpack_require__.e(72), __webpack_require__.e(614)]).then(__webpack_require__.bind(__webpack_require__, 1614))).renderAbJunit(record, (0,source_file/* sourceFile */.s)({ script: record.b.script, cwd: record.b.cwd }, facts.base_dir)),
        ],
        [config.tap_path, async () => (await Promise.all(/* import() */[__webpack_require__.e(72), __webpack_require__.e(614)]).then(__webpack_require__.bind(__webpack_require__, 1614))).renderAbTap(record)],
        [config.html_path, async () => (await Promise.all(/* import() */[__webpack_require__.e(521), __webpack_require__.e(255), __webpack_require__.e(405)]).then(__webpack_require__.bind(__webpack_require__, 7266))).renderAbHtml(record)],
        [
            config.hyperfine_path,
            async () => (await __webpack_require__.e(/* import() */ 937).then(__webpack_require__.bind(__webpack_require__, 6937))).abHyperfineJson(record),
        ],
    ];
    for (const [file, render] of files) {
        if (!file)
            continue;
        const written = await (0,write_file.writeReportFile)((0,prepare/* resolveFrom */.dx)(facts, file), await render(), { protect });
        if (!written.ok)
            ports.log.warn(`could not write the report ${file}: ${written.error}`);
    }
}

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/cli/git.ts
var cli_git = __webpack_require__(6094);
// EXTERNAL MODULE: ./src/cli/log.ts
var cli_log = __webpack_require__(7644);
// EXTERNAL MODULE: ./src/cli/ports.ts + 2 modules
var cli_ports = __webpack_require__(1713);
;// CONCATENATED MODULE: ./src/cli/commands/ab.ts
/**
 * `pyrun ab [options] A B | --against REF SCRIPT [-- ARGS...]`: two scripts, or REF's copy of SCRIPT (A) and this
 * tree's (B), each given ARGS, run interleaved on this machine and compared metric by metric (the engine's runAbPipeline). Exit 0 when every
 * gate held, 99 when B regressed beyond `--gate` or `--max-regression`, a failed run's own code, 125 when pyrun
 * could not run. Translation only.
 */





async function abCommand(operands, opts, ctx, rawArgs = []) {
    const { scripts, args } = scriptsAndArgs(operands, rawArgs);
    const log = (0,cli_log/* createCliLogger */.x)(ctx.stderr, Boolean(opts.quiet), (text) => text, ctx.env);
    const against = typeof opts.against === 'string' ? opts.against : null;
    if (against !== null && scripts.length !== 1) {
        throw new errors/* PyrunError */.Pu(`pyrun ab --against ${against} takes one SCRIPT, got ${scripts.length}`);
    }
    if (against === null && scripts.length !== 2) {
        throw new errors/* PyrunError */.Pu(`pyrun ab takes two scripts A B (or --against REF SCRIPT), got ${scripts.length}`);
    }
    const config = abConfig(scripts[scripts.length - 1], args, opts);
    const { ports, dispose } = (0,cli_ports/* cliPorts */.h)(ctx, log);
    try {
        const outcome = await runAbPipeline({
            config,
            a: against !== null ? { ref: against } : { script: scripts[0] },
            gates: opts.gate ?? [],
            max_regression_pct: parsePercent(opts.maxRegression),
            name: typeof opts.name === 'string' ? opts.name : null,
            facts: {
                base_dir: ctx.cwd,
                ...(await (0,cli_git/* gitIdentity */.RU)(ctx.env, ctx.cwd)),
                is_pull_request: false,
                run_url: null,
                pyrun_version: version/* PYRUN_VERSION */.I,
            },
        }, ports);
        log.endStatus();
        const lines = outcome.explanation.filter((l) => !l.startsWith('warning: '));
        ctx.stderr.write(`\n${lines.join('\n')}\n`);
        for (const l of outcome.explanation.filter((x) => x.startsWith('warning: ')))
            log.warn(l.slice(9));
        return outcome.exit_code;
    }
    finally {
        dispose();
    }
}
/** The options `pyrun ab` shares with `pyrun run`, validated by the same schema (messages name the flag). */
function abConfig(script, args, opts) {
    const raw = { script, args };
    for (const key of [
        'python',
        'cwd',
        'interval',
        'timeout',
        'repeat',
        'warmup',
        'json',
        'summary',
        'judge',
        'instructions',
        'junit',
        'tap',
        'html',
        'export-hyperfine',
    ]) {
        const flag = key.replace(/-([a-z])/g, (_, c) => c.toUpperCase()); // commander's camelCase
        if (opts[flag] !== undefined)
            raw[key] = opts[flag];
    }
    try {
        return (0,parse/* parseConfig */.o4)(raw);
    }
    catch (error) {
        if (error instanceof parse/* ConfigError */.xL)
            throw new errors/* PyrunError */.Pu(error.problems.join('\n       '));
        throw error;
    }
}
/**
 * The scripts, and the arguments both sides are given: what follows `--` on the command line (`rawArgs`), which
 * commander hands to `<scripts...>` as well.
 */
function scriptsAndArgs(operands, rawArgs) {
    const dash = rawArgs.indexOf('--');
    if (dash < 0)
        return { scripts: operands, args: [] };
    const args = rawArgs.slice(dash + 1);
    return { scripts: operands.slice(0, Math.max(0, operands.length - args.length)), args };
}
/** `--max-regression 10%` (or `10`) → 10; absent → null. */
function parsePercent(value) {
    if (value === undefined || value === null)
        return null;
    const match = /^\s*(\d+(?:\.\d+)?)\s*%?\s*$/.exec(String(value));
    if (!match)
        throw new errors/* PyrunError */.Pu(`--max-regression takes a percentage such as 10%, got '${String(value)}'`);
    return Number(match[1]);
}


/***/ }),

/***/ 9147:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

"use strict";
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MA: () => (/* binding */ formatP),
/* harmony export */   Pe: () => (/* binding */ describeRatio),
/* harmony export */   jK: () => (/* binding */ describeAb),
/* harmony export */   zF: () => (/* binding */ formatStats)
/* harmony export */ });
/* unused harmony export decimalsFor */
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8703);
/* harmony import */ var _metric_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(766);
/**
 * The words of an A/B result, as hyperfine would print them: one aligned line per metric,
 *
 *   duration_s   A 0.234 s ± 0.004   B 0.297 s ± 0.005   B is 1.27 ± 0.02 × slower than A [1.25, 1.29]  p = 0.002  regressed
 *
 * then the gates and the warnings. Returned as lines; the face decides where they go.
 */


/** Decimals that show a value's differences without noise: 1.204, 12.35, 612.4, 1520. */
function decimalsFor(value) {
    const m = Math.abs(value);
    return m >= 1000 ? 0 : m >= 100 ? 1 : m >= 10 ? 2 : 3;
}
function unitOf(metric) {
    const unit = (0,_metric_format_js__WEBPACK_IMPORTED_MODULE_0__/* .metricUnit */ .n2)(metric);
    return unit === '' ? '' : unit === '%' ? '%' : ` ${unit}`;
}
/** `1.204 s ± 0.012`; integers stay integers when nothing varied (`4`). */
function formatStats(metric, s) {
    if (Number.isInteger(s.mean) && s.stddev === 0)
        return `${s.mean}${unitOf(metric)}`;
    const d = decimalsFor(s.mean);
    return `${s.mean.toFixed(d)}${unitOf(metric)} ± ${s.stddev.toFixed(d)}`;
}
const MORE_LESS = {
    time: ['higher', 'lower'],
    size: ['larger', 'smaller'],
    percent: ['higher', 'lower'],
    count: ['higher', 'lower'],
};
function words(metric) {
    return metric === 'duration_s' ? ['slower', 'faster'] : MORE_LESS[_types_js__WEBPACK_IMPORTED_MODULE_1__/* .METRIC_DIMENSION */ .aP[metric]];
}
function formatP(p) {
    if (p < 0.001)
        return 'p < 0.001';
    return `p = ${p < 0.01 ? p.toFixed(4) : p.toFixed(3)}`;
}
/** `B is 1.31 ± 0.04 × slower than A [1.27, 1.35]` or `no difference: B/A 1.00 [0.98, 1.03]`. */
function describeRatio(metric, r) {
    const interval = (lo, hi) => `[${lo.toFixed(2)}, ${hi.toFixed(2)}]`;
    if (r.verdict === 'no_difference') {
        return `no difference: B/A ${r.ratio.toFixed(2)} ${interval(r.ratio_low, r.ratio_high)}`;
    }
    const [up, down] = words(metric);
    const [factor, lo, hi, word] = r.ratio >= 1
        ? [r.ratio, r.ratio_low, r.ratio_high, up]
        : [1 / r.ratio, 1 / r.ratio_high, 1 / r.ratio_low, down];
    return `B is ${factor.toFixed(2)} ± ${((hi - lo) / 2).toFixed(2)} × ${word} than A ${interval(lo, hi)}`;
}
/** Every line of the result: who A and B are, one line per metric, gates, --max-regression, warnings. */
function describeAb(record) {
    const lines = [
        `A: ${record.a.label}  (${record.a.script})`,
        `B: ${record.b.label}  (${record.b.script})`,
    ];
    const entries = Object.entries(record.metrics);
    if (entries.length > 0) {
        const confidence = Math.round(Math.min(...entries.map(([, r]) => r.confidence)) * 1000) / 10;
        lines.push(`${record.runs.length / 2} pairs interleaved (AB BA …), ${record.warmup} warm-up each; ` +
            `B/A with its ≥${confidence}% interval (Hodges–Lehmann) and the Wilcoxon signed-rank p`, '');
        const rows = entries.map(([metric, r]) => [
            metric,
            `A ${formatStats(metric, r.a)}`,
            `B ${formatStats(metric, r.b)}`,
            describeRatio(metric, r),
            formatP(r.p_value),
            r.verdict === 'no_difference'
                ? ''
                : r.verdict + (r.over_max_regression ? ' (over --max-regression)' : ''),
        ]);
        const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
        for (const row of rows)
            lines.push(row
                .map((c, i) => c.padEnd(widths[i]))
                .join('   ')
                .trimEnd());
    }
    if (record.gates.length > 0)
        lines.push('');
    for (const g of record.gates) {
        const detail = g.actual === null
            ? ''
            : ` (B ${round(g.actual)} vs limit ${g.limit === null ? 'n/a' : round(g.limit)})`;
        lines.push(`gate ${g.status === 'failed' ? 'FAILED' : g.status}: ${g.expr}${detail}`);
    }
    if (record.max_regression_pct !== null && entries.length > 0) {
        lines.push(record.over_max_regression.length > 0
            ? `--max-regression ${record.max_regression_pct}%: B regressed beyond it in ${record.over_max_regression.join(', ')}`
            : `--max-regression ${record.max_regression_pct}%: held`);
    }
    if (record.failure) {
        const f = record.failure;
        const how = f.status === 'timeout' ? 'timed out' : f.signal ? `was killed by ${f.signal}` : `exited ${f.exit_code}`;
        const which = f.pair === 0 ? 'warm-up run' : `run of pair ${f.pair}`;
        lines.push(`${f.side}'s ${which} ${how}: no comparison`);
    }
    if (record.interrupted_by)
        lines.push(`interrupted by ${record.interrupted_by}: no comparison`);
    return lines;
}
function round(value) {
    return value.toFixed(decimalsFor(value));
}


/***/ }),

/***/ 3101:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

"use strict";
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ac: () => (/* binding */ PYRUN_APPLICATION_ID),
/* harmony export */   ni: () => (/* binding */ APPLICATION_ID_OFFSET),
/* harmony export */   wW: () => (/* binding */ isPyrunHeader)
/* harmony export */ });
/**
 * How a pyrun history is known by its first bytes, without SQLite: a SQLite header whose `application_id` is
 * pyrun's. Apart from load.ts so that code writing other files (reports) can tell a history it must not replace
 * without loading the history's modules.
 */
/** `PRAGMA application_id` of a pyrun history: "PyRn" in ASCII. */
const PYRUN_APPLICATION_ID = 0x5079526e;
/** Where SQLite keeps the application id in the 100-byte header (big-endian). */
const APPLICATION_ID_OFFSET = 68;
const SQLITE_MAGIC = 'SQLite format 3\u0000';
/** Whether `header` (a file's first 100 bytes) is a SQLite header marked as a pyrun history. */
function isPyrunHeader(header) {
    if (header.length < 100)
        return false;
    if (String.fromCharCode(...header.subarray(0, SQLITE_MAGIC.length)) !== SQLITE_MAGIC)
        return false;
    const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
    return view.getUint32(APPLICATION_ID_OFFSET) === PYRUN_APPLICATION_ID;
}


/***/ }),

/***/ 3706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

"use strict";
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   refuseReportOverHistory: () => (/* binding */ refuseReportOverHistory)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7679);
/* harmony import */ var _write_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4709);
/**
 * A report path is never a history: refused before anything runs (and checked again by writeReportFile's
 * `protect` when each report is written, since a script may plant a symlink meanwhile).
 */


/** The flag that names each report file, for messages. */
const REPORT_FLAGS = {
    benchmark_action: '--export-benchmark-action',
    bmf: '--export-bmf',
    hyperfine: '--export-hyperfine',
};
/**
 * Refuses (PyrunError, exit 125), before anything runs, a report path that is a history file or its lock, or a
 * symlink to either (protectedFileAt). `reports` maps a report kind (`json`, `summary`, `hyperfine`…) to its path.
 * The check is repeated when each report is written (writeReportFile's `protect`): a script may plant a symlink
 * meanwhile.
 */
async function refuseReportOverHistory(reports, protect) {
    for (const [kind, file] of Object.entries(reports)) {
        if (!file)
            continue;
        const clash = await (0,_write_file_js__WEBPACK_IMPORTED_MODULE_0__/* .protectedFileAt */ .c)(file, protect);
        if (clash !== null) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PyrunError */ .Pu(`${REPORT_FLAGS[kind] ?? `--${kind}`} ${file} is ${clash}: a report would overwrite the history; ` +
                'choose another file');
        }
    }
}


/***/ }),

/***/ 4709:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

"use strict";
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ protectedFileAt),
/* harmony export */   writeReportFile: () => (/* binding */ writeReportFile)
/* harmony export */ });
/* unused harmony export tempPathFor */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _history_application_id_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3101);
/* harmony import */ var _run_id_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3681);
/**
 * Writes one report file the way every face must: its folders are created, the text goes to a temporary file in
 * the same folder and is then renamed over the target, so a full disk or a crash leaves the old file (or none),
 * never a truncated or 0-byte one. A symlink is followed and the file it points to replaced (the link stays); a
 * target that is not a regular file (`/dev/stdout`, a FIFO) is written in place, never replaced. Never throws:
 * trouble comes back as a value for the face to show as one warning.
 */





/** `report.xml` → `.report.xml.<random>.tmp` beside it: same folder, so the rename stays on one file system. */
function tempPathFor(file) {
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file), `.${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(file)}.${(0,_run_id_js__WEBPACK_IMPORTED_MODULE_3__/* .randomHex */ .n)(6)}.tmp`);
}
async function writeReportFile(file, text, options = {}) {
    let target = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(file);
    let temp = null;
    try {
        const existing = await existingTarget(target);
        const clash = await protectedFileAt(existing?.path ?? target, options.protect ?? []);
        if (clash !== null) {
            return { ok: false, path: target, error: `it is ${clash}, which pyrun never writes a report over` };
        }
        if (existing?.kind === 'folder')
            throw Object.assign(new Error(`${target} is a folder`), { code: 'EISDIR' });
        if (existing?.kind === 'special') {
            await writeSpecial(existing.path, target, text);
            return { ok: true, path: target };
        }
        if (existing)
            target = existing.path;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(target), { recursive: true });
        temp = tempPathFor(target);
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temp, 'wx', 0o644);
        try {
            await handle.writeFile(text, 'utf8');
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, target);
        temp = null;
        return { ok: true, path: target };
    }
    catch (error) {
        return { ok: false, path: target, error: describeWriteError(error) };
    }
    finally {
        if (temp !== null)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true }).catch(() => undefined);
    }
}
/**
 * What is at `target` now: null when nothing is; a regular file (a symlink's final target when it resolves to
 * one); a folder; or anything else — a device, a FIFO, `/dev/stdout` (a link to `/proc/self/fd/1`, which may be a
 * pipe no path resolves to), a dangling link — which is written in place, through the link, and never replaced.
 */
async function existingTarget(target) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(target);
    }
    catch {
        return null;
    }
    try {
        const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(target);
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(real);
        return { kind: info.isFile() ? 'file' : info.isDirectory() ? 'folder' : 'special', path: real };
    }
    catch {
        return { kind: 'special', path: target };
    }
}
/** Whether an open FIFO or socket is pyrun's own stdout or stderr (`--json /dev/stdout` into a pipe). */
function isOwnStream(info) {
    return [1, 2].some((fd) => {
        try {
            const own = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
            return own.dev === info.dev && own.ino === info.ino;
        }
        catch {
            return false;
        }
    });
}
/**
 * Writes a target that is not a regular file, in place. Opened without blocking, so a FIFO nobody reads (one a
 * script made at a report path) fails at once (ENXIO) instead of hanging pyrun; a FIFO or socket at any other path
 * than pyrun's own stdout or stderr (`/dev/stdout` into a pipe) is refused: a report goes to a file, a device or
 * pyrun's own output, never into another process's pipe.
 */
async function writeSpecial(real, asked, text) {
    const flags = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOCTTY;
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(real, flags).catch((error) => {
        if (error.code === 'ENXIO') {
            throw new Error(`${asked} is a FIFO or socket that nothing reads (ENXIO); pyrun does not wait on it`);
        }
        throw error;
    });
    try {
        const info = await handle.stat();
        if ((info.isFIFO() || info.isSocket()) && !isOwnStream(info)) {
            throw new Error(`${asked} is a FIFO or socket, not a file; pyrun writes reports only to files and devices`);
        }
        await handle.writeFile(text, 'utf8');
    }
    finally {
        await handle.close();
    }
}
/** The identity of a file (device and inode), or null when it does not exist. */
async function identity(file) {
    try {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(file);
        return `${info.dev}:${info.ino}`;
    }
    catch {
        return null;
    }
}
/**
 * Which history the path `file` is, as a phrase (`the history file X`, `the history file’s lock X`), or null: one of
 * `protect` or its lock `<file>.lock`, compared by resolved path (symlinks followed) and by device and inode; or
 * any other pyrun history (another `--db`), known by its header, or the lock path beside one.
 */
async function protectedFileAt(file, protect) {
    const resolved = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(file).catch(() => node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(file));
    const id = await identity(resolved);
    for (const guarded of protect) {
        for (const [candidate, what] of [
            [guarded, 'the history file'],
            [`${guarded}.lock`, 'the history file’s lock'],
        ]) {
            const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(candidate).catch(() => node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(candidate));
            if (real === resolved)
                return `${what} ${guarded}`;
            const other = await identity(real);
            if (id !== null && other !== null && id === other)
                return `${what} ${guarded}`;
        }
    }
    if (await isPyrunHistory(resolved))
        return `the history file ${resolved}`;
    if (resolved.endsWith('.lock') && (await isPyrunHistory(resolved.slice(0, -'.lock'.length)))) {
        return `the history file’s lock ${resolved.slice(0, -'.lock'.length)}`;
    }
    return null;
}
/** Whether `file` is a regular file marked as a pyrun history (its first 100 bytes; never blocks on a FIFO). */
async function isPyrunHistory(file) {
    try {
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
        try {
            if (!(await handle.stat()).isFile())
                return false;
            const header = new Uint8Array(100);
            const { bytesRead } = await handle.read(header, 0, header.length, 0);
            return bytesRead === header.length && (0,_history_application_id_js__WEBPACK_IMPORTED_MODULE_4__/* .isPyrunHeader */ .wW)(header);
        }
        finally {
            await handle.close();
        }
    }
    catch {
        return false;
    }
}
/** `ENOTDIR: a parent of the path is a file` rather than Node's raw syscall text. */
function describeWriteError(error) {
    const code = error?.code;
    const raw = error?.message;
    const message = typeof raw === 'string' ? raw : String(error);
    const hints = {
        ENOTDIR: 'a folder on the path is a file',
        // mkdir -p answers EEXIST when a folder it must create is already a file.
        EEXIST: 'a folder on the path is a file',
        EISDIR: 'the path is a folder',
        EACCES: 'permission denied',
        EPERM: 'permission denied',
        EROFS: 'read-only file system',
        ENOSPC: 'no space left on the device',
        EDQUOT: 'disk quota exceeded',
    };
    const hint = typeof code === 'string' ? hints[code] : undefined;
    return hint ? `${hint} (${message})` : message;
}


/***/ })

};
;