import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { LangiumDocument, TextDocument } from 'langium';
import { DefaultCompletionProvider, type CompletionBacktrackingInformation, type NextFeature } from 'langium/lsp';
import { parseHelper } from 'langium/test';
import type { CompletionList } from 'vscode-languageserver';
import { alsVwo, maakOvereenkomst } from '../../../bench/genereer.js';
import { klachtTot, vensterVoor } from '../../../language/incrementeel/venster.js';
import { VwoCompletionProvider } from '../../../language/lsp/vwo-completion.js';
import { opruimen, Vwo, WORTEL } from '../../hulp.js';
import { willekeur } from '../../willekeur.js';

const langium = DefaultCompletionProvider.prototype as unknown as {
    findFeaturesAt(document: TextDocument, offset: number): NextFeature[];
    backtrackToAnyToken(text: string, offset: number): CompletionBacktrackingInformation;
};

/** vwo's completion with Langium's passes over the whole text up to the cursor: what the window must equal. */
class HeleTekst extends VwoCompletionProvider {
    protected override findFeaturesAt(document: TextDocument, offset: number): NextFeature[] {
        return langium.findFeaturesAt.call(this, document, offset);
    }

    protected override backtrackToAnyToken(text: string, offset: number): CompletionBacktrackingInformation {
        return langium.backtrackToAnyToken.call(this, text, offset);
    }
}

/**
 * vwo's completion as the server runs it, checking each step against the whole text too: the
 * token at the cursor, and what the grammar allows next at each place the completion parser is asked about.
 */
class Vergelijkend extends VwoCompletionProvider {
    protected override findFeaturesAt(document: TextDocument, offset: number): NextFeature[] {
        const uit = super.findFeaturesAt(document, offset);
        const verwacht = langium.findFeaturesAt.call(this, document, offset);
        const zelfde = uit.length === verwacht.length && uit.every((f, i) => f.feature === verwacht[i].feature && f.type === verwacht[i].type && f.property === verwacht[i].property);
        assert.ok(zelfde, `andere vervolgen op ${offset}: ${uit.length} tegen ${verwacht.length}`);
        return uit;
    }

    protected override backtrackToAnyToken(text: string, offset: number): CompletionBacktrackingInformation {
        const uit = super.backtrackToAnyToken(text, offset);
        assert.deepStrictEqual(uit, langium.backtrackToAnyToken.call(this, text, offset), `ander token op ${offset}`);
        return uit;
    }
}

const heel = new HeleTekst(Vwo);
const venster = new Vergelijkend(Vwo);
const parse = parseHelper(Vwo);

const VOORBEELDEN = path.join(WORTEL, 'examples');
const bestanden = (map: string) => readdirSync(map).filter(n => n.endsWith('.vwo')).sort().map(n => path.join(map, n));

/**
 * Cursor places to try in `tekst`: around each top-level keyword and brace (where the window
 * begins and ends, and where it must fall back), plus `aantal` at random.
 */
function plekken(tekst: string, r: () => number, aantal: number): number[] {
    const uit = new Set<number>([0, tekst.length]);
    for (const m of tekst.matchAll(/^\s*(\w+)|[{}]/gm)) {
        const begin = m.index + m[0].length - (m[1]?.length ?? 1);
        for (const d of [-1, 0, 1, 2]) uit.add(begin + d);
        if (m[1]) for (const d of [-1, 0, 1]) uit.add(begin + m[1].length + d);
    }
    const rond = [...uit].filter(o => o >= 0 && o <= tekst.length);
    const gekozen = Array.from({ length: aantal }, () => Math.floor(r() * (tekst.length + 1)));
    // every boundary would take too long in the larger files: a fixed sample of them
    return [...rond.filter((_, i) => rond.length < 80 || i % Math.ceil(rond.length / 80) === 0), ...gekozen];
}

/** Asserts the same completion list at each place; returns how many of them the window answered. */
async function vergelijk(document: LangiumDocument, offsets: number[], naam: string): Promise<number> {
    const tekst = document.textDocument.getText();
    let metVenster = 0;
    for (const offset of offsets) {
        const params = { textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset) };
        const verwacht = await heel.getCompletion(document, params);
        const gekregen = await venster.getCompletion(document, params) as CompletionList | undefined;
        assert.deepStrictEqual(gekregen, verwacht, `${naam} op ${offset}: …${JSON.stringify(tekst.slice(Math.max(0, offset - 40), offset))}|${JSON.stringify(tekst.slice(offset, offset + 20))}…`);
        const v = vensterVoor(document.parseResult.value.$cstNode?.root, tekst, offset);
        if (v && !klachtTot(document.parseResult, v.begin)) metVenster++;
    }
    return metVenster;
}

