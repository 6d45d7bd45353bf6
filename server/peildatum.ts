/**
 * The setting `vwo.peildatum` in the server: a fixed reference date, or today. When the setting
 * changes, or midnight passes while the date follows today, every open agreement is checked again.
 */
import { DocumentState } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import { vandaag } from '../language/peildatum.js';
import { isGeldigeDatum } from '../language/tekst.js';
import type { VwoServices } from '../language/vwo-module.js';

const MINUUT = 60_000;

export function volgPeildatum(connection: Connection, shared: LangiumSharedServices, Vwo: VwoServices): void {
    const peildatum = Vwo.tijd.Peildatum;
    const configuratie = shared.workspace.ConfigurationProvider;

    // Under the workspace lock, as every build of the language server: run beside the build of an
    // edit, the two interleaved and the edited file's newest diagnostics could stay unpublished
    // (seen in the web extension's in-editor test: a quick fix applied, its warning never cleared).
    // Always an update, also with nothing validated yet: taking the lock cancels a build in progress
    // (the first file opened as the setting arrives), and an update finishes every unfinished file.
    const controleerOpnieuw = (): Promise<void> => shared.workspace.WorkspaceLock.write(async token => {
        const documenten = shared.workspace.LangiumDocuments.all.filter(d => d.state >= DocumentState.Validated).map(d => d.uri).toArray();
        await shared.workspace.DocumentBuilder.update(documenten, [], token);
    });
    const pasToe = (waarde: unknown): void => {
        const tekst = typeof waarde === 'string' ? waarde.trim() : '';
        const geldig = tekst !== '' && isGeldigeDatum(tekst) ? tekst : undefined;
        if (tekst !== '' && !geldig) {
            void connection.window.showWarningMessage(`De instelling vwo.peildatum ('${tekst}') is geen bestaande datum in de vorm JJJJ-MM-DD; vwo toetst tegen vandaag.`);
        }
        if (geldig === (peildatum.isVast ? peildatum.datum : undefined)) return;
        peildatum.stelIn(geldig);
        void controleerOpnieuw();
    };

    configuratie.onConfigurationSectionUpdate(update => {
        if (update.section === 'vwo') pasToe((update.configuration as { peildatum?: unknown } | undefined)?.peildatum);
    });
    void configuratie.ready.then(() => configuratie.getConfiguration('vwo', 'peildatum')).then(pasToe, () => undefined);

    let dag = vandaag();
    const klok: unknown = setInterval(() => {
        if (peildatum.isVast || vandaag() === dag) return;
        dag = vandaag();
        void controleerOpnieuw();
    }, MINUUT);
    // in Node the clock must not keep a stopping server alive; a browser worker's timer is a number
    (klok as { unref?: () => void }).unref?.();
}
