//! The browser's side of [`Transport`]: a gloo-net JSON POST with the idempotency key as a
//! header, aborted after the timeout.

use crate::apply::payload::IDEMPOTENCY_HEADER;
use crate::apply::submission::{Failure, Request, Transport};
use gloo_net::http::Request as HttpRequest;
use leptos::prelude::set_timeout_with_handle;
use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

pub struct BrowserTransport;

impl Transport for BrowserTransport {
    async fn post(&self, request: &Request) -> Result<u16, Failure> {
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
                Duration::from_secs(u64::from(request.timeout_seconds)),
            )
            .ok()
        };
        let built = HttpRequest::post(&request.endpoint)
            .header("Accept", "application/json")
            .header(IDEMPOTENCY_HEADER, &request.payload.idempotency_key)
            .abort_signal(signal.as_ref())
            .json(&request.payload);
        let result = match built {
            Ok(http) => http.send().await,
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
}
