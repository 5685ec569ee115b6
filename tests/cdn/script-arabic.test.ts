// legwise.ar.js on an Arabic page: the Arabic text is in the script, right to left from the first render.
import { languageScriptTest } from './language-script.js';

languageScriptTest('ar');
