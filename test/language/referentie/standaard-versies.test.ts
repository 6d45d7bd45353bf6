import { strict as assert } from 'node:assert';
import type { CompletionList } from 'vscode-languageserver';
import { bouwDocument } from '../../../language/render/index.js';
import { alinea, huidigeStandaard, ondersteundeVersies, registreerStandaard, standaard, type Standaard } from '../../../language/referentie/standaard/index.js';
import { diagnoses, lees, melding, opruimen, positie, voorbeeld, Vwo, ZAAKSYSTEEM } from '../../hulp.js';
import { hoverOp } from '../lsp/hulp-lsp.js';

/**
 * A version that exists only as data: version 2.3-3 with another heading for article 5, an
 * article 9 of its own and an older date. If registering it is all it takes for validation,
 * hover, completion and render to know it, a real new version needs nothing outside its folder.
 */
const echt = standaard('2.3-3')!;
const NEP: Standaard = {
    ...echt,
    bron: { ...echt.bron, versie: '2.0-nep', versiedatum: '2019-06-01', titel: 'Nepstandaard Verwerkersovereenkomst' },
    tekst: {
        ...echt.tekst,
        artikelen: [
            ...echt.tekst.artikelen.map(a => a.nummer === '5' ? { ...a, kop: 'Meldingen in de nepversie' } : a),
            { nummer: '9', kop: 'Slotbepaling van de nepversie', leden: [{ nummer: '9.1', alineas: [alinea`Alleen in de nepversie.`] }] }
        ]
    },
    gibitOnderwerpen: {}
};

const zaaksysteem = voorbeeld(ZAAKSYSTEEM);
const inNep = (tekst: string) => tekst.replace('standaard "2.3-3"', 'standaard "2.0-nep"');
const codes = async (tekst: string) => (await diagnoses(tekst)).map(d => d.code);

describe('een versie van de standaard is één waarde (referentie/standaard/<versie>/)', () => {
    let vergeet: () => void;
    before(() => { vergeet = registreerStandaard(NEP); });
    after(() => vergeet());
    afterEach(opruimen);

    it('de taal kent de nieuwe versie, en de nieuwste blijft de standaard voor een bestand zonder versie', () => {
        assert.deepEqual(ondersteundeVersies(), ['2.0-nep', '2.3-3']);
        assert.equal(huidigeStandaard().bron.versie, '2.3-3');
    });

    it('controle: geen onbekende-standaard, en een onbekende versie noemt beide versies', async () => {
        assert.ok(!(await codes(inNep(zaaksysteem))).includes('onbekende-standaard'));
        const onbekend = (await diagnoses(zaaksysteem.replace('standaard "2.3-3"', 'standaard "7.7"'))).find(d => d.code === 'onbekende-standaard')!;
        assert.match(melding(onbekend), /Ondersteund: "2\.0-nep" en "2\.3-3"/);
    });

    it('controle: een afwijking van artikel 9.1 bestaat alleen in de versie die het heeft', async () => {
        const afwijking = (tekst: string) => tekst.replace(/\n}\s*$/, '\n    afwijking "9.1" { tekst "Anders." motivering "Omdat." }\n}\n');
        assert.ok(!(await codes(afwijking(inNep(zaaksysteem)))).includes('onbekend-artikel'));
        assert.ok((await codes(afwijking(zaaksysteem))).includes('onbekend-artikel'));
    });

    it('controle: een ondertekening vóór de datum van de versie telt met de datum van die versie', async () => {
        const vroeg = (tekst: string) => tekst.replace(/datum 2024-03-20/, 'datum 2020-03-20').replace(/gesloten \d{4}-\d{2}-\d{2}/, 'gesloten 2020-01-01').replace(/ingangsdatum \d{4}-\d{2}-\d{2}/, 'ingangsdatum 2020-04-01');
        assert.ok(!(await codes(vroeg(inNep(zaaksysteem)))).includes('datumvolgorde'), 'na 1-6-2019: geen melding');
        assert.ok((await codes(vroeg(zaaksysteem))).includes('datumvolgorde'), 'vóór 19-1-2021: melding');
    });

    it('uitleg en aanvullen: de hover noemt de versie en haar titel, aanvullen biedt haar aan', async () => {
        const tekst = inNep(zaaksysteem);
        assert.match(await hoverOp(tekst, positie(tekst, '"2.0-nep"') + 2), /Nepstandaard Verwerkersovereenkomst/);
        const document = await lees('overeenkomst X { standaard  }');
        const lijst = await Vwo.lsp.CompletionProvider!.getCompletion(document, {
            textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt('overeenkomst X { standaard '.length)
        }) as CompletionList;
        assert.deepEqual(lijst.items.map(i => i.label).sort(), ['"2.0-nep"', '"2.3-3"']);
    });

    it('render: de tekst komt uit de versie die de overeenkomst noemt', async () => {
        const kop = async (tekst: string) => JSON.stringify(bouwDocument((await lees(tekst)).parseResult.value));
        const nep = await kop(inNep(zaaksysteem));
        assert.match(nep, /Meldingen in de nepversie/);
        assert.match(nep, /Slotbepaling van de nepversie/);
        assert.doesNotMatch(await kop(zaaksysteem), /nepversie/);
    });

    it('elk element van elke versie verwijst naar toelichting die die versie heeft', () => {
        for (const versie of ondersteundeVersies()) {
            const s = standaard(versie)!;
            for (const [sleutel, element] of Object.entries(s.elementen)) {
                for (const t of element.toelichting) assert.ok(s.toelichting[t], `${versie}: ${sleutel} → toelichting ${t}`);
            }
        }
    });
});
