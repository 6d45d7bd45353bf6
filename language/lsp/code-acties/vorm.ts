import type { CodeAction, Range } from 'vscode-languageserver-types';
import { isAfwijking } from '../../generated/ast.js';
import { huidigeStandaard } from '../../referentie/standaard/index.js';
import type { Bewerking } from './bewerking.js';

/** Fixes for form and dates (validation/vorm.ts, naamgeving.ts) and deviations (afwijkingen.ts). */

/** `onbekende-standaard`: the newest version vwo knows. */
export function gebruikHuidigeStandaard(c: Bewerking): CodeAction[] {
    const versie = huidigeStandaard().bron.versie;
    return [c.actie(`Gebruik standaard "${versie}"`, [c.vervang(c.diagnose.range, JSON.stringify(versie))], true)];
}

/** `ongeldige-datum`: the date the check read in it (`data.verbeterd`), written JJJJ-MM-DD. */
export function schrijfDatum(c: Bewerking): CodeAction[] {
    const verbeterd = (c.diagnose.data as { verbeterd?: string } | undefined)?.verbeterd;
    return verbeterd ? [c.actie(`Schrijf ${verbeterd}`, [c.vervang(c.diagnose.range, verbeterd)], true)] : [];
}

/** `dubbel-veld`: the copy that does not count goes. */
export function verwijderDubbelVeld(c: Bewerking): CodeAction[] {
    const data = c.diagnose.data as { veld?: string; bereik?: Range } | undefined;
    if (!data?.veld || !data.bereik) return [];
    return [c.actie(`Verwijder dit '${data.veld}' (het telt niet mee)`, [c.verwijderBereik(data.bereik)], true)];
}

/** `afwijking-zonder-motivering`: a motivation to write. */
export function voegMotiveringToe(c: Bewerking): CodeAction[] {
    const afwijking = c.node(isAfwijking);
    return afwijking?.$cstNode ? [c.actie(`Voeg 'motivering' toe`,
        [c.alsLaatsteRegel(afwijking.$cstNode, 'motivering "${1:waarom de gemeente afwijkt}"', 'motivering ""')], true)] : [];
}
