import { strict as assert } from 'node:assert';
import {
    artikelen, isInvulveld, ondersteundeVersies, origineleTekst, standaard, vulIn, zoekArtikel, type Alinea, type Standaard
} from '../../../language/referentie/standaard/index.js';

const s: Standaard = standaard('2.3-3')!;

/** Every text of the standard's data, placeholders as the standard prints them. */
function alleTeksten(): string[] {
    const uit: string[] = [];
    const loop = (waarde: unknown): void => {
        if (typeof waarde === 'string') uit.push(waarde);
        else if (Array.isArray(waarde) && waarde.length > 0 && waarde.every(d => typeof d === 'string' || isInvulveld(d))) uit.push(origineleTekst(waarde as Alinea));
        else if (Array.isArray(waarde)) waarde.forEach(loop);
        else if (waarde && typeof waarde === 'object') Object.values(waarde).forEach(loop);
    };
    loop(s.tekst);
    loop(s.toelichting);
    return uit;
}

const lid = (nummer: string) => zoekArtikel(s, nummer)!.lid!.alineas.map(origineleTekst).join('\n');

describe('de standaard 2.3-3 als gegevens', () => {
    it('heeft artikel 1 tot en met 8 met hun koppen en alle leden', () => {
        assert.deepEqual(s.tekst.artikelen.map(a => `${a.nummer} ${a.kop}`), [
            '1 Definities', '2 Ingangsdatum en duur', '3 Onderwerp van deze Verwerkersovereenkomst', '4 Inhoudelijke afspraken',
            '5 Inbreuk in verband met Persoonsgegevens', '6 Aansprakelijkheid', '7 Beëindigen verwerkersovereenkomst', '8 Overige bepalingen'
        ]);
        assert.deepEqual(artikelen(s).filter(a => a.lid).map(a => a.nummer), [
            '1.1', '1.2', '2.1', '2.2', '3.1', '3.2', '4.1', '4.2', '4.3', '4.4', '4.5', '4.6', '4.7', '5.1', '5.2', '5.3', '5.4', '6.1', '7.1', '7.2', '8.1'
        ]);
        assert.equal(zoekArtikel(s, '4.5')!.kop, 'Subverwerkers');
        assert.equal(zoekArtikel(s, 'art. 4.3')!.kop, 'Verwerking buiten de EER');
    });

    it('bevat de artikelzinnen woordelijk', () => {
        assert.match(lid('1.1'), /^Begrippen uit de AVG en de UAVG die in deze Verwerkersovereenkomst worden gebruikt, hebben dezelfde betekenis\.$/);
        assert.match(lid('4.3'), /wanneer is voldaan aan de voorwaarden van artikel 45 of 46 AVG/);
        assert.match(lid('4.5'), /Bij de inschakeling van subverwerkers blijven de artikelen 28\.2 en 28\.4 AVG onverkort van kracht\./);
        assert.match(lid('5.1'), /maar uiterlijk binnen 24 uur, informeren/);
        assert.match(lid('8.1'), /Op deze overeenkomst is Nederlands recht van toepassing\./);
    });

    it('herstelt de woorden die de anonimisering verving en laat geredigeerde adressen weg', () => {
        assert.match(lid('4.4'), /De personen die werken voor Verwerker en subverwerkers hebben daarom een geheimhoudingsverklaring getekend/);
        assert.match(s.toelichting['4.6'].alineas[0], /Mocht een betrokkene bij de uitoefening van zijn rechten/);
        assert.match(s.toelichting['5.1'].alineas[0], /Zolang dit onderzoek loopt/);
        assert.match(s.toelichting['bijlage-1.doorgifte-instrument'].alineas[2], /n\.a\.v\. de Schrems II uitspraak/);
        assert.match(s.bron.wijziging, /Schrems II/);
        for (const tekst of alleTeksten()) {
            assert.doesNotMatch(tekst, /X{1}x{3,}|xxxx:\/\/|x{5,}/, `geanonimiseerde resten in: ${tekst.slice(0, 80)}`);
        }
    });

    it('heeft de toelichting op elk artikel dat §2.5 toelicht en op de bijlagen (§2.6)', () => {
        for (const sleutel of ['aanhef', 'overwegingen', '1.1', '2.1', '2.2', '3.1', '3.2', '4.1', '4.2', '4.3', '4.4', '4.5', '4.6', '4.7', '5.1', '5.4', '6.1', '7.1']) {
            assert.equal(s.toelichting[sleutel]?.paragraaf, '2.5', sleutel);
        }
        for (const sleutel of ['bijlage-1.tabel-1', 'bijlage-1.doorgifte', 'bijlage-1.doorgifte-instrument', 'bijlage-1.tabel-2', 'bijlage-1.tabel-3', 'bijlage-2', 'bijlage-2.normenstelsel']) {
            assert.equal(s.toelichting[sleutel]?.paragraaf, '2.6', sleutel);
        }
        assert.match(s.toelichting.aanhef.alineas[0], /Voor de AVG is echter het bestuursorgaan de verwerkingsverantwoordelijke/);
        assert.match(s.toelichting['4.2'].alineas[0], /Als de verwerker op basis van een certificering kan aantonen/, 'de voetnoot in 4.2 is eruit');
        assert.match(s.toelichting['bijlage-1.tabel-2'].alineas[1], /ook buiten kantooruren!/);
        assert.equal(s.onderwerpen.rijen.find(o => o.onderwerp === 'Inschakeling subverwerkers')?.waar, 'Art. 4.5');
    });

    it('draagt de bronvermelding die de licentie voorschrijft', () => {
        assert.equal(s.bron.naamsvermelding, 'Vereniging van Nederlandse Gemeenten / Informatiebeveiligingsdienst voor gemeenten');
        assert.equal(s.bron.licentie, 'CC BY-NC-SA 4.0');
        assert.equal(s.bron.versiedatum, '2021-01-19');
        assert.deepEqual(ondersteundeVersies(), ['2.3-3']);
    });

    it('aanhef, overwegingen en ondertekening: invulvelden die de renderer vult, anders de tekst van de standaard', () => {
        assert.equal(origineleTekst(s.tekst.titel), 'Verwerkersovereenkomst uitvoering <naam hoofdovereenkomst>');
        assert.match(origineleTekst(s.tekst.aanhef[0]), /^Gemeente <naam gemeente>, waarvan <het college van Burgemeester en Wethouders\/de Gemeenteraad> de verwerkingsverantwoordelijke is/);
        const ingevuld = vulIn(s.tekst.aanhef[0], v => ({ gemeente: 'Zwolle', bestuursorgaan: 'het college van burgemeester en wethouders' } as Record<string, string>)[v.veld] ?? v.origineel);
        assert.match(ingevuld, /^Gemeente Zwolle, waarvan het college van burgemeester en wethouders de verwerkingsverantwoordelijke is/);
        assert.deepEqual(s.tekst.overwegingen.punten.map(p => p.letter), ['a', 'b', 'c', 'd']);
        assert.equal(origineleTekst(s.tekst.overwegingen.punten[0].alineas[1]), '<specificatie dienst(en)>;');
        assert.equal(s.tekst.ondertekening.slotformule, 'Aldus overeengekomen en in tweevoud ondertekend,');
    });

    it('Bijlage 1, 2 en 3: tabellen, vinkjes en de GIBIT-artikelen', () => {
        assert.equal(s.tekst.bijlage1.verwerkingen.kolommen.length, 7);
        assert.deepEqual(s.tekst.bijlage1.contactgegevens.ibd, ['Contactgegevens IBD', 'Telefoonnummer 070-373 8011']);
        assert.deepEqual(s.tekst.bijlage1.subverwerkers.kolommen, ['Naam en contactgegevens subverwerker', 'KvK-nummer', 'Uitbestede verwerkingen', 'Toepassing']);
        assert.deepEqual(s.tekst.bijlage2.toereikendheid.keuzes.map(k => k.sleutel), ['certificering', 'externeControles', 'tpm', 'eigenControles']);
        assert.deepEqual(s.tekst.bijlage2.normenstelsel.keuzes.map(k => k.sleutel), ['norm', 'overheidsnorm', 'anders']);
        assert.deepEqual(s.tekst.bijlage3.artikelen.map(a => a.nummer), ['13', '20', '22', '21']);
        const leden = s.tekst.bijlage3.artikelen.flatMap(a => a.blokken.flatMap(b => b.leden.map(l => l.nummer)));
        assert.deepEqual(leden.filter(n => n.startsWith('21.')), ['21.1', '21.2', '21.3', '21.4', '21.5', '21.6', '21.7']);
        assert.ok(leden.includes('20.14') && leden.includes('22.9') && leden.includes('13.6'));
    });
});
