import { strict as assert } from 'node:assert';
import { origineleTekst } from '../../language/referentie/standaard/index.js';
import { STANDAARD_2_3_3 } from '../../language/referentie/standaard/2.3-3/index.js';
import { schrijfDocx, schrijfHtml, schrijfMarkdown } from '../../language/render/index.js';
import type { Blok, VwoDocument } from '../../language/render/model.js';
import { platteTekst } from '../../language/render/model.js';
import { opruimen, WEBFORMULIEREN, ZAAKSYSTEEM } from '../hulp.js';
import {
    controleerDocx, docxTekst, htmlTekst, markdownTekst, modelVan, normaliseer, SEED, seedRegels, zonderNummer
} from './hulp-render.js';

/** Every value of the first reference example, as the rendered text shows it. */
const WAARDEN_ZAAKSYSTEEM = [
    'Verwerkersovereenkomst uitvoering Overeenkomst Zaaksysteem 2024',
    'Gemeente Zwolle, waarvan het college van Burgemeester en Wethouders de verwerkingsverantwoordelijke is',
    'vertegenwoordigd door mevrouw A. de Vries, gemeentesecretaris',
    'Voorbeeld Software B.V., gevestigd te Gouda, KVK-nummer 12345678, verder te noemen Verwerker',
    'vertegenwoordigd door de heer B. Jansen, directeur,',
    'Partijen hebben op 1 maart 2024 de Overeenkomst Zaaksysteem 2024, hierna Hoofdovereenkomst, afgesloten',
    'Levering, hosting en beheer van het zaaksysteem als SaaS-dienst;',
    'Zaakregistratie en -afhandeling', 'Registreren en afhandelen van aanvragen, meldingen en bezwaarschriften',
    'Aanvragers/Indieners', 'Belanghebbenden', 'Ambtenaren gemeente', 'Contactgegevens', 'Persoonlijke gegevens', 'BSN',
    'Klantcontact per e-mail', 'Beantwoorden van vragen van inwoners', 'Ja — Verenigde Staten (US)',
    'Standaard bepalingen (standard contractual clauses SCCs)', 'Versleuteling; sleutels worden uitsluitend in de EER beheerd',
    'Privacyteam gemeente Zwolle', 'privacy@zwolle.example, 038 000 0000', '06 00000000',
    'Security Operations Center', 'soc@voorbeeldsoftware.example, 0182 000 000', '0182 000 001',
    'Telefoonnummer 070-373 8011',
    'Voorbeeld Hosting B.V.', 'Amsterdam, security@voorbeeldhosting.example', '87654321', 'Hosting en back-up van het zaaksysteem', 'Datacenter',
    'Example Mail Inc.', 'Seattle, privacy@examplemail.example', 'US-DE 1234567', 'Verzenden van e-mailberichten', 'E-mail',
    'NEN-EN-ISO/IEC 27001 (vermeld normenstelsel, zoals bijvoorbeeld NEN7510, NEN/ISO 27001, PCI/DSS) en is volgens deze norm wel gecertificeerd.',
    'ISAE 3402 type II',
    'Ingangsdatum: 1 april 2024',
    'De burgemeester van Zwolle', 'namens deze: A. de Vries, gemeentesecretaris', 'plaats: Zwolle', 'datum: 20 maart 2024',
    'namens deze: B. Jansen, directeur', 'plaats: Gouda', 'datum: 18 maart 2024'
];

function blokkenTussen(doc: VwoDocument, vanAnker: string, totAnker: string): Blok[] {
    const van = doc.blokken.findIndex(b => 'anker' in b && b.anker === vanAnker);
    const tot = doc.blokken.findIndex(b => 'anker' in b && b.anker === totAnker);
    return doc.blokken.slice(van, tot);
}

function tekstVan(blokken: readonly Blok[]): string {
    return blokken.map(b => {
        switch (b.soort) {
            case 'kop': case 'alinea': return platteTekst(b.tekst);
            case 'lid': return [b.kop ?? '', ...b.alineas.map(platteTekst)].join('\n');
            case 'tabel': return b.rijen.map(r => r.map(c => (c ?? []).map(platteTekst).join('\n')).join('\n')).join('\n');
            case 'opsomming': return b.punten.map(p => p.alineas.map(platteTekst).join('\n')).join('\n');
            case 'keuze': return [platteTekst(b.tekst), ...b.regels.map(platteTekst)].join('\n');
            case 'ondertekening': return [...b.links, ...b.rechts].map(platteTekst).join('\n');
            default: return '';
        }
    }).join('\n');
}

