//! The payload's JSON Schema (`public/application.schema.json`, shipped in the build) and
//! the Rust payload type agree: every application the wizard would send validates, reads
//! back as the same payload, and the schema rejects what the wizard never sends.

#![cfg(not(target_arch = "wasm32"))]

use career_guide::apply::answers::Answers;
use career_guide::apply::cohorts::{cohort_choices, NEXT_COHORT};
use career_guide::apply::config::{apply_config, Choice};
use career_guide::apply::payload::{Payload, PayloadAttribution, Signals, Source};
use career_guide::apply::steps::{reviewed_pages, StepId};
use career_guide::apply::validate::validate_step;
use career_guide::platform::clock::Date;
use career_guide::routing::attribution::Attribution;
use proptest::prelude::*;
use serde_json::{json, Value};

fn schema() -> Value {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/public/application.schema.json"
    );
    let text = std::fs::read_to_string(path).expect("the schema ships in public/");
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn validator() -> jsonschema::Validator {
    jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&schema())
        .expect("a valid draft 2020-12 schema")
}

/// Every problem the schema finds in `value`, as text.
fn problems(validator: &jsonschema::Validator, value: &Value) -> Vec<String> {
    validator
        .iter_errors(value)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

fn today() -> Date {
    Date::parse("2026-11-25").unwrap()
}

fn values(choices: &[Choice]) -> Vec<String> {
    choices.iter().map(|c| c.value.clone()).collect()
}

fn valid_payload(answers: &Answers, signals: Signals) -> Payload {
    with_source(answers, signals, &campaign())
}

fn with_source(answers: &Answers, signals: Signals, source: &Source) -> Payload {
    Payload::new(
        apply_config().schema_version,
        "MA-7K3P-X9QD",
        "2026-11-25T09:30:00.000Z",
        answers,
        signals,
        source,
    )
}

/// A visit from a newsletter, with a partner's hidden fields, as the browser reads it.
fn campaign() -> Source {
    let (visit, warnings) = Attribution::read(
        "?utm_source=newsletter&utm_medium=email&utm_campaign=spring+2027&gclid=Cj0KCQ-abc",
        "https://partner.example.com/offers?id=7",
        "/bootcamp",
    );
    assert!(warnings.is_empty());
    Source {
        attribution: PayloadAttribution {
            visit,
            sent_from_path: Some("/bootcamp/apply".into()),
        },
        fields: vec![
            ("campus".into(), "Lagos".into()),
            ("partner".into(), "acme".into()),
        ],
    }
}

fn example() -> Answers {
    Answers {
        full_name: "Thandiwe Nkosi".into(),
        email: "thandi@example.com".into(),
        phone: "+27 21 123 4567".into(),
        country: "South Africa".into(),
        situation: "student".into(),
        experience: "some".into(),
        languages: vec!["python".into(), "sql".into()],
        track: "python".into(),
        cohort: "2027-02-01".into(),
        motivation: "I want to build the systems behind the apps I use every day, reliably.".into(),
        portfolio_url: "https://github.com/thandi".into(),
        heard_from: "friend".into(),
        consent: true,
    }
}

#[test]
fn the_schema_names_the_configured_version_and_choices() {
    let schema = schema();
    let config = apply_config();
    let props = &schema["properties"];
    let answers = &props["answers"]["properties"];
    assert_eq!(props["schema_version"]["const"], config.schema_version);
    assert_eq!(props["track"]["enum"], json!(values(&config.tracks)));
    assert_eq!(
        answers["situation"]["enum"],
        json!(values(&config.situations))
    );
    assert_eq!(
        answers["experience"]["enum"],
        json!(values(&config.experience_levels))
    );
    assert_eq!(
        answers["languages"]["items"]["enum"],
        json!(values(&config.languages))
    );
    assert_eq!(
        answers["heard_from"]["anyOf"][0]["enum"],
        json!(values(&config.heard_from))
    );
}

#[test]
fn the_schema_requires_exactly_the_fields_the_payload_has() {
    let sent = serde_json::to_value(valid_payload(
        &example(),
        Signals {
            honeypot: String::new(),
            seconds_to_complete: 1,
        },
    ))
    .unwrap();
    let schema = schema();
    let keys = |v: &Value| -> Vec<String> {
        let mut keys: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
        keys.sort();
        keys
    };
    let required = |v: &Value| -> Vec<String> {
        let mut keys: Vec<String> = serde_json::from_value(v["required"].clone()).unwrap();
        keys.sort();
        keys
    };
    assert_eq!(required(&schema), keys(&sent));
    assert_eq!(keys(&schema["properties"]), keys(&sent));
    for part in ["answers", "signals", "attribution"] {
        assert_eq!(
            required(&schema["properties"][part]),
            keys(&sent[part]),
            "{part}"
        );
        assert_eq!(
            keys(&schema["properties"][part]["properties"]),
            keys(&sent[part]),
            "{part}"
        );
    }
}

#[test]
fn what_the_wizard_never_sends_is_rejected() {
    let validator = validator();
    let good = serde_json::to_value(valid_payload(
        &example(),
        Signals {
            honeypot: String::new(),
            seconds_to_complete: 412,
        },
    ))
    .unwrap();
    assert_eq!(problems(&validator, &good), Vec::<String>::new());
    // (what, where, the value put there: `None` removes it)
    let broken = [
        ("no signals", "/signals", None),
        ("an unknown field", "/extra", Some(json!(1))),
        ("an older version", "/schema_version", Some(json!(1))),
        ("a made-up track", "/track", Some(json!("rust"))),
        (
            "a cohort that is not a date",
            "/cohort",
            Some(json!("February")),
        ),
        ("no consent", "/answers/privacy_consent", Some(json!(false))),
        (
            "a short motivation",
            "/answers/motivation",
            Some(json!("Because.")),
        ),
        (
            "negative seconds",
            "/signals/seconds_to_complete",
            Some(json!(-1)),
        ),
        (
            "a lower-case reference",
            "/reference",
            Some(json!("ma-7k3p-x9qd")),
        ),
        (
            "a time that is not ISO 8601",
            "/submitted_at",
            Some(json!("yesterday")),
        ),
        (
            "markup in a campaign",
            "/attribution/utm_campaign",
            Some(json!("<script>alert(1)</script>")),
        ),
        (
            "a campaign too long",
            "/attribution/utm_source",
            Some(json!("a".repeat(101))),
        ),
        (
            "a referrer with its path",
            "/attribution/referrer_origin",
            Some(json!("https://partner.example.com/offers?id=7")),
        ),
        ("no attribution", "/attribution", None),
        (
            "a field named in capitals",
            "/fields/Campus",
            Some(json!("x")),
        ),
        ("a field that is not text", "/fields/campus", Some(json!(1))),
    ];
    for (what, pointer, value) in broken {
        let mut payload = good.clone();
        let (parent, key) = pointer.rsplit_once('/').unwrap();
        let object = payload
            .pointer_mut(parent)
            .unwrap()
            .as_object_mut()
            .unwrap();
        match value {
            Some(value) => object.insert(key.to_owned(), value),
            None => object.remove(key),
        };
        assert!(
            !problems(&validator, &payload).is_empty(),
            "{what} passed the schema"
        );
    }
}

fn pick(choices: Vec<String>) -> impl Strategy<Value = String> {
    prop::sample::select(choices)
}

prop_compose! {
    /// Answers as a visitor might give them; the test keeps those the wizard accepts.
    fn answers()(
        name in "[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ' -]{0,40}[a-zà-ÿ]",
        local in "[a-z0-9][a-z0-9._+-]{0,20}[a-z0-9]",
        domain in "[a-z0-9]{1,12}(\\.[a-z0-9]{1,12})?\\.[a-z]{2,6}",
        phone in prop::option::of("\\+?[0-9]{2,4}[ -]?[0-9]{3}[ -]?[0-9]{4}"),
        country in pick(apply_config().countries.clone()),
        situation in pick(values(&apply_config().situations)),
        experience in pick(values(&apply_config().experience_levels)),
        languages in prop::sample::subsequence(values(&apply_config().languages), 0..=4),
        track in pick(values(&apply_config().tracks)),
        cohort in pick(values(&cohort_choices(apply_config(), today()))),
        motivation in "[ \\n]{0,2}\\PC{50,400}[ \\n]{0,2}",
        portfolio in prop::option::of("(https|HTTP)://[a-z0-9]{1,10}\\.[a-z]{2,5}(/[a-zA-Z0-9_~-]{0,12}){0,3}"),
        heard_from in prop::option::of(pick(values(&apply_config().heard_from))),
    ) -> Answers {
        Answers {
            full_name: name,
            email: format!("{local}@{domain}"),
            phone: phone.unwrap_or_default(),
            country, situation, experience, languages, track, cohort, motivation,
            portfolio_url: portfolio.unwrap_or_default(),
            heard_from: heard_from.unwrap_or_default(),
            consent: true,
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, max_global_rejects: 4096, ..ProptestConfig::default() })]

    #[test]
    fn every_application_the_wizard_accepts_fits_the_schema_and_reads_back(
        answers in answers(),
        honeypot in "\\PC{0,20}",
        seconds_to_complete in 0u64..1_000_000,
        pairs in prop::collection::vec(
            (prop::sample::select(vec!["utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content", "gclid", "fbclid", "msclkid"]), "\\PC{0,120}"),
            0..6,
        ),
        referrer in "\\PC{0,80}",
        path in "\\PC{0,80}",
    ) {
        let config = apply_config();
        let accepted = reviewed_pages()
            .chain([StepId::Consent])
            .all(|step| validate_step(step, &answers, config, today()).is_empty());
        prop_assume!(accepted);
        // Whatever the visit's address held, what the browser keeps of it fits too.
        let search = career_guide::routing::url::encode_query(&pairs);
        let (visit, _) = Attribution::read(&search, &referrer, &path);
        let source = Source {
            attribution: PayloadAttribution { visit, sent_from_path: None },
            fields: Vec::new(),
        };
        let payload = with_source(&answers, Signals { honeypot, seconds_to_complete }, &source);
        let value = serde_json::to_value(&payload).unwrap();
        let found = problems(&validator(), &value);
        prop_assert!(found.is_empty(), "{found:?} in {value}");
        prop_assert_eq!(serde_json::from_value::<Payload>(value).unwrap(), payload);
    }
}

#[test]
fn the_next_cohort_is_sent_as_null_and_fits() {
    let mut answers = example();
    answers.cohort = NEXT_COHORT.into();
    let value = serde_json::to_value(valid_payload(
        &answers,
        Signals {
            honeypot: "x".into(),
            seconds_to_complete: 0,
        },
    ))
    .unwrap();
    assert_eq!(value["cohort"], Value::Null);
    assert_eq!(problems(&validator(), &value), Vec::<String>::new());
}
