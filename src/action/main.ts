/** Entry of the GitHub Action bundle (dist/index.js, Node 24). */
import { capYoungGeneration } from '../repo/young-generation.js';
import { run } from './run.js';

// Peak memory: V8's young generation stops growing at 2 × 8 MiB (src/repo/young-generation.ts).
capYoungGeneration();

await run();
