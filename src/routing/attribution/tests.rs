use super::*;
use proptest::prelude::*;

#[test]
fn a_campaign_landing_is_read_whole() {
    let (found, warnings) = Attribution::read(
        "?utm_source=newsletter&utm_medium=email&utm_campaign=spring+2027&utm_term=backend&utm_content=hero&gclid=Cj0KCQ-abc_123&fbclid=IwAR1x&msclkid=9a8b&other=x",
        "https://www.google.com/search?q=backend+bootcamp",
        "/bootcamp/landing",
    );
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(
        found,
        Attribution {
            utm_source: Some("newsletter".into()),
            utm_medium: Some("email".into()),
            utm_campaign: Some("spring 2027".into()),
            utm_term: Some("backend".into()),
            utm_content: Some("hero".into()),
            gclid: Some("Cj0KCQ-abc_123".into()),
            fbclid: Some("IwAR1x".into()),
            msclkid: Some("9a8b".into()),
            referrer_origin: Some("https://www.google.com".into()),
            landing_path: Some("/bootcamp/landing".into()),
        }
    );
}

#[test]
fn hostile_values_are_left_out_with_a_warning_that_does_not_repeat_them() {
    let long = "a".repeat(101);
    let search = format!(
        "utm_source={long}&utm_medium=%3Cscript%3Ealert(1)%3C%2Fscript%3E&utm_campaign=caf%C3%A9&gclid=a%20b&utm_term=ok"
    );
    let (found, warnings) = Attribution::read(&search, "javascript:alert(1)", "/landing");
    assert_eq!(found.utm_term.as_deref(), Some("ok"));
    assert_eq!(found.utm_source, None);
    assert_eq!(found.utm_medium, None);
    assert_eq!(found.utm_campaign, None);
    assert_eq!(found.gclid, None);
    assert_eq!(found.referrer_origin, None);
    assert_eq!(warnings.len(), 4, "{warnings:?}");
    assert!(warnings[0].starts_with("utm_source in the page's address was left out"));
    assert!(warnings[0].contains("101 characters long, over 100"));
    assert!(warnings[1].contains("\"<\""));
    assert!(warnings[2].contains("U+00E9"));
    assert!(warnings
        .iter()
        .all(|w| !w.contains("script>") && !w.contains(&long)));
}

#[test]
fn only_the_referrers_origin_is_kept() {
    assert_eq!(
        web_origin("https://user:pw@Partner.Example.com:8443/path?email=a@b.c#x"),
        Some("https://partner.example.com:8443".into())
    );
    assert_eq!(web_origin(""), None);
    assert_eq!(web_origin("android-app://com.google.android.gm/"), None);
    assert_eq!(web_origin("https://exa<mple.com/"), None);
}

#[test]
fn a_visit_begun_without_a_campaign_takes_the_sending_pages() {
    let first = Attribution {
        referrer_origin: Some("https://partner.example".into()),
        landing_path: Some("/".into()),
        ..Attribution::default()
    };
    let now = Attribution {
        utm_campaign: Some("later".into()),
        landing_path: Some("/apply".into()),
        ..Attribution::default()
    };
    let sent = Attribution::at_send(first.clone(), &now);
    assert_eq!(sent.utm_campaign.as_deref(), Some("later"));
    assert_eq!(sent.landing_path.as_deref(), Some("/"));
    assert_eq!(
        sent.referrer_origin.as_deref(),
        Some("https://partner.example")
    );
    let with_campaign = Attribution {
        utm_source: Some("ads".into()),
        ..first
    };
    assert_eq!(
        Attribution::at_send(with_campaign.clone(), &now),
        with_campaign
    );
}

proptest! {
    /// Whatever the address holds, nothing kept is longer or has other characters than
    /// its shape allows, and reading never panics.
    #[test]
    fn whatever_the_address_nothing_unbounded_is_kept(
        key in prop::sample::select(vec!["utm_source", "utm_campaign", "gclid", "fbclid", "x"]),
        value in any::<String>(),
        referrer in any::<String>(),
        path in any::<String>(),
    ) {
        let search = crate::routing::url::encode_query(&[(key, value.as_str())]);
        let (found, _) = Attribution::read(&search, &referrer, &path);
        let kept = [found.utm_source, found.utm_campaign, found.gclid, found.fbclid, found.landing_path, found.referrer_origin];
        for value in kept.into_iter().flatten() {
            prop_assert!(value.chars().count() <= 300);
            prop_assert!(value.is_ascii());
            prop_assert!(!value.contains(['<', '>', '"', '\n']));
        }
    }

    #[test]
    fn a_value_of_its_shape_is_kept_as_it_is(value in "[a-zA-Z0-9_.~-]{1,100}") {
        prop_assert_eq!(bounded(Shape::Words, &value), Ok(value.clone()));
        prop_assert_eq!(bounded(Shape::ClickId, &value), Ok(value));
    }
}

#[test]
fn a_first_touch_kept_with_consent_lasts_thirty_days() {
    let day = Date::parse("2026-11-25").unwrap();
    let kept = Kept::new(&Attribution::default(), day);
    assert_eq!(kept.day, "2026-11-25");
    assert!(kept.still_kept(day.add_days(29)));
    assert!(!kept.still_kept(day.add_days(30)));
    let broken = Kept {
        day: "yesterday".into(),
        ..kept
    };
    assert!(!broken.still_kept(day));
}
