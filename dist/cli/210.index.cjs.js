"use strict";
exports.id = 210;
exports.ids = [210,992];
exports.modules = {

/***/ 8460:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XL: () => (/* binding */ cutToFit),
/* harmony export */   mz: () => (/* binding */ byteSize),
/* harmony export */   zV: () => (/* binding */ fitRows)
/* harmony export */ });
/* unused harmony export truncateToBytes */
/**
 * Size budgets for text reports. Sizes are UTF-8 bytes, never less than the character count, so a budget
 * holds whichever way a service counts.
 */
/** Size as UTF-8 bytes. */
function byteSize(text) {
    return Buffer.byteLength(text, 'utf8');
}
/** Cut `text` to at most `max_bytes` UTF-8 bytes without splitting a character. */
function truncateToBytes(text, max_bytes) {
    if (byteSize(text) <= max_bytes)
        return text;
    let bytes = 0;
    let end = 0;
    for (const char of text) {
        const code = char.codePointAt(0) ?? 0;
        const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
        if (bytes + size > max_bytes)
            break;
        bytes += size;
        end += char.length;
    }
    return text.slice(0, end);
}
/** `text` if it fits, else cut with a closing note that says so (the last resort of every budget). */
function cutToFit(text, max_bytes, hint) {
    if (byteSize(text) <= max_bytes)
        return text;
    const note = `\n\n… report cut to fit ${max_bytes} characters (${hint})\n\n`;
    if (byteSize(note) >= max_bytes)
        return truncateToBytes(note.trim(), max_bytes);
    return truncateToBytes(text, max_bytes - byteSize(note)) + note;
}
/**
 * Rows that fit in `budget_bytes`, given the head lines shown above them and the note shown when rows are
 * left out. Returns the block's lines (head, kept rows, note) and the bytes they take.
 */
function fitRows(head, rows, budget_bytes, note) {
    const joined = (lines) => byteSize(lines.join('\n')) + 2; // + the blank line after
    const all = [...head, ...rows];
    const allBytes = joined(all);
    if (allBytes <= budget_bytes)
        return { lines: all, bytes: allBytes };
    // The note for the worst case (every row hidden) is the longest one; reserve room for it.
    const noteReserve = byteSize(note(rows.length)) + 2;
    let used = byteSize(head.join('\n')) + 2 + noteReserve;
    if (used > budget_bytes) {
        // No room for even one row: the note alone still says what is missing, if it fits.
        const alone = [note(rows.length)];
        return joined(alone) <= budget_bytes ? { lines: alone, bytes: joined(alone) } : { lines: [], bytes: 0 };
    }
    const kept = [];
    for (const row of rows) {
        const size = byteSize(row) + 1;
        if (used + size > budget_bytes)
            break;
        kept.push(row);
        used += size;
    }
    const hidden = note(rows.length - kept.length);
    // A head that ends in a blank line (a heading) takes the note right after it when no row fits.
    const lines = kept.length === 0 && head.at(-1) === '' ? [...head, hidden] : [...head, ...kept, '', hidden];
    return { lines, bytes: joined(lines) };
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

/***/ 2305:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OV: () => (/* binding */ chartLines),
/* harmony export */   t: () => (/* binding */ MERMAID_CHART_THEME)
/* harmony export */ });
/* unused harmony exports MAX_CHART_POINTS, MAX_AXIS_LABELS, mermaidInitDirective, evenTimeGrid, mermaidChart */
/* harmony import */ var _metric_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(766);
/* harmony import */ var _scale_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8495);


/** Points per mermaid line: enough for the shape, small enough for a comment. */
const MAX_CHART_POINTS = 60;
/** The most x-axis labels a chart may show (mermaid's numeric axis draws about ten). */
const MAX_AXIS_LABELS = 20;
/**
 * Colours that read on GitHub's white (#ffffff) and dark (#0d1117) backgrounds alike: text and axes in a
 * neutral grey with a contrast of at least 4:1 on both, lines in saturated mid-tones.
 */
