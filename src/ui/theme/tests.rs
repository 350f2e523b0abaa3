use super::colour::{contrast, Rgb, TEXT_CONTRAST};
use super::*;

fn accent(value: &str) -> Requested {
    Requested {
        accent: Some(value.into()),
        ..Requested::default()
    }
}

/// The (light, dark) colours a resolved theme gives `token`.
fn token(resolved: &Resolved, token: &str) -> (Rgb, Rgb) {
    let value = &resolved
        .tokens
        .iter()
        .find(|(name, _)| *name == token)
        .unwrap_or_else(|| panic!("{token} is not set"))
        .1;
    let inner = value
        .strip_prefix("light-dark(")
        .and_then(|v| v.strip_suffix(')'))
        .unwrap();
    let (light, dark) = inner.split_once(", ").unwrap();
    (Rgb::parse(light).unwrap(), Rgb::parse(dark).unwrap())
}

#[test]
fn the_defaults_are_the_stylesheets_tokens() {
    // Each `--cg-x: light-dark(#light, #dark)` (or one colour for both) of tokens.css.
    let css = include_str!("../../../style/tokens.css");
    let declared = |name: &str| -> (Rgb, Rgb) {
        let start = css
            .find(&format!("{name}:"))
            .unwrap_or_else(|| panic!("{name}"));
        let value = css[start + name.len() + 1..]
            .split(';')
            .next()
            .unwrap()
            .trim();
        match value.strip_prefix("light-dark(") {
            Some(pair) => {
                let (l, d) = pair.trim_end_matches(')').split_once(',').unwrap();
                (Rgb::parse(l).unwrap(), Rgb::parse(d).unwrap())
            }
            None => (Rgb::parse(value).unwrap(), Rgb::parse(value).unwrap()),
        }
    };
    for (name, pick) in TOKENS {
        assert_eq!(declared(name), (pick(&LIGHT), pick(&DARK)), "{name}");
    }
}

#[test]
fn nothing_set_changes_nothing() {
    assert_eq!(resolve(&Requested::default()), Resolved::default());
}

#[test]
fn a_readable_accent_is_used_for_buttons_and_links_and_carried_into_dark_mode() {
    let resolved = resolve(&accent("#0b7285"));
    assert!(resolved.warnings.is_empty(), "{:?}", resolved.warnings);
    let ours = Rgb::parse("#0b7285").unwrap();
    for name in ["--cg-success", "--cg-link", "--cg-brand", "--cg-chart-bar"] {
        assert_eq!(token(&resolved, name).0, ours, "{name}");
    }
    let (_, dark) = token(&resolved, "--cg-link");
    assert!(contrast(dark, DARK.bg) >= TEXT_CONTRAST);
}

#[test]
fn a_pale_accent_is_darkened_just_enough_and_the_ratio_is_reported() {
    let resolved = resolve(&accent("#7fb3d5"));
    let (used, _) = token(&resolved, "--cg-success");
    let ratio = contrast(used, LIGHT.bg);
    assert!(
        (TEXT_CONTRAST..TEXT_CONTRAST + 0.3).contains(&ratio),
        "{used} {ratio}"
    );
    assert_eq!(resolved.warnings.len(), 1, "{:?}", resolved.warnings);
    let warning = &resolved.warnings[0];
    assert!(
        warning.starts_with("--career-guide-accent: #7fb3d5 has a contrast of 2.3:1 with the background #ffffff, below the 4.5:1 WCAG 2.2 AA asks of links; using #"),
        "{warning}"
    );
    assert!(warning.contains(&format!("using {used}")), "{warning}");
    // docs/embedding.md quotes this warning.
    assert!(
        warning.ends_with("using #377ba8 (4.6:1) instead."),
        "{warning}"
    );
}

#[test]
fn text_is_checked_against_the_hosts_background() {
    let resolved = resolve(&Requested {
        background: Some("#222222".into()),
        text: Some("#333333".into()),
        ..Requested::default()
    });
    let (text, _) = token(&resolved, "--cg-text");
    assert!(contrast(text, Rgb::new(0x22, 0x22, 0x22)) >= TEXT_CONTRAST);
    assert!(resolved
        .warnings
        .iter()
        .any(|w| w.starts_with("--career-guide-text:")));
}

#[test]
fn on_a_dark_brand_background_buttons_get_dark_text() {
    let resolved = resolve(&Requested {
        background: Some("#0b1a3a".into()),
        text: Some("#ffffff".into()),
        accent: Some("#ffb347".into()),
        ..Requested::default()
    });
    assert!(resolved.warnings.is_empty(), "{:?}", resolved.warnings);
    let (on_fill, _) = token(&resolved, "--cg-on-fill");
    assert_eq!(on_fill, FOCUS_TEXT);
    let (muted, _) = token(&resolved, "--cg-muted");
    assert!(contrast(muted, hex(0x0b1a3a)) >= TEXT_CONTRAST);
}

