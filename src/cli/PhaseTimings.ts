/**
 * Wall-clock time per build phase, and the process's peak memory when each phase
 * ended (`<phase>MB`: shows which phase set the peak), printed as one JSON line on stderr only when
 * OPPNA_TIMINGS is set (bench:site reads it); silent otherwise, so ordinary
 * output stays the same.
 */
/** The build's stages in the order they run, as the benches print them. */
export const BUILD_STAGES = ['ingest', 'write', 'files', 'astro', 'search', 'files-beside', 'verify', 'store', 'prune', 'restore', 'publish'] as const;

export class PhaseTimings {
  private last = performance.now();
  private readonly phases: Record<string, unknown> = {};

  end(phase: string): void {
    const now = performance.now();
    this.phases[phase] = Math.round(now - this.last);
    this.phases[`${phase}MB`] = Math.round(process.resourceUsage().maxRSS / 1024);
    this.last = now;
  }

  /** A fact about the run beside the times (what the build cache supplied, say). */
  note(name: string, value: unknown): void {
    this.phases[name] = value;
  }

  report(): void {
    if (process.env.OPPNA_TIMINGS) process.stderr.write(`OPPNA_TIMINGS ${JSON.stringify(this.phases)}\n`);
  }
}
