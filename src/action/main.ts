/** Entry of the GitHub Action bundle (dist/index.js, Node 24). */
import { enableHeapHousekeeping } from '../repo/heap.js';
import { run } from './run.js';

// Peak memory: V8's young generation stops growing at 2 × 4 MiB, and a large run's phases end with a full collection
// (src/repo/heap.ts).
enableHeapHousekeeping();

await run();
