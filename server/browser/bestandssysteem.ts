import { URI, type FileSystemNode, type FileSystemProvider } from 'langium';
import type { Connection } from 'vscode-languageserver';
import { uitBase64 } from '../../language/base64.js';
import { BestandVerzoek, type BestandInhoud, type BestandItem, type BestandParameters } from '../../language/protocol.js';
import { alsLeesbareTekst } from '../../language/werkruimte/decoderen.js';

/**
 * The Node server's disk, for the server in a browser worker: every read is a `vwo/bestand/*`
 * request to the client, which reads through the editor. Decoded as the Node server and `vwo check`
 * decode a file, so the Problems panel says the same of it. Langium reads asynchronously only; the
 * synchronous twins cannot wait for the client and say so.
 */
export class KlantBestandssysteem implements FileSystemProvider {
    constructor(private readonly connection: Connection) { }

    private vraag<T>(methode: string, uri: URI): Promise<T> {
        const params: BestandParameters = { uri: uri.toString() };
        return this.connection.sendRequest<T>(methode, params);
    }

    async stat(uri: URI): Promise<FileSystemNode> {
        return knoop(await this.vraag<BestandItem>(BestandVerzoek.status, uri));
    }

    async exists(uri: URI): Promise<boolean> {
        return this.stat(uri).then(() => true, () => false);
    }

    async readBinary(uri: URI): Promise<Uint8Array> {
        return uitBase64((await this.vraag<BestandInhoud>(BestandVerzoek.lezen, uri)).inhoud);
    }

    async readFile(uri: URI): Promise<string> {
        return alsLeesbareTekst(await this.readBinary(uri));
    }

    async readDirectory(uri: URI): Promise<FileSystemNode[]> {
        return (await this.vraag<BestandItem[]>(BestandVerzoek.map, uri)).map(knoop);
    }

    statSync(): FileSystemNode { return synchroon(); }
    existsSync(): boolean { return false; }
    readBinarySync(): Uint8Array { return synchroon(); }
    readFileSync(): string { return synchroon(); }
    readDirectorySync(): FileSystemNode[] { return synchroon(); }
}

function knoop(item: BestandItem): FileSystemNode {
    return { uri: URI.parse(item.uri), isFile: item.soort === 'bestand', isDirectory: item.soort === 'map' };
}

function synchroon(): never {
    throw new Error('In de browser leest de taalserver bestanden alleen asynchroon, via de editor.');
}
