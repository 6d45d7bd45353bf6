/**
 * The same language server in a browser Web Worker: for the web extension (vscode.dev, any VS Code
 * web host) and for the standalone page `out/web/`. The `language/` services over
 * `vscode-languageserver/browser`; files the editor has not opened are read through the client
 * (`KlantBestandssysteem`: the page has no workspace folder, so it is never asked). Left out
 * against the Node entry: the README beside the bundle, which hovers link to on disk.
 */
import { startLanguageServer } from 'langium/lsp';
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { createVwoServices } from '../../language/vwo-module.js';
import { publiceerMetVersie } from '../diagnoses.js';
import { volgPeildatum } from '../peildatum.js';
import { registreerPortefeuille } from '../portefeuille.js';
import { registreerRender } from '../render.js';
import { KlantBestandssysteem } from './bestandssysteem.js';

// the worker scope, typed by what the reader takes (the Node build has no WebWorker lib)
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
const { shared, Vwo } = createVwoServices({ connection, fileSystemProvider: () => new KlantBestandssysteem(connection) });
publiceerMetVersie(connection, shared);
startLanguageServer(shared);
registreerRender(connection, shared);
volgPeildatum(connection, shared, Vwo);
registreerPortefeuille(connection, shared, Vwo);
