// The preload line on an English page: the English content, with its hash, is the file the script uses.
import { preloadLineTest } from './preload-line.js';

preloadLineTest('en', 'en-GB', /Stroke/);
