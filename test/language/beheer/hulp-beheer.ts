import { EmptyFileSystem, type LangiumDocument } from 'langium';
import { parseHelper } from 'langium/test';
import type { Overeenkomst } from '../../../language/generated/ast.js';
import { createVwoServices } from '../../../language/vwo-module.js';

/** The language at a fixed reference date, as `vwo check --peildatum 2026-12-02` and the setting `vwo.peildatum` give it. */
export const PEILDATUM = '2026-12-02';
export const opPeildatum = createVwoServices(EmptyFileSystem, { peildatum: PEILDATUM }).Vwo;
const parse = parseHelper<Overeenkomst>(opPeildatum);

export async function leesOp(tekst: string): Promise<LangiumDocument<Overeenkomst>> {
    return parse(tekst, { validation: true });
}

/** A complete, signed agreement with the given beheer block (or none). */
export function metBeheer(beheer: string, verwerking = 'verwerking V { doeleinden "d" betrokkenen Aanvragers persoonsgegevens Contactgegevens }'): string {
    return `overeenkomst Test {
    standaard "2.3-3"
    hoofdovereenkomst "H" gesloten 2024-01-10
    diensten "D"
    verwerkingsverantwoordelijke { gemeente "G" bestuursorgaan college }
    verwerker { naam "Leverancier B.V." }
    contactpersoon verwerkingsverantwoordelijke { naam "A" buitenKantooruren "1" }
    contactpersoon verwerker { naam "B" buitenKantooruren "2" }
    beveiliging { normenstelsel BIO toereikendheid certificering }
    ${verwerking}
    ondertekening { ingangsdatum 2024-02-01 }
    ${beheer}
}
`;
}