/** Texts as they are while typing: a word cut off, a brace or a quote missing, a keyword half typed. */
function bewerkingen(tekst: string, r: () => number, aantal: number): Array<{ tekst: string; plek: number }> {
    const uit: Array<{ tekst: string; plek: number }> = [];
    for (let i = 0; i < aantal; i++) {
        const plek = Math.floor(r() * tekst.length);
        const soort = i % 4;
        const lengte = 1 + Math.floor(r() * 12);
        const invoeging = ['', 'verw', '"open', '}'][soort];
        const weg = soort === 0 ? lengte : soort === 3 ? 0 : Math.floor(r() * 2);
        uit.push({ tekst: tekst.slice(0, plek) + invoeging + tekst.slice(plek + weg), plek: plek + invoeging.length });
    }
    return uit;
}

describe('completion per blok: dezelfde lijst als over de hele tekst', function () {
    this.timeout(120_000);
    afterEach(opruimen);

    for (const bestand of bestanden(VOORBEELDEN)) {
        it(`examples/${path.basename(bestand)}: ongewijzigd en tijdens het typen`, async () => {
            const r = willekeur(path.basename(bestand).length * 7919);
            const tekst = readFileSync(bestand, 'utf8');
            const document = await parse(tekst);
            const offsets = plekken(tekst, r, 30);
            const metVenster = await vergelijk(document, offsets, path.basename(bestand));
            assert.ok(metVenster > offsets.length / 2, `het venster beantwoordde maar ${metVenster} van ${offsets.length} plekken`);
            for (const b of bewerkingen(tekst, r, 6)) {
                const gewijzigd = await parse(b.tekst);
                await vergelijk(gewijzigd, [b.plek, b.plek - 1, b.plek + 1, ...plekken(b.tekst, r, 6).slice(-6)].filter(o => o >= 0 && o <= b.tekst.length), `${path.basename(bestand)} gewijzigd bij ${b.plek}`);
            }
        });
    }

    it('examples/leverancier-zaakwijzer: profiel en overeenkomsten die ernaar verwijzen', async () => {
        const r = willekeur(31);
        const map = path.join(VOORBEELDEN, 'leverancier-zaakwijzer');
        const documenten = [];
        for (const bestand of bestanden(map).reverse()) documenten.push({ naam: path.basename(bestand), document: await parse(readFileSync(bestand, 'utf8')) });
        for (const { naam, document } of documenten) {
            const offsets = plekken(document.textDocument.getText(), r, 25);
            assert.ok(await vergelijk(document, offsets, naam) > offsets.length / 2);
        }
    });

    it('gegenereerde overeenkomsten van 300 en 1.000 regels', async () => {
        const r = willekeur(5000);
        for (const regels of [300, 1000]) {
            const tekst = alsVwo(maakOvereenkomst(regels, regels));
            const offsets = plekken(tekst, r, 40);
            assert.ok(await vergelijk(await parse(tekst), offsets, `${regels} regels`) > offsets.length / 2);
            for (const b of bewerkingen(tekst, r, 4)) {
                await vergelijk(await parse(b.tekst), [b.plek, b.plek + 1], `${regels} regels gewijzigd bij ${b.plek}`);
            }
        }
    });

    it('valt terug op de hele tekst bij een syntaxfout vóór het blok, een ander tekst of geen blok voor de cursor', async () => {
        const tekst = 'overeenkomst X {\n\tverwerking A { naam "a" }\n\tverwerking B { persoonsgegevens  }\n}\n';
        const document = await parse(tekst);
        const cursor = tekst.indexOf('persoonsgegevens ') + 'persoonsgegevens '.length;
        const root = document.parseResult.value.$cstNode?.root;
        const v = vensterVoor(root, tekst, cursor);
        assert.deepEqual(v, { kopEinde: tekst.indexOf('{') + 1, begin: tekst.indexOf('verwerking B'), volgende: tekst.length });
        assert.equal(klachtTot(document.parseResult, v.begin), false);
        assert.equal(vensterVoor(root, tekst + ' ', cursor), undefined, 'een boom van een andere tekst');
        assert.equal(vensterVoor(root, tekst, tekst.indexOf('verwerking A') - 1), undefined, 'in de kop');
        assert.equal(vensterVoor(root, tekst, tekst.indexOf('verwerking A')), undefined, 'op het begin van het eerste blok');

        const fout = tekst.replace('naam "a"', 'naam naam');
        const metFout = await parse(fout);
        const vFout = vensterVoor(metFout.parseResult.value.$cstNode?.root, fout, fout.indexOf('persoonsgegevens ') + 17)!;
        assert.equal(klachtTot(metFout.parseResult, vFout.begin), true, 'een syntaxfout in een eerder blok');
        await vergelijk(metFout, [fout.indexOf('persoonsgegevens ') + 17], 'fout vóór het blok');
    });
});
