import { strict as assert } from 'node:assert';
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { schrijfDocx, schrijfHtml, schrijfMarkdown } from '../../language/render/index.js';
import { opruimen, voorbeeld, WORTEL } from '../hulp.js';
import { willekeur } from '../willekeur.js';
import { controleerDocx, model } from './hulp-render.js';

/** A broken variant of a file: slices cut out, lines swapped, cut off, stray characters. */
function verminkt(tekst: string, toeval: () => number): string {
    let t = tekst;
    const n = 1 + Math.floor(toeval() * 4);
    for (let i = 0; i < n; i++) {
        const a = Math.floor(toeval() * t.length);
        const b = Math.min(t.length, a + Math.floor(toeval() * 80));
        switch (Math.floor(toeval() * 4)) {
            case 0: t = t.slice(0, a) + t.slice(b); break;
            case 1: t = t.slice(0, a); break;
            case 2: t = t.slice(0, a) + '"{}\u0000<&\n'[Math.floor(toeval() * 7)] + t.slice(a); break;
            default: {
                const regels = t.split('\n');
                const x = Math.floor(toeval() * regels.length);
                const y = Math.floor(toeval() * regels.length);
                [regels[x], regels[y]] = [regels[y], regels[x]];
                t = regels.join('\n');
            }
        }
    }
    return t;
}

/** Nodes the parser recovered with properties missing. */
const KAPOT = `overeenkomst X {
    verwerking V { naam "A" doorgifte instrument SCC }
    verwerking W { doorgifte US instrument }
    subverwerker S { land }
    ondertekening { verwerker functie "x" }
    afwijking { tekst "t" }
    beveiliging { normenstelsel toereikendheid externeControles }
}`;

describe('render: kapotte invoer (zoals met --force of in het voorbeeld tijdens het typen)', function () {
    this.timeout(120000);
    after(opruimen);
    const voorbeelden = readdirSync(path.join(WORTEL, 'examples')).filter(f => f.endsWith('.vwo'));

    it('elk voorbeeld in examples/ rendert in alle drie formaten, met geldige DOCX', async () => {
        for (const naam of voorbeelden) {
            const doc = await model(voorbeeld(naam));
            assert.match(schrijfMarkdown(doc), /^# Verwerkersovereenkomst uitvoering /m, naam);
            assert.match(schrijfHtml(doc), /<h2 id="artikel-8">/, naam);
            controleerDocx(await schrijfDocx(doc));
            assert.equal(doc.voetnoten.length, doc.afwijkingen.length, naam);
        }
    });

    it('elk verminkt voorbeeld rendert in alle formaten zonder uitzondering en zonder "undefined"', async () => {
        const toeval = willekeur(6);
        let docx = 0;
        for (const naam of voorbeelden) {
            for (let i = 0; i < 25; i++) {
                const tekst = verminkt(voorbeeld(naam), toeval);
                const doc = await model(tekst);
                const md = schrijfMarkdown(doc);
                const html = schrijfHtml(doc);
                for (const uit of [md, html, JSON.stringify(doc)]) {
                    assert.ok(!/undefined|\[object Object\]|NaN/.test(uit), `${naam} #${i}: ${/.{0,60}(undefined|\[object Object\]|NaN).{0,20}/.exec(uit)?.[0]}`);
                }
                if (i % 8 === 0) {
                    controleerDocx(await schrijfDocx(doc));
                    docx++;
                }
            }
        }
        assert.ok(docx >= voorbeelden.length);
    });

    it('een leeg bestand en een lege overeenkomst geven de standaard met al haar invulvelden', async () => {
        for (const tekst of ['', 'overeenkomst Leeg { }', KAPOT]) {
            const doc = await model(tekst);
            const md = schrijfMarkdown(doc);
            assert.match(md, /^# Verwerkersovereenkomst uitvoering \\<naam hoofdovereenkomst\\>$/m);
            assert.match(md, /Gemeente \\<naam gemeente\\>, waarvan \\<het college van Burgemeester en Wethouders\/de Gemeenteraad\\> de verwerkingsverantwoordelijke is/);
            assert.ok(doc.openVelden > 20);
            assert.ok(!/undefined|NaN/.test(md + schrijfHtml(doc) + JSON.stringify(doc)));
            controleerDocx(await schrijfDocx(doc));
        }
    });
});