const MERMAID_CHART_THEME = {
    backgroundColor: 'transparent',
    titleColor: '#768390',
    xAxisLabelColor: '#768390',
    xAxisTitleColor: '#768390',
    xAxisTickColor: '#768390',
    xAxisLineColor: '#768390',
    yAxisLabelColor: '#768390',
    yAxisTitleColor: '#768390',
    yAxisTickColor: '#768390',
    yAxisLineColor: '#768390',
    plotColorPalette: '#3b82f6, #f97316, #22c55e, #e5484d, #a855f7',
};
/** The directive line that opens every chart block. */
function mermaidInitDirective() {
    return `%%{init: ${JSON.stringify({ theme: 'base', themeVariables: { xyChart: MERMAID_CHART_THEME } })}}%%`;
}
/** A quoted mermaid string: mermaid has no escape for `"`, so it is replaced. */
function mermaidText(text) {
    return `"${text.replace(/"/g, "'").replace(/[\r\n]+/g, ' ')}"`;
}
/**
 * The samples on an even grid of at most `max_points` times from the first sample to the last: each sample goes
 * to its nearest grid point, which keeps the highest; a grid point no sample reached carries the one before it.
 * Null when fewer than two finite samples span a positive time.
 */
function evenTimeGrid(series, value, max_points = MAX_CHART_POINTS) {
    const finite = series.filter((s) => Number.isFinite(s.elapsed_s) && Number.isFinite(value(s)));
    if (finite.length < 2)
        return null;
    const from_s = Math.min(...finite.map((s) => s.elapsed_s));
    const to_s = Math.max(...finite.map((s) => s.elapsed_s));
    if (!(to_s > from_s))
        return null;
    const n = Math.max(2, Math.min(Math.floor(max_points), finite.length));
    const grid = new Array(n).fill(null);
    for (const s of finite) {
        const i = Math.min(n - 1, Math.max(0, Math.round(((s.elapsed_s - from_s) / (to_s - from_s)) * (n - 1))));
        const v = value(s);
        const held = grid[i];
        grid[i] = held === null || held === undefined ? v : Math.max(held, v);
    }
    const values = [];
    for (const v of grid)
        values.push(v ?? values.at(-1) ?? 0);
    return { from_s, to_s, values };
}
/** One mermaid `xychart-beta` line chart of a sample metric over elapsed time, peaks kept; [] when too short. */
function mermaidChart(series, metric, title, axis) {
    const even = evenTimeGrid(series, (s) => s[metric]);
    if (even === null)
        return [];
    const values = even.values.map((v) => Math.round(v * 10) / 10);
    const scale = (0,_scale_js__WEBPACK_IMPORTED_MODULE_0__/* .niceTicks */ .a)(Math.min(0, ...values), Math.max(...values));
    return [
        '```mermaid',
        mermaidInitDirective(),
        'xychart-beta',
        `  title ${mermaidText(title)}`,
        `  x-axis "elapsed (s)" ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(even.from_s)} --> ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(even.to_s)}`,
        `  y-axis ${mermaidText(axis)} ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(scale.min)} --> ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(scale.max)}`,
        `  line [${values.map((v) => (0,_metric_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(v)).join(', ')}]`,
        '```',
    ];
}
/** RSS and CPU over the run; nothing when fewer than two samples were kept. */
function chartLines(series, heading = '###') {
    const rss = mermaidChart(series, 'rss_mb', 'RSS (MB) over time', 'RSS (MB)');
    const cpu = mermaidChart(series, 'cpu_percent', 'CPU (%) over time', 'CPU (%, 100 = one core)');
    if (rss.length === 0 && cpu.length === 0)
        return [];
    return [`${heading} Charts`, '', ...rss, ...(rss.length > 0 && cpu.length > 0 ? [''] : []), ...cpu];
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

/***/ 1210:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_COMMENT_CHARS: () => (/* binding */ MAX_COMMENT_CHARS),
  MAX_SUMMARY_CHARS: () => (/* binding */ MAX_SUMMARY_CHARS),
  renderMarkdown: () => (/* binding */ renderMarkdown)
});

// EXTERNAL MODULE: ./src/engine/report/budget.ts
var report_budget = __webpack_require__(8460);
// EXTERNAL MODULE: ./src/engine/report/benchmark.ts
var benchmark = __webpack_require__(7922);
// EXTERNAL MODULE: ./src/engine/report/gates.ts
var report_gates = __webpack_require__(9737);
// EXTERNAL MODULE: ./src/engine/metric-format.ts
var metric_format = __webpack_require__(766);
// EXTERNAL MODULE: ./src/engine/verdicts.ts
var verdicts = __webpack_require__(5094);
// EXTERNAL MODULE: ./src/engine/report/numbers.ts
var numbers = __webpack_require__(8627);
// EXTERNAL MODULE: ./src/engine/report/script-outcome.ts
var script_outcome = __webpack_require__(1315);
// EXTERNAL MODULE: ./src/engine/report/status.ts
var report_status = __webpack_require__(255);
// EXTERNAL MODULE: ./src/engine/report/verdict-text.ts
var verdict_text = __webpack_require__(8014);
// EXTERNAL MODULE: ./src/engine/report/markdown-escape.ts
var markdown_escape = __webpack_require__(9010);
;// CONCATENATED MODULE: ./src/engine/report/markdown-parts.ts









