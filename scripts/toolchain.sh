# shellcheck shell=bash
# Installs, idempotently and at pinned versions, everything the project needs beyond the
# Rust toolchain, Node/npm and Debian's apt. Sourced by ./x; each `need_*` function prints
# what it installs and how long it took, and skips what is already there at the right version.

TRUNK_VERSION=0.21.14
# The size profiler `./x bench size` runs (0.7 cannot read modules with bulk memory).
TWIGGY_VERSION=0.8.0
# The wasm-bindgen CLI must equal the wasm-bindgen crate exactly; Cargo.lock is the source.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
# Installed per version, outside the clone, so fresh clones on the same machine reuse them.
TOOLS_DIR=${CAREER_GUIDE_TOOLS:-${XDG_CACHE_HOME:-$HOME/.cache}/backend-career-guide/tools}

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# timed "what" command...: runs a command and reports its duration.
timed() {
  local what=$1 start=$SECONDS
  shift
  say "$what"
  "$@" || {
    local status=$?
    say "$what: FAILED"
    return "$status"
  }
  say "$what: done in $(((SECONDS - start) / 60))m$(((SECONDS - start) % 60))s"
}

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

need_wasm_target() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    timed "installing Rust target wasm32-unknown-unknown (about 1 min)" rustup target add wasm32-unknown-unknown
  fi
}

# cargo_tool NAME VERSION BINARY [cargo install args...]
cargo_tool() {
  local name=$1 version=$2 binary=$3
  shift 3
  local root="$TOOLS_DIR/$name-$version"
  if ! "$root/bin/$binary" --version 2>/dev/null | grep -q " $version\$\| $version "; then
    timed "installing $name $version with cargo (several minutes, once per machine)" \
      cargo install "$name" --version "$version" --root "$root" "$@"
  fi
  PATH="$root/bin:$PATH"
}

need_trunk() {
  cargo_tool trunk "$TRUNK_VERSION" trunk --locked
}

need_wasm_bindgen() {
  [ -n "$WASM_BINDGEN_VERSION" ] || { echo "wasm-bindgen not found in Cargo.lock" >&2; exit 1; }
  # Without --locked: the registry no longer has one of the CLI's locked dependencies.
  cargo_tool wasm-bindgen-cli "$WASM_BINDGEN_VERSION" wasm-bindgen
}

# npm tools (wasm-opt from binaryen, axe-core, lighthouse), pinned by package-lock.json.
need_npm_tools() {
  local stamp=node_modules/.installed-from-lock
  local lock_sum
  lock_sum=$(sha256sum package-lock.json | cut -d' ' -f1)
  if [ "$(cat "$stamp" 2>/dev/null)" != "$lock_sum" ]; then
    timed "installing npm tools from package-lock.json (about 15 s)" npm ci --no-audit --no-fund --loglevel=error
    echo "$lock_sum" >"$stamp"
  fi
  PATH="$PWD/node_modules/.bin:$PATH"
}

# Debian's Chromium and matching ChromeDriver, for component and end-to-end tests.
need_chromium() {
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    timed "installing chromium and chromium-driver with apt (about 1 min)" \
      bash -c 'export DEBIAN_FRONTEND=noninteractive; as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }; as_root apt-get update -qq && as_root apt-get install -y -qq chromium chromium-driver >/dev/null'
  fi
  local browser driver
  # Debian's chromium wrapper script prints a harmless shell warning on stderr; hide it.
  browser=$(chromium --version 2>/dev/null | grep -oE '[0-9]+' | head -1)
  driver=$(chromedriver --version 2>/dev/null | grep -oE '[0-9]+' | head -1)
  if [ "$browser" != "$driver" ]; then
    echo "chromium $browser and chromedriver $driver differ; run: apt-get install --only-upgrade chromium chromium-driver" >&2
    exit 1
  fi
  export CHROMEDRIVER=${CHROMEDRIVER:-$(command -v chromedriver)}
  export CHROME_PATH=${CHROME_PATH:-$(command -v chromium)}
}

# Java for the Nu Html Checker (npm vnu-jar); Debian's JRE if the machine has none.
need_java() {
  if ! java -version >/dev/null 2>&1; then
    timed "installing a Java runtime with apt (about 1 min)" \
      bash -c 'export DEBIAN_FRONTEND=noninteractive; as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }; as_root apt-get update -qq && as_root apt-get install -y -qq openjdk-17-jre-headless >/dev/null'
  fi
  export VNU_JAR=${VNU_JAR:-$PWD/node_modules/vnu-jar/build/dist/vnu.jar}
}

# Third-party landing pages and their CDN files, as npm publishes them (no dependencies),
# each checked against its pinned integrity (tests/e2e/host-pages/packages.txt).
need_host_pages() {
  local dir="$TOOLS_DIR/host-pages" spec integrity name
  mkdir -p "$dir"
  while read -r spec integrity; do
    case "$spec" in '' | '#'*) continue ;; esac
    name=$(printf '%s' "${spec#@}" | tr '/@' '+-')
    [ -f "$dir/$name/.complete" ] && continue
    timed "fetching host page package $spec" bash -c '
      set -e
      dir=$1 spec=$2 integrity=$3 name=$4
      work=$(mktemp -d)
      got=$(cd "$work" && npm pack --json --loglevel=error "$spec" | node -e "let s=\"\";process.stdin.on(\"data\",d=>s+=d).on(\"end\",()=>{const p=JSON.parse(s)[0];console.log(p.integrity+\" \"+p.filename)})")
      if [ "${got%% *}" != "$integrity" ]; then echo "$spec: integrity ${got%% *} is not the pinned $integrity" >&2; exit 1; fi
      rm -rf "${dir:?}/$name" && mkdir -p "$dir/$name"
      tar xzf "$work/${got#* }" -C "$dir/$name"
      rm -rf "$work"
      touch "$dir/$name/.complete"' _ "$dir" "$spec" "$integrity" "$name" || exit 1
  done <tests/e2e/host-pages/packages.txt
  export HOST_PAGES=${HOST_PAGES:-$dir}
}

need_build_tools() {
  need_wasm_target
  need_trunk
  need_wasm_bindgen
  need_npm_tools
  export PATH
}

need_test_tools() {
  need_build_tools
  need_chromium
  need_java
  need_host_pages
}

need_bench_tools() {
  need_test_tools
  cargo_tool twiggy "$TWIGGY_VERSION" twiggy --locked
}
