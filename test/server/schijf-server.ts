/**
 * The language server over stdio with a test disk: every stat, directory and read after up to
 * VWO_TEST_VERTRAGING ms (as the web extension's server, which reads the workspace through the
 * client; test/server/vroeg-verzoek.test.ts), and files named with `--onleesbaar=NAAM,…` that
 * cannot be read, as without read rights (test/server/onleesbaar.test.ts; the tests run as root,
 * who may read any file on disk).
 */
import { URI, UriUtils } from 'langium';
import { startLanguageServer } from 'langium/lsp';
import { createVwoServices } from '../../language/vwo-module.js';
import { VwoBestandssysteem } from '../../server/bestandssysteem.js';
import { stdioVerbinding } from '../../server/stdio.js';

const VERTRAGING = Number(process.env.VWO_TEST_VERTRAGING ?? 30);
const later = (): Promise<void> => new Promise(klaar => setTimeout(klaar, Math.random() * VERTRAGING));
const ONLEESBAAR = new Set(process.argv.find(a => a.startsWith('--onleesbaar='))?.slice('--onleesbaar='.length).split(',') ?? []);

class TestSchijf extends VwoBestandssysteem {
    override async stat(uri: URI) { await later(); return super.stat(uri); }
    override async readDirectory(uri: URI) { await later(); return super.readDirectory(uri); }
    override async readFile(uri: URI) {
        await later();
        if (ONLEESBAAR.has(UriUtils.basename(uri))) throw Object.assign(new Error(`EACCES: permission denied, open '${uri.fsPath}'`), { code: 'EACCES' });
        return super.readFile(uri);
    }
}

const connection = stdioVerbinding();
const { shared } = createVwoServices({ connection, fileSystemProvider: () => new TestSchijf() });
startLanguageServer(shared);
