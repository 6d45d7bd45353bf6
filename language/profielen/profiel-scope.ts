import { AstUtils, stream, type AstNodeDescription, type AstNodeDescriptionProvider, type Scope, type Stream } from 'langium';
import type { Overeenkomst } from '../generated/ast.js';

/**
 * The sub-processors of an agreement's profile, behind its own tabel 3: a processing names them
 * as if they were declared in the agreement. Asked at lookup time, not when the scope is made,
 * so a cached scope follows the profile after it changed and the agreement was relinked.
 */
export class ProfielScope implements Scope {
    constructor(
        private readonly overeenkomst: Overeenkomst,
        private readonly descriptions: AstNodeDescriptionProvider,
        private readonly buiten: Scope
    ) { }

    getElement(naam: string): AstNodeDescription | undefined {
        return this.profielElementen().find(e => e.name === naam) ?? this.buiten.getElement(naam);
    }

    getElements(naam: string): Stream<AstNodeDescription> {
        return this.profielElementen().filter(e => e.name === naam).concat(this.buiten.getElements(naam));
    }

    getAllElements(): Stream<AstNodeDescription> {
        return this.profielElementen().concat(this.buiten.getAllElements());
    }

    private profielElementen(): Stream<AstNodeDescription> {
        const profiel = this.overeenkomst.profiel?.ref;
        if (!profiel) return stream([]);
        const document = AstUtils.getDocument(profiel);
        return stream(profiel.subverwerkers).filter(s => s.name !== undefined)
            .map(s => this.descriptions.createDescription(s, s.name, document));
    }
}
