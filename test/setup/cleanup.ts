/** Runs in every test file: removes the temporary folders test/helpers/temp.ts made, after the file's own hooks. */
import { afterAll } from 'vitest';
import { removeTempDirs } from '../helpers/temp.js';

afterAll(removeTempDirs);
