# shellcheck shell=bash
# Every test of the project, in the order that fails fastest, ending with one summary line.
# Sourced by `./x test` after the tools are installed. Arguments are passed to the
# end-to-end test binary (e.g. `./x test salary` runs only matching end-to-end tests).

STAGES=()
FAILED=()
LOG_DIR=target/test-logs

# stage NAME COMMAND...: runs one stage, keeps its output in target/test-logs/NAME.log.
stage() {
  local name=$1 start=$SECONDS
  shift
  say "test stage: $name"
  if "$@" 2>&1 | tee "$LOG_DIR/$name.log"; then
    STAGES+=("$name ok ($((SECONDS - start))s$(count_tests "$LOG_DIR/$name.log"))")
  else
    STAGES+=("$name FAILED")
    FAILED+=("$name")
  fi
}

# ", 123 tests" from cargo's "test result: ok. N passed" lines.
count_tests() {
  local n
  n=$(grep -oE 'test result: [a-zA-Z]+\. [0-9]+ passed' "$1" | awk '{ s += $4 } END { print s + 0 }')
  if [ "$n" -gt 0 ]; then printf ', %s tests' "$n"; fi
}

# The wasm is linted as tests build it and as it ships (each capability a split chunk).
lint_wasm() {
  cargo clippy --package career-guide --target wasm32-unknown-unknown --all-targets --locked -- -D warnings &&
    cargo clippy --package career-guide --target wasm32-unknown-unknown --features split --lib --bins --locked -- -D warnings
}

run_all_tests() {
  local start=$SECONDS
  mkdir -p "$LOG_DIR"
  export CARGO_TERM_COLOR=${CARGO_TERM_COLOR:-always}

  stage format cargo fmt --all -- --check
  stage lint-native cargo clippy --workspace --all-targets --locked -- -D warnings
  stage lint-wasm lint_wasm
  stage native cargo test --package career-guide --package xtask --locked --no-fail-fast
  stage browser cargo test --package career-guide --target wasm32-unknown-unknown --test browser --locked
  stage release-build trunk build --release
  if [ -f dist/index.html ] && [[ ! " ${FAILED[*]} " =~ " release-build " ]]; then
    stage end-to-end cargo test --package e2e --locked --no-fail-fast -- --test-threads=2 "$@"
  else
    STAGES+=("end-to-end SKIPPED (no release build)")
    FAILED+=("end-to-end")
  fi

  local took="$(((SECONDS - start) / 60))m$(((SECONDS - start) % 60))s"
  echo
  printf '  %s\n' "${STAGES[@]}"
  if [ ${#FAILED[@]} -eq 0 ]; then
    say "x test: PASSED – ${#STAGES[@]} stages in $took"
  else
    say "x test: FAILED – ${FAILED[*]} (of ${#STAGES[@]} stages, $took); logs in $LOG_DIR/"
    exit 1
  fi
}
