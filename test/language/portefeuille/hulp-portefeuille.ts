import { lees } from '../../hulp.js';
import type { Gecontroleerd } from '../../../language/portefeuille/index.js';

/** Checks each text as its own file and hands the results to the overview as the CLI does. */
export async function gecontroleerd(bestanden: Record<string, string>): Promise<Gecontroleerd[]> {
    const uit: Gecontroleerd[] = [];
    for (const [bestand, tekst] of Object.entries(bestanden)) {
        const document = await lees(tekst);
        uit.push({ wortel: document.parseResult.value, bestand, diagnostics: document.diagnostics ?? [] });
    }
    return uit;
}

/** A signed agreement of Wolk B.V. (KvK 11112222) that hosts with Rekenhal (KvK 99990000) in `land`. */
export function wolk(naam: string, land: string, extra = ''): string {
    return `overeenkomst ${naam} {
    standaard "2.3-3"
    hoofdovereenkomst "Hoofd ${naam}" gesloten 2024-03-01
    diensten "Hosting"
    verwerkingsverantwoordelijke { gemeente "Ergens" bestuursorgaan college }
    verwerker { naam "Wolk B.V." kvk "11112222" vestigingsplaats "Zwolle" }
    contactpersoon verwerkingsverantwoordelijke { naam "A" buitenKantooruren "1" }
    contactpersoon verwerker { naam "B" buitenKantooruren "2" }
    beveiliging { normenstelsel BIO toereikendheid certificering }
    subverwerker Rekenhal { naam "Rekenhal Inc." kvk "99990000" contact "x" uitbesteed "hosting" toepassing "opslag" land ${land} }
    verwerking Dossier {
        naam "Dossiers ${naam}"
        doeleinden "Dossiervorming"
        betrokkenen Aanvragers
        persoonsgegevens PersoonlijkeGegevens, BSN, Gezondheidsgegevens
        subverwerkers Rekenhal
        ${land === 'US' ? 'doorgifte US instrument SCC maatregelen "Versleuteling met sleutels bij de gemeente"' : ''}
    }
    ondertekening {
        ingangsdatum 2024-04-01
        verwerkingsverantwoordelijke "C" datum 2024-04-01
        verwerker "D" datum 2024-03-28
    }
${extra}
}`;
}
