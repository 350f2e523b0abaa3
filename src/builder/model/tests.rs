use super::*;

const SITE: &str = "https://guide.example.com/";

fn salary() -> Choices {
    Choices::default()
}

#[test]
fn a_bare_widget_is_the_loader_and_one_element_with_a_fallback_link() {
    assert_eq!(
        snippet(&salary(), SITE),
        "<script src=\"https://guide.example.com/career-guide.js\" defer></script>\n\
         <div data-career-guide=\"salary\">\n  \
         <a href=\"https://guide.example.com/salary\">Compare backend salaries</a>\n</div>\n"
    );
}

#[test]
fn every_choice_lands_in_its_attribute_or_property() {
    let choices = Choices {
        kind: WidgetKind::Apply,
        endpoint: " https://admissions.example.com/applications ".into(),
        app_url: "/careers".into(),
        theme: ThemeMode::Dark,
        accent: "#0b7285".into(),
        font: "\"Source Sans Pro\", sans-serif".into(),
        radius: "4px".into(),
        ..Choices::default()
    };
    let html = snippet(&choices, SITE);
    assert!(
        html.contains(
            "<div data-career-guide=\"apply\" \
             data-endpoint=\"https://admissions.example.com/applications\" data-app-url=\"/careers\" \
             data-theme=\"dark\" style=\"--career-guide-accent: #0b7285; \
             --career-guide-font: &quot;Source Sans Pro&quot;, sans-serif; --career-guide-radius: 4px\">"
        ),
        "{html}"
    );
    assert!(html.contains("<a href=\"/careers/apply\">"), "{html}");
    let guide = Choices {
        kind: WidgetKind::Guide,
        view: "roadmap/3".into(),
        ..Choices::default()
    };
    assert!(
        snippet(&guide, SITE).contains("<div data-career-guide=\"guide\" data-view=\"roadmap/3\">")
    );
}

#[test]
fn choices_a_kind_does_not_read_are_left_out() {
    let choices = Choices {
        kind: WidgetKind::Salary,
        endpoint: "https://admissions.example.com/applications".into(),
        view: "faq".into(),
        ..Choices::default()
    };
    let html = snippet(&choices, SITE);
    assert!(!html.contains("data-endpoint"), "{html}");
    assert!(!html.contains("data-view"), "{html}");
}

#[test]
fn bad_values_are_explained_and_left_out_of_the_snippet() {
    let cases = [
        (Field::Endpoint, "javascript:alert(1)"),
        (Field::Endpoint, "//evil.example.com"),
        (Field::ApplyUrl, "apply now"),
        (Field::AppUrl, "javascript:void(0)"),
        (Field::Accent, "teal"),
        (Field::Accent, "#12345"),
        (Field::Focus, "rgb(0, 0)"),
        (Field::Font, "Arial; } body { display: none"),
        (Field::Radius, "-4px"),
        (Field::Radius, "400px"),
        (Field::Radius, "4"),
    ];
    for (field, value) in cases {
        assert!(field.problem(value).is_some(), "{field:?} {value}");
        let mut choices = Choices {
            kind: WidgetKind::Apply,
            ..Choices::default()
        };
        if !field.applies_to(choices.kind, choices.mode) {
            choices.kind = WidgetKind::Salary;
        }
        field.set(&mut choices, value.into());
        let html = snippet(&choices, SITE);
        assert!(!html.contains(field.written_as()), "{field:?}: {html}");
    }
    for (field, value) in [
        (Field::Endpoint, "/api/applications"),
        (Field::ApplyUrl, "#apply"),
        (Field::Accent, "#0B7285"),
        (Field::Radius, "0"),
        (Field::Radius, "0.5rem"),
        (Field::Font, "Georgia, serif"),
        (Field::Focus, ""),
    ] {
        assert_eq!(field.problem(value), None, "{field:?} {value}");
    }
}

#[test]
fn markup_in_a_value_cannot_break_out_of_its_attribute() {
    let choices = Choices {
        apply_url: "#a\"><script>alert(1)</script>".into(),
        ..Choices::default()
    };
    // A same-page anchor without spaces, so it is kept: escaped.
    let html = snippet(&choices, SITE);
    assert!(!html.contains("<script>alert"), "{html}");
    assert!(
        html.contains("data-apply-url=\"#a&quot;&gt;&lt;script&gt;"),
        "{html}"
    );
}

#[test]
fn the_preview_shows_the_same_widget_but_never_sends() {
    let choices = Choices {
        kind: WidgetKind::Apply,
        endpoint: "https://admissions.example.com/applications".into(),
        theme: ThemeMode::Light,
        accent: "#0b7285".into(),
        ..Choices::default()
    };
    assert_eq!(
        preview_address(&choices, SITE),
        "https://guide.example.com/embed-preview.html?data-career-guide=apply&data-theme=light&--career-guide-accent=%230b7285"
    );
    let popup = Choices {
        mode: Mode::Popup,
        ..choices.clone()
    };
    assert!(preview_address(&popup, SITE).ends_with("&mode=popup"));
    let frame = Choices {
        mode: Mode::Frame,
        ..choices
    };
    assert_eq!(
        preview_address(&frame, SITE),
        "https://guide.example.com/frame.html?widget=apply&theme=light&accent=%230b7285"
    );
}

