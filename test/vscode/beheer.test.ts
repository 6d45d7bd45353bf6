/**
 * The beheer phase in VS Code with a fixed reference date (the setting `vwo.peildatum`): the
 * diagnostics, the code lens and the quick fix of the sociaal-domein example on 2 december 2026,
 * and a change of the setting that re-validates the open file without an edit.
 */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { codeVan, diagnosesVan, herstelAlles, hoverTekst, open, positie, wachtTot } from './hulp';

const SOCIAAL = 'sociaal-domein-wmo-jeugd.vwo';
const TE_LAAT = ['evaluatie-te-laat', 'bewijs-verlopen', 'bezwaartermijn-verstreken'];

async function peildatum(datum: string | undefined): Promise<void> {
    await vscode.workspace.getConfiguration('vwo').update('peildatum', datum, vscode.ConfigurationTarget.Workspace);
}

const codes = (d: readonly vscode.Diagnostic[]) => d.map(codeVan);

describe('beheer met een vaste peildatum (vwo.peildatum)', () => {
    beforeEach(() => peildatum('2026-12-02'));
    afterEach(async () => {
        await peildatum(undefined);
        await herstelAlles();
    });

    it('2 december 2026: evaluatie over tijd, certificaat verlopen, bezwaartermijn verstreken — op de regel waar het staat; een andere peildatum toetst opnieuw zonder bewerking', async () => {
        const document = await open(SOCIAAL);
        const diagnoses = await diagnosesVan(document.uri, d => TE_LAAT.every(c => codes(d).includes(c)), TE_LAAT.join(', '));
        const regelVan = (code: string) => diagnoses.find(d => codeVan(d) === code)!.range.start.line;
        assert.equal(regelVan('evaluatie-te-laat'), positie(document, 'evaluatie elke 6 maanden').line);
        assert.equal(regelVan('bewijs-verlopen'), positie(document, 'bewijs certificering').line);
        assert.equal(regelVan('bezwaartermijn-verstreken'), positie(document, 'melding subverwerker Analyseplatform').line);
        assert.match(diagnoses.find(d => codeVan(d) === 'bewijs-verlopen')!.message, /art\. 4\.2/);

        await peildatum('2026-10-01');
        await diagnosesVan(document.uri, d => !TE_LAAT.some(c => codes(d).includes(c)), 'op 1 oktober 2026 is niets te laat');
    });

    it('de code lens boven het blok telt vanaf de peildatum', async () => {
        const document = await open(SOCIAAL);
        const regel = positie(document, 'beheer {').line;
        const titels = await wachtTot(async () => {
            const lenzen = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri);
            const t = lenzen.filter(l => l.range.start.line === regel).map(l => l.command?.title ?? '');
            return t.length > 0 ? t : undefined;
        }, 20_000, 'code lens boven beheer');
        assert.ok(titels.some(t => /^evaluatie over tijd sinds 12 november 2026/.test(t)), titels.join(' | '));
        assert.ok(titels.includes('1 bezwaartermijn zonder besluit'), titels.join(' | '));
    });

    it('hover op de sleutelwoorden van het blok en op een gemelde subverwerker in een verwerking (art. 4.2, 4.5)', async () => {
        const document = await open(SOCIAAL);
        const hover = async (zoek: string, n = 1) => hoverTekst(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, positie(document, zoek, n, 1)));
        assert.match(await hover('digid'), /jaarlijks een TPM/);
        assert.match(await hover('beheer {'), /Beheer na de ondertekening/);
        assert.match(await hover('bewijs certificering'), /Bijlage 2/);
        const gemeld = await hover('Berichtendienst', 2);
        assert.match(gemeld, /Gemelde subverwerker · Berichtendienst[\s\S]*Land: Nederland[\s\S]*Besluit: akkoord/);
    });

    it('aanvullen na subverwerkers biedt de gemelde subverwerkers aan; een verwerking die er een gebruikt terwijl de bezwaartermijn loopt krijgt bezwaartermijn-loopt', async () => {
        const document = await open(SOCIAAL);
        const editor = await vscode.window.showTextDocument(document);
        const na = positie(document, 'subverwerkers Rekencentrum, Berichtendienst', 1, 'subverwerkers Rekencentrum, Berichtendienst'.length);
        await editor.edit(e => e.insert(na, ', '));
        const cursor = na.translate(0, 2);
        const lijst = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, cursor);
        const analyse = lijst.items.find(i => (typeof i.label === 'string' ? i.label : i.label.label) === 'Analyseplatform');
        assert.ok(analyse, 'Analyseplatform (gemeld) aangeboden');
        assert.match(analyse.detail ?? '', /gemelde subverwerker \(art\. 4\.5\)/);
        // its period ended on 30 November: an open one makes using it premature (art. 28 lid 2 AVG)
        await editor.edit(e => e.insert(cursor, 'Analyseplatform'));
        const melding = positie(document, 'bezwaar tot 2026-11-30', 1, 'bezwaar tot '.length);
        await editor.edit(e => e.replace(new vscode.Range(melding, melding.translate(0, 10)), '2026-12-20'));
        const diagnoses = await diagnosesVan(document.uri, d => codes(d).includes('bezwaartermijn-loopt'), 'bezwaartermijn-loopt');
        const loopt = diagnoses.find(d => codeVan(d) === 'bezwaartermijn-loopt')!;
        assert.equal(document.getText(loopt.range), 'Analyseplatform');
        assert.equal(loopt.range.start.line, na.line);
        assert.equal(loopt.severity, vscode.DiagnosticSeverity.Warning);
    });

    it('snelle oplossing: legt de evaluatie van de peildatum vast, waarna de waarschuwing verdwijnt', async () => {
        const document = await open(SOCIAAL);
        const diagnose = (await diagnosesVan(document.uri, d => codes(d).includes('evaluatie-te-laat'), 'evaluatie-te-laat'))
            .find(d => codeVan(d) === 'evaluatie-te-laat')!;
        // the evaluation is overdue today too: wait until the server has the setting's date (the
        // previous test's reset and this test's setting reach it one after the other)
        const titel = 'Leg de evaluatie van 2 december 2026 vast (laatst 2026-12-02)';
        let gezien: string[] = [];
        const vastleggen = await wachtTot(async () => {
            const lijst = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnose.range, vscode.CodeActionKind.QuickFix.value);
            gezien = (lijst ?? []).map(a => a.title);
            return lijst?.find(a => a.title === titel);
        }, 10_000, () => `snelle oplossing '${titel}' (gezien: ${gezien.join(' | ')})`);
        assert.ok(vastleggen.edit);
        assert.ok(await vscode.workspace.applyEdit(vastleggen.edit));
        assert.match(document.getText(), /evaluatie elke 6 maanden laatst 2026-12-02/);
        await diagnosesVan(document.uri, d => !codes(d).includes('evaluatie-te-laat'), 'geen evaluatie-te-laat meer');
    });
});
