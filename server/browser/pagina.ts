/**
 * The standalone page's server (`out/web/`): one text, handed over LSP, no workspace to read and no
 * portfolio — left out of its bundle, so the page loads less.
 */
import { EmptyFileSystemProvider } from 'langium';
import { startBrowserServer } from './start.js';

startBrowserServer(() => new EmptyFileSystemProvider());
