/**
 * The language server in a Web Worker, and the CodeMirror LSP client talking to it. The worker
 * starts from a blob: URL made of the bundled script text: a page opened from file:// may not
 * start a worker from a file, and this way nothing is fetched at all.
 */
import { LSPClient, type Transport } from '@codemirror/lsp-client';
import werkerCode from 'vwo:werker';

export function startTaalserver(extensies: ConstructorParameters<typeof LSPClient>[0]): LSPClient {
    const url = URL.createObjectURL(new Blob([werkerCode], { type: 'text/javascript' }));
    const werker = new Worker(url, { name: 'vwo-taalserver' });
    const luisteraars = new Set<(bericht: string) => void>();
    // vscode-jsonrpc's browser reader and writer exchange message objects, the client strings
    werker.onmessage = e => { for (const l of luisteraars) l(JSON.stringify(e.data)); };
    const transport: Transport = {
        send: bericht => werker.postMessage(JSON.parse(bericht)),
        subscribe: l => { luisteraars.add(l); },
        unsubscribe: l => { luisteraars.delete(l); }
    };
    // a check of a long agreement in a cold worker can take longer than the default 3 s
    return new LSPClient({ timeout: 20_000, ...extensies }).connect(transport);
}
