import { strict as assert } from 'node:assert';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { leesOp, metBeheer } from './hulp-beheer.js';

async function bevindingen(tekst: string): Promise<Array<{ code: string; tekst: string; bericht: string; ernst: number }>> {
    const document = await leesOp(tekst);
    return (document.diagnostics ?? []).map((d: Diagnostic) => ({
        code: String(d.code), tekst: document.textDocument.getText(d.range), bericht: String(d.message), ernst: d.severity ?? 1
    }));
}

async function code(tekst: string, gezocht: string) {
    return (await bevindingen(tekst)).filter(b => b.code === gezocht);
}

describe('beheer: de controles tegen de peildatum (2 december 2026)', () => {
    it('evaluatie-te-laat: laatst + cyclus vóór de peildatum, een waarschuwing op de cyclus met de datum', async () => {
        const [b] = await code(metBeheer('beheer { eigenaar "E" evaluatie elke 6 maanden laatst 2026-05-12 }'), 'evaluatie-te-laat');
        assert.equal(b.ernst, DiagnosticSeverity.Warning);
        assert.equal(b.tekst, '6');
        assert.match(b.bericht, /12 november 2026, 20 dagen geleden \(peildatum 2 december 2026\)/);
    });

    it('evaluatie-binnenkort: binnen 30 dagen, informatie; een dag na de grens niets', async () => {
        const [b] = await code(metBeheer('beheer { eigenaar "E" evaluatie elke 12 maanden laatst 2026-01-01 }'), 'evaluatie-binnenkort');
        assert.equal(b.ernst, DiagnosticSeverity.Information);
        assert.match(b.bericht, /1 januari 2027, over 30 dagen/);
        const later = await bevindingen(metBeheer('beheer { eigenaar "E" evaluatie elke 12 maanden laatst 2026-01-02 }'));
        assert.deepEqual(later.filter(x => x.code.startsWith('evaluatie')), []);
    });

    it('zonder laatst telt de cyclus vanaf de ondertekening', async () => {
        const [b] = await code(metBeheer('beheer { eigenaar "E" evaluatie elke 12 maanden }'), 'evaluatie-te-laat');
        assert.match(b.bericht, /1 februari 2025/);
    });

    it('bewijs-verlopen: een verlopen certificaat zegt dat de vrijstelling van audits van art. 4.2 vervalt', async () => {
        const [b] = await code(metBeheer('beheer { eigenaar "E" bewijs certificering "ISO 27001" geldig tot 2026-10-31 bewijs externeControles "ISAE" rapport 2026-01-15 }'), 'bewijs-verlopen');
        assert.equal(b.ernst, DiagnosticSeverity.Warning);
        assert.equal(b.tekst, '2026-10-31');
        assert.match(b.bericht, /vrijstelling van audits van art\. 4\.2/);
        const rapport = await code(metBeheer('beheer { eigenaar "E" bewijs externeControles "ISAE" rapport 2025-11-15 }'), 'bewijs-verlopen');
        assert.equal(rapport.length, 1, 'een rapport telt 12 maanden');
        assert.match(rapport[0].bericht, /ouder dan 12 maanden/);
    });

    it('tpm-ontbreekt: DigiD zonder TPM, of met een TPM ouder dan 12 maanden (toelichting 4.2); met een recente niet', async () => {
        const [zonder] = await code(metBeheer('beheer { eigenaar "E" digid }'), 'tpm-ontbreekt');
        assert.equal(zonder.tekst, 'digid');
        assert.match(zonder.bericht, /toelichting 4\.2/);
        const [oud] = await code(metBeheer('beheer { eigenaar "E" digid bewijs tpm "2025" rapport 2025-11-30 }'), 'tpm-ontbreekt');
        assert.equal(oud.tekst, '2025-11-30');
        const alles = await bevindingen(metBeheer('beheer { eigenaar "E" digid bewijs tpm "2025" rapport 2025-11-30 }'));
        assert.ok(!alles.some(x => x.code === 'bewijs-verlopen'), 'de TPM bij DigiD niet twee keer');
        assert.deepEqual(await code(metBeheer('beheer { eigenaar "E" digid bewijs tpm "2026" rapport 2026-06-01 }'), 'tpm-ontbreekt'), []);
    });

    it('tpm-ontbreekt: een latere geldig tot rekt het jaar van de TPM niet op; een eerdere telt wel', async () => {
        const [lang] = await code(metBeheer('beheer { eigenaar "E" digid bewijs tpm "2025" rapport 2025-11-30 geldig tot 2027-11-30 }'), 'tpm-ontbreekt');
        assert.equal(lang?.tekst, '2025-11-30', 'jaarlijks een TPM (toelichting 4.2): de rapportdatum telt');
        assert.match(lang.bericht, /ouder dan 12 maanden: een nieuwe was nodig op 30 november 2026/);
        const [kort] = await code(metBeheer('beheer { eigenaar "E" digid bewijs tpm "2026" rapport 2026-06-01 geldig tot 2026-11-01 }'), 'tpm-ontbreekt');
        assert.equal(kort?.tekst, '2026-11-01');
        assert.match(kort.bericht, /is niet meer geldig: een nieuwe was nodig op 1 november 2026/);
        assert.deepEqual(await code(metBeheer('beheer { eigenaar "E" digid bewijs tpm "2026" rapport 2026-06-01 geldig tot 2027-12-31 }'), 'tpm-ontbreekt'), []);
    });

    it('bezwaartermijn-verstreken: verstreken zonder besluit (informatie); met besluit of nog lopend niet', async () => {
        const [b] = await code(metBeheer('beheer { eigenaar "E" melding subverwerker Nieuw ontvangen 2026-11-01 bezwaar tot 2026-11-30 }'), 'bezwaartermijn-verstreken');
        assert.equal(b.ernst, DiagnosticSeverity.Information);
        assert.match(b.bericht, /'Nieuw'.*30 november 2026/);
        assert.deepEqual(await code(metBeheer('beheer { eigenaar "E" melding subverwerker Nieuw bezwaar tot 2026-11-30 besluit akkoord 2026-11-20 }'), 'bezwaartermijn-verstreken'), []);
        assert.deepEqual(await code(metBeheer('beheer { eigenaar "E" melding subverwerker Nieuw bezwaar tot 2026-12-20 }'), 'bezwaartermijn-verstreken'), []);
    });

    it('een gemelde subverwerker mag een verwerking gebruiken; een niet gemelde, of een na bezwaar, blijft subverwerker-niet-vermeld', async () => {
        const verwerking = 'verwerking V { doeleinden "d" betrokkenen Aanvragers persoonsgegevens Contactgegevens subverwerkers Nieuw }';
        assert.deepEqual(await code(metBeheer('beheer { eigenaar "E" melding subverwerker Nieuw ontvangen 2026-11-01 }', verwerking), 'subverwerker-niet-vermeld'), []);
        const [niet] = await code(metBeheer('beheer { eigenaar "E" }', verwerking), 'subverwerker-niet-vermeld');
        assert.equal(niet.ernst, DiagnosticSeverity.Error);
        assert.match(niet.bericht, /melding subverwerker Nieuw/);
        const [bezwaar] = await code(metBeheer('beheer { eigenaar "E" melding subverwerker Nieuw besluit bezwaar 2026-11-10 }', verwerking), 'subverwerker-niet-vermeld');
        assert.match(bezwaar.bericht, /bezwaar gemaakt/);
    });

    it('beheer-ontbreekt: alleen bij een ondertekende overeenkomst, als informatie op ondertekening', async () => {
        const [b] = await code(metBeheer(''), 'beheer-ontbreekt');
        assert.equal(b.ernst, DiagnosticSeverity.Information);
        assert.equal(b.tekst, 'ondertekening');
        assert.deepEqual(await code(metBeheer('').replace('ondertekening { ingangsdatum 2024-02-01 }', ''), 'beheer-ontbreekt'), []);
    });

    it('eigenaar-ontbreekt: een waarschuwing, ook bij een lege eigenaar', async () => {
        const [b] = await code(metBeheer('beheer { risico midden }'), 'eigenaar-ontbreekt');
        assert.equal(b.ernst, DiagnosticSeverity.Warning);
        assert.equal(b.tekst, 'beheer');
        assert.equal((await code(metBeheer('beheer { eigenaar "" }'), 'eigenaar-ontbreekt'))[0].tekst, '""');
    });

    it('risico-laag-gevoelige-gegevens: laag met het BSN of gezondheidsgegevens; midden, of gewone gegevens, niet', async () => {
        const gevoelig = 'verwerking V { doeleinden "d" betrokkenen Aanvragers persoonsgegevens BSN, Gezondheidsgegevens }';
        const [b] = await code(metBeheer('beheer { eigenaar "E" risico laag }', gevoelig), 'risico-laag-gevoelige-gegevens');
        assert.equal(b.tekst, 'laag');
        assert.match(b.bericht, /BSN en Gezondheidsgegevens/);
        assert.deepEqual(await code(metBeheer('beheer { eigenaar "E" risico midden }', gevoelig), 'risico-laag-gevoelige-gegevens'), []);
        assert.deepEqual(await code(metBeheer('beheer { eigenaar "E" risico laag }'), 'risico-laag-gevoelige-gegevens'), []);
    });

    it("evaluatiecyclus-te-lang: vwo's grenzen hoog 6, midden 12, laag 24 maanden", async () => {
        for (const [risico, grens] of [['hoog', 6], ['midden', 12], ['laag', 24]] as const) {
            assert.deepEqual(await code(metBeheer(`beheer { eigenaar "E" risico ${risico} evaluatie elke ${grens} maanden laatst 2026-11-01 }`), 'evaluatiecyclus-te-lang'), [], risico);
            const [b] = await code(metBeheer(`beheer { eigenaar "E" risico ${risico} evaluatie elke ${grens + 1} maanden laatst 2026-11-01 }`), 'evaluatiecyclus-te-lang');
            assert.match(b.bericht, new RegExp(`ten hoogste ${grens} maanden`), risico);
            assert.match(b.bericht, /standaard van vwo, niet van de Standaard VWO/);
        }
    });

    it('een ongeldige datum in het beheer is ongeldige-datum, geen crash', async () => {
        const alles = await bevindingen(metBeheer('beheer { eigenaar "E" evaluatie elke 6 maanden laatst 2026-02-30 bewijs tpm rapport 2026-13-01 }'));
        assert.deepEqual(alles.filter(b => b.code === 'ongeldige-datum').map(b => b.tekst), ['2026-02-30', '2026-13-01']);
    });

    it('een bestaand bestand zonder beheer blijft geldig en krijgt geen beheermeldingen behalve beheer-ontbreekt', async () => {
        const alles = await bevindingen(metBeheer(''));
        assert.deepEqual(alles.map(b => b.code), ['beheer-ontbreekt']);
    });
});
