//! With the `split` feature on wasm, the linker keeps its relocations in the output, so the
//! post-build step (`xtask/src/split.rs`) can cut the wasm into chunks.

fn main() {
    let split = std::env::var_os("CARGO_FEATURE_SPLIT").is_some();
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|arch| arch == "wasm32");
    if split && wasm {
        println!("cargo:rustc-link-arg-bins=--emit-relocs");
    }
    println!("cargo:rerun-if-changed=build.rs");
}
