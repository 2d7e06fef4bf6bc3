"use strict";
exports.id = 348;
exports.ids = [348];
exports.modules = {

/***/ 1348:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  exportRun: () => (/* binding */ exportRun)
});

// UNUSED EXPORTS: DEFAULT_EXPORT_TIMEOUT_MS, DEFAULT_JOB, EXPORT_KINDS, describeTarget, groupingSegment, otlpJson, otlpMetricsUrl, otlpRequest, parseExportTarget, parseExportTargets, prometheusText, pushMethod, pushgatewayUrl, redactUrl, sanitizeSeries, statsdDatagrams, statsdLines, targetSecrets

// EXTERNAL MODULE: ./src/engine/alerts/http.ts
var http = __webpack_require__(3066);
// EXTERNAL MODULE: ./src/engine/report/export/target.ts
var export_target = __webpack_require__(2315);
;// CONCATENATED MODULE: ./src/engine/report/export/http.ts
/**
 * One HTTP request of an exporter: built-in fetch, one attempt, a timeout, no redirects. Credentials in the URL
 * (`https://user:pass@host/`) become a Basic Authorization header, since fetch refuses URLs that carry them.
 * Never rejects: the outcome is a value whose reason holds no URL and no credential.
 */


const EXPORT_USER_AGENT = 'pyrun';
/** How much of an error answer's body a warning quotes (a Pushgateway explains a refused push there). */
const MAX_QUOTED_BODY_CHARS = 200;
/** The URL without its credentials, and the Authorization header they make (if any). */
function splitCredentials(raw) {
    const url = new URL(raw);
    if (url.username === '' && url.password === '')
        return { url: url.href, authorization: null };
    const user = (0,export_target/* safeDecode */.ex)(url.username);
    const password = (0,export_target/* safeDecode */.ex)(url.password);
    url.username = '';
    url.password = '';
    const token = Buffer.from(`${user}:${password}`, 'utf8').toString('base64');
    return { url: url.href, authorization: `Basic ${token}` };
}
function oneLine(text) {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length > MAX_QUOTED_BODY_CHARS ? `${flat.slice(0, MAX_QUOTED_BODY_CHARS)}…` : flat;
}
async function sendHttp(request, fetchImpl, timeout_ms) {
    const { url, authorization } = splitCredentials(request.url);
    const timeout = AbortSignal.timeout(timeout_ms);
    const headers = {
        'content-type': request.contentType,
        'user-agent': EXPORT_USER_AGENT,
    };
    if (authorization !== null)
        headers.authorization = authorization;
    try {
        const response = await fetchImpl(url, {
            method: request.method,
            headers,
            body: request.body,
            redirect: 'manual',
            signal: timeout,
        });
        const body = await response.text();
        if (response.status >= 200 && response.status < 300)
            return { ok: true, status: response.status, body };
        // node:http only for its table of reason phrases, and only on a failure: a run never loads it otherwise.
        const phrase = response.statusText || (await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7067, 23))).STATUS_CODES[response.status];
        const status = `HTTP ${response.status}${phrase ? ` ${phrase}` : ''}`;
        if (response.status >= 300 && response.status < 400) {
            return { ok: false, reason: `${status} (redirects are not followed)` };
        }
        const quoted = oneLine(body);
        return { ok: false, reason: quoted === '' ? status : `${status}: ${quoted}` };
    }
    catch (error) {
        if (timeout.aborted)
            return { ok: false, reason: `no answer within ${timeout_ms} ms` };
        return { ok: false, reason: (0,http/* networkReason */.d8)(error) };
    }
}

// EXTERNAL MODULE: ./src/engine/metrics.ts
var metrics = __webpack_require__(8703);
;// CONCATENATED MODULE: ./src/engine/report/export/values.ts
/**
 * What every exporter sends: the run metrics of a record, each with its base unit, plus when the run ended.
 * Sizes go out in bytes (exact, from the record's `*_bytes`), times in seconds.
 */


