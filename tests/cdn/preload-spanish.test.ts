// The preload line on a Spanish page: the Spanish chunk, with its hash, is the file the script uses.
import { preloadLineTest } from './preload-line.js';

preloadLineTest('es', 'es-MX', /Ictus/);
