import type { ILexerErrorMessageProvider, IParserErrorMessageProvider, IToken, TokenType } from 'chevrotain';
import { GrammarAST } from 'langium';
import { opsomming, zichtbaar } from '../tekst.js';

/**
 * Dutch messages for the lexer and parser, saying what was expected where. The parser does not
 * know the name of the block it is in; it writes {@link BLOK} where the validator later puts
 * "'verwerking Zaakafhandeling' (regel 26)".
 */
export const BLOK = '\u0000blok\u0000';

/** How the message for a missing '}' starts; the validator shows it where the '}' belongs. */
export const VERWACHT_SLUITTEKEN = 'Verwacht \'}\' om het blok';

const TERMINALS: Readonly<Record<string, string>> = {
    ID: 'een naam',
    STRING: 'een tekst tussen aanhalingstekens',
    DATUM: 'een datum (JJJJ-MM-DD)',
    GETAL: 'een getal',
    EOF: 'het einde van het bestand'
};

/** How a block is called in a message, per grammar rule that opens one with `{`. */
export const BLOKNAMEN: Readonly<Record<string, string>> = {
    Overeenkomst: 'overeenkomst',
    Profiel: 'profiel',
    Verwerkingsverantwoordelijke: 'verwerkingsverantwoordelijke',
    Verwerker: 'verwerker',
    Verwerking: 'verwerking',
    Contactpersoon: 'contactpersoon',
    Subverwerker: 'subverwerker',
    Beveiliging: 'beveiliging',
    Ondertekening: 'ondertekening',
    Afwijking: 'afwijking',
    Beheer: 'beheer'
};

/** Where a file starts: with an agreement or a supplier profile. */
const BEGIN = (gevonden: string) => `Een .vwo-bestand begint met 'overeenkomst Naam {' (of, voor een leveranciersprofiel, 'profiel Naam {'), maar hier staat ${gevonden}.`;

/** Langium suffixes Chevrotain's rule names with a zero-width space; this gives the grammar's name. */
export function regelNaam(ruleName: string): string {
    return ruleName.replace(/\u200b/g, '');
}

export function beschrijfTokenType(type: TokenType): string {
    return TERMINALS[type.name] ?? `'${type.name}'`;
}

export function beschrijfToken(token: IToken): string {
    if (token.tokenType?.name === 'EOF' || token.image === '') {
        return 'het einde van het bestand';
    }
    const image = token.image.length > 40 ? token.image.slice(0, 37) + '…' : token.image;
    return `'${image}'`;
}

function inBlok(ruleName: string): string {
    return BLOKNAMEN[regelNaam(ruleName)] ? ` bij het blok ${BLOK}` : '';
}

/**
 * The words that may start a field of a block, in the grammar's order: the first keywords of the
 * alternatives a block repeats (`naam`, `doeleinden`, … for `verwerking`).
 */
export function veldenVanBlok(grammar: GrammarAST.Grammar, regel: string): string[] {
    const definitie = grammar.rules.find((r): r is GrammarAST.ParserRule => GrammarAST.isParserRule(r) && r.name === regel)?.definition;
    const herhaald = GrammarAST.isGroup(definitie)
        ? definitie.elements.find(e => e.cardinality === '*' || e.cardinality === '+')
        : undefined;
    if (!herhaald) return [];
    const alternatieven = GrammarAST.isAlternatives(herhaald) ? herhaald.elements : [herhaald];
    return [...new Set(alternatieven.flatMap(eersteSleutelwoorden))];
}

function eersteSleutelwoorden(element: GrammarAST.AbstractElement): string[] {
    if (GrammarAST.isKeyword(element)) return [element.value];
    if (GrammarAST.isGroup(element)) return element.elements.length ? eersteSleutelwoorden(element.elements[0]) : [];
    if (GrammarAST.isAlternatives(element)) return element.elements.flatMap(eersteSleutelwoorden);
    if (GrammarAST.isAssignment(element)) return eersteSleutelwoorden(element.terminal);
    if (GrammarAST.isRuleCall(element) && GrammarAST.isParserRule(element.rule.ref) && element.rule.ref.definition) {
        return eersteSleutelwoorden(element.rule.ref.definition);
    }
    return [];
}

