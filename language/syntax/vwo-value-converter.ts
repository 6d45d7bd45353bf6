import { DefaultValueConverter, ValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';
import { isAfgeslotenTekst } from './tekst-token.js';

/**
 * An unclosed string (reported as `syntaxfout`) keeps all of its text, up to the end of the line.
 * The converter sees every string while the parser builds the tree, so it also remembers the
 * unclosed ones per tree: the validator then need not walk the whole tree to find them.
 */
export class VwoValueConverter extends DefaultValueConverter {
    private readonly onafgesloten = new WeakMap<CstNode, CstNode[]>();

    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        if (rule.name === 'STRING' && !isAfgeslotenTekst(input)) {
            const wortel = cstNode.root;
            const lijst = this.onafgesloten.get(wortel);
            if (lijst) lijst.push(cstNode); else this.onafgesloten.set(wortel, [cstNode]);
            return ValueConverter.convertString(input + '"');
        }
        return super.runConverter(rule, input, cstNode);
    }

    /** The unclosed strings of the tree with this root, in text order. */
    onafgeslotenTeksten(wortel: CstNode): readonly CstNode[] {
        return this.onafgesloten.get(wortel) ?? [];
    }
}