/** `## ✅ passed — `name` in 12.3 s` and a line or two of context. */
function headerLines(record, heading = '##') {
    const gates = (0,report_gates/* countGates */.gp)(record.gates);
    const facts = [`script ${(0,markdown_escape/* mdCode */.x)(record.script)} ${(0,script_outcome/* describeScriptOutcome */.r$)(record, markdown_escape/* mdCode */.x)}`];
    if (record.gates.length > 0) {
        facts.push(gates.failed > 0
            ? `${gates.failed} of ${(0,numbers/* plural */.LS)(record.gates.length, 'gate')} failed`
            : `${(0,numbers/* plural */.LS)(record.gates.length, 'gate')} passed`);
    }
    const regressed = (0,verdicts/* regressedMetrics */.k)(record);
    if (regressed.length > 0)
        facts.push(`${(0,numbers/* plural */.LS)(regressed.length, 'metric')} regressed`);
    if (record.alerts.length > 0)
        facts.push(`${(0,numbers/* plural */.LS)(record.alerts.length, 'alert')} fired`);
    if (record.repeats !== undefined)
        facts.push(`median of ${(0,numbers/* plural */.LS)(record.repeats.length, 'measured run')}`);
    // Every field here may come from an imported record: each is a code span (see markdown-escape.ts).
    const where = [
        (0,markdown_escape/* mdCode */.x)(`${record.os}/${record.arch}`),
        `Python ${(0,markdown_escape/* mdCode */.x)(record.python_version)}`,
        (0,markdown_escape/* mdCode */.x)(record.executor),
    ];
    if (record.git_ref !== null || record.git_sha !== null) {
        const ref = [record.git_ref, record.git_sha?.slice(0, 7)].filter((p) => Boolean(p));
        where.push(ref.map(markdown_escape/* mdCode */.x).join(' @ '));
    }
    where.push(`run ${(0,markdown_escape/* mdCode */.x)(record.run_id)}`, `started ${(0,markdown_escape/* mdCode */.x)(record.started_at)}`);
    where.push(`${(0,numbers/* plural */.LS)(record.samples, 'sample')} every ${(0,metric_format/* formatNumber */.ZV)(record.interval_s)} s`);
    return [
        `${heading} ${report_status/* STATUS_EMOJI */.cu[record.status]} ${(0,report_status/* humanize */.I3)(record.status)} — ${(0,markdown_escape/* mdCode */.x)(record.name)} in ${(0,numbers/* formatDuration */.a3)(record.duration_s)}`,
        '',
        `${facts.join(' · ')}  `,
        where.join(' · '),
    ];
}
/** The metrics table: value with unit, baseline (value ± spread), change and verdict. */
function metricsLines(record, heading = '###') {
    const lines = [
        `${heading} Metrics`,
        '',
        '| metric | value | baseline | change | verdict |',
        '|:--|--:|--:|--:|:--|',
    ];
    for (const metric of (0,verdict_text/* shownMetrics */.fE)(record)) {
        const base = record.baseline[metric];
        const verdict = record.verdicts[metric];
        const baseText = base === undefined
            ? '—'
            : `${(0,metric_format/* formatMetricValue */.dd)(metric, base.value)} ± ${(0,metric_format/* formatMetricValue */.dd)(metric, base.spread)} (${(0,numbers/* plural */.LS)(base.runs, 'run')})`;
        lines.push(`| ${(0,markdown_escape/* mdCode */.x)(metric)} | ${(0,metric_format/* formatMetricValue */.dd)(metric, record[metric])} | ${baseText} | ${verdict === undefined ? '—' : (0,numbers/* formatChangePct */.jj)(verdict.change_pct)} | ${(0,verdict_text/* verdictCell */.s8)(metric, verdict)} |`);
    }
    return lines;
}
function gatesHeadLines(heading = '###') {
    return [`${heading} Gates`, '', '| | gate | actual | limit | status |', '|:-:|:--|--:|--:|:--|'];
}
/** One gate as a table row; actual and limit in the unit of the metric the rule compares (`690.4 MB`). */
function gateRow(gate) {
    const metric = (0,report_gates/* gateMetric */.kC)(gate);
    const actual = (0,metric_format/* formatMetricValue */.dd)(metric, gate.actual);
    const limit = (0,metric_format/* formatMetricValue */.dd)(metric, gate.limit);
    return `| ${report_gates/* GATE_EMOJI */.vY[gate.status]} | ${(0,markdown_escape/* mdCode */.x)(gate.expr)} | ${actual} | ${limit} | ${(0,report_status/* humanize */.I3)(gate.status)} |`;
}
function alertsHeadLines(heading = '###') {
    return [`${heading} Alerts`, ''];
}
function alertRow(alert) {
    const value = alert.value === null ? '' : ` (value ${(0,metric_format/* formatNumber */.ZV)(alert.value)})`;
    const channels = alert.channels.length > 0 ? ` → ${alert.channels.map(markdown_escape/* mdCode */.x).join(', ')}` : '';
    return `- 🔔 ${(0,markdown_escape/* mdCode */.x)(alert.rule)} at ${(0,numbers/* formatDuration */.a3)(alert.at_s)}${value}${channels}`;
}

