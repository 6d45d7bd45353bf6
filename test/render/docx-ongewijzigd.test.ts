import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { schrijfDocx } from '../../language/render/index.js';
import { groteTekst } from '../../bench/render.js';
import { opruimen, WEBFORMULIEREN } from '../hulp.js';
import { docxOpmaak } from './docx-opmaak.js';
import { controleerDocx, model, modelVan } from './hulp-render.js';

/**
 * The look of the DOCX, paragraph by paragraph (text, resolved formatting, heading styles; see
 * docx-opmaak.ts), as the writer gave it before issue 14 moved table formatting from every cell
 * and run into styles and the table. LibreOffice laid both out to the same pixels. A deliberate
 * change of the document changes these fingerprints: the test then writes the lines to a file, to
 * compare with those of the previous writer.
 */
const VINGERAFDRUK: Record<string, { regels: number; sha256: string }> = {
    'gegenereerd, 4.071 regels (bench/render.ts)': { regels: 5638, sha256: '3ec63bf341750f55ecb1786ae7bf20ce0efc3f75a0080f11a3167560f324b7fe' },
    // text with its entities decoded ("< >", was "&lt; &gt;"): the XML is read by sax since the sixth session of issue 14
    [WEBFORMULIEREN]: { regels: 180, sha256: '1034be4f591ffdf6e232ca8e4766f057a674bc02cb543c9159d2742ac608597b' }
};

describe('render: de DOCX ziet er regel voor regel uit als vóór issue 14', function () {
    this.timeout(60000);
    after(opruimen);

    for (const [naam, verwacht] of Object.entries(VINGERAFDRUK)) {
        it(naam, async () => {
            const doc = naam === WEBFORMULIEREN ? await modelVan(naam) : await model(groteTekst());
            const regels = docxOpmaak(controleerDocx(await schrijfDocx(doc)));
            const sha256 = createHash('sha256').update(regels.join('\n')).digest('hex');
            if (sha256 === verwacht.sha256) return;
            const bestand = path.join(mkdtempSync(path.join(tmpdir(), 'vwo-docx-opmaak-')), 'opmaak.txt');
            writeFileSync(bestand, regels.join('\n'));
            assert.fail(`de DOCX ziet er anders uit (${regels.length} regels, verwacht ${verwacht.regels}; sha256 ${sha256}); de regels staan in ${bestand}`);
        });
    }
});
