import type { ValidationChecks } from 'langium';
import type { VwoAstType } from '../generated/ast.js';
import type { VwoServices } from '../vwo-module.js';
import { controleerDubbeleNamen } from './naamgeving.js';

/**
 * Every check of the language, registered in one place. Each concern lives in its own file in
 * this folder (completeness, parties, sub-processors, transfers, data, form and dates,
 * deviations); adding a rule is one new function and one line here.
 */
export function registreerControles(services: VwoServices): void {
    const checks: ValidationChecks<VwoAstType> = {
        Overeenkomst: [controleerDubbeleNamen]
    };
    services.validation.ValidationRegistry.register(checks);
}
