# shellcheck shell=bash
# Every test of the project, in the order that fails fastest, ending with one summary line
# that counts the tests of each stage. Sourced by `./x test` after the tools are installed.
# Arguments filter the end-to-end tests (e.g. `./x test salary` runs only those whose name
# contains "salary", after the other stages); a filter that selects no test fails.

STAGES=()
FAILED=()
TOTAL_TESTS=0
LOG_DIR=target/test-logs

# stage NAME COMMAND...: runs one stage, keeps its output in target/test-logs/NAME.log.
stage() {
  local name=$1 start=$SECONDS
  shift
  say "test stage: $name"
  local result=ok status
  # ./x runs with `set -eo pipefail`: a failing stage is recorded here, not fatal.
  set +e
  "$@" 2>&1 | tee "$LOG_DIR/$name.log"
  status=${PIPESTATUS[0]}
  set -e
  [ "$status" -eq 0 ] || result=FAILED
  local passed failed counted=""
  read -r passed failed < <(count_tests "$LOG_DIR/$name.log")
  TOTAL_TESTS=$((TOTAL_TESTS + passed))
  if [ "$failed" -gt 0 ]; then
    counted=", $passed tests, $failed failed"
  elif [ "$passed" -gt 0 ]; then
    counted=", $passed tests"
  fi
  STAGES+=("$name $result ($((SECONDS - start))s$counted)")
  [ "$result" = ok ] || FAILED+=("$name")
}

# "PASSED FAILED" counts from the test harnesses' "test result:" lines.
count_tests() {
  local passed failed
  # A log without such lines counts 0 (grep's "no match" must not end the run).
  passed=$({ grep -aoE 'test result: [a-zA-Z]+\. [0-9]+ passed' "$1" || true; } | awk '{ s += $4 } END { print s + 0 }')
  failed=$({ grep -aoE 'passed; [0-9]+ failed' "$1" || true; } | awk '{ s += $2 } END { print s + 0 }')
  echo "$passed $failed"
}

# The wasm is linted as it ships (each capability a split chunk), tests included; the
# code that only tests without the split use is the same natively, linted above.
lint_wasm() {
  cargo clippy --package career-guide --target wasm32-unknown-unknown --features split --all-targets --locked -- -D warnings
}

# The app's and the build's own tests, and the unit tests of the end-to-end crate's tools
# (the bench); both run even if the first fails.
native_tests() {
  local status=0
  cargo test --package career-guide --package xtask --locked --no-fail-fast || status=$?
  cargo test --package e2e --bins --locked --no-fail-fast || status=$?
  return "$status"
}

# The release build, for a public address (pages then carry their canonical address and
# preview card), and the same build for hosting under /careers/ (tested end to end),
# which only needs its pages written again.
export CAREER_GUIDE_SITE_URL=${CAREER_GUIDE_SITE_URL:-https://guide.example.com}
release_builds() {
  trunk build --release &&
    cargo xtask rebase dist target/dist-careers /careers/
}

# The end-to-end tests; with a filter that selects none, this fails instead of passing.
end_to_end() {
  local log=$LOG_DIR/end-to-end-run.log status
  set +e
  cargo test --package e2e --test suite --locked --no-fail-fast -- --test-threads=2 "$@" 2>&1 | tee "$log"
  status=${PIPESTATUS[0]}
  set -e
  local passed failed
  read -r passed failed < <(count_tests "$log")
  local ran=$((passed + failed))
  if [ "$ran" -eq 0 ]; then
    echo "no end-to-end test matches: $*" >&2
    return 1
  fi
  return "$status"
}

run_all_tests() {
  local start=$SECONDS
  mkdir -p "$LOG_DIR"
  export CARGO_TERM_COLOR=${CARGO_TERM_COLOR:-always}

  stage format cargo fmt --all -- --check
  stage lint-native cargo clippy --workspace --all-targets --locked -- -D warnings
  stage lint-wasm lint_wasm
  stage native native_tests
  stage browser cargo test --package career-guide --target wasm32-unknown-unknown --test browser --locked
  stage release-build release_builds
  if [ -f dist/index.html ] && [[ ! " ${FAILED[*]} " =~ " release-build " ]]; then
    stage end-to-end end_to_end "$@"
  else
    STAGES+=("end-to-end SKIPPED (no release build)")
    FAILED+=("end-to-end")
  fi

  local took="$(((SECONDS - start) / 60))m$(((SECONDS - start) % 60))s"
  echo
  printf '  %s\n' "${STAGES[@]}"
  if [ ${#FAILED[@]} -eq 0 ]; then
    say "x test: PASSED – ${#STAGES[@]} stages, $TOTAL_TESTS tests in $took"
  else
    say "x test: FAILED – ${FAILED[*]} (of ${#STAGES[@]} stages, $TOTAL_TESTS tests passed, $took); logs in $LOG_DIR/"
    exit 1
  fi
}
