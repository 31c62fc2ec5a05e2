// `npm start`: says what it is doing while the first build takes its minute, builds, then runs the hub
// in this same process (signals and exit codes are the hub's own). Plain JavaScript: it runs before any build.
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';

const started = Date.now();
console.log('综治中心协同平台: building (npm run build; about a minute on a fresh clone, seconds afterwards)…');
const npm = process.env.npm_execpath;
const build = npm
  ? spawnSync(process.execPath, [npm, 'run', 'build', '--silent'], { stdio: 'inherit' })
  : spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit', shell: process.platform === 'win32' });
if (build.status !== 0) {
  console.error('the build failed; see the messages above');
  process.exit(build.status ?? 1);
}
console.log(`  … built in ${Math.round((Date.now() - started) / 1000)} s; starting the hub`);
await import(pathToFileURL(join(process.cwd(), 'dist', 'src', 'main.js')).href);
