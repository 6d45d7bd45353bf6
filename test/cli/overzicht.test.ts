import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { main } from '../../cli/main.js';
import { WORTEL } from '../hulp.js';

async function overzicht(...argv: string[]): Promise<{ code: number; uit: string; fout: string }> {
    let uit = '';
    let fout = '';
    const code = await main(['overzicht', ...argv], { stdout: t => { uit += t; }, stderr: t => { fout += t; } });
    return { code, uit, fout };
}

const VOORBEELDEN = path.join(WORTEL, 'examples');
const LIJSTEN = ['overeenkomsten', 'leveranciers', 'subverwerkers', 'doorgiften', 'bijzondereGegevens', 'afwijkingen'];

/** The fields of one CSV line (RFC 4180), enough for these files. */
function velden(regel: string): string[] {
    const uit: string[] = [];
    let huidig = '';
    let binnen = false;
    for (let i = 0; i < regel.length; i++) {
        const t = regel[i];
        if (binnen && t === '"' && regel[i + 1] === '"') { huidig += '"'; i++; }
        else if (t === '"') binnen = !binnen;
        else if (t === ',' && !binnen) { uit.push(huidig); huidig = ''; }
        else huidig += t;
    }
    return [...uit, huidig];
}

describe('vwo overzicht', () => {
    let map: string;
    beforeEach(() => { map = mkdtempSync(path.join(tmpdir(), 'vwo-overzicht-')); });
    afterEach(() => rmSync(map, { recursive: true, force: true }));

    it('JSON: precies de zes gedocumenteerde lijsten, en elk voorbeeld staat onder de overeenkomsten', async () => {
        const { code, uit } = await overzicht(VOORBEELDEN, '--format', 'json', '--peildatum', '2026-12-02');
        assert.equal(code, 0);
        const json = JSON.parse(uit) as Record<string, Array<Record<string, unknown>>>;
        assert.deepEqual(Object.keys(json), LIJSTEN);
        // every agreement in the folder and its subfolders; a supplier profile is no agreement
        const bestanden = readdirSync(VOORBEELDEN, { recursive: true, encoding: 'utf8' }).filter(b => b.endsWith('.vwo'));
        const profielen = bestanden.filter(b => /^profiel /m.test(readFileSync(path.join(VOORBEELDEN, b), 'utf8')));
        assert.ok(profielen.length >= 1);
        assert.equal(json.overeenkomsten.length, bestanden.length - profielen.length);
        const sociaal = json.overeenkomsten.find(o => o.overeenkomst === 'SociaalDomein')!;
        assert.deepEqual([sociaal.leverancier, sociaal.status], ['Zorgregie Software B.V.', 'ondertekend']);
        assert.ok(json.doorgiften.some(d => d.land === 'US'), 'de kantoorsuite geeft door naar de VS');
        assert.ok(json.afwijkingen.every(a => typeof a.artikel === 'string' && 'motivering' in a));
    });

    it('een overeenkomst met een leveranciersprofiel: de leverancier en de subverwerkers komen uit het profiel', async () => {
        const json = JSON.parse((await overzicht(VOORBEELDEN, '--format', 'json', '--peildatum', '2026-12-02')).uit) as {
            overeenkomsten: Array<{ overeenkomst: string; leverancier: string | null; kvk: string | null }>;
            leveranciers: Array<{ leverancier: string | null; vestigingsplaats: string | null; overeenkomsten: Array<{ overeenkomst: string }> }>;
            subverwerkers: Array<{ subverwerker: string | null; landen: string[]; leveranciers: string[]; overeenkomsten: Array<{ overeenkomst: string }> }>;
        };
        for (const naam of ['KlantcontactEnkhuizen', 'MeldingenOpenbareRuimteHoorn']) {
            const rij = json.overeenkomsten.find(o => o.overeenkomst === naam)!;
            assert.deepEqual([rij.leverancier, rij.kvk], ['Zaakwijzer B.V.', '44556677'], naam);
        }
        const zaakwijzer = json.leveranciers.find(l => l.leverancier === 'Zaakwijzer B.V.')!;
        assert.equal(zaakwijzer.vestigingsplaats, 'Alkmaar');
        assert.deepEqual(zaakwijzer.overeenkomsten.map(o => o.overeenkomst).sort(), ['KlantcontactEnkhuizen', 'MeldingenOpenbareRuimteHoorn']);
        const hosting = json.subverwerkers.find(s => s.subverwerker === 'Rekencentrum Noord B.V.')!;
        assert.deepEqual(hosting.landen, ['NL']);
        assert.ok(hosting.leveranciers.includes('Zaakwijzer B.V.'));
        assert.deepEqual(hosting.overeenkomsten.map(o => o.overeenkomst).sort(), ['KlantcontactEnkhuizen', 'MeldingenOpenbareRuimteHoorn']);
        // the place of a profile's sub-processor is the agreement's `profiel` line, in the agreement's own file
        const enkhuizen = (hosting.overeenkomsten as Array<{ overeenkomst: string; bestand: string; regel: number }>).find(o => o.overeenkomst === 'KlantcontactEnkhuizen')!;
        assert.match(enkhuizen.bestand, /klantcontact-enkhuizen\.vwo$/);
        const regels = readFileSync(path.join(VOORBEELDEN, 'leverancier-zaakwijzer', 'klantcontact-enkhuizen.vwo'), 'utf8').split('\n');
        assert.match(regels[enkhuizen.regel - 1], /^\s*profiel Zaakwijzer/);
        // the register takes Bijlage 2 from the profile too
        const register = (await overzicht(VOORBEELDEN, '--format', 'csv', '--lijst', 'register', '--peildatum', '2026-12-02')).uit.replace(/^\uFEFF/, '').trimEnd().split('\r\n').map(velden);
        const beveiliging = register[0].findIndex(k => k.startsWith('Beveiligingsmaatregelen'));
        const rij = register.find(r => r.includes('KlantcontactEnkhuizen'))!;
        assert.match(rij[beveiliging], /BIO; NEN-EN-ISO\/IEC 27001 \(gecertificeerd\)/);
    });

    it('XLSX: één blad per lijst, teruggelezen met echte kolommen, getallen als getal en datums als datum', async () => {
        const doel = path.join(map, 'overzicht.xlsx');
        const { code, fout } = await overzicht(VOORBEELDEN, '--format', 'xlsx', '-o', doel, '--peildatum', '2026-12-02');
        assert.equal(code, 0, fout);
        const bladen = await readXlsxFile(readFileSync(doel));
        assert.deepEqual(bladen.map(b => b.sheet), ['Overeenkomsten', 'Leveranciers', 'Subverwerkers', 'Doorgiften', 'Bijzondere gegevens', 'Afwijkingen']);
        const [koppen, ...rijen] = bladen[0].data;
        const gesloten = koppen.indexOf('Gesloten');
        const fouten = koppen.indexOf('Fouten');
        const sociaal = rijen.find(r => r[0] === 'SociaalDomein')!;
        assert.ok(sociaal[gesloten] instanceof Date);
        assert.equal((sociaal[gesloten] as Date).toISOString().slice(0, 10), '2023-11-01');
        assert.equal(typeof sociaal[fouten], 'number');
    });

    it('XLSX met --lijst register: één werkblad met de registerkolommen, per verwerking een rij', async () => {
        const doel = path.join(map, 'register.xlsx');
        const { code, fout } = await overzicht(VOORBEELDEN, '--format', 'xlsx', '--lijst', 'register', '-o', doel, '--peildatum', '2026-12-02');
        assert.equal(code, 0, fout);
        const bladen = await readXlsxFile(readFileSync(doel));
        assert.deepEqual(bladen.map(b => b.sheet), ['Register']);
        const [koppen, ...rijen] = bladen[0].data;
        for (const k of ['Verwerking', 'Doeleinden (b)', 'Categorieën persoonsgegevens (c)', 'Verwerker (d)', 'Subverwerkers (d)', 'Doorgifte naar derde landen en waarborgen (e)', 'Beveiligingsmaatregelen (g)']) assert.ok(koppen.includes(k), k);
        const json = JSON.parse((await overzicht(VOORBEELDEN, '--format', 'json', '--lijst', 'register', '--peildatum', '2026-12-02')).uit) as { register: unknown[] };
        assert.equal(rijen.length, json.register.length, 'evenveel rijen als verwerkingen in de JSON');
        const email = rijen.find(r => r[0] === 'E-mail en agenda')!;
        assert.match(String(email[koppen.indexOf('Doorgifte naar derde landen en waarborgen (e)')]), /^Verenigde Staten \(US\) — Standaard bepalingen/);
    });

    it('CSV zonder --lijst: een map met één bestand per lijst; met --lijst register de registerkolommen naar de uitvoer', async () => {
        const doel = path.join(map, 'lijsten');
        assert.equal((await overzicht(VOORBEELDEN, '--format', 'csv', '-o', doel)).code, 0);
        assert.deepEqual(readdirSync(doel).sort(), LIJSTEN.map(l => `${l}.csv`).sort());
        const doorgiften = readFileSync(path.join(doel, 'doorgiften.csv'), 'utf8').replace(/^\uFEFF/, '').split('\r\n');
        assert.deepEqual(velden(doorgiften[0]).slice(0, 3), ['Land', 'Instrument', 'Maatregelen']);

        const { code, uit } = await overzicht(VOORBEELDEN, '--format', 'csv', '--lijst', 'register');
        assert.equal(code, 0);
        const [kop, ...rijen] = uit.replace(/^\uFEFF/, '').trimEnd().split('\r\n').map(velden);
        for (const k of ['Doeleinden (b)', 'Categorieën betrokkenen (c)', 'Categorieën persoonsgegevens (c)', 'Verwerker (d)', 'Subverwerkers (d)', 'Doorgifte naar derde landen en waarborgen (e)']) assert.ok(kop.includes(k), k);
        const email = rijen.find(r => r[0] === 'E-mail en agenda')!;
        assert.match(email[kop.indexOf('Doorgifte naar derde landen en waarborgen (e)')], /^Verenigde Staten \(US\) — Standaard bepalingen/);
    });

    it('HTML: een pagina met de lijsten en koppelingen naar de bestanden, relatief aan waar de pagina staat', async () => {
        const doel = path.join(map, 'overzicht.html');
        assert.equal((await overzicht(VOORBEELDEN, '-o', doel)).code, 0);
        const html = readFileSync(doel, 'utf8');
        for (const titel of ['Overeenkomsten', 'Leveranciers', 'Subverwerkers', 'Doorgiften', 'Bijzondere gegevens', 'Afwijkingen']) assert.ok(html.includes(`>${titel} (`), titel);
        const href = /<a class="bron" href="([^"]+sociaal-domein-wmo-jeugd\.vwo)"/.exec(html)?.[1];
        assert.ok(href, 'een koppeling naar het bestand');
        assert.equal(path.resolve(map, decodeURIComponent(href)), path.join(VOORBEELDEN, 'sociaal-domein-wmo-jeugd.vwo'));
    });

    it('verkeerd gebruik zegt in het Nederlands wat wel kan (afsluitcode 2)', async () => {
        const xlsx = await overzicht(VOORBEELDEN, '--format', 'xlsx');
        assert.equal(xlsx.code, 2);
        assert.match(xlsx.fout, /noem een bestand met -o/);
        const lijst = await overzicht(VOORBEELDEN, '--lijst', 'klanten');
        assert.equal(lijst.code, 2);
        assert.match(lijst.fout, /Onbekende lijst 'klanten'\. Kies overeenkomsten, .* of register\./);
        const csv = await overzicht(VOORBEELDEN, '--format', 'csv');
        assert.equal(csv.code, 2);
        assert.match(csv.fout, /noem met -o een map/);
        const vwo = await overzicht(VOORBEELDEN, '-o', path.join(VOORBEELDEN, 'zaaksysteem-zwolle.vwo'));
        assert.equal(vwo.code, 2);
        assert.match(vwo.fout, /vwo overzicht overschrijft nooit een \.vwo-bestand/);
    });
});
