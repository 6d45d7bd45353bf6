import { strict as assert } from 'node:assert';
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { schrijfDocx } from '../../language/render/index.js';
import { platteTekst, type Tabel, type VwoDocument } from '../../language/render/model.js';
import { voorbeeld, WORTEL, ZAAKSYSTEEM } from '../hulp.js';
import { libreOfficePdf, model, modelVan, pdftotext, pdfWoordenPerPagina, soffice } from './hulp-render.js';

/** Word pieces as a layout may legitimately break them: at spaces, and after a hyphen or slash. */
function stukken(tekst: string): string[] {
    return tekst.split(/\s+|(?<=[-/])/).map(w => w.replace(/^[("'„]+|[),.;:"'”]+$/g, '')).filter(w => /\p{L}{2}/u.test(w));
}

function tel(woorden: readonly string[]): Map<string, number> {
    const aantal = new Map<string, number>();
    for (const w of woorden) aantal.set(w, (aantal.get(w) ?? 0) + 1);
    return aantal;
}

describe('DOCX in LibreOffice: geen woord in de tabellen van Bijlage 1 breekt midden in het woord', function () {
    this.timeout(240000);
    const lo = soffice();
    const pdf = pdftotext();
    const voorbeelden = readdirSync(path.join(WORTEL, 'examples')).filter(n => n.endsWith('.vwo')).sort();

    // the example: Dutch compounds in the narrow first columns of tabel 1
    const samenstellingen = voorbeeld(ZAAKSYSTEEM).replace('naam "Klantcontact per e-mail"', 'naam "Salarisadministratie"')
        .replace('doeleinden "Beantwoorden van vragen van inwoners"', 'doeleinden "Gegevensbeschermingseffectbeoordelingen en salarisadministratie"');
    const gevallen: Array<[string, () => Promise<VwoDocument>]> = [
        ...voorbeelden.map((naam): [string, () => Promise<VwoDocument>] => [naam, () => modelVan(naam)]),
        ['samengestelde woorden (Salarisadministratie)', () => model(samenstellingen)]
    ];
    for (const [naam, maak] of gevallen) {
        it(naam, async function () {
            if (!lo || !pdf) {
                console.log('      (overgeslagen: LibreOffice (soffice) en pdftotext zijn nodig; apt-get install libreoffice-writer-nogui poppler-utils)');
                this.skip();
            }
            const doc = await maak();
            const paginas = pdfWoordenPerPagina(pdf!, libreOfficePdf(lo!, await schrijfDocx(doc)));
            const begin = paginas.findIndex(p => p.join(' ').includes('Bijlage 1:'));
            const eind = paginas.findIndex((p, i) => i > begin && p.join(' ').includes('Bijlage 2:'));
            assert.ok(begin >= 0 && eind > begin, `Bijlage 1 op pagina ${begin + 1} tot ${eind + 1}`);
            const gelegd = tel(paginas.slice(begin, eind).flat().flatMap(stukken));
            const tabellen = doc.blokken.filter((b): b is Tabel => b.soort === 'tabel').slice(0, 3);
            const inTabellen = tel(tabellen.flatMap(t => [...t.kolommen, ...t.rijen.flat().flatMap(c => (c ?? []).map(platteTekst))]).flatMap(stukken));
            const gebroken = [...inTabellen].filter(([woord, n]) => (gelegd.get(woord) ?? 0) < n).map(([woord]) => woord);
            assert.deepEqual(gebroken, [], `woorden die LibreOffice in een te smalle kolom afbrak`);
        });
    }
});