const RUN_STATUSES = ['passed', 'failed', 'timeout', 'gate_failed', 'regressed'];
/** Every run metric with an export name in the metric table, in table order; sizes as their exact bytes. */
function exportedValues(record) {
    return metrics/* RUN_ROWS */.kg.flatMap((row) => {
        if (!('export' in row))
            return [];
        const { key, unit } = row.export;
        const field = unit === 'bytes' && 'bytes_field' in row ? row.bytes_field : row.name;
        return [
            {
                key,
                metric: row.name,
                unit,
                integer: unit === 'bytes' || unit === 'count',
                help: row.help,
                value: record[field] ?? null,
            },
        ];
    });
}
/** 1 when the metric regressed against the baseline, else 0 (no verdict counts as 0). Every comparable metric. */
function regressions(record) {
    return metrics/* COMPARABLE_METRICS */.fm.map((metric) => ({
        metric,
        regressed: record.verdicts[metric]?.verdict === 'regressed' ? 1 : 0,
    }));
}
/** When the script ended, in milliseconds since the epoch (start + duration). */
function endedAtMs(record) {
    const start = Date.parse(record.started_at);
    if (Number.isNaN(start))
        throw new Error(`run record has a bad started_at: '${record.started_at}'`);
    return start + record.duration_s * 1000;
}
/** The same instant in nanoseconds since the epoch, exact as a decimal string (OTLP's fixed64). */
function endedAtUnixNano(record) {
    const start = Date.parse(record.started_at);
    if (Number.isNaN(start))
        throw new Error(`run record has a bad started_at: '${record.started_at}'`);
    return (BigInt(start) * 1000000n + BigInt(Math.round(record.duration_s * 1e9))).toString();
}

;// CONCATENATED MODULE: ./src/engine/report/export/otlp.ts

/** UCUM units, as OpenTelemetry's conventions write them. */
const UCUM = { seconds: 's', bytes: 'By', percent: '%', count: '1' };
const str = (key, value) => ({ key, value: { stringValue: value } });
/** The attributes of every data point; `git_ref` only when the run knows it. */
function pointAttributes(record) {
    const attributes = [
        str('series', record.name),
        str('status', record.status),
        str('os', record.os),
        str('arch', record.arch),
        str('python_version', record.python_version),
    ];
    if (record.git_ref !== null)
        attributes.push(str('git_ref', record.git_ref));
    return attributes;
}
/** The request body as an object (`JSON.stringify` it to send). */
function otlpRequest(record) {
    const timeUnixNano = endedAtUnixNano(record);
    const attributes = pointAttributes(record);
    const metrics = [];
    for (const v of exportedValues(record)) {
        if (v.value === null || !Number.isFinite(v.value))
            continue; // OTLP has no "no value": leave the point out
        const point = { attributes, timeUnixNano };
        if (v.integer && Number.isInteger(v.value))
            point.asInt = String(v.value);
        else
            point.asDouble = v.value;
        metrics.push({
            name: `pyrun.${v.key}`,
            description: v.help,
            unit: UCUM[v.unit],
            gauge: { dataPoints: [point] },
        });
    }
    metrics.push({
        name: 'pyrun.passed',
        description: 'Whether the run passed (1) or not (0); the status attribute says how it ended.',
        unit: '1',
        gauge: { dataPoints: [{ attributes, timeUnixNano, asInt: record.status === 'passed' ? '1' : '0' }] },
    });
    metrics.push({
        name: 'pyrun.regressed',
        description: 'Whether the metric regressed against the baseline (1) or not (0; also without history).',
        unit: '1',
        gauge: {
            dataPoints: regressions(record).map((r) => ({
                attributes: [...attributes, str('metric', r.metric)],
                timeUnixNano,
                asInt: String(r.regressed),
            })),
        },
    });
    return {
        resourceMetrics: [
            {
                resource: {
                    attributes: [str('service.name', 'pyrun'), str('service.version', record.pyrun_version)],
                },
                scopeMetrics: [{ scope: { name: 'pyrun', version: record.pyrun_version }, metrics }],
            },
        ],
    };
}
/** The OTLP/HTTP JSON body of the run. */
function otlpJson(record) {
    return JSON.stringify(otlpRequest(record));
}
/** `<base>/v1/metrics`, unless the URL already names that path (as OTEL_EXPORTER_OTLP_METRICS_ENDPOINT does). */
function otlpMetricsUrl(base) {
    const url = new URL(base);
    if (/\/v1\/metrics\/?$/.test(url.pathname))
        return url.href;
    url.pathname = `${url.pathname.replace(/\/+$/, '')}/v1/metrics`;
    return url.href;
}

