/**
 * A server on the connection of `vwo-language-server --stdio` (server/stdio.ts) that writes to its
 * console while it answers `initialize`, as a check that fails inside the server does
 * (`console.error`, language/syntax/vwo-document-validator.ts); test/server/stdio.test.ts.
 */
import { stdioVerbinding } from '../../server/stdio.js';

const verbinding = stdioVerbinding();
verbinding.onInitialize(() => {
    console.log('regel voor het logboek: %s', 'één');
    console.error('Interne fout bij het controleren van <script>alert(1)</script>');
    console.table([{ a: 1 }]);
    console.dir({ b: 2 });
    return { capabilities: {} };
});
verbinding.listen();
