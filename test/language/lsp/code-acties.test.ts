import { strict as assert } from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, SnippetTextEdit, TextEdit } from 'vscode-languageserver-types';
import { VwoCodeActionProvider } from '../../../language/lsp/code-acties/index.js';
import { diagnoses, lees, opruimen, voorbeeld, Vwo, WEBFORMULIEREN, ZAAKSYSTEEM } from '../../hulp.js';

const provider = Vwo.lsp.CodeActionProvider as VwoCodeActionProvider;

/** The quick fixes for the (first) diagnostic with `code`. */
async function oplossingen(tekst: string, code: string): Promise<{ diagnose: Diagnostic; acties: CodeAction[] }> {
    const document = await lees(tekst);
    const diagnose = (document.diagnostics ?? []).find(d => d.code === code);
    assert.ok(diagnose, `geen ${code} in:\n${(document.diagnostics ?? []).map(d => `${d.code} ${d.message}`).join('\n')}`);
    const acties = await provider.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() }, range: diagnose.range, context: { diagnostics: [diagnose] }
    }) as CodeAction[];
    for (const actie of acties) {
        assert.equal(actie.kind, 'quickfix');
        assert.deepEqual(actie.diagnostics, [diagnose]);
    }
    return { diagnose, acties };
}

/** Applies a code action's edits to the text (plain `changes` or `documentChanges` with snippets). */
function pasToe(tekst: string, actie: CodeAction): string {
    const edits: Array<TextEdit | SnippetTextEdit> = actie.edit?.changes
        ? Object.values(actie.edit.changes).flat()
        : (actie.edit?.documentChanges ?? []).flatMap(c => 'edits' in c ? c.edits : []);
    const document = TextDocument.create('file:///x.vwo', 'vwo', 1, tekst);
    const opOffset = edits.map(e => ({
        start: document.offsetAt(e.range.start), end: document.offsetAt(e.range.end),
        tekst: 'newText' in e ? e.newText : e.snippet.value
    })).sort((a, b) => b.start - a.start);
    let resultaat = tekst;
    for (const e of opOffset) resultaat = resultaat.slice(0, e.start) + e.tekst + resultaat.slice(e.end);
    return resultaat;
}

function actie(acties: CodeAction[], titel: string | RegExp): CodeAction {
    const gevonden = acties.find(a => typeof titel === 'string' ? a.title === titel : titel.test(a.title));
    assert.ok(gevonden, `geen actie '${titel}' in: ${acties.map(a => a.title).join(' | ')}`);
    return gevonden;
}

/** Re-validates: the code is gone and nothing new of the error kind appeared except the allowed codes. */
async function schoonVoor(tekst: string, code: string): Promise<Diagnostic[]> {
    await opruimen();
    const gevonden = await diagnoses(tekst);
    assert.deepEqual(gevonden.filter(d => d.code === code).map(d => d.message), [], `${code} is na de oplossing verdwenen`);
    assert.deepEqual(gevonden.filter(d => d.code === 'syntaxfout').map(d => d.message), [], 'geen syntaxfouten');
    return gevonden;
}

/** The text a diagnostic covers. */
function onder(tekst: string, d: Diagnostic): string {
    return TextDocument.create('file:///x.vwo', 'vwo', 1, tekst).getText(d.range);
}

const zwolle = () => voorbeeld(ZAAKSYSTEEM);
const veste = () => voorbeeld(WEBFORMULIEREN);