;// CONCATENATED MODULE: ./src/engine/report/export/prometheus.ts

const PROMETHEUS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';
const DEFAULT_JOB = 'pyrun';
/** A sample value as Prometheus parses it. */
function promNumber(value) {
    if (Number.isNaN(value))
        return 'NaN';
    if (value === Infinity)
        return '+Inf';
    if (value === -Infinity)
        return '-Inf';
    return String(value);
}
/** A label value inside double quotes: backslash, quote and newline escaped. */
function escapeLabelValue(value) {
    return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}
/** HELP text: backslash and newline escaped. */
function escapeHelp(text) {
    return text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
}
function renderFamily(family) {
    const lines = [`# HELP ${family.name} ${escapeHelp(family.help)}`, `# TYPE ${family.name} gauge`];
    for (const sample of family.samples) {
        const labels = Object.entries(sample.labels ?? {});
        const labelText = labels.length === 0 ? '' : `{${labels.map(([k, v]) => `${k}="${escapeLabelValue(v)}"`).join(',')}}`;
        lines.push(`${family.name}${labelText} ${promNumber(sample.value)}`);
    }
    return lines;
}
/**
 * The run in text exposition format 0.0.4: one gauge family per metric, each with HELP and TYPE. The grouping
 * labels (job, series) are not in the text: the Pushgateway adds them from the URL.
 * `pyrun_last_success_timestamp_seconds` (when the script ended) is present only for a passed run.
 */
function prometheusText(record) {
    const families = exportedValues(record).map((v) => ({
        name: `pyrun_${v.key}`,
        help: v.help,
        samples: [{ value: v.value ?? NaN }],
    }));
    families.push({
        name: 'pyrun_run_status',
        help: 'The status of the run: 1 for the status it ended with, 0 for the others.',
        samples: RUN_STATUSES.map((status) => ({ labels: { status }, value: status === record.status ? 1 : 0 })),
    });
    families.push({
        name: 'pyrun_regressed',
        help: 'Whether the metric regressed against the baseline (1) or not (0; also without history).',
        samples: regressions(record).map((r) => ({ labels: { metric: r.metric }, value: r.regressed })),
    });
    families.push({
        name: 'pyrun_run_info',
        help: 'Where the run happened; always 1.',
        samples: [
            {
                labels: {
                    os: record.os,
                    arch: record.arch,
                    python_version: record.python_version,
                    executor: record.executor,
                    git_ref: record.git_ref ?? '',
                    pyrun_version: record.pyrun_version,
                },
                value: 1,
            },
        ],
    });
    if (record.status === 'passed') {
        families.push({
            name: 'pyrun_last_success_timestamp_seconds',
            help: 'When the last passed run of the series ended, in seconds since the epoch.',
            samples: [{ value: endedAtMs(record) / 1000 }],
        });
    }
    return families.flatMap(renderFamily).join('\n') + '\n';
}
/**
 * One grouping label in a Pushgateway path: `name/value` URL-encoded, or `name@base64/…` (base64url) when the
 * value holds a `/`, is empty, or is `.`/`..` (which URL normalisation would swallow).
 */
