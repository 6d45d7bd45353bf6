import { strict as assert } from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, CompletionItem, TextEdit } from 'vscode-languageserver-types';
import { Overeenkomst } from '../../../language/generated/ast.js';
import { render } from '../../../language/render/index.js';
import { beheerSamenvatting } from '../../../language/beheer/lens.js';
import { losOp } from '../../../language/lsp/vwo-completion-resolve.js';
import { lees, positie, voorbeeld, ZAAKSYSTEEM } from '../../hulp.js';
import { docxDelen } from '../../render/hulp-render.js';
import { hoverIn } from '../lsp/hulp-lsp.js';
import { leesOp, metBeheer, opPeildatum, PEILDATUM } from './hulp-beheer.js';

const BEHEER = `beheer {
        eigenaar "Teamleider Burgerzaken"
        risico hoog
        evaluatie elke 6 maanden laatst 2026-06-12
        bewijs certificering "ISO/IEC 27001" geldig tot 2027-03-31
        bewijs externeControles "ISAE 3402" rapport 2025-10-01
        digid
        melding subverwerker Analyseplatform ontvangen 2026-09-01 bezwaar tot 2026-10-01 besluit akkoord 2026-09-20
    }`;

function pasToe(tekst: string, edits: readonly TextEdit[]): string {
    return TextDocument.applyEdits(TextDocument.create('file:///x.vwo', 'vwo', 1, tekst), [...edits]);
}

