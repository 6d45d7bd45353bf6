import { DefaultValueConverter, ValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';
import { isAfgeslotenTekst } from './vwo-document-validator.js';

/** An unclosed string (reported as `syntaxfout`) keeps all of its text, up to the end of the line. */
export class VwoValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        if (rule.name === 'STRING' && !isAfgeslotenTekst(input)) {
            return ValueConverter.convertString(input + '"');
        }
        return super.runConverter(rule, input, cstNode);
    }
}
