/**
 * The action's `export` input on the built bundle: one target a line, sent after the run; a dead target is a
 * warning and the step still succeeds; a bad target fails the step before the script runs, with exit-code 125.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runAction, type ActionEvent } from '../../helpers/action.js';
import { FIXTURES } from '../../helpers/pyrun.js';
import type { HttpReceiver } from '../../helpers/servers/http-receiver.js';
import { otlpProblems, startOtlpReceiver } from '../../helpers/servers/otlp-receiver.js';
import { StatsdReceiver } from '../../helpers/servers/statsd-receiver.js';
import { closedPort } from '../../helpers/servers/tcp.js';

const push: ActionEvent = { name: 'push', ref: 'refs/heads/main', ref_name: 'main', run_id: 4242 };
const base = {
  script: 'args.py',
  'working-directory': FIXTURES,
  name: 'action-export',
  history: 'none',
  comment: 'never',
};

describe('action input export', () => {
  let otlp: HttpReceiver;
  let statsd: StatsdReceiver;

  beforeAll(async () => {
    otlp = await startOtlpReceiver();
    statsd = await StatsdReceiver.start();
  });
  afterAll(async () => {
    await otlp?.close();
    await statsd?.close();
  });

  it('sends to every target of the list; a dead one is a warning and the step passes', async () => {
    const dead = await closedPort();
    const run = await runAction(
      {
        ...base,
        export: [
          `otlp=${otlp.url('/')}`,
          '',
          `statsd=127.0.0.1:${statsd.port}`,
          `prometheus=http://bot:hunter22-secret@127.0.0.1:${dead}`,
        ].join('\n'),
      },
      push,
    );
    expect(run.code).toBe(0);
    expect(run.outputs['exit-code']).toBe('0');
    const [request] = await otlp.waitForRequests(1);
    expect(otlpProblems(request!.text)).toEqual([]);
    expect(request!.text).toContain('"key":"git_ref","value":{"stringValue":"main"}');
    await statsd.waitForDatagrams(1);
    expect(statsd.lines).toContain('pyrun.action-export.passed:1|g');
    const warnings = run.stdout.split('\n').filter((l) => l.startsWith('::warning'));
    expect(warnings).toEqual([
      `::warning title=pyrun::export to prometheus (127.0.0.1:${dead}) failed: connection refused (ECONNREFUSED); the run's result is unaffected`,
    ]);
    // The password is registered with the runner for masking, and never printed otherwise.
    expect(run.stdout).toContain('::add-mask::hunter22-secret\n');
    const printed = (run.stdout + run.stderr).split('\n').filter((l) => !l.startsWith('::add-mask::'));
    expect(printed.join('\n')).not.toContain('hunter22');
  });

  it('a bad target fails the step before the script runs', async () => {
    const run = await runAction({ ...base, export: 'statsd=nohostport' }, push);
    expect(run.code).toBe(1);
    expect(run.outputs['exit-code']).toBe('125');
    expect(run.stdout).toContain("bad input 'export' 'statsd=nohostport': statsd needs HOST:PORT");
    expect(run.stdout).not.toContain('["');
  });
});
