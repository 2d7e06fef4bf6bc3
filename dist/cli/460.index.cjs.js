"use strict";
exports.id = 460;
exports.ids = [460];
exports.modules = {

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


/***/ })

};
;