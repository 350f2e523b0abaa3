//! Files the test site holds back, to show what a visitor sees while a capability's code
//! is slow to arrive (a phone on a weak connection).

use tokio::sync::watch;

/// Requests for the build's files whose path contains a fragment wait until released.
pub struct HeldFiles(watch::Sender<Option<String>>);

impl Default for HeldFiles {
    fn default() -> Self {
        HeldFiles(watch::Sender::new(None))
    }
}

impl HeldFiles {
    pub fn hold(&self, fragment: &str) {
        self.0.send_replace(Some(fragment.to_owned()));
    }

    pub fn release(&self) {
        self.0.send_replace(None);
    }

    /// Returns at once for a file not held, otherwise once it is released.
    pub async fn wait_for(&self, path: &str) {
        let mut changes = self.0.subscribe();
        let _ = changes
            .wait_for(|held| !held.as_deref().is_some_and(|f| path.contains(f)))
            .await;
    }
}
