/**
 * Holds a run's samples in bounded memory. A day at 10 Hz is 864,000 samples; past `max_samples` the buffer
 * halves itself, keeping from each adjacent pair the sample with the higher memory (and, on a tie, higher CPU),
 * so the shape and the memory peaks survive. Exact peaks and totals never depend on it: the sampler keeps those.
 */
import type { Sample } from '../../types.js';

export const MAX_BUFFERED_SAMPLES = 20_000;

export class SeriesBuffer {
  private buffer: Sample[] = [];
  private readonly max_samples: number;

  constructor(max_samples = MAX_BUFFERED_SAMPLES) {
    this.max_samples = Math.max(2, max_samples);
  }

  push(sample: Sample): void {
    this.buffer.push(sample);
    if (this.buffer.length > this.max_samples) this.halve();
  }

  samples(): Sample[] {
    return this.buffer.slice();
  }

  private halve(): void {
    const kept: Sample[] = [];
    for (let i = 0; i < this.buffer.length; i += 2) {
      const a = this.buffer[i] as Sample;
      const b = this.buffer[i + 1];
      if (b === undefined) kept.push(a);
      else if (b.rss_mb > a.rss_mb || (b.rss_mb === a.rss_mb && b.cpu_percent > a.cpu_percent)) kept.push(b);
      else kept.push(a);
    }
    this.buffer = kept;
  }
}
