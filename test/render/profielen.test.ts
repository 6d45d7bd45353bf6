import { strict as assert } from 'node:assert';
import { bouwDocument, schrijfDocx, schrijfMarkdown } from '../../language/render/index.js';
import { ENKHUIZEN, PROFIEL, werkruimte } from '../language/profielen/hulp-profielen.js';
import { leesZip } from './hulp-render.js';

/** examples/leverancier-zaakwijzer/klantcontact-enkhuizen.vwo with its profile written out in it, by hand as a user would. */
function voluit(): string {
    const verwerker = PROFIEL.slice(PROFIEL.indexOf('    verwerker {'), PROFIEL.indexOf('    }\n') + 6)
        .replace(/        vertegenwoordiger .*\n/, '        vertegenwoordiger "mevrouw L. Kok" functie "commercieel directeur"\n');
    const rest = PROFIEL.slice(PROFIEL.indexOf('    contactpersoon verwerker {'), PROFIEL.lastIndexOf('}'));
    const zonderProfiel = ENKHUIZEN.replace('    profiel Zaakwijzer\n', '')
        .replace(/    \/\/ Voor deze overeenkomst[^]*?\n    }\n/, verwerker);
    return zonderProfiel.slice(0, zonderProfiel.lastIndexOf('}')) + rest + '}\n';
}

describe('render: een overeenkomst met profiel is hetzelfde document als die overeenkomst voluit geschreven', function () {
    this.timeout(30000);

    it('Markdown en DOCX (word/document.xml) zijn gelijk', async () => {
        const { wortel, diagnoses } = await werkruimte({ 'profiel.vwo': PROFIEL, 'enkhuizen.vwo': ENKHUIZEN, 'voluit.vwo': voluit() });
        assert.ok(!voluit().includes('profiel'), 'de voluit geschreven versie noemt geen profiel');
        assert.deepEqual(diagnoses['voluit.vwo'].filter(d => d.severity === 1), [], 'de voluit geschreven versie is foutloos');
        const metProfiel = bouwDocument(wortel('enkhuizen.vwo'), undefined, { verantwoording: false });
        const geschreven = bouwDocument(wortel('voluit.vwo'), undefined, { verantwoording: false });
        const md = schrijfMarkdown(metProfiel);
        assert.match(md, /Zaakwijzer B\.V\., gevestigd te Alkmaar, KVK-nummer 44556677/);
        assert.match(md, /Berichtdienst B\.V\./);
        assert.equal(md, schrijfMarkdown(geschreven));
        const xml = async (d: typeof metProfiel) => leesZip(await schrijfDocx(d)).get('word/document.xml')!.toString('utf8');
        assert.equal(await xml(metProfiel), await xml(geschreven));
    });
});
