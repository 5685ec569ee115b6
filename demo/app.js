// The app demo: the npm build, imported the way an app's bundler would
// (`legwise/classes.js` is /dist/classes.js here; the dev server resolves lit).
import { CauseList, WhenToSeeDoctor, setLocale, supportedLocales } from '/dist/classes.js';

customElements.define('clinic-causes', class extends CauseList {});
customElements.define('clinic-urgent-care', class extends WhenToSeeDoctor {});

const log = document.querySelector('#app-log');
document.addEventListener('emergency-call', (event) => {
  event.preventDefault(); // the demo does not dial
  log.textContent = `emergency-call: ${JSON.stringify(event.detail)}`;
});
const picker = document.querySelector('#language');
// Every language of the build, each by its own name (English first).
for (const locale of supportedLocales) {
  picker.add(new Option(new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale, locale));
}
picker.addEventListener('change', async () => {
  await setLocale(picker.value);
  log.textContent = `setLocale("${picker.value}") done`;
});
