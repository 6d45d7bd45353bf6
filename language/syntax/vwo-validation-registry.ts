import {
    isOperationCancelled, ValidationRegistry,
    type AstNode, type MaybePromise, type ValidationAcceptor, type ValidationCategory, type ValidationCheck
} from 'langium';
import { Code, meld } from '../validation/codes.js';
import { ONVOLLEDIG } from './begrenzing.js';

/**
 * A check that throws costs the user that one check, said as `controle-onvolledig` (an error,
 * so the file is never approved), instead of Langium's English "An error occurred during
 * validation: …" without a code.
 *
 * Checks run on every node at every keystroke, so they are called without the two promises per
 * call Langium wraps each in (all of vwo's checks are synchronous), and the checks of a node type
 * are looked up once: that machinery cost a third of the validation of a large file.
 */
export class VwoValidationRegistry extends ValidationRegistry {
    private readonly perSoort = new Map<string, readonly ValidationCheck[]>();
    private readonly lokaal = new WeakSet<ValidationCheck>();
    private readonly structuur = new WeakSet<ValidationCheck>();
    /** one more with every registration: what a validation kept from the one before holds only under the same checks */
    versie = 0;

    protected override async handleException(functionality: () => MaybePromise<void>, messageContext: string, accept: ValidationAcceptor, node: AstNode): Promise<void> {
        try {
            await functionality();
        } catch (fout) {
            if (isOperationCancelled(fout)) throw fout;
            console.error(`Interne fout in een controle (${messageContext}):`, fout);
            meld(accept, Code.controleOnvolledig, ONVOLLEDIG, { node });
        }
    }

    protected override wrapValidationException(check: ValidationCheck, thisObj: unknown): ValidationCheck {
        const omhuld: ValidationCheck = (node, accept, cancelToken) => {
            let uitkomst: MaybePromise<void>;
            try {
                uitkomst = check.call(thisObj, node, accept, cancelToken);
            } catch (fout) {
                return this.handleException(() => { throw fout; }, 'An error occurred during validation', accept, node);
            }
            return uitkomst instanceof Promise ? this.handleException(() => uitkomst, 'An error occurred during validation', accept, node) : undefined;
        };
        if (BLOK_LOKAAL.has(check)) this.lokaal.add(omhuld);
        if (ALLEEN_STRUCTUUR.has(check)) this.structuur.add(omhuld);
        return omhuld;
    }

    /** The check (as {@link controlesVoor} gives it) was registered as {@link blokLokaal}. */
    isBlokLokaal(controle: ValidationCheck): boolean {
        return this.lokaal.has(controle);
    }

    /** The check (as {@link controlesVoor} gives it) was registered as {@link alleenStructuur}. */
    isAlleenStructuur(controle: ValidationCheck): boolean {
        return this.structuur.has(controle);
    }

    /** The checks of a node type, as `getChecks`, in an array kept until the next registration. */
    controlesVoor(type: string, categories: ValidationCategory[] | undefined): readonly ValidationCheck[] {
        const sleutel = categories ? `${type}|${categories.join(',')}` : type;
        let controles = this.perSoort.get(sleutel);
        if (!controles) this.perSoort.set(sleutel, controles = this.getChecks(type, categories).toArray());
        return controles;
    }

    protected override addEntry(type: string, entry: Parameters<ValidationRegistry['addEntry']>[1]): void {
        this.perSoort.clear();
        this.versie++;
        super.addEntry(type, entry);
    }
}

const BLOK_LOKAAL = new WeakSet<object>();

/**
 * Marks a check whose findings depend only on its node's own subtree and text (no references
 * followed, no other block, no peildatum): after a keystroke in another block its findings are
 * taken from the previous validation (incrementeel/controlegeheugen.ts) instead of checked again.
 */
export function blokLokaal<C extends object>(controle: C): C {
    BLOK_LOKAAL.add(controle);
    return controle;
}

const ALLEEN_STRUCTUUR = new WeakSet<object>();

/**
 * Free texts: strings that only {@link blokLokaal} checks and the checks that are not
 * {@link alleenStructuur} read, as `Type.eigenschap`. Typing inside one (the common keystroke)
 * leaves the findings of every {@link alleenStructuur} check as they were, only moved along the
 * line. test/language/validation/vrije-tekst.test.ts changes each of them in the examples and asserts that.
 */
export const VRIJE_TEKST: ReadonlySet<string> = new Set([
    'Verwerking.doeleinden', 'Betrokkene.omschrijving', 'Afwijking.tekst', 'Ondertekenaar.functie', 'Ondertekenaar.plaats'
]);

/**
 * Marks a check that is not block-local but reads only this document's tree: no other file, not
 * the text itself, no {@link VRIJE_TEKST}. After a keystroke inside a free text its findings are
 * taken from the previous validation, moved along the line (incrementeel/controlegeheugen.ts).
 * Whoever makes such a check read a free text or another file removes the mark.
 */
export function alleenStructuur<C extends object>(controle: C): C {
    ALLEEN_STRUCTUUR.add(controle);
    return controle;
}
