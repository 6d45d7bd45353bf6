import { strict as assert } from 'node:assert';
import { expectCompletion } from 'langium/test';
import type { CompletionItem, CompletionList, MarkupContent } from 'vscode-languageserver';
import { InsertTextFormat } from 'vscode-languageserver';
import { losOp } from '../../../language/lsp/vwo-completion-resolve.js';
import { lees, opruimen, Vwo } from '../../hulp.js';

const completion = expectCompletion(Vwo);

/** The completion list at `|` in `tekst`, sorted as the editor shows it. */
async function aanvullingen(tekstMetCursor: string): Promise<CompletionItem[]> {
    const offset = tekstMetCursor.indexOf('|');
    const tekst = tekstMetCursor.slice(0, offset) + tekstMetCursor.slice(offset + 1);
    const document = await lees(tekst);
    const lijst = await Vwo.lsp.CompletionProvider!.getCompletion(document, {
        textDocument: { uri: document.uri.toString() },
        position: document.textDocument.positionAt(offset)
    }) as CompletionList;
    return [...lijst.items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label) || a.label.localeCompare(b.label));
}

const labels = (items: CompletionItem[]) => items.map(i => i.label);
/** The documentation as the editor shows it: after `completionItem/resolve` (the list itself carries none). */
const documentatie = (item: CompletionItem | undefined) => {
    assert.equal(item?.documentation, undefined, 'documentatie hoort pas bij resolve');
    return (item && (losOp(item, Vwo.shared.workspace.LangiumDocuments).documentation as MarkupContent | undefined))?.value ?? '';
};
/** The text the item writes at the cursor. */
const ingevoegd = (item: CompletionItem) => item.textEdit?.newText ?? item.insertText ?? item.label;

