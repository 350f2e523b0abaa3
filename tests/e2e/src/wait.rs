//! Waiting by condition, the one way the suite waits: poll until a check holds, and fail
//! naming what never happened (and the last thing seen) when it does not. No test sleeps
//! for a fixed time; the patience below only bounds the wait.

use std::fmt::Display;
use std::future::Future;
use std::time::{Duration, Instant};

/// How long a condition may take before the test fails. Generous: it only bounds the wait.
pub const PATIENCE: Duration = Duration::from_secs(20);
const POLL: Duration = Duration::from_millis(40);

/// Polls `check` until it returns `Ok(value)`; an `Err` is what was seen instead, shown
/// if the patience runs out.
pub async fn eventually<T, E: Display, Fut>(what: impl Display, mut check: impl FnMut() -> Fut) -> T
where
    Fut: Future<Output = Result<T, E>>,
{
    let deadline = Instant::now() + PATIENCE;
    loop {
        match check().await {
            Ok(value) => return value,
            Err(seen) if Instant::now() > deadline => {
                panic!("timed out after {PATIENCE:?} waiting for {what}; last seen: {seen}")
            }
            Err(_) => tokio::time::sleep(POLL).await,
        }
    }
}
