// legwise.classic.es.js on a Spanish page: the Spanish text is in the script, and the
// care cards never show English first.
import { languageScriptTest } from './language-script.js';

languageScriptTest({
  file: 'legwise.classic.es.js',
  pageLang: 'es-MX',
  locale: 'es',
  emergency: /en un lado del cuerpo/,
  causes: /Causas en los nervios y el cerebro[^]*Ictus/,
  dir: 'ltr',
  other: { lang: 'en', locale: 'en', causes: /Nerve and brain causes/ },
});
