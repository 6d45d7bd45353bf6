// langium-cli pulls Chevrotain 13, which calls Object.groupBy (Node >= 22). Node 20 lacks it.
if (typeof Object.groupBy !== 'function') {
    Object.groupBy = (items, key) => {
        const groups = Object.create(null);
        let index = 0;
        for (const item of items) {
            (groups[key(item, index++)] ??= []).push(item);
        }
        return groups;
    };
}
if (typeof Map.groupBy !== 'function') {
    Map.groupBy = (items, key) => {
        const groups = new Map();
        let index = 0;
        for (const item of items) {
            const k = key(item, index++);
            if (!groups.has(k)) groups.set(k, []);
            groups.get(k).push(item);
        }
        return groups;
    };
}
