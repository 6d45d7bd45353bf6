/**
 * The language server over stdio with a disk that answers late (every stat, directory and read
 * after up to VWO_TEST_VERTRAGING ms): as the web extension's server, which reads the workspace
 * through the client. Only for test/server/vroeg-verzoek.test.ts.
 */
import type { URI } from 'langium';
import { startLanguageServer } from 'langium/lsp';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createVwoServices } from '../../language/vwo-module.js';
import { VwoBestandssysteem } from '../../server/bestandssysteem.js';

const VERTRAGING = Number(process.env.VWO_TEST_VERTRAGING ?? 30);
const later = (): Promise<void> => new Promise(klaar => setTimeout(klaar, Math.random() * VERTRAGING));

class TrageSchijf extends VwoBestandssysteem {
    override async stat(uri: URI) { await later(); return super.stat(uri); }
    override async readFile(uri: URI) { await later(); return super.readFile(uri); }
    override async readDirectory(uri: URI) { await later(); return super.readDirectory(uri); }
}

const connection = createConnection(ProposedFeatures.all);
const { shared } = createVwoServices({ connection, fileSystemProvider: () => new TrageSchijf() });
startLanguageServer(shared);