describe('render: getrouw aan de standaard (zaaksysteem-zwolle.vwo)', function () {
    this.timeout(30000);
    let doc: VwoDocument;
    const uitvoer: Record<'Markdown' | 'HTML' | 'DOCX', string> = { Markdown: '', HTML: '', DOCX: '' };
    const { artikelen, bijlage3 } = seedRegels();

    before(async () => {
        doc = await modelVan(ZAAKSYSTEEM);
        uitvoer.Markdown = normaliseer(markdownTekst(schrijfMarkdown(doc)));
        uitvoer.HTML = normaliseer(htmlTekst(schrijfHtml(doc)));
        uitvoer.DOCX = normaliseer(docxTekst(controleerDocx(await schrijfDocx(doc))));
    });
    after(opruimen);

    it('de seed levert de regels van artikel 1–8 en Bijlage 3 (ook 21.7)', () => {
        assert.equal(artikelen[0], 'Artikel 1 Definities');
        assert.ok(artikelen.some(r => r.startsWith('8.1 ')));
        assert.ok(bijlage3.some(r => r.startsWith('21.7 ')), 'de seed eindigt met 21.7');
        assert.ok(artikelen.length > 35 && bijlage3.length > 40);
    });

    for (const formaat of ['Markdown', 'HTML', 'DOCX'] as const) {
        it(`${formaat}: elke zin van artikel 1–8 en van Bijlage 3 staat er letterlijk in`, () => {
            const ontbrekend = [...artikelen, ...bijlage3].map(zonderNummer).map(normaliseer).filter(r => !uitvoer[formaat].includes(r));
            assert.deepEqual(ontbrekend, []);
        });

        it(`${formaat}: elke waarde van het voorbeeld staat erin, en geen <…>-invulveld`, () => {
            const ontbrekend = WAARDEN_ZAAKSYSTEEM.map(normaliseer).filter(w => !uitvoer[formaat].includes(w));
            assert.deepEqual(ontbrekend, []);
            assert.doesNotMatch(uitvoer[formaat], /<[^<>]{0,60}>/, 'een invulveld is blijven staan');
        });
    }

    it('in het model: elk invulveld gevuld, en elke waarde op haar plaats', () => {
        assert.equal(doc.openVelden, 0);
        assert.ok(!JSON.stringify(doc).includes('"invulveld"'));
        const aanhef = tekstVan(blokkenTussen(doc, 'aanhef', 'overwegingen'));
        assert.match(aanhef, /^Gemeente Zwolle, waarvan het college van Burgemeester en Wethouders de verwerkingsverantwoordelijke is, .* door mevrouw A\. de Vries, gemeentesecretaris$/m);
        assert.match(aanhef, /^Voorbeeld Software B\.V\., gevestigd te Gouda, KVK-nummer 12345678, verder te noemen Verwerker, .* door de heer B\. Jansen, directeur,$/m);
        const tabel1 = blokkenTussen(doc, 'bijlage-1-tabel-1', 'bijlage-1-tabel-2').find(b => b.soort === 'tabel');
        assert.ok(tabel1 && tabel1.soort === 'tabel');
        assert.equal(tabel1.kolommen.length, 7);
        assert.deepEqual(tabel1.rijen.map(r => r.map(c => c?.map(platteTekst).join(', '))), [
            ['Zaakregistratie en -afhandeling', 'Registreren en afhandelen van aanvragen, meldingen en bezwaarschriften',
                'Aanvragers/Indieners, Belanghebbenden, Ambtenaren gemeente', 'Contactgegevens, Persoonlijke gegevens, BSN', 'Nee', 'n.v.t.', 'n.v.t.'],
            ['Klantcontact per e-mail', 'Beantwoorden van vragen van inwoners', 'Aanvragers/Indieners', 'Contactgegevens',
                'Ja — Verenigde Staten (US)', 'Standaard bepalingen (standard contractual clauses SCCs)', 'Versleuteling; sleutels worden uitsluitend in de EER beheerd']
        ]);
        const tabel2 = blokkenTussen(doc, 'bijlage-1-tabel-2', 'bijlage-1-tabel-3').find(b => b.soort === 'tabel');
        assert.ok(tabel2 && tabel2.soort === 'tabel');
        assert.deepEqual(tabel2.rijen.map(r => r.map(c => c?.map(platteTekst).join(' | '))), [
            ['Contactpersoon Verwerkingsverantwoordelijke (NB: Ook buiten kantooruren)', 'Naam: Privacyteam gemeente Zwolle | Contactgegevens: privacy@zwolle.example, 038 000 0000 | Buiten kantooruren: 06 00000000'],
            ['Contactpersoon Verwerker (NB: Ook buiten kantooruren)', 'Naam: Security Operations Center | Contactgegevens: soc@voorbeeldsoftware.example, 0182 000 000 | Buiten kantooruren: 0182 000 001'],
            ['Contactgegevens IBD', 'Telefoonnummer 070-373 8011']
        ]);
        const tabel3 = blokkenTussen(doc, 'bijlage-1-tabel-3', 'bijlage-2').find(b => b.soort === 'tabel');
        assert.ok(tabel3 && tabel3.soort === 'tabel');
        assert.deepEqual(tabel3.rijen.map(r => r[1]?.map(platteTekst).join()), ['87654321', 'US-DE 1234567']);
        const keuzes = doc.blokken.filter(b => b.soort === 'keuze');
        assert.deepEqual(keuzes.map(k => k.soort === 'keuze' && k.aangevinkt), [true, false, false, true, true, false, false, false]);
        const ondertekening = doc.blokken.find(b => b.soort === 'ondertekening');
        assert.ok(ondertekening && ondertekening.soort === 'ondertekening');
        assert.deepEqual(ondertekening.links.map(platteTekst), ['Gemeente Zwolle', 'De burgemeester van Zwolle', 'namens deze: A. de Vries, gemeentesecretaris', 'plaats: Zwolle', 'datum: 20 maart 2024']);
        // the columns line up as in the standard: the processor has no second line
        assert.deepEqual(ondertekening.rechts.map(platteTekst), ['Voorbeeld Software B.V.', '', 'namens deze: B. Jansen, directeur', 'plaats: Gouda', 'datum: 18 maart 2024']);
    });

    it('Bijlage 3 alleen met gibit; zonder afwijkingen geen afwijkingenbijlage', async () => {
        assert.ok(doc.blokken.some(b => 'anker' in b && b.anker === 'bijlage-3'));
        assert.ok(!doc.blokken.some(b => 'anker' in b && b.anker === 'afwijkingen'));
        const zonder = await modelVan(WEBFORMULIEREN);
        assert.ok(!zonder.blokken.some(b => 'anker' in b && b.anker === 'bijlage-3'));
    });

    it('het sjabloon geeft zonder invulling de tekst van de seed terug (aanhef, overwegingen, ondertekening, bijlagen)', () => {
        const t = STANDAARD_2_3_3.tekst;
        const seed = normaliseer(SEED);
        const stukken = [
            origineleTekst(t.titel), ...t.aanhef.map(origineleTekst),
            ...t.overwegingen.punten.flatMap(p => p.alineas.map(origineleTekst)),
            t.ondertekening.slotformule, origineleTekst(t.ondertekening.ingangsdatum),
            ...t.bijlage1.verwerkingen.kolommen.slice(0, 3), t.bijlage1.contactgegevens.nb, t.bijlage1.contactgegevens.ibd[1],
            ...t.bijlage2.normenstelsel.keuzes.flatMap(k => [origineleTekst(k.tekst), ...(k.invulregel ? [origineleTekst(k.invulregel)] : [])]),
            ...t.bijlage2.toereikendheid.keuzes.map(k => origineleTekst(k.tekst)), t.bijlage2.toereikendheid.nb,
            ...t.bijlage2.gedragscode.keuzes.map(k => origineleTekst(k.tekst))
        ];
        assert.deepEqual(stukken.map(normaliseer).filter(s => !seed.includes(s)), []);
    });
});

