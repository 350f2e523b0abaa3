//! Sending the application, as a model: [`prepare`] checks the answers, fixes the
//! application's reference and time in the draft (so every retry and double click is the
//! same application) and builds the request; [`send`] posts it through a [`Transport`] and
//! judges the answer. The view only shows the state; the network lives behind the trait,
//! so the whole sequence is tested natively.

use super::config::ApplyConfig;
use super::draft::{Draft, Receipt};
use super::payload::{Payload, Source};
use super::steps::{first_incomplete, StepId};
use super::validate::{validate_step, FieldError};
use crate::platform::clock::Now;
use crate::platform::host_events::HostEvent;
use std::future::Future;

/// How long to wait for the endpoint before telling the visitor to try again, unless the
/// host sets `data-timeout-seconds`.
pub const DEFAULT_TIMEOUT_SECONDS: u32 = 10;

/// Why an attempt did not reach the endpoint or was not accepted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Failure {
    /// The endpoint answered with this non-2xx status.
    Status(u16),
    /// The request never got an answer (offline, refused, blocked).
    Network,
    /// No answer within the timeout.
    Timeout,
}

impl Failure {
    /// What the visitor reads; each says the answers are safe and what to do.
    pub fn message(&self) -> String {
        let kept = "Your answers have been kept, so nothing is lost.";
        match self {
            Failure::Status(status) if *status >= 500 => format!(
                "Sorry, there is a problem with our application service (error {status}), so your application was not sent. {kept} Try again in a few minutes."
            ),
            Failure::Status(status) => format!(
                "Your application could not be accepted (error {status}), so it was not sent. {kept} Try again, or contact Melsoft Academy if this keeps happening."
            ),
            Failure::Network => format!(
                "Your application could not be sent because we could not reach our application service. {kept} Check your internet connection and try again."
            ),
            Failure::Timeout => format!(
                "Our application service took too long to answer, so we cannot be sure your application arrived. {kept} Try again: sending it again will not create a second application."
            ),
        }
    }
}

/// Whether an HTTP status means the application was accepted.
pub fn is_success(status: u16) -> bool {
    (200..300).contains(&status)
}

/// A request ready to go.
#[derive(Clone, Debug, PartialEq)]
pub struct Request {
    pub endpoint: String,
    pub payload: Payload,
    pub timeout_seconds: u32,
}

/// How a request reaches the endpoint: a JSON POST carrying the payload's idempotency key
/// as a header. `Ok` carries the HTTP status, whatever it is.
pub trait Transport {
    fn post(&self, request: &Request) -> impl Future<Output = Result<u16, Failure>>;
}

/// Why pressing "Send application" sent nothing.
#[derive(Clone, Debug, PartialEq)]
pub enum NotSent {
    /// An earlier page's answer no longer holds (its start date has closed): the visitor
    /// goes back to that page, which says why.
    Incomplete(StepId),
    /// Something is missing (consent): shown as errors.
    Invalid(Vec<FieldError>),
    /// No endpoint is configured: the wizard is a preview.
    Preview,
}

/// What a request that was sent comes to.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    /// The endpoint accepted it; keep the receipt and tell the host.
    Accepted {
        receipt: Box<Receipt>,
        event: HostEvent,
    },
    /// It was not accepted; everything is kept and the visitor can retry.
    Failed(Failure),
}

/// Checks the draft on the visitor's day and builds its request. Fixes the reference (from
/// `new_reference`), the time and the signals (from `now`) in `draft` on the first attempt
/// only; the caller saves the draft before sending, so even a reload mid-request keeps the
/// same application.
pub fn prepare(
    draft: &mut Draft,
    config: &ApplyConfig,
    endpoint: Option<&str>,
    timeout_seconds: u32,
    new_reference: impl FnOnce() -> String,
    now: &Now,
    source: &Source,
) -> Result<Request, NotSent> {
    let incomplete = first_incomplete(&draft.answers, config, now.today);
    if incomplete != StepId::CheckAnswers {
        return Err(NotSent::Incomplete(incomplete));
    }
    let errors = validate_step(StepId::Consent, &draft.answers, config, now.today);
    if !errors.is_empty() {
        return Err(NotSent::Invalid(errors));
    }
    let Some(endpoint) = endpoint else {
        return Err(NotSent::Preview);
    };
    let reference = draft.reference.get_or_insert_with(new_reference).clone();
    let submitted_at = draft
        .submitted_at
        .get_or_insert_with(|| now.iso.clone())
        .clone();
    let signals = draft.signals(now.epoch_ms);
    Ok(Request {
        endpoint: endpoint.to_owned(),
        payload: Payload::new(
            config.schema_version,
            &reference,
            &submitted_at,
            &draft.answers,
            signals,
            source,
        ),
        timeout_seconds,
    })
}

