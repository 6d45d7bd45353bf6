import { NodeFileSystemProvider } from 'langium/node';
import type { URI } from 'langium';
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
}
