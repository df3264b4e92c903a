/** The package's version, for the checker and the server alike: neither loads the other to learn it. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The release, read from the package's own package.json so that `--version` and serverInfo never
 * drift from it. Searched upwards: the compiled server and the bundled one sit at different depths.
 */
export const SERVER_VERSION: string = findVersion();

function findVersion(): string {
  for (let folder = __dirname, i = 0; i < 6; folder = dirname(folder), i++) {
    try {
      const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (manifest.name === 'parlq' && manifest.version) return manifest.version;
    } catch {
      // not here: keep looking upwards
    }
  }
  return '0.0.0';
}
