import { strict as assert } from 'node:assert';
import { clearDocuments } from 'langium/test';
import readXlsxFile from 'read-excel-file/node';
import { alsXlsx } from '../../../cli/overzicht-xlsx.js';
import { alsCsv, bouwOverzicht, overzichtFragment, overzichtPagina, tabellen } from '../../../language/portefeuille/index.js';
import { Vwo } from '../../hulp.js';
import { gecontroleerd, wolk } from './hulp-portefeuille.js';

const SCRIPT = '<script>alert(1)</script>';
const FORMULE = '=HYPERLINK("http://kwaad.example","klik")';

/** A supplier, sub-processor and motivation that try to run code in a page or a spreadsheet. */
async function vijandig() {
    const tekst = wolk('Archief', 'NL', `afwijking "5.1" { tekst "x" motivering "${FORMULE.replace(/"/g, "'")}" }`)
        .replace('"Wolk B.V."', `"${SCRIPT} & 'Wolk' B.V."`)
        .replace('"Rekenhal Inc."', '"<img src=x onerror=alert(2)>"');
    return bouwOverzicht(await gecontroleerd({ 'a"><b>.vwo': tekst }), '2026-12-02');
}

describe('portefeuille: vijandige tekst blijft tekst', () => {
    afterEach(() => clearDocuments(Vwo.shared));

    it('HTML: namen met <script>, <img onerror> en aanhalingstekens staan er als tekst, ook in de koppeling naar het bestand', async () => {
        const overzicht = await vijandig();
        const pagina = overzichtPagina(overzichtFragment(overzicht.portefeuille, tabellen(overzicht), '2026-12-02', p => p.bestand));
        assert.ok(!/<script/i.test(pagina), 'geen scriptelement');
        assert.ok(!/<img/i.test(pagina), 'geen afbeelding');
        assert.ok(!/<b>/.test(pagina), 'de bestandsnaam maakt geen element');
        assert.ok(pagina.includes('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#39;Wolk&#39; B.V.'));
        assert.ok(pagina.includes('href="a&quot;&gt;&lt;b&gt;.vwo"'));
        assert.match(pagina, /Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"/);
    });

    it('CSV: een cel die als formule begint krijgt een apostrof; aanhalingstekens worden verdubbeld', async () => {
        const overzicht = await vijandig();
        const csv = alsCsv(tabellen(overzicht, 'afwijkingen')[0]);
        assert.ok(csv.includes(`'=HYPERLINK('http://kwaad.example','klik')`), csv);
        assert.ok(!/(^|,)=HYPERLINK/m.test(csv));
        const leveranciers = alsCsv(tabellen(overzicht, 'leveranciers')[0]);
        assert.ok(leveranciers.includes(`${SCRIPT} & 'Wolk' B.V.`), 'in een CSV is tekst gewoon tekst');
        assert.ok(leveranciers.includes('"a""><b>.vwo:1"'), leveranciers);
    });

    it('XLSX: teruggelezen is de formule een tekstcel met precies de tekst van het bestand', async () => {
        const bladen = await readXlsxFile(await alsXlsx(tabellen(await vijandig())));
        const afwijkingen = bladen.find(b => b.sheet === 'Afwijkingen')!.data;
        const kolom = afwijkingen[0].indexOf('Motivering');
        assert.equal(afwijkingen[1][kolom], FORMULE.replace(/"/g, "'"));
        const leveranciers = bladen.find(b => b.sheet === 'Leveranciers')!.data;
        assert.equal(leveranciers[1][0], `${SCRIPT} & 'Wolk' B.V.`);
    });

    it('de kolom Beheer (de omschrijving van een bewijsstuk): als tekst in HTML, zonder formule in CSV en XLSX', async () => {
        const beheer = `beheer { eigenaar "E" bewijs certificering "${SCRIPT} ${FORMULE.replace(/"/g, "'")}" geldig tot 2026-01-01 }`;
        const overzicht = bouwOverzicht(await gecontroleerd({ 'b.vwo': wolk('Archief', 'NL', beheer) }), '2026-12-02');
        const titel = overzicht.portefeuille.overeenkomsten[0].volgendeBeheer?.titel;
        assert.ok(titel?.includes(SCRIPT), 'de omschrijving staat in het overzicht');
        const pagina = overzichtPagina(overzichtFragment(overzicht.portefeuille, tabellen(overzicht), '2026-12-02', p => p.bestand));
        assert.ok(!/<script/i.test(pagina), 'geen scriptelement');
        assert.ok(pagina.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
        const csv = alsCsv(tabellen(overzicht, 'overeenkomsten')[0]);
        assert.ok(!/(^|,)"?[=+@-]/m.test(csv.replace(/^\uFEFF/, '')), csv);
        const blad = (await readXlsxFile(await alsXlsx(tabellen(overzicht)))).find(b => b.sheet === 'Overeenkomsten')!.data;
        assert.equal(blad[1][blad[0].indexOf('Beheer')], `${titel} (te laat)`);
    });

    it('XLSX: een datum die niet bestaat (2024-13-45) blijft tekst, en schuift niet naar een andere dag', async () => {
        const tekst = wolk('Archief', 'NL').replace('gesloten 2024-03-01', 'gesloten 2024-13-45');
        assert.ok(tekst.includes('gesloten 2024-13-45'));
        const bladen = await readXlsxFile(await alsXlsx(tabellen(bouwOverzicht(await gecontroleerd({ 'd.vwo': tekst }), '2026-12-02'))));
        const rijen = bladen.find(b => b.sheet === 'Overeenkomsten')!.data;
        const kolom = rijen[0].findIndex(k => /gesloten/i.test(String(k)));
        assert.ok(kolom >= 0, String(rijen[0]));
        assert.equal(rijen[1][kolom], '2024-13-45');
    });
});