describe('completion', () => {
    afterEach(opruimen);

    describe('na persoonsgegevens en betrokkenen: catalogus en eigen declaraties', () => {
        it('biedt de hele catalogus van Bijlage 1 (langium/test)', async () => {
            await completion({
                text: 'overeenkomst X { verwerking V { persoonsgegevens <|> } }',
                index: 0,
                assert: lijst => {
                    for (const naam of ['Arbeidsgegevens', 'BSN', 'Gezondheidsgegevens', 'PersoonlijkeGegevens', 'StrafrechtelijkeGegevens']) {
                        assert.ok(lijst.items.some(i => i.label === naam), `${naam} ontbreekt`);
                    }
                    assert.equal(lijst.items.length, 19);
                }
            });
        });

        it('detail: weergave · juridische klasse; bijzondere categorieën zichtbaar gemarkeerd', async () => {
            const items = await aanvullingen('overeenkomst X { verwerking V { persoonsgegevens | } }');
            const bsn = items.find(i => i.label === 'BSN')!;
            assert.equal(bsn.detail, 'BSN · burgerservicenummer (art. 46 UAVG)');
            assert.equal(bsn.labelDetails?.description, '⚠ art. 46 UAVG');
            assert.equal(items.find(i => i.label === 'Gezondheidsgegevens')!.labelDetails?.description, '⚠ art. 9 AVG');
            assert.equal(items.find(i => i.label === 'StrafrechtelijkeGegevens')!.labelDetails?.description, '⚠ art. 10 AVG');
            assert.equal(items.find(i => i.label === 'Contactgegevens')!.labelDetails?.description, undefined);
            assert.match(documentatie(items.find(i => i.label === 'PersoonlijkeGegevens')), /Naam, geboortedatum/);
        });

        it('na een komma: eigen declaraties eerst, al gebruikte categorieën achteraan', async () => {
            const items = await aanvullingen('overeenkomst X { categorie Zorgindicatie "Indicatie Wmo" bijzonder verwerking V { persoonsgegevens BSN, | } }');
            assert.equal(items[0].label, 'Zorgindicatie');
            assert.equal(items[0].detail, 'Indicatie Wmo · eigen categorie · bijzonder');
            assert.equal(items[0].labelDetails?.description, '⚠ bijzonder');
            assert.equal(items[items.length - 1].label, 'BSN');
        });

        it('zoeken op de weergave van de standaard: "Indieners" vindt Aanvragers, "lidmaat" Vakbondslidmaatschap', async () => {
            assert.deepEqual(labels(await aanvullingen('overeenkomst X { verwerking V { betrokkenen Indie| } }')), ['Aanvragers']);
            assert.deepEqual(labels(await aanvullingen('overeenkomst X { verwerking V { betrokkenen Raadsl| } }')), ['Bestuurders']);
            assert.deepEqual(labels(await aanvullingen('overeenkomst X { verwerking V { persoonsgegevens lidmaat| } }')), ['Vakbondslidmaatschap']);
        });

        it('betrokkenen: catalogus en eigen betrokkenen met hun weergave', async () => {
            const items = await aanvullingen('overeenkomst X { betrokkene Mantelzorgers "Mantelzorgers" verwerking V { betrokkenen | } }');
            assert.equal(items[0].label, 'Mantelzorgers');
            assert.equal(items.find(i => i.label === 'Aanvragers')!.detail, 'Aanvragers/Indieners');
            assert.equal(items.find(i => i.label === 'Bestuurders')!.detail, 'Bestuurders/Raadsleden');
            assert.equal(items.length, 12);
        });
    });

    describe('landen', () => {
        it('na doorgifte: "Verenigde" vindt US, met filterText op de Nederlandse naam', async () => {
            const items = await aanvullingen('overeenkomst X { verwerking V { doorgifte Verenigde| } }');
            assert.deepEqual(labels(items), ['US', 'AE']);
            assert.equal(items[0].filterText, 'US Verenigde Staten');
            assert.equal(items[0].labelDetails?.description, 'adequaat (beperkt)');
            assert.match(documentatie(items[0]), /Data Privacy Framework/);
        });

        it('na doorgifte: derde landen met adequaatheidsbesluit eerst, EER-landen achteraan', async () => {
            const items = await aanvullingen('overeenkomst X { verwerking V { doorgifte | } }');
            assert.ok(items.length > 240);
            const eerste = items.findIndex(i => i.labelDetails?.description === 'EER');
            assert.ok(items.slice(eerste).every(i => i.labelDetails?.description === 'EER'), 'alle EER-landen achteraan');
            assert.equal(items.slice(eerste).length, 37, '30 EER-staten en 7 gebieden die EU-grondgebied zijn');
            assert.ok(items.slice(eerste).some(i => i.label === 'RE'), 'Réunion is EU-grondgebied');
            assert.equal(items.find(i => i.label === 'BQ')!.labelDetails?.description, 'derde land', 'Caribisch Nederland is geen EU-grondgebied');
            assert.equal(items.find(i => i.label === 'CH')!.labelDetails?.description, 'adequaat');
            assert.equal(items.find(i => i.label === 'CN')!.labelDetails?.description, 'derde land');
            assert.ok(items.findIndex(i => i.label === 'CH') < items.findIndex(i => i.label === 'CN'));
        });

        it('na land in een subverwerker: op code en naam; typen van de code werkt ook', async () => {
            const items = await aanvullingen('overeenkomst X { subverwerker S { land Zwits| } }');
            assert.deepEqual(labels(items), ['CH']);
            assert.ok(labels(await aanvullingen('overeenkomst X { subverwerker S { land D| } }')).includes('DE'));
        });
    });

    describe('vaste waarden', () => {
        it('na instrument: de zes instrumenten met uitleg', async () => {
            const items = await aanvullingen('overeenkomst X { verwerking V { doorgifte US instrument | } }');
            assert.deepEqual(labels(items), ['Adequaatheidsbesluit', 'Art49', 'SCC', 'BCR', 'Gedragscode', 'AdHoc']);
            assert.equal(items[2].detail, '3. Standaard bepalingen (standard contractual clauses SCCs)');
            assert.match(items[2].labelDetails!.description!, /maatregelen vereist/);
            assert.match(documentatie(items[2]), /module 3/);
        });

        it('na bestuursorgaan: college, burgemeester, raad', async () => {
            await completion({
                text: 'overeenkomst X { verwerkingsverantwoordelijke { bestuursorgaan <|> } }',
                index: 0,
                expectedItems: ['burgemeester', 'college', 'raad']
            });
        });

        it('na standaard: de ondersteunde versies', async () => {
            const items = await aanvullingen('overeenkomst X { standaard | }');
            assert.deepEqual(labels(items), ['"2.3-3"']);
            assert.match(items[0].detail!, /19-01-2021/);
        });

        it('na subverwerkers: de gedeclareerde subverwerkers', async () => {
            const items = await aanvullingen('overeenkomst X { subverwerker Mail { naam "Example Mail Inc." uitbesteed "E-mail" land US } subverwerker Opslag { naam "Opslag B.V." } verwerking V { subverwerkers | } }');
            assert.deepEqual(labels(items), ['Mail', 'Opslag']);
            assert.equal(items[0].detail, 'Example Mail Inc. · E-mail');
            assert.equal(items[0].labelDetails?.description, 'US');
        });

        it('na afwijking: de artikelnummers met hun kop, de oorspronkelijke tekst als documentatie', async () => {
            const items = await aanvullingen('overeenkomst X { afwijking | }');
            assert.deepEqual(labels(items).slice(0, 4), ['"1"', '"1.1"', '"1.2"', '"2"']);
            const subverwerkers = items.find(i => i.label === '"4.5"')!;
            assert.equal(subverwerkers.labelDetails?.description, 'Subverwerkers');
            assert.match(documentatie(subverwerkers), /bekende subverwerkers vermeldt Verwerker in tabel 3/);
            assert.equal(items.length, 29);
        });

        it('na afwijking zonder blok: het hele blok, met de tekst van het lid om aan te passen', async () => {
            const items = await aanvullingen('overeenkomst X { afwijking | }');
            const lid = items.find(i => i.label === '"5.1"')!;
            assert.equal(lid.insertTextFormat, InsertTextFormat.Snippet);
            const tekst = ingevoegd(lid);
            assert.match(tekst, /^"5\.1" \{\n\ttekst "\$\{1:Verwerker zal Verwerkingsverantwoordelijke zonder onredelijke vertraging, maar uiterlijk binnen 24 uur/);
            assert.match(tekst, /\n\tmotivering "\$\{2:[^}]*\}"\n\}$/);
            const metBlok = await aanvullingen('overeenkomst X { afwijking | { tekst "t" } }');
            assert.equal(ingevoegd(metBlok.find(i => i.label === '"5.1"')!), '"5.1"');
        });
    });

    describe('keywords die bij het blok passen', () => {
        it('in een subverwerker alleen de velden van tabel 3, geen gemeente', async () => {
            await completion({
                text: 'overeenkomst X { subverwerker S { <|> } }',
                index: 0,
                expectedItems: ['contact', 'kvk', 'land', 'naam', 'registratie', 'toepassing', 'uitbesteed']
            });
        });

        it('een veld dat al is ingevuld wordt niet nogmaals aangeboden', async () => {
            const items = await aanvullingen('overeenkomst X { subverwerker S { naam "x" | } }');
            assert.ok(!labels(items).includes('naam'));
            const bovenaan = await aanvullingen('overeenkomst X { standaard "2.3-3" verwerker { } | }');
            assert.ok(!labels(bovenaan).includes('verwerker'));
            assert.ok(!labels(bovenaan).includes('standaard'));
            assert.ok(labels(bovenaan).includes('verwerking'));
            const naDoorgifte = labels(await aanvullingen('overeenkomst X { verwerking V { doorgifte US instrument SCC | } }'));
            assert.ok(naDoorgifte.includes('maatregelen') && !naDoorgifte.includes('instrument'));
            assert.ok(naDoorgifte.includes('doorgifte'), 'een tweede doorgifte mag');
        });

        it('keywords dragen hun betekenis en artikel als documentatie', async () => {
            const items = await aanvullingen('overeenkomst X { | }');
            const subverwerker = items.find(i => i.label === 'subverwerker')!;
            assert.equal(subverwerker.detail, 'Subverwerker');
            assert.match(documentatie(subverwerker), /\*\*art\. 4\.5\*\*/);
        });

        it('snippets voor hele blokken met tabstops, alleen waar het blok mag', async () => {
            const items = await aanvullingen('overeenkomst X { | }');
            const snippet = items.find(i => i.label === 'subverwerker …')!;
            assert.equal(snippet.insertTextFormat, InsertTextFormat.Snippet);
            assert.match(ingevoegd(snippet), /subverwerker \$\{1:Naam\} \{\n\tnaam "\$\{2:bedrijfsnaam\}"/);
            assert.match(documentatie(snippet), /^```vwo\nsubverwerker Naam \{\n {4}naam "bedrijfsnaam"/);
            assert.ok(labels(items).includes('verwerking …'));
            assert.ok(labels(items).includes('beveiliging …'));
            const inVerwerking = await aanvullingen('overeenkomst X { verwerking V { | } }');
            assert.ok(!labels(inVerwerking).includes('subverwerker …'));
            assert.ok(labels(inVerwerking).includes('doorgifte …'));
            const leeg = await aanvullingen('|');
            assert.deepEqual(labels(leeg), ['overeenkomst', 'profiel', 'overeenkomst …', 'profiel …']);
            // in an agreement `profiel` names a profile: no block to write there
            const inOvereenkomst = labels(await aanvullingen('overeenkomst X { | }'));
            assert.ok(inOvereenkomst.includes('profiel') && !inOvereenkomst.includes('profiel …'));
        });
    });
});
