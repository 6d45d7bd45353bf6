import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The README shipped beside the server bundle (`out/server.cjs` → `README.md`; inside a `.vsix`
 * vsce names it `readme.md`), as a `file:` URI, or undefined when there is none.
 */
export function meegeleverdeReadme(serverScript: string | undefined): string | undefined {
    if (!serverScript) return undefined;
    const map = path.resolve(path.dirname(serverScript), '..');
    const readme = ['README.md', 'readme.md'].map(naam => path.join(map, naam)).find(existsSync);
    return readme ? pathToFileURL(readme).href : undefined;
}
