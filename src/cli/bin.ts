/** The `xtap-lint` executable: the real process around main(). */
import { main } from './main.js';
import { outputFlushed, processIo } from './io.js';
import { enableHeapHousekeeping } from '../repo/heap.js';

// Peak memory: V8's young generation stops growing at 2 × 4 MiB, and a large run's phases end with a full collection
// (src/repo/heap.ts).
enableHeapHousekeeping();

main(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
    // The run is over: end the process now (the 'exit' listeners, such as the launcher's code cache, still run)
    // rather than have Node tear down the heap first, which costs milliseconds for a small run and more for a large
    // one. Not while output is still queued for a pipe (possible outside Linux): exiting would cut it short.
    if (outputFlushed()) process.exit(code);
  },
  (err: unknown) => {
    process.stderr.write(`xtap-lint: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