#[test]
fn a_popup_is_a_link_that_opens_the_widget_and_goes_to_its_page_without_the_script() {
    let choices = Choices {
        mode: Mode::Popup,
        kind: WidgetKind::Apply,
        endpoint: "https://admissions.example.com/applications".into(),
        accent: "#0b7285".into(),
        ..Choices::default()
    };
    assert_eq!(
        snippet(&choices, SITE),
        "<script src=\"https://guide.example.com/career-guide.js\" defer></script>\n\
         <a href=\"https://guide.example.com/apply\" data-career-guide-open=\"apply\" \
         data-endpoint=\"https://admissions.example.com/applications\" \
         style=\"--career-guide-accent: #0b7285\">Apply now</a>\n"
    );
    assert!(!Mode::Popup.shows(WidgetKind::App));
    assert!(Mode::Frame.shows(WidgetKind::App));
}

#[test]
fn a_frame_carries_its_choices_in_its_address_and_takes_no_endpoint() {
    let choices = Choices {
        mode: Mode::Frame,
        kind: WidgetKind::Apply,
        endpoint: "https://admissions.example.com/applications".into(),
        font: "Georgia, serif".into(),
        theme: ThemeMode::Dark,
        ..Choices::default()
    };
    assert!(!Field::Endpoint.applies_to(WidgetKind::Apply, Mode::Frame));
    assert_eq!(
        snippet(&choices, SITE),
        "<iframe src=\"https://guide.example.com/frame.html?widget=apply&amp;theme=dark&amp;font=Georgia%2C%20serif\" \
         title=\"Apply to the Back-End Development Micro-Bootcamp\" data-career-guide-frame width=\"100%\" height=\"900\" \
         style=\"border: 0\" sandbox=\"allow-scripts allow-forms allow-popups\"></iframe>\n"
    );
}

#[test]
fn every_start_page_is_one_the_widget_shows() {
    for kind in WidgetKind::ALL {
        let pages = start_pages(kind);
        assert_eq!(pages[0].0, "", "{kind:?} starts with its own first page");
        for (view, label) in &pages[1..] {
            let page = Page::parse(&format!("/{view}"));
            assert!(
                kind.contains(&page) && page != Page::NotFound,
                "{kind:?} {view} {label}"
            );
        }
    }
    assert_eq!(start_pages(WidgetKind::Salary).len(), 1);
    assert_eq!(start_pages(WidgetKind::Guide).len(), 1 + 2 + 8 + 3);
    assert_eq!(start_pages(WidgetKind::Apply).len(), 1);
}

#[test]
fn a_faint_accent_says_what_the_widget_will_use_instead() {
    let note = contrast_note(Field::Accent, "#7fb3d5").unwrap();
    assert!(
        note.starts_with("The widget will adjust it: #7fb3d5 has a contrast of 2.3:1"),
        "{note}"
    );
    assert_eq!(contrast_note(Field::Accent, "#0b7285"), None);
    assert_eq!(
        contrast_note(Field::Accent, "teal"),
        None,
        "a problem, not a note"
    );
}

#[test]
fn campaigns_prefill_hidden_fields_and_analytics_land_in_the_snippet() {
    let choices = Choices {
        kind: WidgetKind::Apply,
        track: "python".into(),
        cohort: "2027-05-03".into(),
        hidden_fields: "campus=Lagos\n\npartner = acme\n".into(),
        persist: true,
        analytics: true,
        ..Choices::default()
    };
    let html = snippet(&choices, SITE);
    assert!(
        html.contains(
            "<div data-career-guide=\"apply\" data-track=\"python\" data-cohort=\"2027-05-03\" \
             data-field-campus=\"Lagos\" data-field-partner=\"acme\" data-attribution=\"persist\" \
             data-analytics=\"datalayer\">"
        ),
        "{html}"
    );
    // A frame carries the prefill and fields in its address, and neither of the others.
    let framed = snippet(
        &Choices {
            mode: Mode::Frame,
            ..choices
        },
        SITE,
    );
    assert!(
        framed.contains("frame.html?widget=apply&amp;track=python&amp;cohort=2027-05-03&amp;field-campus=Lagos&amp;field-partner=acme\""),
        "{framed}"
    );
    assert!(
        !framed.contains("attribution") && !framed.contains("analytics"),
        "{framed}"
    );
}

#[test]
fn hidden_fields_are_checked_as_the_widget_checks_them() {
    for (text, problem) in [
        ("partner", "Line 1: write the field as name=value"),
        (
            "ok=1\nFirst Name=x",
            "Line 2: the field cannot be sent because its name is not kept",
        ),
        (
            "note=<b>",
            "Line 1: the field cannot be sent because its value is not kept",
        ),
    ] {
        let found = Field::HiddenFields.problem(text).unwrap_or_default();
        assert!(found.starts_with(problem), "{text}: {found}");
    }
    let eleven: String = (0..11).map(|i| format!("f{i}=v\n")).collect();
    assert_eq!(
        Field::HiddenFields.problem(&eleven).as_deref(),
        Some("Enter at most 10 hidden fields")
    );
    let choices = Choices {
        kind: WidgetKind::Apply,
        hidden_fields: "note=<b>".into(),
        track: "Py thon".into(),
        ..Choices::default()
    };
    let html = snippet(&choices, SITE);
    assert!(
        !html.contains("data-field") && !html.contains("data-track"),
        "{html}"
    );
}
