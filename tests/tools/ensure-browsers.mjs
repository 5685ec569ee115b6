// Runs before `npm test`: makes sure Debian's Chromium is installed. As root
// it installs it with apt-get; otherwise it stops with the command to run.
// Firefox ESR and WebKit are optional: the tests run in them when they are
// installed (.ci/run installs them), and this says which ones will be skipped.
import { spawnSync } from 'node:child_process';
import { ENGINES, missingBinary } from './browsers/index.mjs';

const CHROMIUM = ENGINES.chromium.binaries[0];
const COMMAND = 'apt-get update && apt-get install -y chromium';

function reportOptional() {
  for (const name of ['firefox', 'webkit']) {
    const missing = missingBinary(name);
    if (!missing) continue;
    console.log(
      `${ENGINES[name].label}: binary not found at ${missing}; its tests will be skipped ` +
        `(install with: apt-get install -y ${ENGINES[name].packages.join(' ')}).`,
    );
  }
}

if (!missingBinary('chromium')) {
  reportOptional();
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if (isRoot && hasApt) {
  console.log(`Chromium is missing: installing Debian's chromium (${COMMAND})…`);
  const result = spawnSync('sh', ['-c', `apt-get update && apt-get -o DPkg::Lock::Timeout=600 install -y chromium`], {
    stdio: 'inherit',
  });
  if (result.status === 0 && !missingBinary('chromium')) {
    reportOptional();
    process.exit(0);
  }
  console.error(`Installing Chromium failed. Run this yourself, then npm test again:\n  ${COMMAND}`);
  process.exit(1);
}
console.error(
  `The browser tests need Debian's Chromium at ${CHROMIUM} and it is not installed.\n` +
    `Run this as root, then npm test again:\n  sudo ${COMMAND}\n` +
    `(or set CHROME_PATH to a Chromium or Chrome binary).`,
);
process.exit(1);
