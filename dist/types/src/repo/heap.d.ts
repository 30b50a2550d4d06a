/** The heap in use (live and dead) above which a phase's end is worth a full collection. */
export declare const COLLECT_FROM: number;
/** Turns the housekeeping on for this process (the CLI's and the Action's entry points). */
export declare function enableHeapHousekeeping(): void;
/**
 * Called after each file a run reads or parses (the engine's `afterFile`): once the young generation has reached the
 * cap, V8 stops growing it. Costs ~2 µs until then, nothing after.
 */
export declare function youngGenerationCheckpoint(): void;
/** Called when a phase of a run ends (the engine's `afterPhase`): a full collection, for a heap of more than COLLECT_FROM bytes. */
export declare function collectAfterPhase(): void;
