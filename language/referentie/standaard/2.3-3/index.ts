import type { Bronvermelding, Standaard } from '../model.js';
import { TEKST } from './artikelen.js';
import { ELEMENTEN, GIBIT_ONDERWERPEN } from './elementen.js';
import { AFWIJKING_JAARRAPPORTAGE, ONDERWERPEN, TOELICHTING } from './toelichting.js';

/** The colofon of version 2.3-3: the attribution its licence requires with every copy. */
export const BRON: Bronvermelding = {
    naamsvermelding: 'Vereniging van Nederlandse Gemeenten / Informatiebeveiligingsdienst voor gemeenten',
    licentie: 'CC BY-NC-SA 4.0',
    licentieUrl: 'https://creativecommons.org/licenses/by-nc-sa/4.0/',
    titel: 'Standaard Verwerkersovereenkomst Gemeenten',
    versie: '2.3-3',
    versiedatum: '2021-01-19',
    wijziging: 'Versie 2.3-3 aangepast o.b.v. EDPB advies n.a.v. Schrems II'
};

/** Version 2.3-3 of the standard (19-01-2021): text, toelichting, source and documentation in one value. */
export const STANDAARD_2_3_3: Standaard = {
    bron: BRON,
    tekst: TEKST,
    toelichting: TOELICHTING,
    onderwerpen: ONDERWERPEN,
    afwijkingJaarrapportage: AFWIJKING_JAARRAPPORTAGE,
    elementen: ELEMENTEN,
    gibitOnderwerpen: GIBIT_ONDERWERPEN,
    bestuursorgaan: {
        college: 'het college van Burgemeester en Wethouders',
        raad: 'de Gemeenteraad',
        burgemeester: 'de burgemeester'
    }
};
