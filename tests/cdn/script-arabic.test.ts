// legwise.ar.js on an Arabic page: the Arabic text is in the script, right to left from the first render.
import { languageScriptTest } from './language-script.js';

languageScriptTest({
  file: 'legwise.ar.js',
  pageLang: 'ar',
  locale: 'ar',
  emergency: /جانب واحد من الجسم/,
  causes: /أسباب في الأعصاب والدماغ[^]*السكتة الدماغية/,
  dir: 'rtl',
  other: { lang: 'es', locale: 'es', causes: /Causas en los nervios y el cerebro/ },
});
