/**
 * The CLI's and the Action's memory housekeeping (bench/README.md, "The young generation" and "Garbage collected
 * between phases"): two things V8 cannot know about a lint, which decide its peak memory on a large repository.
 *
 * 1. The young generation stops growing at 2 × 4 MiB. V8 doubles its young generation (new space: two semi-spaces)
 *    whenever most of what a scavenge finds is still alive, as it is while a run reads files and builds its model:
 *    every text and every declaration survives. On a large repository it grows to its maximum — 2 × 16 MiB on Node 20,
 *    2 × 64 MiB on Node 24 — and stays there, where 2 × 4 MiB lints as fast (the same CPU time within noise). The size
 *    can be capped only when a process starts (`--max-semi-space-size`, which would cost a second process), but V8
 *    reads its growth factor each time it grows the young generation, so once the young generation has reached the
 *    cap the factor is set to 1 (no more growth).
 * 2. A full collection when a phase of the run ends (the engine's `afterPhase`): once the model is built, and once the
 *    rules have run. What only that phase needed (each file's reading, each rule's indexes) has just died in the old
 *    generation, where V8 collects it only once the heap has grown well past its last full collection: at 50,000
 *    partners not before the run ends, so the findings and the report are made on top of it. There the peak is
 *    ~10 MB lower for ~150 ms of CPU (two collections of ~90 MB), so it is done only for a heap of more than
 *    COLLECT_FROM bytes.
 *
 * Only the CLI and the Action turn this on (enableHeapHousekeeping), before their first file: V8's flags are the whole
 * process's, so a program that uses the package's API keeps its own heap as it is. It is on only for the Node versions
 * it was measured on (20 to 24): V8 prints an error for a flag it does not know.
 */
import { getHeapSpaceStatistics, getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** The young generation's size (both semi-spaces) at which it stops growing. */
const CAP = 8 * 1024 * 1024;
/** The heap in use (live and dead) above which a phase's end is worth a full collection. */
export const COLLECT_FROM = 64 * 1024 * 1024;
const MAJOR = Number(process.versions.node.split('.')[0]);
/** Whether the housekeeping is on (the CLI's and the Action's processes). */
let enabled = false;
/** Whether the young generation may still grow. */
let growing = false;
/** V8's full collection, once it has been asked for. */
let fullCollection: (() => void) | undefined;

/** Turns the housekeeping on for this process (the CLI's and the Action's entry points). */
export function enableHeapHousekeeping(): void {
  enabled = MAJOR >= 20 && MAJOR <= 24;
  growing = enabled;
}

/**
 * Called after each file a run reads or parses (the engine's `afterFile`): once the young generation has reached the
 * cap, V8 stops growing it. Costs ~2 µs until then, nothing after.
 */
export function youngGenerationCheckpoint(): void {
  if (!growing) return;
  for (const space of getHeapSpaceStatistics()) {
    if (space.space_name === 'new_space' && space.space_size >= CAP) {
      growing = false;
      setFlagsFromString('--semi-space-growth-factor=1');
      // Back to V8's default before anything else runs at exit. V8 stamps a code cache with a hash of the flags that
      // differ from their defaults when the cache is made: the launcher makes its cache at exit (src/cli/launcher.ts),
      // and one stamped with this flag was rejected by every later start (flags at their defaults), so each lint
      // large enough to reach the cap compiled the whole CLI again and rewrote the cache: ~65 ms at 10,000 partners.
      process.prependListener('exit', restoreGrowthFactor);
    }
  }
}

/** V8's default growth factor of the young generation (`node --v8-options`, Node 20 to 24). */
function restoreGrowthFactor(): void {
  setFlagsFromString('--semi-space-growth-factor=2');
}

/** Called when a phase of a run ends (the engine's `afterPhase`): a full collection, for a heap of more than COLLECT_FROM bytes. */
export function collectAfterPhase(): void {
  if (!enabled || getHeapStatistics().used_heap_size < COLLECT_FROM) return;
  (fullCollection ??= exposeFullCollection())();
}

/**
 * V8's `gc` function, which a process gets only with `--expose-gc`: a context made while the flag is on has it as a
 * global. The flag is turned off again at once, so no later context (a policy's, a test's) sees it.
 */
function exposeFullCollection(): () => void {
  setFlagsFromString('--expose-gc');
  try {
    return runInNewContext('gc') as () => void;
  } finally {
    setFlagsFromString('--no-expose-gc');
  }
}
