// legwise.classic.en.js (the classic script, for a CMS that allows no module
// scripts) on an English page: the English text is in the script.
import { languageScriptTest } from './language-script.js';

languageScriptTest('en', 'classic');
