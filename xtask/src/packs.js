// Packs (added by xtask/src/packs.rs): a capability opened first downloads all its
// modules in one file instead of one request each, since every fetch() costs the main
// thread a slow phone's millisecond or more. Modules another capability already brought
// are not fetched twice: a pack is used only while almost none of it is here yet;
// otherwise the missing modules come one by one as before.
const packs = __PACKS__;
// Modules fetched or being fetched (by href); a failed download leaves this set.
const requested = new Set();
// Modules whose bytes come from a pack download, until their loader takes them.
const fromPack = new Map();

function claimPack(split) {
    const pack = packs[split];
    if (pack === undefined) return;
    const parts = pack.parts.map(([name, start, end]) => [new URL(name, import.meta.url).href, start, end]);
    let total = 0;
    let here = 0;
    for (const [href, start, end] of parts) {
        total += end - start;
        if (requested.has(href)) here += end - start;
    }
    if (here * 10 > total) return;
    const bytes = fetch(new URL(pack.file, import.meta.url)).then((response) => {
        if (!response.ok) throw new TypeError(`Failed to fetch ${pack.file}: ${response.status}`);
        return response.arrayBuffer();
    });
    for (const [href, start, end] of parts) {
        if (requested.has(href)) continue;
        const part = bytes.then((all) => all.slice(start, end));
        part.catch(() => {});
        fromPack.set(href, part);
    }
}

function download(url) {
    const href = url.href;
    requested.add(href);
    let source = fromPack.get(href);
    if (source === undefined) {
        source = fetch(url);
    } else {
        fromPack.delete(href);
    }
    source.catch(() => requested.delete(href));
    return source;
}

function instantiateFrom(source, imports) {
    return source.then((got) => got instanceof ArrayBuffer
        ? WebAssembly.instantiate(got, imports)
        : WebAssembly.instantiateStreaming(got, imports));
}

function makeSplitLoad(split, fetcher, deps) {
    const load = makeLoad(fetcher, deps);
    return () => {
        claimPack(split);
        return load();
    };
}
