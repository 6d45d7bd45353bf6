import { strict as assert } from 'node:assert';
import { render } from '../../language/render/index.js';
import { ENKHUIZEN, PROFIEL, werkruimte } from '../language/profielen/hulp-profielen.js';
import { docxDelen } from './hulp-render.js';

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

    it('Markdown, HTML en elk deel van de DOCX zijn gelijk', async () => {
        const { wortel, diagnoses } = await werkruimte({ 'profiel.vwo': PROFIEL, 'enkhuizen.vwo': ENKHUIZEN, 'voluit.vwo': voluit() });
        assert.ok(!voluit().includes('profiel'), 'de voluit geschreven versie noemt geen profiel');
        assert.deepEqual(diagnoses['voluit.vwo'].filter(d => d.severity === 1), [], 'de voluit geschreven versie is foutloos');
        const [metProfiel, geschreven] = [wortel('enkhuizen.vwo'), wortel('voluit.vwo')];
        const md = await render(metProfiel, 'md') as string;
        assert.match(md, /Zaakwijzer B\.V\., gevestigd te Alkmaar, KVK-nummer 44556677/);
        assert.match(md, /Berichtdienst B\.V\./);
        assert.equal(md, await render(geschreven, 'md'));
        assert.equal(await render(metProfiel, 'html'), await render(geschreven, 'html'));
        const [a, b] = [docxDelen(await render(metProfiel, 'docx') as Uint8Array), docxDelen(await render(geschreven, 'docx') as Uint8Array)];
        assert.deepEqual(a.map(([naam]) => naam), b.map(([naam]) => naam));
        assert.ok(a.some(([naam]) => naam === 'word/document.xml') && a.some(([naam]) => naam === 'docProps/core.xml'));
        for (const [i, [naam, inhoud]] of a.entries()) assert.ok(inhoud === b[i][1], naam);
    });
});
