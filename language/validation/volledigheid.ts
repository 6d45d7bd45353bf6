import type { AstNode, DiagnosticInfo, ValidationAcceptor } from 'langium';
import type { Beveiliging, Overeenkomst, Verwerking } from '../generated/ast.js';
import { Code, meld } from './codes.js';
import { isLeeg } from '../tekst.js';
import { veldGeschreven } from './gedeeld.js';
import { effectieveOvereenkomst, profielOnbekend } from '../profielen/effectief.js';

/**
 * Completeness under GDPR art. 28(3): the subject-matter (`diensten`), the duration (the main
 * agreement and its date), the nature and purpose (at least one processing, each with purposes,
 * data subjects and personal data) and the security measures (Bijlage 2). A missing block is
 * shown on the agreement's name; a missing field on the keyword of its block.
 */
export function controleerVolledigheid(overeenkomst: Overeenkomst, accept: ValidationAcceptor): void {
    if (isLeeg(overeenkomst.diensten)) {
        meld(accept, Code.ontbrekendeDiensten, `'diensten' is leeg: beschrijf de dienst(en) die de verwerker op grond van de hoofdovereenkomst levert (onderwerp van de verwerking, art. 28 lid 3 AVG; overweging a) Standaard VWO).`, {
            node: overeenkomst, property: 'diensten'
        });
    } else if (overeenkomst.diensten === undefined && !veldGeschreven(overeenkomst, 'diensten')) {
        meld(accept, Code.ontbrekendeDiensten, `De overeenkomst noemt geen 'diensten': het onderwerp van de verwerking ontbreekt (art. 28 lid 3 AVG; overweging a) Standaard VWO, "<specificatie dienst(en)>"). ` +
            `Voeg toe: diensten "…" met de dienst(en) die de verwerker op grond van de hoofdovereenkomst levert.`, {
            node: overeenkomst, property: 'name'
        });
    }
    const hoofd = overeenkomst.hoofdovereenkomst;
    if (!hoofd) {
        meld(accept, Code.ontbrekendeHoofdovereenkomst, `De overeenkomst noemt geen hoofdovereenkomst: de duur van de verwerking ontbreekt, want deze verwerkersovereenkomst gaat in en eindigt met de hoofdovereenkomst (art. 2 en overweging a) Standaard VWO; art. 28 lid 3 AVG). ` +
            `Voeg toe: hoofdovereenkomst "titel" gesloten JJJJ-MM-DD.`, {
            node: overeenkomst, property: 'name'
        });
    } else if (hoofd.gesloten === undefined && !veldGeschreven(hoofd, 'gesloten')) {
        meld(accept, Code.ontbrekendeHoofdovereenkomst, `De hoofdovereenkomst${hoofd.titel !== undefined ? ` "${hoofd.titel}"` : ''} heeft geen datum: zonder 'gesloten' staat niet vast wanneer deze verwerkersovereenkomst ingaat (art. 2.1 en overweging a) Standaard VWO; duur, art. 28 lid 3 AVG). ` +
            `Voeg toe: gesloten JJJJ-MM-DD.`, {
            node: hoofd, property: hoofd.titel !== undefined ? 'titel' : undefined
        });
    }
    if (overeenkomst.verwerkingen.length === 0) {
        meld(accept, Code.ontbrekendeVerwerking, `De overeenkomst beschrijft geen enkele verwerking: aard en doel van de verwerking ontbreken (art. 3.2 en Bijlage 1, tabel 1 Standaard VWO; art. 28 lid 3 AVG). ` +
            `Voeg ten minste één blok 'verwerking Naam { … }' toe met doeleinden, betrokkenen en persoonsgegevens.`, {
            node: overeenkomst, property: 'name'
        });
    }
    controleerBeveiliging(overeenkomst, accept);
}

