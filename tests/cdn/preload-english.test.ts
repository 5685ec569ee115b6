// The preload line on an English page: the English content, fetched once.
import { preloadLineTest } from './preload-line.js';

preloadLineTest('en', 'en-GB', /Stroke/);
