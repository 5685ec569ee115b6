// The preload line on a Spanish page: the Spanish chunk, fetched once.
import { preloadLineTest } from './preload-line.js';

preloadLineTest('es', 'es-MX', /Ictus/);
