/**
 * Diagnostics from the server as squiggles (with its quick fixes as actions) and as the Problems
 * list under the editor. In place of the client's own handler, which knows no code actions.
 */
import { LSPPlugin, type LSPClient, type LSPClientExtension } from '@codemirror/lsp-client';
import { setDiagnostics, type Action, type Diagnostic } from '@codemirror/lint';
import type { EditorView } from '@codemirror/view';
import type * as lsp from 'vscode-languageserver-protocol';

const ERNST: Record<number, Diagnostic['severity']> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };
const SOORT: Record<string, string> = { error: 'fout', warning: 'waarschuwing', info: 'info', hint: 'info' };

export interface Gemeld {
    readonly diagnosen: readonly Diagnostic[];
    readonly view: EditorView;
}

export function diagnosen(client: () => LSPClient, gemeld: (g: Gemeld) => void): LSPClientExtension {
    return {
        clientCapabilities: { textDocument: { publishDiagnostics: { versionSupport: true }, codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } } } },
        notificationHandlers: {
            'textDocument/publishDiagnostics': (_client, params: lsp.PublishDiagnosticsParams) => {
                const file = client().workspace.getFile(params.uri);
                if (!file || (params.version != null && params.version !== file.version)) return false;
                const view = file.getView();
                const plugin = view && LSPPlugin.get(view);
                if (!view || !plugin) return false;
                const toon = (acties: readonly lsp.CodeAction[][]): void => {
                    const lijst: Diagnostic[] = params.diagnostics.map((d, i) => ({
                        from: plugin.unsyncedChanges.mapPos(plugin.fromPosition(d.range.start, plugin.syncedDoc)),
                        to: plugin.unsyncedChanges.mapPos(plugin.fromPosition(d.range.end, plugin.syncedDoc)),
                        severity: ERNST[d.severity ?? 1],
                        message: typeof d.message === 'string' ? d.message : d.message.value,
                        source: typeof d.code === 'string' ? d.code : undefined,
                        actions: (acties[i] ?? []).map(a => herstel(client(), params.uri, a))
                    }));
                    view.dispatch(setDiagnostics(view.state, lijst));
                    gemeld({ diagnosen: lijst, view });
                };
                // the squiggles at once; their quick fixes when the server has answered for them
                toon([]);
                void metHerstel(client(), params).then(acties => {
                    if (file.version === (params.version ?? file.version) && acties.some(a => a.length > 0)) toon(acties);
                });
                return true;
            }
        }
    };
}

/** The quick fixes of each diagnostic: one codeAction request per diagnostic, as VS Code asks. */
async function metHerstel(client: LSPClient, params: lsp.PublishDiagnosticsParams): Promise<lsp.CodeAction[][]> {
    return Promise.all(params.diagnostics.map(async d => {
        const antwoord = await client.request<lsp.CodeActionParams, Array<lsp.CodeAction | lsp.Command> | null>('textDocument/codeAction', {
            textDocument: { uri: params.uri }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] }
        }).catch(() => null);
        return (antwoord ?? []).filter((a): a is lsp.CodeAction => 'edit' in a && a.edit !== undefined);
    }));
}

function herstel(client: LSPClient, uri: string, actie: lsp.CodeAction): Action {
    return {
        name: actie.title,
        apply: view => {
            const plugin = LSPPlugin.get(view);
            const wijzigingen = actie.edit?.changes?.[uri] ?? actie.edit?.documentChanges?.flatMap(c => 'edits' in c && c.textDocument.uri === uri ? c.edits : []) ?? [];
            if (!plugin || wijzigingen.length === 0) return;
            client.sync();
            view.dispatch({
                changes: wijzigingen.map(w => ({
                    from: plugin.fromPosition(w.range.start, plugin.syncedDoc),
                    to: plugin.fromPosition(w.range.end, plugin.syncedDoc),
                    insert: 'newText' in w ? w.newText : ''
                })),
                userEvent: 'input.quickfix'
            });
        }
    };
}

/** The Problems list: one button per diagnostic that puts the cursor on it. Text only, never markup. */
export function toonProblemen(lijst: HTMLElement, telling: HTMLElement, { diagnosen, view }: Gemeld): void {
    lijst.replaceChildren(...diagnosen.map(d => {
        const item = document.createElement('li');
        const knop = document.createElement('button');
        knop.type = 'button';
        knop.className = SOORT[d.severity];
        const regel = view.state.doc.lineAt(Math.min(d.from, view.state.doc.length)).number;
        knop.textContent = `regel ${regel}: ${d.message}${d.source ? ` (${d.source})` : ''}`;
        knop.addEventListener('click', () => {
            view.dispatch({ selection: { anchor: d.from }, scrollIntoView: true });
            view.focus();
        });
        item.append(knop);
        return item;
    }));
    telling.textContent = diagnosen.length === 0 ? '(geen)' : `(${diagnosen.length})`;
}
