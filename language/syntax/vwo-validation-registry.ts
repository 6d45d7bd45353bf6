import { isOperationCancelled, ValidationRegistry, type AstNode, type MaybePromise, type ValidationAcceptor } from 'langium';
import { Code, meld } from '../validation/codes.js';
import { ONVOLLEDIG } from './begrenzing.js';

/**
 * A check that throws costs the user that one check, said as `controle-onvolledig` (an error,
 * so the file is never approved), instead of Langium's English "An error occurred during
 * validation: …" without a code.
 */
export class VwoValidationRegistry extends ValidationRegistry {
    protected override async handleException(functionality: () => MaybePromise<void>, messageContext: string, accept: ValidationAcceptor, node: AstNode): Promise<void> {
        try {
            await functionality();
        } catch (fout) {
            if (isOperationCancelled(fout)) throw fout;
            console.error(`Interne fout in een controle (${messageContext}):`, fout);
            meld(accept, Code.controleOnvolledig, ONVOLLEDIG, { node });
        }
    }
}
