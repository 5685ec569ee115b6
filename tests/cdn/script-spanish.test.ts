// legwise.es.js on a Spanish page: the Spanish text is in the script, and the
// care cards never show English first.
import { languageScriptTest } from './language-script.js';

languageScriptTest('es');
