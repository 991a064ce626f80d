// `npm start`'s and `npm ci`'s build step: runs `npm run build` only when dist/ was not built from the sources
// as they are now. A digest of every input of the build (src/, the tsconfigs, package.json and its lock) is kept
// in dist/.build-digest after a build that succeeded; the same digest means the same dist/, so the build is
// skipped (a start right after `npm ci` then goes straight to Neo4j). Plain JavaScript: it runs before anything
// is compiled.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { exit, stderr } from 'node:process';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const stamp = join(root, 'dist', '.build-digest');
const INPUTS = ['src', 'tsconfig.json', 'tsconfig.build.json', 'package.json', 'package-lock.json'];

const digest = sourceDigest();
// What `npm start` and the CLI load; a dist/ without them is not current, whatever its digest says.
const outputs = [join(root, 'dist', 'main.js'), join(root, 'dist', 'explore', 'index.html')];
if (
  outputs.every((file) => existsSync(file)) &&
  existsSync(stamp) &&
  readFileSync(stamp, 'utf8') === digest
) {
  stderr.write('plan-graph: dist/ is current (built from these sources); no build needed\n');
} else {
  const build = spawnSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) exit(build.status ?? 1);
  writeFileSync(stamp, digest);
}

/** sha256 over the paths and contents of every build input, in a fixed order. */
function sourceDigest() {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap((input) => files(join(root, input)))) {
    hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

function files(path) {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
