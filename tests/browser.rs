//! Component tests in headless Chromium (wasm-bindgen-test): components mount and react.
//! Run by `./x test` as `cargo test --target wasm32-unknown-unknown --test browser`.
#![cfg(target_arch = "wasm32")]

mod browser {
    pub mod apply;
    pub mod embed;
    pub mod guide;
    pub mod salary;
    pub mod support;
}

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
