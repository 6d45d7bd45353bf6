import { Cancellation, interruptAndCheck } from 'langium';

/**
 * How many AST nodes a walk handles between two looks for a newer edit. Langium looks before
 * every node, an `await` each: on a 20,000-line file that was a third of linking and of
 * validation, and most of their garbage. A look still yields to the event loop when 10 ms passed.
 */
export const KNOPEN_PER_ONDERBREKING = 256;

/** `doe` for each node, looking for a newer edit every {@link KNOPEN_PER_ONDERBREKING} nodes. */
export async function perKnoop<T>(knopen: Iterable<T>, cancelToken: Cancellation.CancellationToken, doe: (knoop: T) => void): Promise<void> {
    let geteld = 0;
    for (const knoop of knopen) {
        if (geteld++ % KNOPEN_PER_ONDERBREKING === 0) await interruptAndCheck(cancelToken);
        doe(knoop);
    }
}
