import type { AstNodeLocator, LangiumDocument, MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import type { CodeActionParams } from 'vscode-languageserver-protocol';
import type { CodeAction, Command } from 'vscode-languageserver-types';
import { Code, isCode } from '../../validation/codes.js';
import type { VwoServices } from '../../vwo-module.js';
import { legEvaluatieVast } from './beheer.js';
import { Bewerking } from './bewerking.js';
import { gebruikScc, verwijderDoorgifte, voegDoorgifteToe, voegInstrumentToe, voegMaatregelenToe } from './doorgiften.js';
import { voegBestuursorgaanToe, voegBuitenKantoorurenToe, voegContactpersoonToe, voegPartijVeldToe } from './partijen.js';
import { gebruikSubverwerker } from './subverwerkers.js';
import { voegDienstenToe, voegDoeleindenToe } from './volledigheid.js';
import { gebruikHuidigeStandaard, schrijfDatum, verwijderDubbelVeld, voegMotiveringToe } from './vorm.js';
import { declareer, vervangDoorSuggesties, verwijderUitVerwerking, voegSubverwerkerToe } from './verwijzingen.js';

type Fix = (c: Bewerking) => CodeAction[];

/**
 * Quick fixes for every diagnostic whose fix is mechanical, one file per family as in
 * `validation/`. Each fix finds its diagnostic by `code`, never by message text, and the node
 * by the path the check carried in the diagnostic. Inserted blocks are indented like the file
 * and, when the client supports snippet edits (LSP 3.18
 * `workspace.workspaceEdit.snippetEditSupport`), their fields are placeholders the user tabs
 * through; otherwise they are empty strings.
 */
const FIXES: Partial<Record<Code, Fix>> = {
    [Code.subverwerkerNietVermeld]: c => [...vervangDoorSuggesties(c), ...voegSubverwerkerToe(c), ...verwijderUitVerwerking(c)],
    [Code.onbekendeCategorie]: c => [...vervangDoorSuggesties(c), ...declareer(c, 'categorie')],
    [Code.onbekendeBetrokkene]: c => [...vervangDoorSuggesties(c), ...declareer(c, 'betrokkene')],
    [Code.onbekendLand]: vervangDoorSuggesties,
    [Code.onbekendProfiel]: vervangDoorSuggesties,
    [Code.onbekendInstrument]: vervangDoorSuggesties,
    [Code.onbekendArtikel]: c => vervangDoorSuggesties(c, a => JSON.stringify(a)),
    [Code.onbekendeStandaard]: gebruikHuidigeStandaard,
    [Code.ongeldigeDatum]: schrijfDatum,
    [Code.doorgifteViaSubverwerker]: voegDoorgifteToe,
    [Code.doorgifteZonderInstrument]: voegInstrumentToe,
    [Code.aanvullendeMaatregelenOntbreken]: voegMaatregelenToe,
    [Code.geenAdequaatheidsbesluit]: gebruikScc,
    [Code.doorgifteBinnenEer]: verwijderDoorgifte,
    [Code.ontbrekendBestuursorgaan]: voegBestuursorgaanToe,
    [Code.ontbrekendeContactpersoon]: voegContactpersoonToe,
    [Code.nietBereikbaarBuitenKantooruren]: voegBuitenKantoorurenToe,
    [Code.subverwerkerOngebruikt]: gebruikSubverwerker,
    [Code.dubbelVeld]: verwijderDubbelVeld,
    [Code.ontbrekendeDiensten]: voegDienstenToe,
    [Code.ontbrekendeDoeleinden]: voegDoeleindenToe,
    [Code.ontbrekendePartij]: voegPartijVeldToe,
    [Code.afwijkingZonderMotivering]: voegMotiveringToe,
    [Code.evaluatieTeLaat]: legEvaluatieVast,
    [Code.evaluatieBinnenkort]: legEvaluatieVast
};

export class VwoCodeActionProvider implements CodeActionProvider {
    /** whether the client accepts `SnippetTextEdit`s; set from the initialize request */
    snippets = false;
    private readonly locator: AstNodeLocator;

    constructor(services: VwoServices) {
        this.locator = services.workspace.AstNodeLocator;
        services.shared.lsp.LanguageServer?.onInitialize(params => {
            this.snippets = params.capabilities.workspace?.workspaceEdit?.snippetEditSupport === true;
        });
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction> | undefined> {
        const acties: CodeAction[] = [];
        for (const diagnose of params.context.diagnostics) {
            const fix = isCode(diagnose.code) ? FIXES[diagnose.code] : undefined;
            if (!fix) continue;
            try {
                acties.push(...fix(new Bewerking(document, diagnose, this.snippets, this.locator)));
            } catch {
                // A quick fix never breaks the editor; a stale diagnostic simply gets none.
            }
        }
        return acties;
    }
}