describe('beheer in de editor (peildatum 2 december 2026)', () => {
    it('hover op elk sleutelwoord van het blok, met de toelichting van art. 4.2 en 4.5', async () => {
        const tekst = metBeheer(BEHEER);
        const document = await leesOp(tekst);
        const hover = (zoek: string) => hoverIn(document, positie(tekst, zoek) + 1, opPeildatum);
        assert.match(await hover('beheer {'), /Beheer na de ondertekening[\s\S]*Toelichting Artikel 4\.2[\s\S]*Toelichting Artikel 4\.5/);
        assert.match(await hover('digid'), /jaarlijks een TPM/);
        assert.match(await hover('melding'), /bezwaar/);
        assert.match(await hover('eigenaar'), /proceseigenaar/);
        assert.match(await hover('hoog'), /6 maanden/);
        assert.match(await hover('tot 2027'), /vrijstelling van audits/);
        for (const woord of ['risico', 'evaluatie', 'elke', 'maanden', 'laatst', 'bewijs', 'geldig', 'rapport', 'ontvangen', 'bezwaar tot', 'besluit', 'akkoord']) {
            assert.notEqual(await hover(woord), '', woord);
        }
    });

    it('een gemelde subverwerker die een verwerking gebruikt: hover met de melding, ga naar definitie springt naar de melding', async () => {
        const tekst = metBeheer(BEHEER.replace(' besluit akkoord 2026-09-20', ''),
            'verwerking V { doeleinden "d" betrokkenen Aanvragers persoonsgegevens Contactgegevens subverwerkers Analyseplatform }');
        const document = await leesOp(tekst);
        assert.ok(!document.diagnostics!.some(d => d.code === 'subverwerker-niet-vermeld'), 'gemeld: geen fout');
        const gebruik = positie(tekst, 'Analyseplatform') + 3;
        const uitleg = await hoverIn(document, gebruik, opPeildatum);
        assert.match(uitleg, /Gemelde subverwerker · Analyseplatform\n/);
        assert.match(uitleg, /nog niet in tabel 3[\s\S]*Ontvangen: 01-09-2026[\s\S]*tot en met: 01-10-2026[\s\S]*Besluit: nog geen besluit/);
        assert.match(uitleg, /Gebruikt in de verwerking: `V`/);
        assert.match(uitleg, /art\. 4\.5/);
        assert.equal(await hoverIn(document, positie(tekst, 'subverwerker Analyseplatform') + 15, opPeildatum), uitleg, 'dezelfde uitleg op de naam in de melding');
        const links = await opPeildatum.lsp.DefinitionProvider!.getDefinition(document, {
            textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(gebruik)
        }) ?? [];
        assert.equal(links.length, 1);
        const doel = document.textDocument.offsetAt(links[0].targetSelectionRange.start);
        assert.equal(doel, positie(tekst, 'subverwerker Analyseplatform') + 'subverwerker '.length, 'naar de naam in de melding');
        // an unknown name still leads nowhere and keeps its error
        const onbekend = await leesOp(tekst.replace('subverwerkers Analyseplatform', 'subverwerkers Onbekend'));
        assert.ok(onbekend.diagnostics!.some(d => d.code === 'subverwerker-niet-vermeld'));
        assert.deepEqual(await opPeildatum.lsp.DefinitionProvider!.getDefinition(onbekend, {
            textDocument: { uri: onbekend.uri.toString() }, position: onbekend.textDocument.positionAt(positie(tekst, 'Analyseplatform') + 3)
        }) ?? [], []);
    });

    it('code lens boven het blok: de volgende evaluatie en de geldige bewijsstukken', async () => {
        const document = await leesOp(metBeheer(BEHEER));
        const lenzen = await opPeildatum.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } }) ?? [];
        const titels = lenzen.map(l => l.command?.title);
        assert.deepEqual(titels, ['volgende evaluatie 12 december 2026 — over 10 dagen', '1 bewijsstuk geldig, 1 verlopen']);
        assert.equal(lenzen[0].range.start.line, document.textDocument.positionAt(positie(metBeheer(BEHEER), 'beheer {')).line, 'boven het blok');
        const open = beheerSamenvatting((await leesOp(metBeheer('beheer { melding subverwerker X bezwaar tot 2026-12-10 }'))).parseResult.value, PEILDATUM);
        assert.deepEqual(open, ['geen evaluatiecyclus', '0 bewijsstukken geldig', '1 bezwaartermijn zonder besluit']);
        // with DigiD a TPM counts a year from its report, as tpm-ontbreekt says, whatever its geldig tot
        const tpm = 'bewijs tpm "T" rapport 2025-11-30 geldig tot 2027-11-30';
        assert.deepEqual(beheerSamenvatting((await leesOp(metBeheer(`beheer { ${tpm} digid }`))).parseResult.value, PEILDATUM)[1], '0 bewijsstukken geldig, 1 verlopen');
        assert.deepEqual(beheerSamenvatting((await leesOp(metBeheer(`beheer { ${tpm} }`))).parseResult.value, PEILDATUM)[1], '1 bewijsstuk geldig');
    });

    it('snelle oplossing: de evaluatie van de peildatum vastleggen, ook zonder laatst; daarna geen melding meer', async () => {
        for (const evaluatie of ['evaluatie elke 6 maanden laatst 2026-05-12', 'evaluatie elke 6 maanden']) {
            const tekst = metBeheer(`beheer { eigenaar "E" ${evaluatie} }`);
            const document = await leesOp(tekst);
            const diagnose = document.diagnostics!.find(d => d.code === 'evaluatie-te-laat')!;
            const acties = await opPeildatum.lsp.CodeActionProvider!.getCodeActions(document, {
                textDocument: { uri: document.uri.toString() }, range: diagnose.range, context: { diagnostics: [diagnose] }
            }) as CodeAction[];
            assert.equal(acties[0].title, 'Leg de evaluatie van 2 december 2026 vast (laatst 2026-12-02)');
            const nieuw = pasToe(tekst, Object.values(acties[0].edit!.changes!).flat());
            assert.ok(nieuw.includes('evaluatie elke 6 maanden laatst 2026-12-02 }'), nieuw);
            const na = await leesOp(nieuw);
            assert.ok(!na.diagnostics!.some(d => String(d.code).startsWith('evaluatie')), evaluatie);
        }
    });

    it('aanvullen: de sleutelwoorden van het blok en de waarden van risico', async () => {
        const tekst = metBeheer('beheer { risico  }');
        const document = await leesOp(tekst);
        const na = positie(tekst, 'risico ') + 'risico '.length;
        const lijst = await opPeildatum.lsp.CompletionProvider!.getCompletion(document, {
            textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(na)
        });
        const labels = (lijst?.items ?? []).map((i: CompletionItem) => i.label);
        for (const waarde of ['hoog', 'midden', 'laag']) assert.ok(labels.includes(waarde), `${waarde} in ${labels.join(', ')}`);
        const leeg = metBeheer('beheer {  }');
        const binnen = await leesOp(leeg);
        const items = (await opPeildatum.lsp.CompletionProvider!.getCompletion(binnen, {
            textDocument: { uri: binnen.uri.toString() }, position: binnen.textDocument.positionAt(positie(leeg, 'beheer { ') + 'beheer { '.length)
        }))?.items ?? [];
        for (const woord of ['eigenaar', 'risico', 'evaluatie', 'bewijs', 'digid', 'melding']) {
            assert.ok(items.some(i => i.label === woord), woord);
        }
        // the documentation comes on completionItem/resolve, as the editor asks for it
        const digid = losOp(items.find(i => i.label === 'digid')!, opPeildatum.shared.workspace.LangiumDocuments);
        assert.match(String((digid.documentation as { value: string }).value), /TPM/);
    });

    it('aanvullen: de soorten bewijs van Bijlage 2, maand of maanden, en de besluiten op een melding', async () => {
        const labelsNa = async (beheer: string, na: string) => {
            const tekst = metBeheer(beheer);
            const document = await leesOp(tekst);
            const lijst = await opPeildatum.lsp.CompletionProvider!.getCompletion(document, {
                textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(positie(tekst, na) + na.length)
            });
            return (lijst?.items ?? []).map(i => i.label);
        };
        assert.deepEqual(await labelsNa('beheer { bewijs  }', 'bewijs '), ['certificering', 'externeControles', 'tpm', 'eigenControles']);
        assert.deepEqual(await labelsNa('beheer { evaluatie elke 6  }', 'elke 6 '), ['maand', 'maanden']);
        assert.deepEqual(await labelsNa('beheer { melding subverwerker X besluit  }', 'besluit '), ['akkoord', 'bezwaar']);
        const naMelding = await labelsNa('beheer { melding subverwerker X  }', 'subverwerker X ');
        for (const woord of ['ontvangen', 'bezwaar', 'besluit']) assert.ok(naMelding.includes(woord), `${woord} in ${naMelding.join(', ')}`);
    });

    it('opmaak: één veld per regel, ingesprongen; idempotent', async () => {
        const rommelig = metBeheer('beheer {   eigenaar   "E"  risico hoog\n evaluatie   elke 6  maanden laatst   2026-11-01 bewijs tpm "T"   rapport 2026-06-01\n digid }');
        const document = await lees(rommelig);
        const edits = await opPeildatum.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: { tabSize: 4, insertSpaces: true } });
        const netjes = pasToe(rommelig, edits);
        assert.match(netjes, /\n {4}beheer \{\n {8}eigenaar "E"\n {8}risico hoog\n {8}evaluatie elke 6 maanden laatst 2026-11-01\n {8}bewijs tpm "T" rapport 2026-06-01\n {8}digid\n {4}\}\n/);
        const weer = await lees(netjes);
        assert.deepEqual(await opPeildatum.lsp.Formatter!.formatDocument(weer, { textDocument: { uri: weer.uri.toString() }, options: { tabSize: 4, insertSpaces: true } }), []);
    });

    it('de weergave (Markdown, HTML, DOCX) is met en zonder beheer gelijk: beheer is geen tekst van de overeenkomst', async () => {
        const met = voorbeeld(ZAAKSYSTEEM);
        const zonder = met.replace(/\n\s*\/\/ Beheer na de ondertekening[^\n]*\n\s*beheer \{[\s\S]*?\n {4}\}\n/, '\n');
        assert.notEqual(zonder, met, 'het voorbeeld heeft een blok beheer');
        assert.ok(!zonder.includes('beheer {'));
        const metDoc = (await lees(met)).parseResult.value;
        const zonderDoc = (await lees(zonder)).parseResult.value;
        assert.ok(metDoc.$type === Overeenkomst.$type && metDoc.beheer && !zonderDoc.beheer);
        for (const formaat of ['md', 'html'] as const) {
            assert.equal(await render(metDoc, formaat), await render(zonderDoc, formaat), formaat);
        }
        // the document to sign: every part of the DOCX, byte for byte, but the creation time
        const delen = async (o: Overeenkomst) => docxDelen(await render(o, 'docx') as Uint8Array);
        const [metDocx, zonderDocx] = [await delen(metDoc), await delen(zonderDoc)];
        assert.deepEqual(metDocx.map(([naam]) => naam), zonderDocx.map(([naam]) => naam));
        for (const [i, [naam, inhoud]] of metDocx.entries()) assert.ok(inhoud === zonderDocx[i][1], naam);
        assert.ok(metDocx.some(([naam]) => naam === 'word/document.xml') && metDocx.some(([naam]) => naam === 'docProps/core.xml'));
        assert.ok(!String(await render(metDoc, 'md')).includes('Teamleider Burgerzaken'));
    });
});