// EXTERNAL MODULE: ./src/engine/report/markdown-chart.ts
var markdown_chart = __webpack_require__(2305);
// EXTERNAL MODULE: ./src/engine/report/profile-format.ts
var profile_format = __webpack_require__(8358);
;// CONCATENATED MODULE: ./src/engine/report/markdown-profile.ts



/** "Functions whose time grew most": only when the run regressed and a baseline profile was compared. */
function profileDiffLines(record, heading = '###') {
    const diff = (0,profile_format/* shownProfileDiff */.u_)(record);
    if (!diff)
        return [];
    const rows = diff.grown.map((g) => {
        const { growth, change } = (0,profile_format/* formatGrowth */.T9)(g);
        return `| ${(0,markdown_escape/* mdCode */.x)((0,profile_format/* shortFunction */.zR)(g.function))} | ${(0,profile_format/* formatSeconds */.Xo)(g.baseline_own_s)} | ${(0,profile_format/* formatSeconds */.Xo)(g.current_own_s)} | ${growth} | ${change} |`;
    });
    return [
        `${heading} ${profile_format/* PROFILE_DIFF_TITLE */.XB}`,
        '',
        `Own time (time in the function's body) against the profile of baseline run ${(0,markdown_escape/* mdCode */.x)(diff.baseline_run_id)}.`,
        '',
        '| function | baseline | this run | growth | change |',
        '|:--|--:|--:|--:|--:|',
        ...rows,
    ];
}
/** The top functions by own time, folded away (`<details>`), with where the files are. */
function profileTopLines(record) {
    const profile = record.profile;
    if (!profile)
        return [];
    if (profile.error !== undefined)
        return [`_No profile for this run:_ ${(0,markdown_escape/* mdCode */.x)(profile.error)}`];
    const rows = profile.top_own
        .slice(0, profile_format/* PROFILE_TOP_ROWS */.oO)
        .map((e) => `| ${(0,markdown_escape/* mdCode */.x)((0,profile_format/* shortFunction */.zR)(e.function))} | ${(0,profile_format/* formatSeconds */.Xo)(e.own_s)} | ${(0,profile_format/* formatSeconds */.Xo)(e.cumulative_s)} | ${(0,metric_format/* formatNumber */.ZV)(e.calls)} |`);
    return [
        '<details>',
        `<summary>${profile_format/* PROFILE_TOP_TITLE */.T0} (cProfile, top ${rows.length} functions by own time of ${(0,profile_format/* formatSeconds */.Xo)(profile.total_s)})</summary>`,
        '',
        '| function | own time | cumulative | calls |',
        '|:--|--:|--:|--:|',
        ...rows,
        '',
        `Files: ${(0,markdown_escape/* mdCode */.x)(profile.pstats_path)} (pstats), ${(0,markdown_escape/* mdCode */.x)(profile.speedscope_path)} (speedscope).${profile.overhead_note ? ` Note: ${(0,markdown_escape/* mdCode */.x)(profile.overhead_note)}.` : ''}`,
        '',
        '</details>',
    ];
}

// EXTERNAL MODULE: ./src/engine/report/instructions-format.ts
var instructions_format = __webpack_require__(1490);
;// CONCATENATED MODULE: ./src/engine/report/markdown.ts







