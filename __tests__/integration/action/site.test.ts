/**
 * The action's `site-dir` end to end, with the Pages workflow of docs/site.md: the workflow is read from the
 * documentation, its pyrun step's inputs drive the built action against the loopback stand-ins of the cache
 * service and the GitHub API, and the folder its upload-pages-artifact step publishes must then hold the site of
 * the merged history. The workflow's conditions must keep pull requests (a fork's among them) from deploying.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { runAction, type ActionEvent } from '../../helpers/action.js';
import { fixture, ROOT, tempDir } from '../../helpers/pyrun.js';
import { startCacheService, type CacheServiceStandIn } from '../../helpers/servers/cache-service.js';
import { startGitHubApi, type GitHubApiStandIn } from '../../helpers/servers/github-api.js';

interface Step {
  id?: string;
  if?: string;
  uses?: string;
  with?: Record<string, string>;
}
interface Job {
  needs?: string;
  if?: string;
  permissions?: Record<string, string>;
  environment?: { name: string };
  steps: Step[];
}

/** The documented workflow: the YAML block of docs/site.md that deploys to Pages. */
function documentedWorkflow(): { on: Record<string, unknown>; jobs: Record<string, Job> } {
  const doc = readFileSync(path.join(ROOT, 'docs/site.md'), 'utf8');
  const blocks = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] as string);
  const block = blocks.find((b) => b.includes('actions/deploy-pages'));
  if (!block) throw new Error('docs/site.md has no workflow using actions/deploy-pages');
  return parse(block);
}

/** The site's data script as a value (`window.PYRUN_SITE = {...};`). */
function siteData(file: string): Record<string, unknown> {
  const text = readFileSync(file, 'utf8');
  return JSON.parse(text.replace(/^window\.PYRUN_SITE = /, '').replace(/;\n$/, ''));
}

let cache: CacheServiceStandIn;
let github: GitHubApiStandIn;
let runId = 5000;
const push = (): ActionEvent => ({ name: 'push', ref: 'refs/heads/main', ref_name: 'main', run_id: ++runId });

beforeAll(async () => {
  cache = await startCacheService();
  github = await startGitHubApi();
});
afterAll(async () => {
  await cache.close();
  await github.close();
});

describe('the documented GitHub Pages workflow', () => {
  const workflow = documentedWorkflow();
  const pyrunJob = Object.values(workflow.jobs).find((j) => j.steps.some((s) => s.uses?.includes('pyrun')));
  const pyrunStep = pyrunJob?.steps.find((s) => s.uses?.includes('pyrun'));
  const upload = pyrunJob?.steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'));
  const deployName = Object.keys(workflow.jobs).find((k) =>
    workflow.jobs[k]!.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@')),
  );
  const deploy = deployName ? workflow.jobs[deployName] : undefined;

  it('publishes only pushes to the default branch, never a pull request', () => {
    expect(pyrunStep?.with?.['site-dir']).toBeTruthy();
    expect(upload?.with?.path).toBe(pyrunStep?.with?.['site-dir']);
    for (const condition of [upload?.if, deploy?.if]) {
      expect(condition).toContain("github.event_name == 'push'");
      expect(condition).toContain('github.event.repository.default_branch');
    }
    expect(deploy?.needs).toBe(Object.keys(workflow.jobs).find((k) => workflow.jobs[k] === pyrunJob));
    expect(deploy?.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(deploy?.environment?.name).toBe('github-pages');
    // The job that runs pull requests' code never holds the Pages permissions.
    expect(pyrunJob?.permissions?.pages).toBeUndefined();
  });

  it('its pyrun step writes the site of the merged history where the upload step takes it from', async () => {
    const workspace = tempDir('pyrun-site-action-');
    const inputs = {
      ...(pyrunStep?.with ?? {}),
      // The documented script is the reader's; this one burns a little CPU and exits 0.
      script: fixture('burn.py'),
      args: '0.05',
      interval: '0.1',
      'working-directory': workspace,
    };
    for (let i = 0; i < 3; i++) {
      const r = await runAction(inputs, push(), { ...cache.env, ...github.env }, github.token);
      expect([r.code, r.stderr]).toEqual([0, '']);
      expect(r.stdout).toMatch(/site of 1 series \(\d+ runs\) written to/);
    }
    const site = path.join(workspace, upload!.with!.path!);
    expect(existsSync(path.join(site, 'index.html'))).toBe(true);
    expect(existsSync(path.join(site, 'assets/uPlot.iife.min.js'))).toBe(true);
    const index = siteData(path.join(site, 'data/index.js')).index as {
      repo_url: string;
      baseline_ref: string;
      series: { name: string; slug: string; runs: number }[];
    };
    expect(index.repo_url).toBe('https://github.com/octo/etl');
    expect(index.baseline_ref).toBe('main');
    // Three runs, each saved to the cache and merged back by the next: the site has them all.
    expect(index.series.map((s) => [s.name, s.runs])).toEqual([[pyrunStep!.with!.name, 3]]);
    const series = siteData(path.join(site, `data/${index.series[0]!.slug}.js`)).series as {
      runs: { sha: string | null; ref: string }[];
    };
    expect(series.runs.map((r) => r.ref)).toEqual(['main', 'main', 'main']);
    // The page links it to `<repo_url>/commit/<sha>`.
    expect(series.runs[2]!.sha).toBe('0123456789abcdef0123456789abcdef01234567');
  }, 180_000);
});
