/**
 * What a run needs from the outside world, as one object the faces build (src/cli/ports.ts, the action's main) and
 * pass to `runPipeline` or `runAbPipeline`. Apart from ./pipeline.ts so that ./ab/pipeline.ts, which runs beside it,
 * needs nothing from the module above it.
 */
import type { ExecuteDeps } from './execute/index.js';
import type { PreparePorts } from './prepare.js';

export interface PipelinePorts extends ExecuteDeps, PreparePorts {
  /** How long to wait at the end of each run for alerts still being delivered. */
  alert_drain_ms?: number;
}
