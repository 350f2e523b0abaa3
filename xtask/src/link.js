// The chunk loader's runtime (see xtask/src/link.rs, which writes the module around it):
// the main module calls __wasm_split_load_<capability>(callback, data) at a split point;
// this downloads and instantiates the capability's modules (the chunks it shares with
// others first, each once per page, then its own) against the main module's memory,
// function table and shared globals, and calls the callback with whether that worked.
//
// A capability opened first downloads all its modules in one pack instead of one request
// each, since every fetch() costs a slow phone's main thread a millisecond or more;
// modules another capability already brought are not fetched twice: a pack is used only
// while almost none of it is here yet, otherwise the missing modules come one by one.

let shared;
function sharedImports() {
    if (shared === undefined) {
        // The glue has started the main module; asked again, it returns its exports.
        const main = initSync(undefined, undefined);
        const imports = {};
        for (const name of build.shared) imports[name] = main[name];
        if (build.canary) imports[build.canary] = ~0xdead;
        shared = { __wasm_split: imports };
    }
    return shared;
}

// Modules fetched or being fetched (by href); a failed download leaves this set.
const requested = new Set();
// Modules whose bytes come from a pack download, until their loader takes them.
const fromPack = new Map();
// Instances by href; a failed one is forgotten, so Try again downloads it again.
const instances = new Map();

function href(name) {
    return new URL(name, import.meta.url).href;
}

function claimPack(split) {
    const pack = build.packs[split];
    if (pack === undefined) return;
    const parts = pack.parts.map(([name, start, end]) => [href(name), start, end]);
    let total = 0;
    let here = 0;
    for (const [url, start, end] of parts) {
        total += end - start;
        if (requested.has(url)) here += end - start;
    }
    if (here * 10 > total) return;
    const bytes = fetch(href(pack.file)).then((response) => {
        if (!response.ok) throw new TypeError(`Failed to fetch ${pack.file}: ${response.status}`);
        return response.arrayBuffer();
    });
    for (const [url, start, end] of parts) {
        if (requested.has(url)) continue;
        const part = bytes.then((all) => all.slice(start, end));
        part.catch(() => {});
        fromPack.set(url, part);
    }
}

function download(url) {
    requested.add(url);
    let source = fromPack.get(url);
    if (source === undefined) {
        source = fetch(url);
    } else {
        fromPack.delete(url);
    }
    source.catch(() => requested.delete(url));
    return source;
}

// Starts downloading `name` at once; instantiates it once `after` has settled well.
function instantiate(name, after) {
    const url = href(name);
    let instance = instances.get(url);
    if (instance === undefined) {
        const source = download(url);
        source.catch(() => {});
        instance = after
            .then(() => source)
            .then((got) => got instanceof ArrayBuffer
                ? WebAssembly.instantiate(got, sharedImports())
                : WebAssembly.instantiateStreaming(got, sharedImports()));
        instances.set(url, instance);
        instance.catch(() => {
            if (instances.get(url) === instance) instances.delete(url);
        });
    }
    return instance;
}

function load(split) {
    const { needs, own } = build.splits[split];
    claimPack(split);
    const chunks = Promise.all(needs.map((name) => instantiate(name, Promise.resolve())));
    return own === null ? chunks : instantiate(own, chunks);
}

function loader(split) {
    return (callback, data) => load(split).then(
        () => true,
        (error) => {
            console.error("[career-guide] a part of the app could not be downloaded.", error);
            return false;
        },
    ).then((success) => {
        sharedImports().__wasm_split.__indirect_function_table.get(callback)(data, success);
    });
}
