/** The portfolio in VS Code (issue 12): the tree view "Verwerkersovereenkomsten" and "VWO: Overzicht openen". */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { actief, bestand, herstelAlles, leesTekst, open, PROBLEMEN, wachtTot, WEBFORMULIEREN, ZAAKSYSTEEM } from './hulp';

interface Weergave { label: string; beschrijving: string; icoon: string }
interface VwoApi {
    overeenkomstenBoom(): Array<{ leverancier: string; overeenkomsten: Weergave[] }>;
    overzichtInhoud(): string | undefined;
}

async function api(): Promise<VwoApi> {
    return (await actief()).exports as VwoApi;
}

/** The row of an agreement once the tree shows it and `voorwaarde` holds. */
async function rij(naam: string, voorwaarde: (w: Weergave) => boolean = () => true): Promise<Weergave & { leverancier: string }> {
    const vwo = await api();
    return wachtTot(() => {
        for (const groep of vwo.overeenkomstenBoom()) {
            const gevonden = groep.overeenkomsten.find(o => o.label === naam && voorwaarde(o));
            if (gevonden) return { ...gevonden, leverancier: groep.leverancier };
        }
        return undefined;
    }, 30_000, `de boom toont ${naam} (nu: ${JSON.stringify(vwo.overeenkomstenBoom()).slice(0, 400)})`);
}

describe('portefeuille: boomweergave en overzicht', () => {
    afterEach(herstelAlles);

    it('de boom toont alle overeenkomsten van de werkruimte per leverancier, met het juiste pictogram', async () => {
        await actief();
        // earlier tests edited and restored files: wait until the tree has their state on disk again
        const zaaksysteem = await rij('Zaaksysteem', w => w.icoon === 'pass');
        assert.equal(zaaksysteem.leverancier, 'Voorbeeld Software B.V.');
        assert.match(zaaksysteem.beschrijving, /^(ondertekend|signed)$/);
        const web = await rij('WebformulierenDeVeste');
        assert.equal(web.leverancier, 'Formulierfabriek B.V.');
        assert.match(web.beschrijving, /^(concept|draft)/);
        assert.equal((await rij('Problemen')).icoon, 'error');
        assert.equal((await rij('KlantcontactEnkhuizen')).leverancier, 'Zaakwijzer B.V.', 'een overeenkomst met een profiel staat onder de leverancier van het profiel');
        const pakket = (await actief()).packageJSON.contributes;
        assert.ok((pakket.views.explorer as Array<{ id: string }>).some(v => v.id === 'vwo.overeenkomsten'), 'een weergave in de Verkenner');
    });

    it('een nieuw .vwo-bestand verschijnt in de boom, ook een naam op .VWO, en verdwijnt weer als het verwijderd wordt', async () => {
        const vwo = await api();
        await rij('Zaaksysteem');
        const zaaksysteem = await leesTekst(bestand(ZAAKSYSTEEM));
        const nieuw = [['tijdelijk-nieuw.vwo', 'TijdelijkNieuw'], ['TIJDELIJK-HOOFDLETTERS.VWO', 'TijdelijkHoofdletters']] as const;
        for (const [naam, overeenkomst] of nieuw) {
            await vscode.workspace.fs.writeFile(bestand(naam), new TextEncoder().encode(zaaksysteem.replace('overeenkomst Zaaksysteem {', `overeenkomst ${overeenkomst} {`)));
        }
        try {
            for (const [, overeenkomst] of nieuw) assert.equal((await rij(overeenkomst)).leverancier, 'Voorbeeld Software B.V.');
        } finally {
            for (const [naam] of nieuw) await vscode.workspace.fs.delete(bestand(naam));
        }
        await wachtTot(() => !vwo.overeenkomstenBoom().some(g => g.overeenkomsten.some(o => o.label.startsWith('Tijdelijk'))), 30_000,
            'de verwijderde bestanden staan niet meer in de boom');
    });

    it('een klik opent het bestand bij de overeenkomst, en een bewerking die een fout maakt verandert het pictogram terwijl u typt', async () => {
        await rij('Zaaksysteem');
        await vscode.commands.executeCommand('vwo.overeenkomstOpenen', bestand(ZAAKSYSTEEM).toString(), 1);
        const editor = await wachtTot(() => vscode.window.activeTextEditor?.document.uri.path.endsWith(ZAAKSYSTEEM) ? vscode.window.activeTextEditor : undefined, 10_000, 'de editor van het zaaksysteem');
        assert.equal(editor.selection.active.line, 1);
        const document = await open(ZAAKSYSTEEM);
        const start = document.getText().indexOf('persoonsgegevens Contactgegevens');
        await editor.edit(e => e.insert(document.positionAt(start + 'persoonsgegevens '.length), 'Bestaatniet, '));
        assert.equal((await rij('Zaaksysteem', w => w.icoon === 'error')).icoon, 'error');
    });

    it('"VWO: Overzicht openen" toont de lijsten in een webview, met koppelingen naar de bestanden', async () => {
        await open(WEBFORMULIEREN);
        const vwo = await api();
        await vscode.commands.executeCommand('vwo.overzichtOpenen');
        const html = await wachtTot(() => vwo.overzichtInhoud(), 30_000, 'de inhoud van het overzicht');
        assert.match(html, /Overzicht verwerkersovereenkomsten/);
        for (const titel of ['Overeenkomsten', 'Leveranciers', 'Subverwerkers', 'Doorgiften', 'Bijzondere gegevens', 'Afwijkingen']) assert.ok(html.includes(`>${titel} (`), titel);
        assert.ok(html.includes(`href="${bestand(PROBLEMEN).toString()}"`), 'een koppeling naar problemen.vwo');
        const tabs = vscode.window.tabGroups.all.flatMap(g => g.tabs).filter(t => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('vwo.overzicht'));
        assert.equal(tabs.length, 1);
    });

    it('het overzicht werkt bij terwijl u typt, maar niet achter een ander tabblad; weer vooraan toont het de laatste stand', async () => {
        const document = await open(WEBFORMULIEREN);
        const vwo = await api();
        await vscode.commands.executeCommand('vwo.overzichtOpenen');
        await wachtTot(() => vwo.overzichtInhoud()?.includes('Formulierfabriek B.V.'), 30_000, 'het overzicht met de leverancier');
        const hernoem = async (naam: string) => {
            const regel = document.lineAt(document.getText().split('\n').findIndex(r => r.includes('naam "Formulierfabriek')));
            const edit = new vscode.WorkspaceEdit();
            edit.replace(document.uri, regel.range, `        naam "${naam}"`);
            assert.ok(await vscode.workspace.applyEdit(edit));
        };
        await hernoem('Formulierfabriek Vooraan B.V.');
        await wachtTot(() => vwo.overzichtInhoud()?.includes('Formulierfabriek Vooraan B.V.'), 30_000, 'het zichtbare overzicht werkt bij');

        // the agreement in front, in the same group: the overview is hidden and is not refreshed
        await vscode.window.showTextDocument(document, vscode.ViewColumn.Active);
        await hernoem('Formulierfabriek Achter B.V.');
        await new Promise(r => setTimeout(r, 2_000));   // the server's 400 ms and the client's 300 ms, and more
        assert.ok(!vwo.overzichtInhoud()?.includes('Formulierfabriek Achter B.V.'), 'het verborgen overzicht is niet opgehaald');
        await vscode.commands.executeCommand('vwo.overzichtOpenen');
        await wachtTot(() => vwo.overzichtInhoud()?.includes('Formulierfabriek Achter B.V.'), 30_000, 'weer vooraan: de laatste stand');
    });
});
