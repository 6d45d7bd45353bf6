import { strict as assert } from 'node:assert';
import { Samenhangindex, type Samenvatting, type Soort } from '../../../language/profielen/samenhang-index.js';
import { willekeur } from '../../willekeur.js';

const SOORTEN: readonly Soort[] = ['naam', 'plaats', 'land'];

/** What the index must answer, from all statements at once: the first other file by path stating another value (then by value). */
function verwacht(alle: readonly Samenvatting[], v: Samenvatting): Samenvatting | undefined {
    const kandidaten = alle.filter(w => w.soort === v.soort && w.sleutel === v.sleutel && w.vergeleken !== v.vergeleken && w.uri !== v.uri);
    kandidaten.sort((a, b) => a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.vergeleken < b.vergeleken ? -1 : a.vergeleken > b.vergeleken ? 1 : 0);
    // within one file and value, the first the file states
    return kandidaten.find(w => w.uri === kandidaten[0]?.uri && w.vergeleken === kandidaten[0].vergeleken);
}

/**
 * The index of the cross-file checks is kept up to date per file. After every change of one file
 * (new statements, fewer, none, the file gone) it must answer as a comparison of all statements
 * at once, whatever order the files came in.
 */
describe('de index van de samenhang tussen bestanden, per bestand bijgewerkt', () => {

    it('2.000 willekeurige wijzigingen van bestanden: elk antwoord gelijk aan een vergelijking van alles', () => {
        const r = willekeur(14);
        const kies = <T>(lijst: readonly T[]) => lijst[Math.floor(r() * lijst.length)];
        const index = new Samenhangindex();
        const perBestand = new Map<string, Samenvatting[]>();
        const bestanden = Array.from({ length: 12 }, (_, i) => `file:///w/${String.fromCharCode(97 + ((i * 7) % 12))}/o-${i}.vwo`);
        let gevonden = 0;
        for (let stap = 0; stap < 2000; stap++) {
            const uri = kies(bestanden);
            const aantal = r() < 0.2 ? 0 : 1 + Math.floor(r() * 4);
            const eigen = Array.from({ length: aantal }, () => {
                const waarde = kies(['NL', 'nl', 'US', 'DE', 'Hoorn', 'Alkmaar']);
                return { soort: kies(SOORTEN), sleutel: kies(['kvk:1', 'kvk:2', 'naam:x']), waarde, vergeleken: waarde.toLowerCase(), uri };
            });
            index.zet(uri, eigen);
            if (eigen.length > 0) perBestand.set(uri, eigen); else perBestand.delete(uri);

            const alle = [...perBestand.values()].flat();
            assert.equal(index.aantal, perBestand.size);
            for (const v of alle) {
                const antwoord = index.andere(v);
                assert.equal(antwoord, verwacht(alle, v), `stap ${stap}: ${v.uri} ${v.soort} ${v.sleutel} ${v.vergeleken}`);
                if (antwoord) gevonden++;
            }
            for (const soort of SOORTEN) for (const sleutel of ['kvk:1', 'kvk:2', 'naam:x']) {
                const waarden = [...new Set(alle.filter(v => v.soort === soort && v.sleutel === sleutel).map(v => v.vergeleken))].sort();
                assert.deepEqual([...index.waarden(soort, sleutel)?.keys() ?? []].sort(), waarden);
            }
        }
        assert.ok(gevonden > 2000, `de test vond verschillen (${gevonden})`);
    });

    it('dezelfde bestanden in een andere volgorde: dezelfde antwoorden', () => {
        const v = (uri: string, waarde: string): Samenvatting => ({ soort: 'land', sleutel: 'naam:hosting', waarde, vergeleken: waarde.toLowerCase(), uri });
        const bestanden = [[v('file:///w/c.vwo', 'US')], [v('file:///w/a.vwo', 'NL')], [v('file:///w/b.vwo', 'DE')]];
        const vooruit = new Samenhangindex(), achteruit = new Samenhangindex();
        for (const eigen of bestanden) vooruit.zet(eigen[0].uri, eigen);
        for (const eigen of [...bestanden].reverse()) achteruit.zet(eigen[0].uri, eigen);
        for (const [eigen] of bestanden) assert.equal(vooruit.andere(eigen)?.uri, achteruit.andere(eigen)?.uri);
        assert.equal(vooruit.andere(bestanden[0][0])?.uri, 'file:///w/a.vwo', 'c.vwo noemt het eerste andere bestand: a.vwo');
        assert.equal(vooruit.andere(bestanden[1][0])?.uri, 'file:///w/b.vwo');
    });
});
