import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { Code } from '../validation/codes.js';

/** More findings than this per file help no one (a file pasted in from elsewhere can give 120,000). */
export const HOOGSTENS_MELDINGEN = 1000;
/** Syntax errors past the first hundred are nearly always consequences of those. */
export const HOOGSTENS_SYNTAXFOUTEN = 100;

/** What {@link begrensd} left out, per severity: the CLI's summary still counts them. */
export interface NietGetoond {
    readonly fouten: number;
    readonly waarschuwingen: number;
    readonly informatie: number;
}

/** The counts a diagnostic of {@link begrensd} carries, if it is one. */
export function nietGetoond(diagnostic: Diagnostic): NietGetoond | undefined {
    return diagnostic.code === Code.teVeelMeldingen ? (diagnostic.data as { nietGetoond?: NietGetoond } | undefined)?.nietGetoond : undefined;
}

/** What a file had, by severity: the note on findings not shown stands for those findings (for the CLI's summary and the overview). */
export function telMeldingen(diagnostics: readonly Diagnostic[]): NietGetoond {
    let fouten = 0, waarschuwingen = 0, informatie = 0;
    for (const d of diagnostics) {
        const weg = nietGetoond(d);
        if (weg) {
            fouten += weg.fouten;
            waarschuwingen += weg.waarschuwingen;
            informatie += weg.informatie;
        } else if ((d.severity ?? DiagnosticSeverity.Error) === DiagnosticSeverity.Error) fouten++;
        else if (d.severity === DiagnosticSeverity.Warning) waarschuwingen++;
        else informatie++;
    }
    return { fouten, waarschuwingen, informatie };
}

const BEGIN = { line: 0, character: 0 };

function aantal(n: number, enkelvoud: string, meervoud: string): string {
    return `${n.toLocaleString('nl-NL')} ${n === 1 ? enkelvoud : meervoud}`;
}

/**
 * At most {@link HOOGSTENS_MELDINGEN} diagnostics, errors first (so a verdict never loses its
 * errors), the last saying how many are not shown.
 */
export function begrensd(diagnostics: Diagnostic[]): Diagnostic[] {
    if (diagnostics.length <= HOOGSTENS_MELDINGEN) return diagnostics;
    const volgorde = [...diagnostics].sort((a, b) => (a.severity ?? DiagnosticSeverity.Error) - (b.severity ?? DiagnosticSeverity.Error));
    const getoond = volgorde.slice(0, HOOGSTENS_MELDINGEN - 1);
    const weg = volgorde.slice(HOOGSTENS_MELDINGEN - 1);
    const per = (ernst: DiagnosticSeverity) => weg.filter(d => (d.severity ?? DiagnosticSeverity.Error) === ernst).length;
    const nietGetoond: NietGetoond = {
        fouten: per(DiagnosticSeverity.Error),
        waarschuwingen: per(DiagnosticSeverity.Warning),
        informatie: per(DiagnosticSeverity.Information) + per(DiagnosticSeverity.Hint)
    };
    const soorten = [
        aantal(nietGetoond.fouten, 'fout', 'fouten'),
        aantal(nietGetoond.waarschuwingen, 'waarschuwing', 'waarschuwingen'),
        `${nietGetoond.informatie.toLocaleString('nl-NL')} informatie`
    ];
    getoond.push({
        severity: DiagnosticSeverity.Information,
        range: weg[0].range,
        message: `Nog ${aantal(weg.length, 'melding', 'meldingen')} in dit bestand ${weg.length === 1 ? 'is' : 'zijn'} niet getoond (${soorten.join(', ')}): ` +
            `vwo toont er hoogstens ${HOOGSTENS_MELDINGEN.toLocaleString('nl-NL')} per bestand, de fouten eerst. Herstel eerst deze; de andere komen dan vanzelf in beeld.`,
        source: 'vwo',
        code: Code.teVeelMeldingen,
        data: { nietGetoond }
    });
    return getoond;
}

export const ONVOLLEDIG = 'De controle van dit bestand kon door een interne fout niet worden afgemaakt: wat hier gemeld wordt is niet alles, en het bestand is dus niet goedgekeurd. ' +
    'Meld dit aan de beheerders van vwo.';

/** The one diagnostic that says a check could not be finished: the file is not approved. */
export function onvolledig(): Diagnostic {
    return { severity: DiagnosticSeverity.Error, range: { start: BEGIN, end: BEGIN }, message: ONVOLLEDIG, source: 'vwo', code: Code.controleOnvolledig };
}

/** The last syntax error shown when there are more than {@link HOOGSTENS_SYNTAXFOUTEN}. */
export function nogSyntaxfouten(rest: number, range: Diagnostic['range']): Diagnostic {
    return {
        severity: DiagnosticSeverity.Error,
        range,
        message: `Nog ${aantal(rest, 'syntaxfout', 'syntaxfouten')} vanaf hier ${rest === 1 ? 'is' : 'zijn'} niet getoond: vwo toont er hoogstens ${HOOGSTENS_SYNTAXFOUTEN} per bestand. ` +
            'Herstel eerst de eerste; vaak verdwijnen de volgende dan vanzelf.',
        source: 'vwo',
        code: Code.syntaxfout
    };
}
