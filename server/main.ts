import { startLanguageServer } from 'langium/lsp';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { registreerCompletionResolve } from '../language/lsp/vwo-completion-resolve.js';
import { createVwoServices } from '../language/vwo-module.js';
import { VwoBestandssysteem } from './bestandssysteem.js';
import { meegeleverdeReadme } from './documentatie.js';
import { publiceerMetVersie } from './diagnoses.js';
import { volgPeildatum } from './peildatum.js';
import { registreerPortefeuille } from './portefeuille.js';
import { registreerRender } from './render.js';

// `vwo-language-server --stdio` (any LSP client) and the VS Code client (IPC) both start here;
// vscode-languageserver picks the transport from the command line.
const connection = createConnection(ProposedFeatures.all);
const { shared, Vwo } = createVwoServices({ connection, fileSystemProvider: () => new VwoBestandssysteem() }, { readme: meegeleverdeReadme(process.argv[1]) });
publiceerMetVersie(connection, shared);
startLanguageServer(shared);
registreerCompletionResolve(connection, Vwo);
registreerRender(connection, shared);
volgPeildatum(connection, shared, Vwo);
registreerPortefeuille(connection, shared, Vwo);