export function controleerVerwerking(verwerking: Verwerking, accept: ValidationAcceptor): void {
    if (verwerking.name === undefined) return; // a syntax error already says what is wrong here
    const wie = `Verwerking '${verwerking.name}'`;
    if (isLeeg(verwerking.doeleinden)) {
        meld(accept, Code.ontbrekendeDoeleinden, `De doeleinden van ${wie.charAt(0).toLowerCase() + wie.slice(1)} zijn leeg: beschrijf waarvoor de verwerker de persoonsgegevens verwerkt (art. 3.2 en Bijlage 1, tabel 1 Standaard VWO; art. 28 lid 3 AVG).`, {
            node: verwerking, property: 'doeleinden'
        });
    } else if (verwerking.doeleinden === undefined && !veldGeschreven(verwerking, 'doeleinden')) {
        meld(accept, Code.ontbrekendeDoeleinden, `${wie} noemt geen doeleinden: de verwerker mag alleen verwerken voor de doeleinden in tabel 1 (art. 3.2 en Bijlage 1, tabel 1 Standaard VWO; art. 28 lid 3 AVG). ` +
            `Voeg toe: doeleinden "…".`, {
            node: verwerking, property: 'name'
        });
    }
    if (verwerking.betrokkenen.length === 0 && !veldGeschreven(verwerking, 'betrokkenen')) {
        meld(accept, Code.ontbrekendeBetrokkenen, `${wie} noemt geen categorieën betrokkenen (Bijlage 1, tabel 1 Standaard VWO; art. 28 lid 3 AVG). ` +
            `Voeg toe: betrokkenen …, bijvoorbeeld Aanvragers of een eigen 'betrokkene'.`, {
            node: verwerking, property: 'name'
        });
    }
    if (verwerking.persoonsgegevens.length === 0 && !veldGeschreven(verwerking, 'persoonsgegevens')) {
        meld(accept, Code.ontbrekendePersoonsgegevens, `${wie} noemt geen categorieën persoonsgegevens (Bijlage 1, tabel 1 Standaard VWO; soort persoonsgegevens, art. 28 lid 3 AVG). ` +
            `Voeg toe: persoonsgegevens …, bijvoorbeeld Contactgegevens of een eigen 'categorie'.`, {
            node: verwerking, property: 'name'
        });
    }
}

/** Bijlage 2 as the agreement has it with its profile; what neither fills is shown on `profiel`. */
function controleerBeveiliging(overeenkomst: Overeenkomst, accept: ValidationAcceptor): void {
    if (profielOnbekend(overeenkomst) && !overeenkomst.beveiliging) return;
    const beveiliging: Beveiliging | undefined = effectieveOvereenkomst(overeenkomst).beveiliging;
    const plek: DiagnosticInfo<AstNode> = overeenkomst.beveiliging
        ? { node: beveiliging!, keyword: 'beveiliging' }
        : { node: overeenkomst, property: 'profiel' };
    if (!beveiliging) {
        meld(accept, Code.ontbrekendeBeveiliging, `De overeenkomst heeft geen blok 'beveiliging': niet vastgelegd is hoe de verwerker passende beveiligingsmaatregelen aantoont (art. 4.1 en Bijlage 2 Standaard VWO; art. 28 lid 3 onder c en art. 32 AVG). ` +
            `Voeg toe: beveiliging { normenstelsel … toereikendheid … }.`, {
            node: overeenkomst, property: 'name'
        });
        return;
    }
    if (beveiliging.normenstelsels.length === 0) {
        meld(accept, Code.ontbrekendeBeveiliging, `De beveiliging noemt geen normenstelsel: Bijlage 2 vraagt volgens welke norm de verwerker werkt (art. 4.1 Standaard VWO; art. 32 AVG). ` +
            `Voeg toe: normenstelsel BIO, normenstelsel "NEN-EN-ISO/IEC 27001" [gecertificeerd], normenstelsel overheidsnorm "…" of normenstelsel anders "…".`, plek);
    }
    if (beveiliging.toereikendheid.length === 0) {
        meld(accept, Code.ontbrekendeBeveiliging, `De beveiliging noemt niet waaruit de toereikendheid blijkt (Bijlage 2, "Toereikendheid"; art. 4.1 Standaard VWO; art. 28 lid 3 onder h en art. 32 AVG). ` +
            `Voeg toe: toereikendheid certificering, externeControles "…", tpm "…" en/of eigenControles "…".`, plek);
    }
}