function groupingSegment(name, value) {
    if (value === '' || value.includes('/') || value === '.' || value === '..') {
        const encoded = Buffer.from(value, 'utf8').toString('base64url');
        return `${name}@base64/${encoded === '' ? '=' : encoded}`;
    }
    return `${name}/${encodeURIComponent(value)}`;
}
/** `<base>/metrics/job/<job>/series/<series>`, keeping any path prefix and query of the base URL. */
function pushgatewayUrl(base, job, series) {
    const url = new URL(base);
    const prefix = url.pathname.replace(/\/+$/, '');
    url.pathname = `${prefix}/metrics/${groupingSegment('job', job)}/${groupingSegment('series', series)}`;
    return url.href;
}
/** PUT for a passed run (replace the group), POST otherwise (keep the last success timestamp). */
function pushMethod(record) {
    return record.status === 'passed' ? 'PUT' : 'POST';
}

;// CONCATENATED MODULE: ./src/engine/report/export/statsd.ts


const STATSD_MAX_DATAGRAM_BYTES = 512;
const MAX_SERIES_CHARS = 200;
/** The series as one or more StatsD name segments: only [A-Za-z0-9_.-], no empty segment. */
function sanitizeSeries(series) {
    const cleaned = series
        .replace(/[^A-Za-z0-9_.-]/g, '_')
        .replace(/\.{2,}/g, '.')
        .replace(/^\.+|\.+$/g, '')
        .slice(0, MAX_SERIES_CHARS)
        .replace(/\.+$/, '');
    return cleaned === '' ? '_' : cleaned;
}
/** A gauge value in plain decimal notation (StatsD daemons do not all read `1e-7`), at most 6 decimals. */
function statsdNumber(value) {
    if (Number.isInteger(value) && Math.abs(value) < 1e21)
        return String(value);
    const fixed = value.toFixed(6).replace(/0+$/, '').replace(/\.$/, '');
    return fixed === '-0' ? '0' : fixed;
}
/**
 * One entry per metric. A gauge line whose value starts with `-` means "decrease" to StatsD, so a negative value
 * is two lines in one entry (set 0, then subtract): they must travel in the same datagram.
 */
function statsdLines(record) {
    const prefix = `pyrun.${sanitizeSeries(record.name)}`;
    const entries = [];
    const gauge = (name, value) => {
        if (value === null || !Number.isFinite(value))
            return;
        const text = statsdNumber(value);
        const line = `${prefix}.${name}:${text}|g`;
        entries.push(text.startsWith('-') ? `${prefix}.${name}:0|g\n${line}` : line);
    };
    for (const metric of metrics/* RUN_METRICS */.Ks)
        gauge(metric, record[metric]);
    gauge('passed', record.status === 'passed' ? 1 : 0);
    gauge('regressed', regressions(record).reduce((sum, r) => sum + r.regressed, 0));
    return entries;
}
/** Entries joined by newlines into datagrams of at most `max_bytes` (an entry longer than that goes alone). */
function statsdDatagrams(entries, max_bytes = STATSD_MAX_DATAGRAM_BYTES) {
    const datagrams = [];
    let current = '';
    for (const entry of entries) {
        const joined = current === '' ? entry : `${current}\n${entry}`;
        if (Buffer.byteLength(joined) <= max_bytes || current === '')
            current = joined;
        else {
            datagrams.push(current);
            current = entry;
        }
    }
    if (current !== '')
        datagrams.push(current);
    return datagrams;
}
/** Sends the datagrams to host:port; rejects on a lookup or send error, or when `signal` aborts. */
async function sendStatsd(host, port, datagrams, signal) {
    // dns and dgram are loaded by the first StatsD export, not by every run.
    const [{ lookup }, { default: dgram }] = await Promise.all([
        Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1553, 23)),
        Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1314, 23)),
    ]);
    const { address, family } = await lookup(host);
    signal.throwIfAborted();
    const socket = dgram.createSocket(family === 6 ? 'udp6' : 'udp4');
    let onAbort = () => undefined;
    try {
        await new Promise((resolve, reject) => {
            onAbort = () => reject(signal.reason);
            signal.addEventListener('abort', onAbort, { once: true });
            socket.once('error', reject);
            let left = datagrams.length;
            if (left === 0)
                resolve();
            for (const datagram of datagrams) {
                socket.send(Buffer.from(datagram, 'utf8'), port, address, (error) => {
                    if (error)
                        reject(error);
                    else if (--left === 0)
                        resolve();
                });
            }
        });
    }
    finally {
        signal.removeEventListener('abort', onAbort);
        try {
            socket.close();
        }
        catch {
            /* already closed after an error */
        }
    }
}

