import type { ValidationAcceptor } from 'langium';
import type { Profiel } from '../generated/ast.js';
import { Code, meld } from '../validation/codes.js';
import { controleerVerwerker } from '../validation/partijen.js';

/**
 * A supplier profile holds what is the same in all of the supplier's agreements. The contact of
 * the municipality differs per agreement, so it belongs there; a verwerker the profile gives
 * needs its name, as in an agreement (the aanhef of every agreement that uses it).
 */
export function controleerProfiel(profiel: Profiel, accept: ValidationAcceptor): void {
    if (profiel.verwerker) controleerVerwerker(profiel.verwerker, accept);
    for (const contact of profiel.contactpersonen) {
        if (contact.rol !== 'verwerkingsverantwoordelijke') continue;
        meld(accept, Code.contactpersoonInProfiel, `Profiel '${profiel.name}' noemt een contactpersoon van de verwerkingsverantwoordelijke. ` +
            `Een profiel beschrijft de verwerker; wie bij de gemeente bereikbaar is, verschilt per overeenkomst en hoort in tabel 2 van die overeenkomst (Bijlage 1, tabel 2). ` +
            `Verplaats deze contactpersoon naar de overeenkomsten die het profiel gebruiken.`, {
            node: contact, property: 'rol'
        });
    }
}
