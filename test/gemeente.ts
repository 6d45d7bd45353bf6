import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { ENKHUIZEN, PROFIEL } from './language/profielen/hulp-profielen.js';

/**
 * A municipality's folder of a few hundred files: suppliers with a profile and agreements that
 * name it, some that write the supplier's name differently (leverancier-ongelijk against every
 * other file of that supplier) or a profile's sub-processor in another country
 * (subverwerker-land-ongelijk), a second profile of the same name in a subfolder, a misspelt
 * profile, and files that are no agreement (empty, text before the keyword).
 */
export function maakGemeente(map: string): void {
    for (let l = 0; l < 4; l++) {
        const leverancier = path.join(map, `leverancier-${l}`);
        mkdirSync(path.join(leverancier, 'oud'), { recursive: true });
        const profiel = (kvk: string) => PROFIEL.replace('profiel Zaakwijzer {', `profiel Leverancier${l} {`).replace('"44556677"', `"${kvk}"`);
        writeFileSync(path.join(leverancier, 'profiel.vwo'), profiel(`4455667${l}`));
        if (l === 2) writeFileSync(path.join(leverancier, 'oud', 'profiel.vwo'), profiel('99887766').replace('land NL', 'land BE'));
        for (let i = 0; i < 60; i++) {
            let tekst = ENKHUIZEN.replace('overeenkomst KlantcontactEnkhuizen', `overeenkomst Klantcontact${l}x${i}`)
                .replace('profiel Zaakwijzer', i === 30 ? `profiel Leverancer${l}` : `profiel Leverancier${l}`);
            if (i % 17 === 5) tekst = tekst.replace('vertegenwoordiger "mevrouw L. Kok"', `naam "Leverancier ${l} Holding B.V." vestigingsplaats "Plaats ${i}" vertegenwoordiger "mevrouw L. Kok"`);
            if (i % 23 === 7) tekst = tekst.replace('    verwerking Klantvragen {', `    subverwerker Reserve { naam "Rekencentrum Noord B.V." contact "x" kvk "5544332${i % 2}" uitbesteed "y" land ${i % 2 ? 'BE' : 'IE'} }\n    verwerking Klantvragen {`);
            writeFileSync(path.join(leverancier, i % 9 === 0 ? 'oud' : '.', `overeenkomst-${i}.vwo`), tekst);
        }
    }
    writeFileSync(path.join(map, 'leeg.vwo'), '');
    writeFileSync(path.join(map, 'rommel.vwo'), '"concept" overeenkomst Rommel { }\n');
}
