/**
 * The option table's executors (./schema.ts): where the script runs — here, on a host over SSH, or in a Docker
 * container — with each one's own settings. Their fields in the run config: `executor`, `ssh.*`, `docker_*`.
 */
import { flag, matching, number, oneOf, text } from './check.js';
import { count } from './option-checks.js';
import type { OptionRows } from './option-spec.js';

export const EXECUTOR_OPTIONS = {
  executor: {
    check: oneOf(['local', 'ssh', 'docker']),
    field: 'executor',
    default: 'local',
    arg: 'kind',
    doc: 'Where the script runs: local, ssh or docker; a Docker image or an SSH host given alone names its executor.',
  },
  'ssh-host': { check: text, field: 'ssh.host', arg: 'host', doc: 'SSH executor: the host.' },
  'ssh-user': { check: text, field: 'ssh.user', arg: 'user', doc: 'SSH executor: the user.' },
  'ssh-port': { check: count(1, 65535), field: 'ssh.port', arg: 'port', doc: 'SSH executor: the port.' },
  'ssh-key': {
    check: text,
    field: 'ssh.key',
    arg: 'file',
    doc: 'SSH executor: the private key file.',
    input: false,
  },
  'ssh-known-hosts': {
    check: text,
    field: 'ssh.known_hosts',
    arg: 'file',
    doc: 'SSH executor: a known_hosts file holding the host key.',
    input: false,
  },
  'ssh-accept-unknown-host': {
    check: flag,
    field: 'ssh.accept_unknown_host',
    default: false,
    doc: 'SSH executor: connect even when the host key is not known (turns strict host key checking off).',
    input: false,
  },
  'docker-image': { check: text, field: 'docker_image', arg: 'image', doc: 'Docker executor: the image.' },
  'docker-memory': {
    check: matching(
      /^[1-9][0-9]*[bkmg]?$/i,
      'must be a size as docker takes it: a number with b, k, m or g, e.g. 512m',
    ),
    field: 'docker_memory',
    arg: 'size',
    doc: 'Docker executor: the memory limit of the container (docker run --memory), e.g. 512m or 2g; no swap beyond it.',
    input_doc:
      'Docker executor: the memory limit of the container, as `docker run --memory` takes it (e.g. 512m, 2g), with no swap beyond it. A script killed by it exits 137 and is reported as killed by the memory limit of the container. Empty means no limit.',
  },
  'docker-cpus': {
    check: number('must be a number of CPUs greater than 0, e.g. 1 or 1.5', (n) => n > 0 && n <= 1024),
    field: 'docker_cpus',
    arg: 'n',
    doc: 'Docker executor: the CPUs the container may use (docker run --cpus), e.g. 1.5.',
    input_doc:
      'Docker executor: the CPUs the container may use, as `docker run --cpus` takes it (e.g. 1.5). Empty means no limit.',
  },
  'docker-network': {
    check: matching(
      /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/,
      'must be a Docker network name such as none, bridge or host',
    ),
    field: 'docker_network',
    default: 'none',
    arg: 'network',
    doc: 'Docker executor: the network of the container (docker run --network); none unless asked, e.g. bridge.',
  },
} as const satisfies OptionRows;
