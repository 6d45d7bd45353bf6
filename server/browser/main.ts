/**
 * The same language server in a browser Web Worker (the standalone page `out/web/`): the
 * `language/` services over `vscode-languageserver/browser`, with Langium's empty file system —
 * the page hands its one text over LSP, there is no disk to read. Left out against the Node
 * entry: the README beside the bundle (no file system) and the portfolio of a workspace folder.
 */
import { EmptyFileSystem } from 'langium';
import { startLanguageServer } from 'langium/lsp';
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { createVwoServices } from '../../language/vwo-module.js';
import { publiceerMetVersie } from '../diagnoses.js';
import { volgPeildatum } from '../peildatum.js';
import { registreerRender } from '../render.js';

// the worker scope, typed by what the reader takes (the Node build has no WebWorker lib)
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
const { shared, Vwo } = createVwoServices({ connection, ...EmptyFileSystem });
publiceerMetVersie(connection, shared);
startLanguageServer(shared);
registreerRender(connection, shared);
volgPeildatum(connection, shared, Vwo);
