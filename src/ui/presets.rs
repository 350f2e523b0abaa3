//! What the host page tells every instance about the visit, beyond what it shows: answers
//! to preselect in the wizard, hidden fields to send with an application, whether where
//! the visitor came from may be kept beyond the visit, and whether to report to the host's
//! analytics. Read from the mount element (or popup opener, or framed page's address) by
//! the embed layer; used by the wizard and by [`crate::ui::instance::Instance::emit`].

/// The host's presets for one instance.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Presets {
    /// Answers to preselect, by what they answer: `("track", "python")`,
    /// `("cohort", "2027-05-03")`. The wizard ignores one it does not offer, and says so.
    pub answers: Vec<(String, String)>,
    /// Hidden fields, sent with an application under `fields` and never shown.
    pub fields: Vec<(String, String)>,
    /// The host has the visitor's consent to keep the visit's first touch for 30 days.
    pub persist_attribution: bool,
    /// Push every host event to `window.dataLayer` (Google Tag Manager's convention).
    pub analytics: bool,
}

impl Presets {
    /// The preselected answer to `question`, if the host gave one.
    pub fn answer(&self, question: &str) -> Option<&str> {
        self.answers
            .iter()
            .find(|(name, _)| name == question)
            .map(|(_, value)| value.as_str())
    }
}
