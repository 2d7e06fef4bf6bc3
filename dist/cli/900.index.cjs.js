"use strict";
exports.id = 900;
exports.ids = [900];
exports.modules = {

/***/ 8900:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderMarkdownMulti: () => (/* binding */ renderMarkdownMulti)
/* harmony export */ });
/* harmony import */ var _metric_format_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(766);
/* harmony import */ var _gates_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9737);
/* harmony import */ var _numbers_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8627);
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(255);
/* harmony import */ var _verdict_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8014);
/* harmony import */ var _markdown_parts_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9010);
/* harmony import */ var _budget_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8460);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1210);








function seriesRow(record) {
    const gates = (0,_gates_js__WEBPACK_IMPORTED_MODULE_0__/* .countGates */ .gp)(record.gates);
    const gateText = record.gates.length === 0
        ? '—'
        : gates.failed > 0
            ? `${gates.failed} of ${record.gates.length} failed`
            : `${record.gates.length} passed`;
    const regressedText = (0,_verdict_text_js__WEBPACK_IMPORTED_MODULE_1__/* .regressedSummary */ .Pl)(record);
    return `| ${_status_js__WEBPACK_IMPORTED_MODULE_2__/* .STATUS_EMOJI */ .cu[record.status]} | ${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_3__/* .mdCode */ .x)(record.name)} | ${(0,_status_js__WEBPACK_IMPORTED_MODULE_2__/* .humanize */ .I3)(record.status)} | ${(0,_numbers_js__WEBPACK_IMPORTED_MODULE_4__/* .formatDuration */ .a3)(record.duration_s)} | ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatMetricValue */ .dd)('cpu_time_s', record.cpu_time_s)} | ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatMetricValue */ .dd)('peak_rss_mb', record.peak_rss_mb)} | ${gateText} | ${regressedText} |`;
}
/** What went wrong in one series, as list items: its failing gates. */
function problemRows(record) {
    return record.gates
        .filter((g) => g.status === 'failed')
        .map((g) => `- ${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_3__/* .mdCode */ .x)(record.name)}: ${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_3__/* .mdCode */ .x)(g.expr)} — ${(0,_gates_js__WEBPACK_IMPORTED_MODULE_0__/* .describeGate */ .l7)(g)}`);
}
function renderMarkdownMulti(records, options = {}) {
    const max_bytes = Math.max(0, Math.floor(options.maxChars ?? _markdown_js__WEBPACK_IMPORTED_MODULE_6__.MAX_SUMMARY_CHARS));
    const hint = options.fullReportHint ?? 'full report in the job summary';
    const worst = (0,_status_js__WEBPACK_IMPORTED_MODULE_2__/* .worstStatus */ .A4)(records);
    const counts = new Map();
    for (const record of records)
        counts.set(record.status, (counts.get(record.status) ?? 0) + 1);
    const tally = [...counts.entries()]
        .sort(([a], [b]) => _status_js__WEBPACK_IMPORTED_MODULE_2__/* .STATUS_RANK */ .Mo[a] - _status_js__WEBPACK_IMPORTED_MODULE_2__/* .STATUS_RANK */ .Mo[b])
        .map(([status, n]) => `${n} ${(0,_status_js__WEBPACK_IMPORTED_MODULE_2__/* .humanize */ .I3)(status)}`)
        .join(', ');
    const header = [
        `## ${_status_js__WEBPACK_IMPORTED_MODULE_2__/* .STATUS_EMOJI */ .cu[worst]} pyrun: ${records.length} series${records.length > 0 ? ` — ${tally}` : ''}`,
    ];
    // Failing series first (stable), so trimming keeps what needs attention.
    const ordered = records
        .map((record, index) => ({ record, index }))
        .sort((a, b) => _status_js__WEBPACK_IMPORTED_MODULE_2__/* .STATUS_RANK */ .Mo[b.record.status] - _status_js__WEBPACK_IMPORTED_MODULE_2__/* .STATUS_RANK */ .Mo[a.record.status] || a.index - b.index)
        .map((entry) => entry.record);
    const tableHead = [
        '| | series | status | duration | CPU time | peak RSS | gates | regressed |',
        '|:-:|:--|:--|--:|--:|--:|:--|:--|',
    ];
    const problems = ordered.flatMap(problemRows);
    const problemsHead = ['### Failing gates', ''];
    const blocks = [header, [...tableHead, ...ordered.map(seriesRow)]];
    if (problems.length > 0)
        blocks.push([...problemsHead, ...problems]);
    const full = `${blocks.map((b) => b.join('\n')).join('\n\n')}\n\n`; // a blank line ends it (see markdown.ts)
    if ((0,_budget_js__WEBPACK_IMPORTED_MODULE_7__/* .byteSize */ .mz)(full) <= max_bytes)
        return full;
    let budget = max_bytes - (0,_budget_js__WEBPACK_IMPORTED_MODULE_7__/* .byteSize */ .mz)(`${header.join('\n')}\n`);
    const table = (0,_budget_js__WEBPACK_IMPORTED_MODULE_7__/* .fitRows */ .zV)(tableHead, ordered.map(seriesRow), budget, (n) => `… ${n} more series not shown (${hint})`);
    budget -= table.bytes;
    const trimmedBlocks = [header, table.lines];
    if (problems.length > 0) {
        const fitted = (0,_budget_js__WEBPACK_IMPORTED_MODULE_7__/* .fitRows */ .zV)(problemsHead, problems, budget, (n) => `… ${n} more failing gates not shown (${hint})`);
        trimmedBlocks.push(fitted.lines);
    }
    const trimmed = `${trimmedBlocks
        .filter((b) => b.length > 0)
        .map((b) => b.join('\n'))
        .join('\n\n')}\n\n`;
    return (0,_budget_js__WEBPACK_IMPORTED_MODULE_7__/* .cutToFit */ .XL)(trimmed, max_bytes, hint);
}


/***/ })

};
;