/** GitHub refuses issue and pull-request comments longer than this. */
const MAX_COMMENT_CHARS = 65536;
/** GitHub's limit for one step's job summary (1 MiB). */
const MAX_SUMMARY_CHARS = 1048576;
const DEFAULT_HINT = 'full report in the job summary';
/**
 * Blocks joined by blank lines, ending with a blank line: whatever is appended to the file next (`cat report.md >>
 * "$GITHUB_STEP_SUMMARY"`) starts a new block instead of becoming a row of the last table.
 */
function assemble(blocks) {
    return `${blocks
        .filter((b) => b.length > 0)
        .map((b) => b.join('\n'))
        .join('\n\n')}\n\n`;
}
function renderMarkdown(record, options = {}) {
    const max_bytes = Math.max(0, Math.floor(options.maxChars ?? MAX_SUMMARY_CHARS));
    const hint = options.fullReportHint ?? DEFAULT_HINT;
    const header = headerLines(record);
    // Benchmark mode: the repeats' statistics belong with the metrics (their medians are the run's metrics).
    const metrics = [...metricsLines(record), ...benchmarkLines(record)];
    // Where the instructions went, and that the other figures are a slowed run's: kept with the metrics.
    const counted = (0,instructions_format/* instructionsLines */.Bt)(record);
    if (counted.length > 0)
        metrics.push('', ...counted);
    const gateRows = (0,report_gates/* gatesFailingFirst */.T$)(record.gates).map(gateRow);
    const gates = gateRows.length > 0 ? [...gatesHeadLines(), ...gateRows] : [];
    const alertRows = record.alerts.map(alertRow);
    const alerts = alertRows.length > 0 ? [...alertsHeadLines(), ...alertRows] : [];
    // The profile diff says where a regression came from: it stays as long as the metrics do.
    const grown = profileDiffLines(record);
    const profileTop = profileTopLines(record);
    const full = assemble([header, metrics, grown, gates, alerts, profileTop, (0,markdown_chart/* chartLines */.OV)(record.series)]);
    if ((0,report_budget/* byteSize */.mz)(full) <= max_bytes)
        return full;
    const left = [record.series.length >= 2 ? 'charts' : '', profileTop.length > 0 ? 'the profile' : '']
        .filter(Boolean)
        .join(' and ');
    const chartsNote = left
        ? [`_${left[0].toUpperCase()}${left.slice(1)} left out to fit the size limit._`]
        : [];
    const withoutCharts = assemble([header, metrics, grown, gates, alerts, chartsNote]);
    if ((0,report_budget/* byteSize */.mz)(withoutCharts) <= max_bytes)
        return withoutCharts;
    let budget = max_bytes - (0,report_budget/* byteSize */.mz)(assemble([header, metrics, grown, chartsNote]));
    const alertsNote = (n) => `… ${n} more alerts not shown (${hint})`;
    // Gates come first, but leave room for at least the note that alerts were left out.
    const alertsReserve = alertRows.length > 0 ? (0,report_budget/* byteSize */.mz)(alertsNote(alertRows.length)) + 2 : 0;
    let gateBlock = [];
    if (gateRows.length > 0) {
        const gateNote = (n) => `… ${n} more gates not shown (${hint})`;
        const fitted = (0,report_budget/* fitRows */.zV)(gatesHeadLines(), gateRows, budget - alertsReserve, gateNote);
        gateBlock = fitted.lines;
        budget -= fitted.bytes;
    }
    let alertBlock = [];
    if (alertRows.length > 0)
        alertBlock = (0,report_budget/* fitRows */.zV)(alertsHeadLines(), alertRows, budget, alertsNote).lines;
    // Even the header and metrics may not fit a tiny budget: then the text is cut.
    return (0,report_budget/* cutToFit */.XL)(assemble([header, metrics, grown, gateBlock, alertBlock, chartsNote]), max_bytes, hint);
}
/** `--repeat N`: the measured runs' statistics (./benchmark.ts's benchmarkSummary) as a table, then the warnings. */
function benchmarkLines(record) {
    const summary = (0,benchmark/* benchmarkSummary */.c)(record);
    if (summary === null)
        return [];
    return [
        '',
        "**Benchmark** (the measured runs; the run's metrics are their medians)",
        '',
        '| metric | runs | mean ± σ | median | range |',
        '|:--|--:|--:|--:|--:|',
        ...summary.rows.map((r) => `| \`${r.metric}\` | ${r.runs} | ${r.mean_sd} | ${r.median} | ${r.range} |`),
        ...(summary.warnings.length > 0 ? ['', ...summary.warnings.map((w) => `> ⚠️ ${w}`)] : []),
    ];
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