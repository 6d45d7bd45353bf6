import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Commando, EXPORTCOMMANDO, OVEREENKOMSTEN_VIEW } from '../../language/protocol.js';
import { EXPORTFORMATEN } from '../../language/render/index.js';
import { WORTEL } from '../hulp.js';

const pakket = JSON.parse(readFileSync(path.join(WORTEL, 'package.json'), 'utf8')) as { contributes: { commands: Array<{ command: string }> } };

describe('opdrachten van de extensie (language/protocol.ts)', () => {
    it('het opdrachtenpalet biedt precies de opdrachten die de client registreert: voorbeeld, overzicht en export per formaat', () => {
        const bijgedragen = pakket.contributes.commands.map(c => c.command).sort();
        const geregistreerd = [Commando.voorbeeldOpenen, Commando.voorbeeldOpenenZijkant, Commando.overzichtOpenen, ...Object.values(EXPORTCOMMANDO)].sort();
        assert.deepEqual(bijgedragen, geregistreerd);
    });

    it('de boomweergave van package.json is die van protocol.ts', () => {
        const views = (pakket as unknown as { contributes: { views: { explorer: Array<{ id: string }> } } }).contributes.views.explorer.map(v => v.id);
        assert.deepEqual(views, [OVEREENKOMSTEN_VIEW]);
    });

    it('elk exportformaat van de renderer heeft een exportopdracht', () => {
        assert.deepEqual(Object.keys(EXPORTCOMMANDO).sort(), [...EXPORTFORMATEN].sort());
    });
});
