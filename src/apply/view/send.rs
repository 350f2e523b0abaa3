//! Posting the application with gloo-net, with a timeout and the idempotency key header.

use crate::apply::payload::IDEMPOTENCY_HEADER;
use crate::apply::submission::{Failure, TIMEOUT_MS};
use gloo_net::http::Request;
use leptos::prelude::set_timeout_with_handle;
use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

/// Sends `body` to `endpoint`; `Ok` carries the HTTP status, whatever it is.
pub async fn post(endpoint: &str, body: String, key: &str) -> Result<u16, Failure> {
    let controller = web_sys::AbortController::new().ok();
    let signal = controller.as_ref().map(web_sys::AbortController::signal);
    let timed_out = Rc::new(Cell::new(false));
    let timer = {
        let timed_out = Rc::clone(&timed_out);
        set_timeout_with_handle(
            move || {
                timed_out.set(true);
                if let Some(controller) = &controller {
                    controller.abort();
                }
            },
            Duration::from_millis(u64::from(TIMEOUT_MS)),
        )
        .ok()
    };
    let request = Request::post(endpoint)
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .header(IDEMPOTENCY_HEADER, key)
        .abort_signal(signal.as_ref())
        .body(body);
    let result = match request {
        Ok(request) => request.send().await,
        Err(_) => return Err(Failure::Network),
    };
    if let Some(timer) = timer {
        timer.clear();
    }
    match result {
        Ok(response) => Ok(response.status()),
        Err(_) if timed_out.get() => Err(Failure::Timeout),
        Err(_) => Err(Failure::Network),
    }
}
