import { strict as assert } from 'node:assert';
import { EmptyFileSystem, URI } from 'langium';
import { createVwoServices } from '../../../language/vwo-module.js';
import { isVwoExtensie } from '../../../language/werkruimte/mappen.js';

describe('werkruimte: een .vwo-bestand, in elke schrijfwijze', () => {
    it('de extensie in kleine letters, hoofdletters of gemengd; geen andere', () => {
        for (const ja of ['.vwo', '.VWO', '.Vwo', '.vWo']) assert.equal(isVwoExtensie(ja), true, ja);
        for (const nee of ['', '.vw', '.vwox', '.txt', 'vwo', '.vwo.bak']) assert.equal(isVwoExtensie(nee), false, nee);
    });

    it('de taal wordt ook gevonden voor OVEREENKOMST.VWO, zodat de werkruimte hem kan laden', () => {
        const { shared, Vwo } = createVwoServices(EmptyFileSystem);
        for (const naam of ['a.vwo', 'OVEREENKOMST.VWO', 'Gemengd.Vwo']) assert.equal(shared.ServiceRegistry.getServices(URI.file(`/map/${naam}`)), Vwo, naam);
        assert.throws(() => shared.ServiceRegistry.getServices(URI.file('/map/notitie.txt')), /no services for the extension '\.txt'/);
    });
});
