import { startLanguageServer } from 'langium/lsp';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { isMainThread } from 'node:worker_threads';
import { registreerCompletionResolve } from '../language/lsp/vwo-completion-resolve.js';
import { createVwoServices } from '../language/vwo-module.js';
import '../werkthread/deelwerker.js';
import { hulpthreadUit } from '../werkthread/hulpthread.js';
import { VwoBestandssysteem } from './bestandssysteem.js';
import { meegeleverdeReadme } from './documentatie.js';
import { publiceerMetVersie, publiceerVoorcontroles } from './diagnoses.js';
import { volgPeildatum } from './peildatum.js';
import { registreerPortefeuille } from './portefeuille.js';
import { registreerRender } from './render.js';
import { stdioVerbinding } from './stdio.js';

// In a worker thread started from this bundle, werkthread/deelwerker.ts does the work (a large workspace on two cores).
if (isMainThread) start();

// `vwo-language-server --stdio` (any LSP client) and the VS Code client (IPC) both start here;
// stdio with a writer of its own (server/stdio.ts), the others as vscode-languageserver picks them from the command line.
function start(): void {
    const connection = process.argv.includes('--stdio') ? stdioVerbinding() : createConnection(ProposedFeatures.all);
    const { shared, Vwo } = createVwoServices({ connection, fileSystemProvider: () => new VwoBestandssysteem() }, {
        readme: meegeleverdeReadme(process.argv[1]),
        hulpthread: hulpthreadUit(__filename)   // the bundle itself
    });
    publiceerMetVersie(connection, shared);
    publiceerVoorcontroles(connection, shared);
    startLanguageServer(shared);
    registreerCompletionResolve(connection, Vwo);
    registreerRender(connection, shared);
    volgPeildatum(connection, shared, Vwo);
    registreerPortefeuille(connection, shared, Vwo);
}
