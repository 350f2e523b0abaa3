//! Sending the application: the states a visitor sees, and the messages for each failure.
//! The network call lives in the view; this keeps the rules testable.

/// How long to wait for the endpoint before telling the visitor to try again.
pub const TIMEOUT_MS: u32 = 10_000;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Submission {
    /// Not sent yet.
    Idle,
    /// A request is on its way; further clicks are ignored.
    Sending,
    /// The last attempt failed; everything is kept and the visitor can retry.
    Failed(Failure),
    /// There is no endpoint: the wizard is a preview and nothing was sent.
    Preview,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Failure {
    /// The endpoint answered with this non-2xx status.
    Status(u16),
    /// The request never got an answer (offline, refused, blocked).
    Network,
    /// No answer within [`TIMEOUT_MS`].
    Timeout,
}

impl Submission {
    /// Whether a click on Submit should start a request now.
    pub fn may_send(&self) -> bool {
        !matches!(self, Submission::Sending)
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_2xx_is_success() {
        assert!(is_success(201) && is_success(200) && is_success(204));
        assert!(!is_success(500) && !is_success(409) && !is_success(302) && !is_success(0));
    }

    #[test]
    fn sending_blocks_a_second_click() {
        assert!(!Submission::Sending.may_send());
        assert!(Submission::Idle.may_send());
        assert!(Submission::Failed(Failure::Timeout).may_send());
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
}
