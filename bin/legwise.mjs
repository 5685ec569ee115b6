#!/usr/bin/env node
// The Legwise command line: `legwise render <tag> [--lang TAG] [--structured-data] [name=value …]`
// prints the server HTML of one widget (legwise/server) on stdout; warnings go to stderr.
import { parseArgs } from 'node:util';

const server = () => import('../dist/server.js');

const help = (tags) => `Usage: legwise render <tag> [options] [name=value …]

Prints the HTML of one Legwise widget, rendered on the server (a declarative
shadow root that shows without JavaScript; a Legwise script loaded after it
takes it over in place).

Tags: ${tags.join(', ')}
Attributes: name=value, e.g. region=GB heading-level=3 open=all; a name alone
(e.g. single) sets a boolean attribute.

Options:
  --lang TAG           the language, any BCP 47 tag (es-MX shows Spanish)
  --structured-data    add a schema.org MedicalWebPage <script type="application/ld+json">
  -h, --help           show this help
  --version            print Legwise's version

Warnings (an attribute value the widget cannot use, an attribute it does not
take) go to stderr; the HTML is still printed, with the widget's safe fallback.

Exit status: 0 the HTML is printed; 1 the HTML is printed, but with a warning
(fix the input it names); 2 bad usage (unknown tag, command or option), nothing
printed.

Example: npx legwise render when-to-see-doctor --lang es-MX region=MX heading-level=3 > card.html`;

/** Stop with a message on stderr and exit code 2. */
function fail(message) {
  process.stderr.write(`legwise: ${message}\nRun "legwise --help" for usage.\n`);
  process.exit(2);
}

// Messages of the widgets go to stderr, never into the HTML; a warning (bad
// input) makes the exit status 1, advice (console.info) does not.
let warnings = 0;
const toStderr = console.warn;
console.log = console.info = toStderr;
console.warn = (...args) => {
  warnings += 1;
  toStderr(...args);
};

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      lang: { type: 'string' },
      'structured-data': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean' },
    },
  });
} catch (error) {
  // Node's text for an unknown option goes on about positionals starting with '-', which this command never takes.
  const unknown = /^Unknown option '([^']+)'/.exec(error.message);
  fail(
    unknown
      ? `unknown option ${unknown[1]} (the options are --lang, --structured-data, --help, --version)`
      : error.message,
  );
}
const { values, positionals } = parsed;
if (values.version) {
  process.stdout.write(`${(await server()).VERSION}\n`);
  process.exit(0);
}
if (values.help) {
  process.stdout.write(`${help((await server()).TAGS)}\n`);
  process.exit(0);
}
const [command, tag, ...pairs] = positionals;
if (command !== 'render') fail(command ? `unknown command "${command}" (the command is "render")` : 'no command given');
if (!tag) fail('no tag given');

const attributes = {};
for (const pair of pairs) {
  // The name is checked by render(), as for any caller ("Region" is not an attribute name).
  const match = /^([^=]+)(?:=([\s\S]*))?$/.exec(pair);
  if (!match) fail(`"${pair}" is not name=value`);
  attributes[match[1]] = match[2] ?? true;
}

const { render } = await server();
try {
  const html = await render(tag, {
    attributes,
    lang: values.lang,
    structuredData: values['structured-data'] === true,
  });
  process.stdout.write(`${html}\n`);
  if (warnings > 0) process.exitCode = 1;
} catch (error) {
  fail(error.message.replace(/^Legwise render\(\): /, ''));
}
