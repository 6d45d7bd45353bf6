import type { CodeAction } from 'vscode-languageserver-types';
import { isContactpersoon, isVerwerker, isVerwerkingsverantwoordelijke, type Rol } from '../../generated/ast.js';
import { alsSnippet, alsTekst, BESTUURSORGANEN, CONTACTPERSOON } from '../sjablonen.js';
import type { Bewerking, Wijziging } from './bewerking.js';

/** Fixes for the parties and their contacts (validation/partijen.ts): aanhef and tabel 2. */

/** `ontbrekend-bestuursorgaan`: one fix per bestuursorgaan. */
export function voegBestuursorgaanToe(c: Bewerking): CodeAction[] {
    const vv = c.node(isVerwerkingsverantwoordelijke);
    if (!vv?.$cstNode) return [];
    return BESTUURSORGANEN.map(orgaan => c.actie(`Voeg 'bestuursorgaan ${orgaan}' toe`, [c.alsEersteRegel(vv.$cstNode!, `bestuursorgaan ${orgaan}`)]));
}

/** `ontbrekende-partij`: the missing `gemeente` or `naam` (the check says which in `data.veld`). */
export function voegPartijVeldToe(c: Bewerking): CodeAction[] {
    const veld = (c.diagnose.data as { veld?: string } | undefined)?.veld;
    const partij = veld === 'gemeente' ? c.node(isVerwerkingsverantwoordelijke) : veld === 'naam' ? c.node(isVerwerker) : undefined;
    if (!partij?.$cstNode || !veld) return [];
    return [c.actie(`Voeg '${veld}' toe`, [c.alsEersteRegel(partij.$cstNode, `${veld} ""`, `${veld} "\${1:${veld === 'naam' ? 'naam van de verwerker' : 'naam van de gemeente'}}"`)], true)];
}

/** `niet-bereikbaar-buiten-kantooruren`: the number outside office hours. */
export function voegBuitenKantoorurenToe(c: Bewerking): CodeAction[] {
    const contact = c.node(isContactpersoon);
    return contact?.$cstNode ? [c.actie(`Voeg 'buitenKantooruren' toe`,
        [c.alsLaatsteRegel(contact.$cstNode, 'buitenKantooruren "${1:telefoon buiten kantooruren}"', 'buitenKantooruren ""')], true)] : [];
}

/** `ontbrekende-contactpersoon`: a stub block in tabel 2. */
export function voegContactpersoonToe(c: Bewerking): CodeAction[] {
    const rol = (c.diagnose.data as { rol?: Rol } | undefined)?.rol;
    if (rol !== 'verwerker' && rol !== 'verwerkingsverantwoordelijke') return [];
    const o = c.wortel;
    const vvContact = o.contactpersonen.filter(k => k.rol === 'verwerkingsverantwoordelijke').at(-1);
    const na = (rol === 'verwerkingsverantwoordelijke' ? undefined : o.contactpersonen.at(-1))
        ?? (rol === 'verwerkingsverantwoordelijke' && vvContact) ?? o.verwerkingen.at(-1) ?? o.verwerker ?? o.verwerkingsverantwoordelijke;
    const voor = rol === 'verwerkingsverantwoordelijke' ? o.contactpersonen[0] : undefined;
    const snippet = alsSnippet(CONTACTPERSOON, c.eenheid, rol);
    const tekst = alsTekst(CONTACTPERSOON, c.eenheid, rol);
    let wijziging: Wijziging;
    if (voor?.$cstNode) {
        // The controller's contact comes first in tabel 2.
        const inspring = c.inspringing(voor.$cstNode.range.start.line);
        const regels = (s: string) => s.split('\n').map(r => r ? inspring + r : r).join(c.nl);
        const positie = { line: voor.$cstNode.range.start.line, character: 0 };
        wijziging = c.invoegen(positie, regels(tekst) + c.nl, regels(snippet) + c.nl);
    } else {
        wijziging = c.nieuwBlok(na || undefined, snippet, tekst);
    }
    return [c.actie(`Voeg 'contactpersoon ${rol}' toe aan tabel 2`, [wijziging], true)];
}

