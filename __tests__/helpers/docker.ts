/**
 * The real Docker engine for the Docker executor's tests, and the image they run in: `scripts/docker-engine.sh`
 * installs the engine, starts it and builds the image (Debian's Python, imported with no registry), and .ci/run names
 * the image in PYRUN_TEST_DOCKER_IMAGE. Everything here asks the engine itself through the `docker` client.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export const DOCKER_IMAGE = process.env.PYRUN_TEST_DOCKER_IMAGE || 'pyrun-python:local';

function docker(args: string[]): { ok: boolean; out: string } {
  const r = spawnSync('docker', args, { encoding: 'utf8', timeout: 30_000 });
  return { ok: r.status === 0, out: `${r.stdout ?? ''}${r.stderr ?? ''}`.trim() };
}

/** Why the Docker tests cannot run here, or null when the engine answers and the image is there. */
export function dockerUnavailable(): string | null {
  if (process.platform !== 'linux') return 'the Docker tests need Linux';
  const info = docker(['info', '--format', '{{.ServerVersion}}']);
  if (!info.ok)
    return `no Docker engine answers (\`docker info\`: ${info.out.split('\n')[0]}): run scripts/docker-engine.sh`;
  if (!docker(['image', 'inspect', DOCKER_IMAGE]).ok)
    return `the image ${DOCKER_IMAGE} is missing: run scripts/docker-engine.sh`;
  return null;
}

/** Names of the containers, running or stopped, whose name starts with `prefix` (pyrun's are `pyrun-…`). */
export function containersNamed(prefix: string): string[] {
  const r = docker(['ps', '-a', '--filter', `name=^/${prefix}`, '--format', '{{.Names}}']);
  if (!r.ok) throw new Error(`docker ps failed: ${r.out}`);
  return r.out.split('\n').filter((n) => n !== '');
}

/** Names of the running containers whose environment holds `KEY=VALUE` (a marker a test gave its script). */
export function containersWithEnv(pair: string): string[] {
  const ids = docker(['ps', '-q', '--no-trunc']);
  if (!ids.ok) throw new Error(`docker ps failed: ${ids.out}`);
  const names: string[] = [];
  for (const id of ids.out.split('\n').filter((i) => i !== '')) {
    const r = docker(['inspect', '--format', '{{.Name}} {{json .Config.Env}}', id]);
    if (!r.ok) continue; // gone meanwhile
    const space = r.out.indexOf(' ');
    const env = JSON.parse(r.out.slice(space + 1)) as string[];
    if (env.includes(pair)) names.push(r.out.slice(1, space));
  }
  return names;
}

/** The host pids of a running container's processes (`docker top`), or [] when it runs no more. */
export function containerPids(name: string): number[] {
  const r = docker(['top', name, '-o', 'pid']);
  if (!r.ok) return [];
  return r.out
    .split('\n')
    .slice(1)
    .map(Number)
    .filter((p) => Number.isInteger(p) && p > 0);
}

/** The host pid of a running container's PID 1, or null. */
export function containerInitPid(name: string): number | null {
  const r = docker(['inspect', '--format', '{{.State.Pid}}', name]);
  const pid = Number(r.out);
  return r.ok && pid > 0 ? pid : null;
}

/** Every process on this host whose command line holds `word` as one argument: its pid and argv. */
export function processesWith(word: string): Array<{ pid: number; argv: string[] }> {
  const found: Array<{ pid: number; argv: string[] }> = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const argv = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').slice(0, -1);
      if (argv.includes(word)) found.push({ pid: Number(entry), argv });
    } catch {
      /* gone meanwhile */
    }
  }
  return found;
}
