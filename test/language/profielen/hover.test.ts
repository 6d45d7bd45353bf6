import { strict as assert } from 'node:assert';
import { isProfiel } from '../../../language/generated/ast.js';
import { Handleiding } from '../../../language/documentatie/handleiding.js';
import { profielHover } from '../../../language/profielen/hover.js';
import { PROFIEL, werkruimte } from './hulp-profielen.js';

describe('hover op een leveranciersprofiel', () => {
    it('noemt de verwerker, de subverwerkers en het bestand, met een link naar de README', async () => {
        const { wortel } = await werkruimte({ 'profiel-zaakwijzer.vwo': PROFIEL });
        const profiel = wortel('profiel-zaakwijzer.vwo') as unknown;
        assert.ok(isProfiel(profiel));
        const hover = profielHover(new Handleiding('file:///README.md'), profiel);
        assert.match(hover, /^#### Leveranciersprofiel · Zaakwijzer/);
        assert.match(hover, /\*\*Zaakwijzer B\.V\.\*\*, gevestigd te Alkmaar, KvK-nummer 44556677/);
        assert.match(hover, /- Mailgateway: Mailgateway Europe GmbH \(DE\)/);
        assert.match(hover, /Bestand: profiel-zaakwijzer\.vwo/);
        assert.match(hover, /\[Leveranciersprofielen\]\(file:\/\/\/README\.md#leveranciersprofielen\)/);
    });

    it('toont vijandige tekst als tekst: geen opmaak, geen link, geen HTML', async () => {
        const vijandig = PROFIEL.replace('naam "Zaakwijzer B.V."', 'naam "<img src=x onerror=alert(1)> **vet** [klik](https://kwaad.example)"');
        const { wortel } = await werkruimte({ 'profiel.vwo': vijandig });
        const profiel = wortel('profiel.vwo') as unknown;
        assert.ok(isProfiel(profiel));
        const hover = profielHover(new Handleiding(), profiel);
        assert.match(hover, /\\<img src=x onerror=alert\(1\)\\> \\\*\\\*vet\\\*\\\* \\\[klik\\\]\(https\\:\/\/kwaad\.example\)/);
        assert.doesNotMatch(hover, /(?<!\\)<img/, "geen onbeschermde HTML");
    });
});
