/**
 * The web extension's server (vscode.dev, any VS Code web host; `out/browser/server.js`): a
 * workspace of files, read through the client (`KlantBestandssysteem`), and its portfolio for the
 * tree view and the overview.
 */
import { registreerPortefeuille } from '../portefeuille.js';
import { KlantBestandssysteem } from './bestandssysteem.js';
import { startBrowserServer } from './start.js';

const { connection, shared, Vwo } = startBrowserServer(verbinding => new KlantBestandssysteem(verbinding));
registreerPortefeuille(connection, shared, Vwo);
