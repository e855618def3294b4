// Shared by the floor probes: the note files below a folder, found the plain
// way (one recursive readdir, .md/.markdown/.txt), sorted like the loader's walk.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export function noteFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(md|markdown|txt)$/i.test(e.name))
    .map((e) => join(e.parentPath ?? e.path, e.name))
    .sort();
}
