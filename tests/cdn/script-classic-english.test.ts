// legwise.classic.en.js on an English page: the English text is in the script.
import { languageScriptTest } from './language-script.js';

languageScriptTest({
  file: 'legwise.classic.en.js',
  pageLang: 'en-GB',
  locale: 'en',
  emergency: /on one side of the body/,
  causes: /Nerve and brain causes[^]*Stroke/,
  dir: 'ltr',
  other: { lang: 'es', locale: 'es', causes: /Causas en los nervios y el cerebro/ },
});
