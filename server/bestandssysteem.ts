import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { NodeFileSystemProvider } from 'langium/node';
import type { FileSystemNode, URI } from 'langium';
import { alsLeesbareTekst } from '../language/werkruimte/decoderen.js';

/**
 * Workspace files the editor has not opened are read from disk by the server: with the same
 * decoding as `vwo check` (UTF-8 with or without BOM, UTF-16 with BOM; other bytes become U+FFFD
 * and `ongeldige-codering`), so that the Problems panel says of them what the CLI says.
 */
export class VwoBestandssysteem extends NodeFileSystemProvider {
    override async readFile(uri: URI): Promise<string> {
        return alsLeesbareTekst(await this.readBinary(uri));
    }

    override readFileSync(uri: URI): string {
        return alsLeesbareTekst(this.readBinarySync(uri));
    }

    /**
     * As Langium's, but a symbolic link counts as what it points to, as in `vwo check`: Langium
     * takes a link for neither file nor folder, so a linked agreement was silently not checked in
     * the editor. A link to a folder that contains it (a loop) counts as neither.
     */
    override async readDirectory(uri: URI): Promise<FileSystemNode[]> {
        const items = await super.readDirectory(uri);
        return Promise.all(items.map(async item => {
            const dirent = (item as { dirent?: { isSymbolicLink(): boolean } }).dirent;
            if (!dirent?.isSymbolicLink()) return item;
            const doel = await fs.stat(item.uri.fsPath).catch(() => undefined);
            const lus = doel?.isDirectory() ? await bevatZichzelf(uri.fsPath, item.uri.fsPath) : false;
            return { uri: item.uri, isFile: doel?.isFile() ?? false, isDirectory: (doel?.isDirectory() ?? false) && !lus };
        }));
    }
}

/** Whether the folder `koppeling` points to is `map` or a folder above it: following it would never end. */
async function bevatZichzelf(map: string, koppeling: string): Promise<boolean> {
    const doel = await fs.realpath(koppeling).catch(() => undefined);
    if (!doel) return true;
    for (let boven = map; ; boven = path.dirname(boven)) {
        if (await fs.realpath(boven).catch(() => undefined) === doel) return true;
        if (path.dirname(boven) === boven) return false;
    }
}