// EXTERNAL MODULE: ./src/engine/alerts/mask.ts
var mask = __webpack_require__(1150);
;// CONCATENATED MODULE: ./src/engine/report/export/index.ts







const DEFAULT_EXPORT_TIMEOUT_MS = 5000;
/** Sends the run to one target; resolves with why it failed, or null. */
async function exportOne(record, target, deps) {
    switch (target.kind) {
        case 'prometheus': {
            const outcome = await sendHttp({
                url: pushgatewayUrl(target.url, deps.job, record.name),
                method: pushMethod(record),
                contentType: PROMETHEUS_CONTENT_TYPE,
                body: prometheusText(record),
            }, deps.fetch, deps.timeout_ms);
            return outcome.ok ? null : outcome.reason;
        }
        case 'otlp': {
            const outcome = await sendHttp({
                url: otlpMetricsUrl(target.url),
                method: 'POST',
                contentType: 'application/json',
                body: otlpJson(record),
            }, deps.fetch, deps.timeout_ms);
            if (!outcome.ok)
                return outcome.reason;
            return partialRejection(outcome.body);
        }
        case 'statsd': {
            const timeout = AbortSignal.timeout(deps.timeout_ms);
            try {
                // The host name lookup cannot be aborted: race it, so a hanging resolver still ends at the timeout.
                await Promise.race([
                    sendStatsd(target.host, target.port, statsdDatagrams(statsdLines(record)), timeout),
                    new Promise((_, reject) => timeout.addEventListener('abort', () => reject(timeout.reason), { once: true })),
                ]);
                return null;
            }
            catch (error) {
                if (timeout.aborted)
                    return `not sent within ${deps.timeout_ms} ms`;
                return (0,http/* networkReason */.d8)(error);
            }
        }
    }
}
/** An OTLP receiver may accept a request yet reject points: it says so in `partialSuccess`. */
function partialRejection(body) {
    try {
        const answer = JSON.parse(body);
        const rejected = Number(answer.partialSuccess?.rejectedDataPoints ?? 0);
        if (rejected > 0) {
            const why = typeof answer.partialSuccess?.errorMessage === 'string'
                ? `: ${answer.partialSuccess.errorMessage}`
                : '';
            return `the receiver rejected ${rejected} data point(s)${why}`;
        }
    }
    catch {
        /* an empty or non-JSON success answer is a success */
    }
    return null;
}
/** Exports the run to every target at once; one warning per failed target; never rejects. */
async function exportRun(record, targets, deps) {
    const settings = {
        fetch: deps.fetch ?? globalThis.fetch,
        timeout_ms: deps.timeout_ms ?? DEFAULT_EXPORT_TIMEOUT_MS,
        job: deps.job ?? DEFAULT_JOB,
    };
    await Promise.all(targets.map(async (target) => {
        let reason;
        try {
            reason = await exportOne(record, target, settings);
        }
        catch (error) {
            reason = error instanceof Error ? error.message : String(error);
        }
        if (reason !== null) {
            const masked = (0,mask/* maskSecrets */.QU)(reason, (0,export_target/* targetSecrets */.$h)(target));
            deps.warn(`export to ${(0,export_target/* describeTarget */.ff)(target)} failed: ${masked}; the run's result is unaffected`);
        }
    }));
}






/***/ })

};
;