/// Sends a prepared request and judges the answer: any 2xx is accepted, and its receipt
/// keeps the answers for a while from `now`.
pub async fn send(
    request: Request,
    draft: &Draft,
    transport: &impl Transport,
    now: impl FnOnce() -> Now,
) -> Outcome {
    match transport.post(&request).await {
        Ok(status) if is_success(status) => Outcome::Accepted {
            event: HostEvent::Submitted {
                reference: request.payload.reference.clone(),
            },
            receipt: Box::new(Receipt::new(
                request.payload.reference,
                request.payload.submitted_at,
                draft.answers.clone(),
                now().today,
            )),
        },
        Ok(status) => Outcome::Failed(Failure::Status(status)),
        Err(failure) => Outcome::Failed(failure),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::apply::config::apply_config;
    use crate::apply::validate::tests::complete_answers;
    use std::cell::RefCell;
    use std::pin::pin;
    use std::task::{Context, Poll, Waker};

    /// Answers in turn, recording every request.
    struct FakeEndpoint {
        answers: RefCell<Vec<Result<u16, Failure>>>,
        seen: RefCell<Vec<Request>>,
    }

    impl FakeEndpoint {
        fn answering(answers: Vec<Result<u16, Failure>>) -> Self {
            FakeEndpoint {
                answers: RefCell::new(answers),
                seen: RefCell::new(Vec::new()),
            }
        }
    }

    impl Transport for FakeEndpoint {
        async fn post(&self, request: &Request) -> Result<u16, Failure> {
            self.seen.borrow_mut().push(request.clone());
            self.answers.borrow_mut().remove(0)
        }
    }

    /// Runs a future that never waits (the fake endpoint answers at once).
    fn now<T>(future: impl Future<Output = T>) -> T {
        match pin!(future).poll(&mut Context::from_waker(Waker::noop())) {
            Poll::Ready(value) => value,
            Poll::Pending => panic!("the fake endpoint never waits"),
        }
    }

    fn ready_draft() -> Draft {
        let mut answers = complete_answers();
        answers.consent = true;
        Draft {
            answers,
            ..Draft::default()
        }
    }

    fn clock() -> Now {
        Now::fixed("2026-11-24T10:00:00.000Z")
    }

    fn prepare_at(
        draft: &mut Draft,
        endpoint: Option<&str>,
        now: &Now,
    ) -> Result<Request, NotSent> {
        prepare(
            draft,
            apply_config(),
            endpoint,
            10,
            || "x".into(),
            now,
            &Source::default(),
        )
    }

    fn attempt(draft: &mut Draft, endpoint: &FakeEndpoint) -> Outcome {
        let request = prepare(
            draft,
            apply_config(),
            Some("https://admissions.example.com/applications"),
            10,
            || "MA-2345-6789".into(),
            &clock(),
            &Source::default(),
        )
        .expect("a complete draft is sent");
        now(send(request, draft, endpoint, clock))
    }

    #[test]
    fn created_and_any_other_2xx_are_accepted_with_a_receipt_and_an_event() {
        for status in [201, 200, 202, 204] {
            let endpoint = FakeEndpoint::answering(vec![Ok(status)]);
            let mut draft = ready_draft();
            let Outcome::Accepted { receipt, event } = attempt(&mut draft, &endpoint) else {
                panic!("{status} is accepted");
            };
            assert_eq!(receipt.reference, "MA-2345-6789");
            assert_eq!(receipt.answers.as_ref(), Some(&draft.answers));
            assert_eq!(receipt.answers_kept_until.to_string(), "2026-12-24");
            assert_eq!(
                event,
                HostEvent::Submitted {
                    reference: "MA-2345-6789".into()
                }
            );
            let request = &endpoint.seen.borrow()[0];
            assert_eq!(request.payload.idempotency_key, "MA-2345-6789");
            assert_eq!(request.timeout_seconds, 10);
        }
    }

    #[test]
    fn client_and_server_errors_timeouts_and_network_failures_keep_everything() {
        for answer in [
            Ok(400),
            Ok(409),
            Ok(422),
            Ok(500),
            Ok(503),
            Ok(302),
            Err(Failure::Timeout),
            Err(Failure::Network),
        ] {
            let endpoint = FakeEndpoint::answering(vec![answer.clone()]);
            let mut draft = ready_draft();
            let outcome = attempt(&mut draft, &endpoint);
            let expected = match answer {
                Ok(status) => Failure::Status(status),
                Err(failure) => failure,
            };
            assert_eq!(outcome, Outcome::Failed(expected));
            assert!(draft.answers.consent, "nothing is lost");
            assert_eq!(draft.reference.as_deref(), Some("MA-2345-6789"));
        }
    }

    #[test]
    fn a_retry_sends_the_same_application_with_the_same_key() {
        let endpoint = FakeEndpoint::answering(vec![Ok(500), Err(Failure::Timeout), Ok(201)]);
        let mut draft = ready_draft();
        let mut references = vec!["MA-2345-6789", "MA-ZZZZ-ZZZZ", "MA-AAAA-AAAA"].into_iter();
        let mut outcomes = Vec::new();
        for _ in 0..3 {
            let request = prepare(
                &mut draft,
                apply_config(),
                Some("/api/applications"),
                10,
                || references.next().unwrap().into(),
                &Now::fixed("2026-11-24T10:05:00.000Z"),
                &Source::default(),
            )
            .unwrap();
            outcomes.push(now(send(request, &draft, &endpoint, clock)));
        }
        assert!(matches!(outcomes[2], Outcome::Accepted { .. }));
        let seen = endpoint.seen.borrow();
        assert_eq!(seen.len(), 3);
        assert!(seen.iter().all(|r| r.payload == seen[0].payload));
        assert_eq!(seen[0].payload.reference, "MA-2345-6789");
    }

    #[test]
    fn without_consent_nothing_is_sent_and_without_an_endpoint_it_is_a_preview() {
        let mut draft = ready_draft();
        draft.answers.consent = false;
        let outcome = prepare_at(&mut draft, Some("/api/applications"), &clock());
        let Err(NotSent::Invalid(errors)) = outcome else {
            panic!("{outcome:?}");
        };
        assert_eq!(errors[0].field, crate::apply::answers::Field::Consent);
        assert_eq!(draft.reference, None, "no reference before a real attempt");

        let mut draft = ready_draft();
        let outcome = prepare_at(&mut draft, None, &clock());
        assert_eq!(outcome, Err(NotSent::Preview));
    }

    #[test]
    fn a_start_date_that_closed_sends_the_visitor_back_to_it() {
        let mut draft = ready_draft();
        let after_it_closed = Now::fixed("2027-02-01T08:00:00.000Z");
        let outcome = prepare_at(&mut draft, Some("/api/applications"), &after_it_closed);
        assert_eq!(outcome, Err(NotSent::Incomplete(StepId::Track)));
        assert_eq!(draft.reference, None, "nothing was sent");
    }

    #[test]
    fn the_signals_go_with_the_application() {
        let endpoint = FakeEndpoint::answering(vec![Ok(201)]);
        let mut draft = ready_draft();
        draft.answered_at(clock().epoch_ms - 412_600.0);
        attempt(&mut draft, &endpoint);
        let signals = &endpoint.seen.borrow()[0].payload.signals;
        assert_eq!(signals.seconds_to_complete, 412);
        assert_eq!(signals.honeypot, "");
    }

    #[test]
    fn every_failure_says_nothing_is_lost() {
        for failure in [
            Failure::Status(500),
            Failure::Status(400),
            Failure::Network,
            Failure::Timeout,
        ] {
            let message = failure.message();
            assert!(message.contains("nothing is lost"), "{message}");
            assert!(message.contains("again"), "{message}");
        }
        assert!(Failure::Status(503).message().contains("error 503"));
    }

    #[test]
    fn only_2xx_is_success() {
        assert!(is_success(201) && is_success(200) && is_success(204));
        assert!(!is_success(500) && !is_success(409) && !is_success(302) && !is_success(0));
    }
}