export class VwoParserErrorMessageProvider implements IParserErrorMessageProvider {
    private readonly velden = new Map<string, string[]>();

    constructor(private readonly grammar: GrammarAST.Grammar) { }

    private veldenVan(regel: string): string[] {
        let velden = this.velden.get(regel);
        if (!velden) this.velden.set(regel, velden = veldenVanBlok(this.grammar, regel));
        return velden;
    }

    buildMismatchTokenMessage({ expected, actual, ruleName }: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string {
        const regel = regelNaam(ruleName);
        if (expected.name === '}' && BLOKNAMEN[regel] && actual.tokenType?.name === 'ID') {
            // A word where a field or the closing '}' belongs: most likely a field this block does not have.
            const mogelijk = [...this.veldenVan(regel).map(v => `'${v}'`), "'}' (einde van het blok)"];
            return `'${actual.image}' is geen veld van het blok ${BLOK}. Hier kan staan: ${opsomming(mogelijk, 'of')}.`;
        }
        if (expected.name === 'overeenkomst') {
            return BEGIN(beschrijfToken(actual));
        }
        if (expected.name === '}' && BLOKNAMEN[regelNaam(ruleName)]) {
            return `${VERWACHT_SLUITTEKEN} ${BLOK} af te sluiten, maar vond ${beschrijfToken(actual)}.`;
        }
        return `Verwacht ${beschrijfTokenType(expected)}${inBlok(ruleName)}, maar vond ${beschrijfToken(actual)}.`;
    }

    buildNotAllInputParsedMessage({ firstRedundant }: { firstRedundant: IToken; ruleName: string }): string {
        return `Onverwacht ${beschrijfToken(firstRedundant)} na het einde van de overeenkomst. ` +
            'Een bestand bevat precies één blok \'overeenkomst Naam { … }\' of \'profiel Naam { … }\'; staat er een \'}\' te veel?';
    }

    buildNoViableAltMessage({ expectedPathsPerAlt, actual, ruleName }: {
        expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; previous: IToken; customUserDescription?: string; ruleName: string
    }): string {
        const eerste = expectedPathsPerAlt.flat().map(pad => pad[0]).filter((t): t is TokenType => t !== undefined);
        if (regelNaam(ruleName) === 'Bestand') return BEGIN(beschrijfToken(actual[0]));
        return `Verwacht ${opsomming(eerste.map(beschrijfTokenType), 'of', 8)}${inBlok(ruleName)}, maar vond ${beschrijfToken(actual[0])}.`;
    }

    buildEarlyExitMessage({ expectedIterationPaths, actual, ruleName }: {
        expectedIterationPaths: TokenType[][]; actual: IToken[]; previous: IToken; customUserDescription?: string; ruleName: string
    }): string {
        const eerste = expectedIterationPaths.map(pad => pad[0]).filter((t): t is TokenType => t !== undefined);
        return `Verwacht ten minste één ${opsomming(eerste.map(beschrijfTokenType), 'of', 8)}${inBlok(ruleName)}, maar vond ${beschrijfToken(actual[0])}.`;
    }
}

export const ONAFGESLOTEN_TEKST = 'Deze tekst heeft geen afsluitend aanhalingsteken (") op dezelfde regel.';

export class VwoLexerErrorMessageProvider implements ILexerErrorMessageProvider {

    buildUnexpectedCharactersMessage(fullText: string, startOffset: number, length: number): string {
        const getoond = fullText.substr(startOffset, Math.min(length, 20));
        return `Onverwacht teken '${zichtbaar(getoond)}'. Gebruik namen, teksten tussen aanhalingstekens, datums (JJJJ-MM-DD), '{', '}' en ','.`;
    }

    buildUnableToPopLexerModeMessage(token: IToken): string {
        return `Onverwacht ${beschrijfToken(token)}.`;
    }
}
