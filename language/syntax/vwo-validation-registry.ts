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
        return omhuld;
    }

    /** The check (as {@link controlesVoor} gives it) was registered as {@link blokLokaal}. */
    isBlokLokaal(controle: ValidationCheck): boolean {
        return this.lokaal.has(controle);
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
