/** Turns the cap on for this process (the CLI's and the Action's entry points). */
export declare function capYoungGeneration(): void;
/**
 * Called after each file a run reads or parses (the engine's `afterFile`): once the young generation has reached the
 * cap, V8 stops growing it. Costs ~2 µs until then, nothing after.
 */
export declare function youngGenerationCheckpoint(): void;
