/** Entry of the GitHub Action bundle (dist/index.js, Node 24). */
import { run } from './run.js';

await run();
