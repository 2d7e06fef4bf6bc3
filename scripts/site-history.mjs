// Synthetic run records for `pyrun site` (its bench and its browser test): `series` series of `runsPerSeries` runs
// each, a day apart per series, on main and on a feature branch, on two Python versions, with a slow drift, noise,
// a regression every 97th run of main and a failed gate every 131st. Deterministic (a small LCG, no Math.random).
// Each record has what `pyrun history import` checks: the fields of a real record, no samples.
export function syntheticRecords({ series = 20, runsPerSeries = 500, start = Date.UTC(2026, 0, 1) } = {}) {
  let seed = 12345;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const records = [];
  for (let s = 0; s < series; s++) {
    const name = s === 0 ? 'etl <nightly>' : `job-${String(s).padStart(2, '0')}`;
    for (let i = 0; i < runsPerSeries; i++) {
      const main = i % 5 !== 4;
      const regressed = main && i > 10 && i % 97 === 0;
      const gateFailed = i > 10 && i % 131 === 0;
      const drift = 1 + i / (runsPerSeries * 4);
      const duration = (10 + s) * drift * (1 + (rand() - 0.5) * 0.06) * (regressed ? 1.4 : 1);
      const cpu = duration * 0.9;
      const rss = 200 + s * 10 + rand() * 8 + (regressed ? 60 : 0);
      const base = {
        duration_s: (10 + s) * drift,
        cpu_time_s: (10 + s) * drift * 0.9,
        peak_rss_mb: 204 + s * 10,
      };
      // What the judge keeps: the change, and the limit above which it would have called the run regressed (the
      // larger of the relative threshold and k(n) spreads: 10% for time, 7% for memory with these spreads).
      const limitPct = { duration_s: 10, cpu_time_s: 10, peak_rss_mb: 7 };
      const verdict = (m, v) => {
        if (i < 5)
          return { verdict: 'insufficient_history', change_pct: null, statistic: 'log median±k·spread' };
        const change = ((v - base[m]) / base[m]) * 100;
        const pct = limitPct[m];
        const kind = change > pct ? 'regressed' : change < -pct ? 'improved' : 'unchanged';
        return {
          verdict: kind,
          change_pct: Math.round(change * 100) / 100,
          statistic: 'log median±3.5·spread',
          limit: base[m] * (1 + pct / 100),
          ...(kind === 'unchanged' ? { detectable_pct: pct } : {}),
        };
      };
      const status = gateFailed ? 'gate_failed' : regressed ? 'regressed' : 'passed';
      const sha = (s * 100003 + i * 7919).toString(16).padStart(12, '0').repeat(4).slice(0, 40);
      records.push({
        name,
        run_id: `${s}-${i}-1`,
        started_at: new Date(start + i * 86_400_000 + s * 60_000).toISOString(),
        status,
        exit_code: 0,
        signal: null,
        duration_s: duration,
        cpu_time_s: cpu,
        cpu_percent_avg: 90,
        cpu_percent_max: 100,
        peak_rss_mb: rss,
        peak_rss_bytes: Math.round(rss * 1048576),
        max_threads: 4,
        max_processes: 1,
        read_mb: 1,
        read_bytes: 1048576,
        write_mb: 0,
        write_bytes: 0,
        cpu_user_s: cpu * 0.95,
        cpu_system_s: cpu * 0.05,
        minor_faults: 1000,
        major_faults: 0,
        voluntary_ctx_switches: 10,
        involuntary_ctx_switches: 5,
        samples: 20,
        series: [],
        interval_s: 0.5,
        gates: [
          {
            expr: 'peak_rss_mb < 2GB',
            passed: true,
            status: 'passed',
            actual: rss,
            limit: 2048,
          },
          {
            expr: 'duration_s <= 1.5 * baseline',
            passed: !gateFailed,
            status: gateFailed ? 'failed' : 'passed',
            actual: duration,
            limit: base.duration_s * 1.5,
          },
        ],
        alerts: [],
        baseline:
          i < 5
            ? {}
            : Object.fromEntries(
                Object.entries(base).map(([m, v]) => [m, { value: v, spread: v * 0.02, runs: 20 }]),
              ),
        verdicts: {
          duration_s: verdict('duration_s', duration),
          cpu_time_s: verdict('cpu_time_s', cpu),
          peak_rss_mb: verdict('peak_rss_mb', rss),
        },
        attempts: [{ attempt: 1, exit_code: 0, signal: null, duration_s: duration, timed_out: false }],
        os: 'linux',
        arch: 'x64',
        python_version: i % 3 === 0 ? '3.12.1' : '3.11.9',
        executor: 'local',
        host: null,
        git_ref: main ? 'main' : "feature/it's&faster",
        git_sha: sha,
        is_pull_request: !main,
        script: `jobs/${name}.py`,
        pyrun_version: '0.1.0',
      });
    }
  }
  return records;
}
