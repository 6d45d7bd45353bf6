import { DefaultServiceRegistry, UriUtils, type LangiumCoreServices, type URI } from 'langium';
import { isVwoExtensie } from './mappen.js';

/**
 * Langium's registry finds a language by the exact file extension, so a file in the workspace
 * named `OVEREENKOMST.VWO` had no services and could not be loaded. Such a name is a `.vwo` file
 * here ({@link isVwoExtensie}), as for `vwo check`.
 */
export class VwoServiceRegistry extends DefaultServiceRegistry {
    override getServices(uri: URI): LangiumCoreServices {
        const extensie = UriUtils.extname(uri);
        const vwo = extensie !== '.vwo' && isVwoExtensie(extensie) ? this.fileExtensionMap.get('.vwo') : undefined;
        return vwo ?? super.getServices(uri);
    }
}