#[test]
fn a_focus_colour_must_carry_dark_text() {
    let resolved = resolve(&Requested {
        focus: Some("#1d3f8f".into()),
        ..Requested::default()
    });
    let (focus, _) = token(&resolved, "--cg-focus");
    assert!(contrast(focus, FOCUS_TEXT) >= TEXT_CONTRAST);
    assert_eq!(resolved.warnings.len(), 1, "{:?}", resolved.warnings);
    assert!(resolved.warnings[0].starts_with("--career-guide-focus: #1d3f8f"));
}

#[test]
fn what_is_not_a_colour_is_named_and_replaced() {
    let resolved = resolve(&accent("oklch(60% 0.1 200)"));
    assert!(resolved.warnings[0].contains("is not an opaque colour"));
    assert_eq!(token(&resolved, "--cg-success").0, LIGHT.button);
}

#[test]
fn properties_are_read_trimmed_and_empty_means_unset() {
    let requested = Requested::read(|name| match name {
        "--career-guide-accent" => Some(" #0b7285 ".into()),
        "--career-guide-text" => Some("  ".into()),
        _ => None,
    });
    assert_eq!(requested, accent("#0b7285"));
}

#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use super::*;
    use crate::ui::theme::colour::NON_TEXT_CONTRAST;
    use proptest::prelude::*;

    fn any_rgb() -> impl Strategy<Value = Rgb> {
        (any::<u8>(), any::<u8>(), any::<u8>()).prop_map(|(r, g, b)| Rgb::new(r, g, b))
    }

    proptest! {
        #[test]
        fn whatever_the_host_sets_every_colour_used_is_readable(
            accent in any_rgb(), text in any_rgb(), background in any_rgb(), focus in any_rgb(),
            dark_background in proptest::option::of(any_rgb()),
        ) {
            let resolved = resolve(&Requested {
                accent: Some(accent.to_string()),
                text: Some(text.to_string()),
                background: Some(background.to_string()),
                background_dark: dark_background.map(|c| c.to_string()),
                focus: Some(focus.to_string()),
                ..Requested::default()
            });
            let pairs = |name: &str| {
                let (l, d) = token(&resolved, name);
                [l, d]
            };
            let [bg, text_used, link, button, on_fill, muted, surface, error, focus_used, border, info, warning_bg, warning, hover] = [
                "--cg-bg", "--cg-text", "--cg-link", "--cg-success", "--cg-on-fill", "--cg-muted",
                "--cg-surface", "--cg-error", "--cg-focus", "--cg-border", "--cg-info-bg",
                "--cg-warning-bg", "--cg-warning", "--cg-success-dark",
            ].map(pairs);
            for i in 0..2 {
                prop_assert!(contrast(text_used[i], bg[i]) >= TEXT_CONTRAST, "text {}", i);
                prop_assert!(contrast(link[i], bg[i]) >= TEXT_CONTRAST, "link {} on {}", link[i], bg[i]);
                prop_assert!(contrast(button[i], on_fill[i]) >= TEXT_CONTRAST, "button {}", i);
                prop_assert!(contrast(hover[i], on_fill[i]) >= TEXT_CONTRAST, "hover {}", i);
                prop_assert!(contrast(warning[i], on_fill[i]) >= TEXT_CONTRAST, "warning button {}", i);
                prop_assert!(contrast(muted[i], bg[i]) >= TEXT_CONTRAST, "muted {}", i);
                prop_assert!(contrast(muted[i], surface[i]) >= TEXT_CONTRAST, "muted on surface {}", i);
                prop_assert!(contrast(text_used[i], surface[i]) >= TEXT_CONTRAST, "surface {}", i);
                prop_assert!(contrast(error[i], bg[i]) >= TEXT_CONTRAST, "error {}", i);
                prop_assert!(contrast(border[i], bg[i]) >= NON_TEXT_CONTRAST, "border {}", i);
                prop_assert!(contrast(text_used[i], info[i]) >= TEXT_CONTRAST, "notice {}", i);
                prop_assert!(contrast(text_used[i], warning_bg[i]) >= TEXT_CONTRAST, "warning notice {}", i);
                prop_assert!(contrast(focus_used[i], FOCUS_TEXT) >= TEXT_CONTRAST, "focus {}", i);
            }
            let on_fill_light = on_fill[0];
            if contrast(accent, background) >= TEXT_CONTRAST
                && contrast(accent, on_fill_light) >= TEXT_CONTRAST
                && contrast(text, background) >= TEXT_CONTRAST
            {
                prop_assert_eq!(button[0], accent, "a readable accent is kept");
            }
        }
    }
}
