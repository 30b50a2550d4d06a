/**
 * Holding V8's young generation at 2 × 8 MiB for the CLI and the Action (bench/README.md, "The young generation").
 *
 * V8 doubles its young generation (new space: two semi-spaces) whenever most of what a scavenge finds is still alive,
 * as it is while a run reads files and builds its model: every text and every declaration survives. On a large
 * repository it grows to its maximum — 2 × 16 MiB on Node 20, 2 × 64 MiB on Node 24 — and stays there: at 50,000
 * partners that is 33 MB (Node 20) and 128 MB (Node 24) of peak memory, where 2 × 8 MiB lints as fast (measured with
 * bench/run.mjs: the same CPU time within noise). The size can be capped only when a process starts
 * (`--max-semi-space-size`, which would cost a second process), but V8 reads its growth factor each time it grows the
 * young generation, so once the young generation has reached 2 × 8 MiB the factor is set to 1 (no more growth).
 *
 * Only the CLI and the Action turn this on (capYoungGeneration), before their first file: the V8 flag is the whole
 * process's, so a program that uses the package's API keeps its own heap as it is. The flag is set only on the Node
 * versions it was measured on (20 to 24): V8 prints an error for a flag it does not know.
 */
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

/** The young generation's size (both semi-spaces) at which it stops growing. */
const CAP = 16 * 1024 * 1024;
const MAJOR = Number(process.versions.node.split('.')[0]);
/** Whether the checkpoint has anything left to do. */
let watching = false;

/** Turns the cap on for this process (the CLI's and the Action's entry points). */
export function capYoungGeneration(): void {
  watching = MAJOR >= 20 && MAJOR <= 24;
}

/**
 * Called after each file a run reads or parses (the engine's `afterFile`): once the young generation has reached the
 * cap, V8 stops growing it. Costs ~2 µs until then, nothing after.
 */
export function youngGenerationCheckpoint(): void {
  if (!watching) return;
  for (const space of getHeapSpaceStatistics()) {
    if (space.space_name === 'new_space' && space.space_size >= CAP) {
      watching = false;
      setFlagsFromString('--semi-space-growth-factor=1');
    }
  }
}