describe('snelle oplossingen', () => {
    afterEach(async () => {
        provider.snippets = false;
        await opruimen();
    });

    describe('subverwerker-niet-vermeld', () => {
        const tekst = () => zwolle().replace('subverwerkers Rekencentrum', 'subverwerkers Rekencentrum, Archiefdienst');

        it('voegt een stub toe aan tabel 3, na de laatste subverwerker en ingesprongen als de rest', async () => {
            const { acties } = await oplossingen(tekst(), 'subverwerker-niet-vermeld');
            const nieuw = pasToe(tekst(), actie(acties, "Voeg subverwerker 'Archiefdienst' toe aan tabel 3"));
            assert.match(nieuw, /        land US\n    }\n\n    subverwerker Archiefdienst {\n        naam ""\n        contact ""\n        kvk ""\n        uitbesteed ""\n        toepassing ""\n    }\n\n    \/\/ Bijlage 2/);
            const na = await schoonVoor(nieuw, 'subverwerker-niet-vermeld');
            assert.ok(na.some(d => d.code === 'subverwerker-onvolledig'), 'de stub moet nog worden ingevuld');
        });

        it('geeft velden als snippet-plaatshouders als de client dat ondersteunt', async () => {
            provider.snippets = true;
            const { acties } = await oplossingen(tekst(), 'subverwerker-niet-vermeld');
            const toevoegen = actie(acties, "Voeg subverwerker 'Archiefdienst' toe aan tabel 3");
            assert.equal(toevoegen.edit?.changes, undefined);
            const edit = toevoegen.edit!.documentChanges![0] as { edits: SnippetTextEdit[] };
            assert.match(edit.edits[0].snippet.value, /naam "\$\{1:bedrijfsnaam\}"\n {8}contact "\$\{2:plaats, e-mailadres\}"/);
            assert.match(edit.edits[0].snippet.value, /land \$\{6:XX\}/);
        });

        it('verwijdert de verwijzing uit de verwerking', async () => {
            const { acties } = await oplossingen(tekst(), 'subverwerker-niet-vermeld');
            const nieuw = pasToe(tekst(), actie(acties, "Verwijder 'Archiefdienst' uit verwerking 'Zaakafhandeling'"));
            assert.ok(nieuw.includes('        subverwerkers Rekencentrum\n'));
            await schoonVoor(nieuw, 'subverwerker-niet-vermeld');
        });

        it('vervangt een tikfout door de bedoelde subverwerker', async () => {
            const fout = zwolle().replace('subverwerkers Mailgateway', 'subverwerkers Mailgatewy');
            const { acties } = await oplossingen(fout, 'subverwerker-niet-vermeld');
            const vervang = actie(acties, 'Vervang door Mailgateway');
            assert.equal(vervang.isPreferred, true);
            const nieuw = pasToe(fout, vervang);
            assert.equal(nieuw, zwolle());
            await schoonVoor(nieuw, 'subverwerker-niet-vermeld');
        });
    });

    it('onbekende-categorie: vervangt door de suggestie of declareert een eigen categorie', async () => {
        const fout = zwolle().replace('persoonsgegevens Contactgegevens, PersoonlijkeGegevens', 'persoonsgegevens Contactgegeven, PersoonlijkeGegevens');
        const { acties } = await oplossingen(fout, 'onbekende-categorie');
        assert.equal(pasToe(fout, actie(acties, 'Vervang door Contactgegevens')), zwolle());
        const gedeclareerd = pasToe(fout, actie(acties, "Declareer 'categorie Contactgegeven'"));
        assert.ok(gedeclareerd.includes('    categorie Contactgegeven ""\n\n    verwerking Zaakafhandeling {'), gedeclareerd);
        await schoonVoor(gedeclareerd, 'onbekende-categorie');
    });

    it('onbekende-betrokkene: vervangt door de suggestie of declareert een eigen betrokkene, na de eigen declaraties', async () => {
        const fout = veste().replace('Aanvragers, Websitebezoekers, Mantelzorgers', 'Aanvragers, Websitebezoeker, Mantelzorgers');
        const { acties } = await oplossingen(fout, 'onbekende-betrokkene');
        assert.equal(pasToe(fout, actie(acties, 'Vervang door Websitebezoekers')), veste());
        const gedeclareerd = pasToe(fout, actie(acties, "Declareer 'betrokkene Websitebezoeker'"));
        assert.ok(gedeclareerd.includes('    betrokkene Mantelzorgers "Mantelzorgers"\n    betrokkene Websitebezoeker ""\n'), gedeclareerd);
        await schoonVoor(gedeclareerd, 'onbekende-betrokkene');
    });

    it('onbekend-land: UK wordt GB', async () => {
        const fout = zwolle().replace('doorgifte US instrument SCC', 'doorgifte UK instrument SCC');
        const { acties } = await oplossingen(fout, 'onbekend-land');
        const nieuw = pasToe(fout, actie(acties, 'Vervang door GB'));
        assert.ok(nieuw.includes('doorgifte GB instrument SCC'));
        await schoonVoor(nieuw, 'onbekend-land');
    });

    it('onbekend-instrument: SCCs wordt SCC', async () => {
        const fout = zwolle().replace('instrument SCC', 'instrument SCCs');
        const { acties } = await oplossingen(fout, 'onbekend-instrument');
        assert.equal(pasToe(fout, actie(acties, 'Vervang door SCC')), zwolle());
        await schoonVoor(zwolle(), 'onbekend-instrument');
    });

    it('onbekend-artikel: "5,1" wordt "5.1"', async () => {
        const fout = veste().replace('afwijking "5.1"', 'afwijking "5,1"');
        const { acties } = await oplossingen(fout, 'onbekend-artikel');
        const nieuw = pasToe(fout, actie(acties, 'Vervang door "5.1"'));
        assert.equal(nieuw, veste());
        await schoonVoor(nieuw, 'onbekend-artikel');
    });

    it('onbekende-standaard: gebruikt de ondersteunde versie', async () => {
        const fout = zwolle().replace('standaard "2.3-3"', 'standaard "2.3"');
        const { acties } = await oplossingen(fout, 'onbekende-standaard');
        const nieuw = pasToe(fout, actie(acties, 'Gebruik standaard "2.3-3"'));
        assert.equal(nieuw, zwolle());
        await schoonVoor(nieuw, 'onbekende-standaard');
    });

    it('ongeldige-datum: vult maand en dag aan met een nul', async () => {
        const fout = zwolle().replace('gesloten 2024-03-01', 'gesloten 2024-3-1');
        const { acties } = await oplossingen(fout, 'ongeldige-datum');
        const nieuw = pasToe(fout, actie(acties, 'Schrijf 2024-03-01'));
        assert.equal(nieuw, zwolle());
        await schoonVoor(nieuw, 'ongeldige-datum');
    });

    it('ongeldige-datum: geen oplossing voor een datum die niet bestaat', async () => {
        const fout = zwolle().replace('gesloten 2024-03-01', 'gesloten 2024-02-30');
        const { acties } = await oplossingen(fout, 'ongeldige-datum');
        assert.deepEqual(acties, []);
    });

    describe('doorgiften', () => {
        const zonderDoorgifte = () => zwolle().replace(
            '\n        doorgifte US instrument SCC\n            maatregelen "Versleuteling; sleutels worden uitsluitend in de EER beheerd"', '');

        it('doorgifte-via-subverwerker: vermeldt de doorgifte als laatste regel van de verwerking', async () => {
            const tekst = zonderDoorgifte();
            const { acties } = await oplossingen(tekst, 'doorgifte-via-subverwerker');
            const vermeld = actie(acties, "Vermeld 'doorgifte US instrument SCC maatregelen …'");
            assert.equal(vermeld.isPreferred, true);
            const nieuw = pasToe(tekst, vermeld);
            assert.ok(nieuw.includes('        subverwerkers Mailgateway\n        doorgifte US instrument SCC maatregelen ""\n    }'), nieuw);
            const na = await schoonVoor(nieuw, 'doorgifte-via-subverwerker');
            // The empty measures are the next thing to fill in, and the diagnostic says so where to type.
            const leeg = na.find(d => d.code === 'aanvullende-maatregelen-ontbreken')!;
            assert.equal(onder(nieuw, leeg), '""');
            await schoonVoor(nieuw.replace('maatregelen ""', 'maatregelen "Versleuteling"'), 'aanvullende-maatregelen-ontbreken');
        });

        it('doorgifte-via-subverwerker: een land met een volledig adequaatheidsbesluit krijgt dat als voorstel', async () => {
            const tekst = zwolle().replace('land US', 'land CH').replace('doorgifte US instrument SCC', 'doorgifte GB instrument SCC');
            const { acties } = await oplossingen(tekst, 'doorgifte-via-subverwerker');
            assert.deepEqual(acties.map(a => a.title), ["Vermeld 'doorgifte CH instrument Adequaatheidsbesluit'", "Vermeld 'doorgifte CH instrument SCC maatregelen …'"]);
            await schoonVoor(pasToe(tekst, acties[0]), 'doorgifte-via-subverwerker');
        });

        it('doorgifte-zonder-instrument: voegt het instrument toe na het land', async () => {
            const fout = zwolle().replace('doorgifte US instrument SCC\n            maatregelen', 'doorgifte US\n            maatregelen');
            const { acties } = await oplossingen(fout, 'doorgifte-zonder-instrument');
            const nieuw = pasToe(fout, actie(acties, "Voeg 'instrument SCC' toe"));
            assert.equal(nieuw, zwolle(), 'de bestaande maatregelen blijven staan');
            await schoonVoor(nieuw, 'doorgifte-zonder-instrument');
            const kaal = zwolle().replace('doorgifte US instrument SCC\n            maatregelen "Versleuteling; sleutels worden uitsluitend in de EER beheerd"', 'doorgifte US');
            const zonder = await oplossingen(kaal, 'doorgifte-zonder-instrument');
            const aangevuld = pasToe(kaal, actie(zonder.acties, "Voeg 'instrument SCC' toe"));
            assert.ok(aangevuld.includes('doorgifte US instrument SCC maatregelen ""\n'), aangevuld);
            await schoonVoor(aangevuld, 'doorgifte-zonder-instrument');
        });

        it('aanvullende-maatregelen-ontbreken: voegt maatregelen toe na het instrument', async () => {
            const fout = zwolle().replace('\n            maatregelen "Versleuteling; sleutels worden uitsluitend in de EER beheerd"', '');
            const { acties } = await oplossingen(fout, 'aanvullende-maatregelen-ontbreken');
            const nieuw = pasToe(fout, actie(acties, "Voeg 'maatregelen' toe"));
            assert.ok(nieuw.includes('doorgifte US instrument SCC maatregelen ""\n'));
            await schoonVoor(nieuw.replace('maatregelen ""', 'maatregelen "Versleuteling"'), 'aanvullende-maatregelen-ontbreken');
        });

        it('geen-adequaatheidsbesluit: kiest SCC met maatregelen', async () => {
            const fout = veste().replace('land CH', 'land IN').replace('doorgifte CH instrument Adequaatheidsbesluit', 'doorgifte IN instrument Adequaatheidsbesluit');
            const { acties } = await oplossingen(fout, 'geen-adequaatheidsbesluit');
            const nieuw = pasToe(fout, actie(acties, 'Gebruik SCC met aanvullende maatregelen'));
            assert.ok(nieuw.includes('doorgifte IN instrument SCC maatregelen ""'));
            await schoonVoor(nieuw, 'geen-adequaatheidsbesluit');
        });

        it('doorgifte-binnen-eer: verwijdert de regel', async () => {
            const fout = zwolle().replace('        subverwerkers Rekencentrum\n', '        subverwerkers Rekencentrum\n        doorgifte DE\n');
            const { acties } = await oplossingen(fout, 'doorgifte-binnen-eer');
            const nieuw = pasToe(fout, actie(acties, 'Verwijder de doorgifte naar DE'));
            assert.equal(nieuw, zwolle());
            await schoonVoor(nieuw, 'doorgifte-binnen-eer');
        });
    });

    it('ontbrekend-bestuursorgaan: één oplossing per bestuursorgaan', async () => {
        const fout = zwolle().replace(/\n\s*bestuursorgaan college[^\n]*/, '');
        const { acties } = await oplossingen(fout, 'ontbrekend-bestuursorgaan');
        assert.deepEqual(acties.map(a => a.title), ["Voeg 'bestuursorgaan college' toe", "Voeg 'bestuursorgaan burgemeester' toe", "Voeg 'bestuursorgaan raad' toe"]);
        const nieuw = pasToe(fout, acties[1]);
        assert.ok(nieuw.includes('    verwerkingsverantwoordelijke {\n        bestuursorgaan burgemeester\n        gemeente "Zwolle"'), nieuw);
        await schoonVoor(nieuw, 'ontbrekend-bestuursorgaan');
    });

    it('ontbrekende-contactpersoon: voegt een blok toe aan tabel 2', async () => {
        const fout = zwolle().replace(/    contactpersoon verwerker \{[^}]*\}\n/, '');
        const { acties } = await oplossingen(fout, 'ontbrekende-contactpersoon');
        const nieuw = pasToe(fout, actie(acties, "Voeg 'contactpersoon verwerker' toe aan tabel 2"));
        assert.ok(nieuw.includes('        buitenKantooruren "06 00000000"\n    }\n\n    contactpersoon verwerker {\n        naam ""\n        email ""\n        telefoon ""\n        buitenKantooruren ""\n    }\n'), nieuw);
        await schoonVoor(nieuw, 'ontbrekende-contactpersoon');
    });

    it('ontbrekende-contactpersoon: die van de verwerkingsverantwoordelijke komt vooraan in tabel 2', async () => {
        const fout = zwolle().replace(/    contactpersoon verwerkingsverantwoordelijke \{[^}]*\}\n/, '');
        const { acties } = await oplossingen(fout, 'ontbrekende-contactpersoon');
        const nieuw = pasToe(fout, acties[0]);
        assert.ok(nieuw.includes('    contactpersoon verwerkingsverantwoordelijke {\n        naam ""\n        email ""\n        telefoon ""\n        buitenKantooruren ""\n    }\n    contactpersoon verwerker {'), nieuw);
        await schoonVoor(nieuw, 'ontbrekende-contactpersoon');
    });

    it('niet-bereikbaar-buiten-kantooruren: voegt het veld toe; de melding wijst dan de lege tekst aan', async () => {
        const tekst = veste();
        const { acties } = await oplossingen(tekst, 'niet-bereikbaar-buiten-kantooruren');
        const nieuw = pasToe(tekst, actie(acties, "Voeg 'buitenKantooruren' toe"));
        assert.ok(nieuw.includes('        telefoon "030 000 0000"\n        buitenKantooruren ""\n    }'), nieuw);
        await opruimen();
        const na = (await diagnoses(nieuw)).filter(d => d.code === 'niet-bereikbaar-buiten-kantooruren');
        assert.deepEqual(na.map(d => onder(nieuw, d)), ['""']);
        await schoonVoor(nieuw.replace('buitenKantooruren ""', 'buitenKantooruren "030 000 0009"'), 'niet-bereikbaar-buiten-kantooruren');
    });

    it('subverwerker-ongebruikt: noemt hem bij een verwerking, of verwijdert hem uit tabel 3', async () => {
        const fout = zwolle().replace('    // Bijlage 2', '    subverwerker Archief {\n        naam "Archief B.V."\n    }\n\n    // Bijlage 2');
        const { acties } = await oplossingen(fout, 'subverwerker-ongebruikt');
        const noem = pasToe(fout, actie(acties, "Noem 'Archief' bij de subverwerkers van verwerking 'Zaakafhandeling'"));
        assert.ok(noem.includes('subverwerkers Rekencentrum, Archief\n'));
        await schoonVoor(noem, 'subverwerker-ongebruikt');
        const weg = pasToe(fout, actie(acties, "Verwijder subverwerker 'Archief' uit tabel 3"));
        assert.equal(weg, zwolle(), 'het blok en één lege regel verdwijnen');
        await schoonVoor(weg, 'subverwerker-ongebruikt');
    });

    it('afwijking-zonder-motivering: voegt een motivering toe', async () => {
        const fout = veste().replace(/\n\s*motivering "Kortere meldtermijn[^\n]*/, '');
        const { acties } = await oplossingen(fout, 'afwijking-zonder-motivering');
        const nieuw = pasToe(fout, actie(acties, "Voeg 'motivering' toe"));
        assert.match(nieuw, /Persoonsgegevens\."\n        motivering ""\n    }/);
        await schoonVoor(nieuw.replace('motivering ""', 'motivering "Omdat"'), 'afwijking-zonder-motivering');
    });

    it('ontbrekende-diensten: voegt het veld toe na de hoofdovereenkomst', async () => {
        const fout = zwolle().replace('    diensten "Levering, hosting en beheer van het zaaksysteem als SaaS-dienst"\n', '');
        const { acties } = await oplossingen(fout, 'ontbrekende-diensten');
        const nieuw = pasToe(fout, actie(acties, "Voeg 'diensten' toe"));
        assert.ok(nieuw.includes('gesloten 2024-03-01\n    diensten ""\n'), nieuw);
        await opruimen();
        const leeg = (await diagnoses(nieuw)).filter(d => d.code === 'ontbrekende-diensten');
        assert.deepEqual(leeg.map(d => onder(nieuw, d)), ['""'], 'de melding wijst de lege tekst aan');
        await schoonVoor(nieuw.replace('diensten ""', 'diensten "Hosting"'), 'ontbrekende-diensten');
    });

    it('ontbrekende-doeleinden: voegt het veld toe na de naam van de verwerking', async () => {
        const fout = zwolle().replace('        doeleinden "Beantwoorden van vragen van inwoners"\n', '');
        const { acties } = await oplossingen(fout, 'ontbrekende-doeleinden');
        const nieuw = pasToe(fout, actie(acties, "Voeg 'doeleinden' toe"));
        assert.ok(nieuw.includes('naam "Klantcontact per e-mail"\n        doeleinden ""\n'), nieuw);
        await schoonVoor(nieuw.replace('doeleinden ""', 'doeleinden "Vragen"'), 'ontbrekende-doeleinden');
    });

    it('ontbrekende-partij: voegt de gemeente of de naam van de verwerker toe', async () => {
        const fout = zwolle().replace('        gemeente "Zwolle"\n', '').replace('        naam "Voorbeeld Software B.V."\n', '');
        const { acties } = await oplossingen(fout, 'ontbrekende-partij');
        const nieuw = pasToe(fout, actie(acties, "Voeg 'gemeente' toe"));
        assert.ok(nieuw.includes('    verwerkingsverantwoordelijke {\n        gemeente ""\n'), nieuw);
        const metNaam = pasToe(nieuw, actie((await oplossingen(nieuw.replace('gemeente ""', 'gemeente "Zwolle"'), 'ontbrekende-partij')).acties, "Voeg 'naam' toe"));
        assert.ok(metNaam.includes('    verwerker {\n        naam ""\n'), metNaam);
        await schoonVoor(metNaam.replace('gemeente ""', 'gemeente "Zwolle"').replace('naam ""', 'naam "Voorbeeld Software B.V."'), 'ontbrekende-partij');
    });

    it('dubbel-veld: verwijdert het exemplaar dat niet meetelt, ook een heel blok', async () => {
        const fout = zwolle().replace('    diensten "Levering', '    diensten "Oud"\n    diensten "Levering');
        const { acties } = await oplossingen(fout, 'dubbel-veld');
        const nieuw = pasToe(fout, actie(acties, "Verwijder dit 'diensten' (het telt niet mee)"));
        assert.equal(nieuw, zwolle());
        await schoonVoor(nieuw, 'dubbel-veld');
        const blok = zwolle().replace('    // Bijlage 2\n', '    beveiliging {\n        normenstelsel BIO\n    }\n    // Bijlage 2\n');
        const { acties: blokActies } = await oplossingen(blok, 'dubbel-veld');
        const zonderBlok = pasToe(blok, actie(blokActies, "Verwijder dit 'beveiliging' (het telt niet mee)"));
        assert.equal(zonderBlok, zwolle());
        await schoonVoor(zonderBlok, 'dubbel-veld');
    });

    it('geeft geen oplossingen voor diagnoses zonder mechanische oplossing', async () => {
        const { acties } = await oplossingen(zwolle(), 'bijzondere-persoonsgegevens');
        assert.deepEqual(acties, []);
    });
});
