// legwise.en.js on an English page: the English text is in the script.
import { languageScriptTest } from './language-script.js';

languageScriptTest('en');