describe('render: afwijkingen (webformulieren-de-veste.vwo)', function () {
    this.timeout(30000);
    let doc: VwoDocument;
    const afwijkend = 'Verwerker zal Verwerkingsverantwoordelijke zonder onredelijke vertraging, maar uiterlijk binnen 12 uur, informeren na vaststelling van een (vermoedelijke) Inbreuk in verband met Persoonsgegevens.';
    const standaard = 'maar uiterlijk binnen 24 uur, informeren na vaststelling';
    const motivering = 'Kortere meldtermijn vanwege de gevoeligheid van Wmo-gegevens';

    before(async () => { doc = await modelVan(WEBFORMULIEREN); });
    after(opruimen);

    it('de tekst van art. 5.1 vervangt de standaardzin, gemarkeerd, met de motivering erbij en een voetnoot', () => {
        const lid = doc.blokken.find(b => b.soort === 'lid' && b.nummer === '5.1');
        assert.ok(lid && lid.soort === 'lid');
        assert.equal(lid.alineas.map(platteTekst).join('\n'), afwijkend);
        assert.equal(lid.afwijking?.motivering, motivering);
        const voetnoot = doc.voetnoten.find(v => v.nummer === lid.afwijking?.voetnoot);
        assert.equal(platteTekst(voetnoot!.tekst), 'Afwijking van de standaard (artikel 5.1).');
        const artikelen = tekstVan(blokkenTussen(doc, 'artikel-1', 'ondertekening'));
        assert.ok(!artikelen.includes(standaard), 'de standaardzin staat niet meer in artikel 5');
        assert.ok(artikelen.includes('5.2') || artikelen.includes('In geval van een Inbreuk'), 'de andere leden blijven');
    });

    it('de bijlage "Afwijkingen van de Standaard VWO" somt haar op met oorspronkelijke tekst en motivering', () => {
        assert.equal(doc.afwijkingen.length, 1);
        assert.equal(doc.afwijkingen[0].artikel, '5.1');
        assert.match(doc.afwijkingen[0].origineel!, /uiterlijk binnen 24 uur/);
        const bijlage = tekstVan(doc.blokken.slice(doc.blokken.findIndex(b => 'anker' in b && b.anker === 'afwijkingen')));
        assert.match(bijlage, /^Afwijkingen van de Standaard VWO$/m);
        assert.ok(bijlage.includes(afwijkend) && bijlage.includes(motivering) && bijlage.includes(standaard));
    });

    for (const [formaat, schrijf] of [
        ['Markdown', async (d: VwoDocument) => markdownTekst(schrijfMarkdown(d))],
        ['HTML', async (d: VwoDocument) => htmlTekst(schrijfHtml(d))],
        ['DOCX', async (d: VwoDocument) => docxTekst(controleerDocx(await schrijfDocx(d)))]
    ] as const) {
        it(`${formaat}: gemarkeerd als "Afwijking van de standaard", met motivering en bijlage`, async () => {
            const tekst = normaliseer(await schrijf(doc));
            const bijlage = tekst.indexOf('Afwijkingen van de Standaard VWO');
            assert.ok(bijlage > 0, 'de bijlage ontbreekt');
            const artikelen = tekst.slice(tekst.indexOf('Inbreuk in verband met Persoonsgegevens'), tekst.indexOf('Ondertekening'));
            assert.ok(artikelen.includes('Afwijking van de standaard'));
            assert.ok(artikelen.includes(afwijkend));
            assert.ok(!artikelen.includes(standaard));
            assert.ok(tekst.slice(bijlage).includes(afwijkend) && tekst.slice(bijlage).includes(motivering));
            assert.ok(tekst.includes(motivering));
        });
    }

    it('een concept zonder ondertekening toont de invulvelden van de standaard zichtbaar', () => {
        const ondertekening = doc.blokken.find(b => b.soort === 'ondertekening');
        assert.ok(ondertekening && ondertekening.soort === 'ondertekening');
        assert.ok(ondertekening.links.some(r => r.some(d => d.soort === 'invulveld' && d.tekst === '<naam, functie>')));
        assert.ok(doc.openVelden > 0);
        assert.match(schrijfHtml(doc), /<span class="invulveld"[^>]*>&lt;naam, functie&gt;<\/span>/);
        assert.match(schrijfMarkdown(doc), /namens deze: \\<naam, functie\\>/);
    });
});
