/**
 * A complete, clean agreement around the given lines (processings, declarations), so that a test
 * sees only the findings its own lines cause.
 */
export function overeenkomstMet(naam: string, inhoud: string): string {
    return `overeenkomst ${naam} {
    standaard "2.3-3"
    hoofdovereenkomst "Overeenkomst" gesloten 2024-03-01
    diensten "Hosting"
    verwerkingsverantwoordelijke { gemeente "Ergens" bestuursorgaan college }
    verwerker { naam "Basis B.V." }
    contactpersoon verwerkingsverantwoordelijke { naam "A" buitenKantooruren "1" }
    contactpersoon verwerker { naam "B" buitenKantooruren "2" }
    beveiliging { normenstelsel BIO toereikendheid certificering }
${inhoud}
}`;
}
