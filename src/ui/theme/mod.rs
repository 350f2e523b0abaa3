//! The host's brand, kept readable. A host page themes a widget with CSS custom properties
//! on the mount element or any ancestor (see [`COLOUR_PROPERTIES`]; the font and corner
//! radius are read by the stylesheet itself). This model turns the colours the host asked
//! for into the widget's colour tokens for light and dark, checks each against WCAG 2.2 AA
//! where it is used, and when one fails picks the nearest colour of the same hue that
//! passes, saying why. Pure: `embed::theme` reads the page and applies the result, loading
//! the arithmetic as a chunk of its own ([`resolve_in_chunk`]) only when a host sets a colour.

pub mod colour;

use crate::content::names::named_enum;
use colour::{contrast, nearest_readable, ratio_text, Need, Rgb, NON_TEXT_CONTRAST, TEXT_CONTRAST};

/// Every colour property a host may set; each `-dark` one applies in dark mode only.
pub const COLOUR_PROPERTIES: [&str; 7] = [
    "--career-guide-accent",
    "--career-guide-accent-dark",
    "--career-guide-text",
    "--career-guide-text-dark",
    "--career-guide-background",
    "--career-guide-background-dark",
    "--career-guide-focus",
];

/// Every theming property a host may set: the colours, then the font and the corner
/// radius (which the stylesheet reads itself).
pub const THEME_PROPERTIES: [&str; 9] = [
    COLOUR_PROPERTIES[0],
    COLOUR_PROPERTIES[1],
    COLOUR_PROPERTIES[2],
    COLOUR_PROPERTIES[3],
    COLOUR_PROPERTIES[4],
    COLOUR_PROPERTIES[5],
    COLOUR_PROPERTIES[6],
    "--career-guide-font",
    "--career-guide-radius",
];

named_enum! {
    /// Which colour scheme a widget uses, as its `data-theme` attribute names it.
    pub enum ThemeMode {
        /// The visitor's setting (the default).
        Auto = "auto",
        Light = "light",
        Dark = "dark",
    }
}

/// One colour scheme's default colours, as `style/tokens.css` defines them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Scheme {
    pub text: Rgb,
    pub bg: Rgb,
    /// Buttons (the accent of the defaults is GOV.UK's green; links are blue).
    pub button: Rgb,
    pub button_hover: Rgb,
    pub button_shadow: Rgb,
    pub link: Rgb,
    pub link_visited: Rgb,
    pub brand: Rgb,
    pub chart_bar: Rgb,
    pub on_fill: Rgb,
    pub muted: Rgb,
    pub surface: Rgb,
    pub border: Rgb,
    pub error: Rgb,
    pub warning: Rgb,
    pub info_bg: Rgb,
    pub warning_bg: Rgb,
    pub tag_bg: Rgb,
    pub tag_text: Rgb,
    pub focus: Rgb,
}

const fn hex(value: u32) -> Rgb {
    Rgb::new((value >> 16) as u8, (value >> 8) as u8, value as u8)
}

/// Text on the focus highlight, in both schemes.
pub const FOCUS_TEXT: Rgb = hex(0x0b0c0c);

pub const LIGHT: Scheme = Scheme {
    text: hex(0x0b0c0c),
    bg: hex(0xffffff),
    button: hex(0x00703c),
    button_hover: hex(0x005a30),
    button_shadow: hex(0x002d18),
    link: hex(0x1d4fbf),
    link_visited: hex(0x4c2c92),
    brand: hex(0x1d3f8f),
    chart_bar: hex(0x1d3f8f),
    on_fill: hex(0xffffff),
    muted: hex(0x505a5f),
    surface: hex(0xf3f2f1),
    border: hex(0xb1b4b6),
    error: hex(0xc3281a),
    warning: hex(0xc3281a),
    info_bg: hex(0xe8f1fb),
    warning_bg: hex(0xfff7d6),
    tag_bg: hex(0xcce2d8),
    tag_text: hex(0x005a30),
    focus: hex(0xffdd00),
};

pub const DARK: Scheme = Scheme {
    text: hex(0xf3f2f1),
    bg: hex(0x121417),
    button: hex(0x4fd18b),
    button_hover: hex(0x7be0a8),
    button_shadow: hex(0x000000),
    link: hex(0x9cc1ff),
    link_visited: hex(0xc9b3ff),
    brand: hex(0x8fb3ff),
    chart_bar: hex(0x8fb3ff),
    on_fill: hex(0x0b0c0c),
    muted: hex(0xc2c7cc),
    surface: hex(0x1e2227),
    border: hex(0x6f777b),
    error: hex(0xff8a7a),
    warning: hex(0xff8a7a),
    info_bg: hex(0x17283d),
    warning_bg: hex(0x3a3210),
    tag_bg: hex(0xcce2d8),
    tag_text: hex(0x005a30),
    focus: hex(0xffdd00),
};

/// What the host asked for: each colour property's computed value, if set.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Requested {
    pub accent: Option<String>,
    pub accent_dark: Option<String>,
    pub text: Option<String>,
    pub text_dark: Option<String>,
    pub background: Option<String>,
    pub background_dark: Option<String>,
    pub focus: Option<String>,
}

impl Requested {
    /// Reads every property of [`COLOUR_PROPERTIES`] through `value` (empty means unset).
    pub fn read(value: impl Fn(&str) -> Option<String>) -> Requested {
        let get = |name: &str| {
            value(name)
                .map(|v| v.trim().to_owned())
                .filter(|v| !v.is_empty())
        };
        Requested {
            accent: get(COLOUR_PROPERTIES[0]),
            accent_dark: get(COLOUR_PROPERTIES[1]),
            text: get(COLOUR_PROPERTIES[2]),
            text_dark: get(COLOUR_PROPERTIES[3]),
            background: get(COLOUR_PROPERTIES[4]),
            background_dark: get(COLOUR_PROPERTIES[5]),
            focus: get(COLOUR_PROPERTIES[6]),
        }
    }
}

/// The widget's colour tokens to set, each as `light-dark(light, dark)`, and what was
/// changed and why (for the console).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Resolved {
    pub tokens: Vec<(&'static str, String)>,
    pub warnings: Vec<String>,
}

/// The host's colours checked and, where needed, corrected; nothing when nothing is set.
pub fn resolve(requested: &Requested) -> Resolved {
    let mut warnings = Vec::new();
    if *requested == Requested::default() {
        return Resolved::default();
    }
    let mut read = |name: &str, value: &Option<String>| {
        let text = value.as_deref()?;
        let parsed = Rgb::parse(text);
        if parsed.is_none() {
            warnings.push(format!(
                "--career-guide-{name}: \"{text}\" is not an opaque colour the widget can check (use #rrggbb or rgb()); using its own."
            ));
        }
        parsed
    };
    let light_accent = read("accent", &requested.accent);
    let light = Asked {
        accent: light_accent,
        accent_carried: false,
        text: read("text", &requested.text),
        background: read("background", &requested.background),
        focus: read("focus", &requested.focus),
    };
    let dark_accent = read("accent-dark", &requested.accent_dark);
    let dark = Asked {
        // The light accent carries over to dark mode, made readable there without a
        // word: the host did not choose a dark accent.
        accent: dark_accent.or(light_accent),
        accent_carried: dark_accent.is_none(),
        text: read("text-dark", &requested.text_dark),
        background: read("background-dark", &requested.background_dark),
        focus: light.focus,
    };
    let light = palette(&LIGHT, &light, "", &mut warnings);
    let dark = palette(&DARK, &dark, "-dark", &mut warnings);
    let tokens = TOKENS
        .iter()
        .map(|(name, pick)| {
            (
                *name,
                format!("light-dark({}, {})", pick(&light), pick(&dark)),
            )
        })
        .collect();
    Resolved { tokens, warnings }
}

crate::ui::chunk::split_point! {
    chunk theme, preload preload_theme;
    /// [`resolve`], from a chunk of its own: most pages set no colour, so they never
    /// download the colour arithmetic.
    pub fn resolve_in_chunk(requested: Requested) -> Resolved {
        resolve(&requested)
    }
}

/// The colours a host set for one scheme, read.
struct Asked {
    accent: Option<Rgb>,
    accent_carried: bool,
    text: Option<Rgb>,
    background: Option<Rgb>,
    focus: Option<Rgb>,
}

/// Each colour token of `style/tokens.css` a theme sets, and where its value comes from.
type Pick = fn(&Scheme) -> Rgb;
const TOKENS: [(&str, Pick); 20] = [
    ("--cg-text", |s| s.text),
    ("--cg-strong-border", |s| s.text),
    ("--cg-bg", |s| s.bg),
    ("--cg-success", |s| s.button),
    ("--cg-success-dark", |s| s.button_hover),
    ("--cg-button-shadow", |s| s.button_shadow),
    ("--cg-link", |s| s.link),
    ("--cg-link-visited", |s| s.link_visited),
    ("--cg-brand", |s| s.brand),
    ("--cg-chart-bar", |s| s.chart_bar),
    ("--cg-on-fill", |s| s.on_fill),
    ("--cg-muted", |s| s.muted),
    ("--cg-surface", |s| s.surface),
    ("--cg-border", |s| s.border),
    ("--cg-error", |s| s.error),
    ("--cg-warning", |s| s.warning),
    ("--cg-info-bg", |s| s.info_bg),
    ("--cg-warning-bg", |s| s.warning_bg),
    ("--cg-focus", |s| s.focus),
    ("--cg-tag-text", |s| s.tag_text),
];

fn need(against: Rgb, ratio: f64) -> Need {
    Need { against, ratio }
}

/// One scheme's colours: the defaults, with what the host asked for and everything that
/// must stay readable against it.
fn palette(defaults: &Scheme, asked: &Asked, suffix: &str, warnings: &mut Vec<String>) -> Scheme {
    let mut s = *defaults;
    let canvas_changed = asked.background.is_some() || asked.text.is_some();
    s.bg = asked.background.unwrap_or(defaults.bg);
    s.text = checked(
        &format!("text{suffix}"),
        asked.text.unwrap_or(defaults.text),
        asked.text.is_some(),
        &[(need(s.bg, TEXT_CONTRAST), "the background", "text")],
        warnings,
    )
    .unwrap_or(defaults.text);
    // Text on a filled button: white on a light page (the accent is dark), near-black on a
    // dark one (the accent is light), so one accent can pass both of its contrasts.
    s.on_fill = if s.bg.luminance() >= 0.175 {
        hex(0xffffff)
    } else {
        FOCUS_TEXT
    };
    if canvas_changed {
        s.surface = nearest_readable(s.bg.mix(s.text, 0.06), &[need(s.text, TEXT_CONTRAST)])
            .unwrap_or(s.bg);
        s.muted = nearest_readable(
            s.text.mix(s.bg, 0.3),
            &[need(s.bg, TEXT_CONTRAST), need(s.surface, TEXT_CONTRAST)],
        )
        .unwrap_or(s.text);
        s.border = nearest_readable(s.text.mix(s.bg, 0.5), &[need(s.bg, NON_TEXT_CONTRAST)])
            .unwrap_or(s.text);
        s.error = nearest_readable(defaults.error, &[need(s.bg, TEXT_CONTRAST)]).unwrap_or(s.text);
    }
    if asked.accent.is_some() || canvas_changed {
        let wanted = asked.accent.unwrap_or(defaults.button);
        let loud = asked.accent.is_some() && !asked.accent_carried;
        let accent = checked(
            &format!("accent{suffix}"),
            wanted,
            loud,
            &[
                (need(s.bg, TEXT_CONTRAST), "the background", "links"),
                (need(s.on_fill, TEXT_CONTRAST), "button text", "buttons"),
            ],
            warnings,
        );
        // No lightness of this hue passes both: buttons take the text colour instead.
        let (accent, on_fill) = accent.map_or((s.text, s.bg), |a| (a, s.on_fill));
        s.on_fill = on_fill;
        s.button = accent;
        s.button_hover = nearest_readable(accent.mix(s.text, 0.2), &[need(on_fill, TEXT_CONTRAST)])
            .unwrap_or(accent);
        s.button_shadow = accent.mix(s.text, 0.6);
        if asked.accent.is_some() {
            s.link = accent;
            s.link_visited = accent;
            s.brand = accent;
            s.chart_bar = accent;
        } else {
            s.link =
                nearest_readable(defaults.link, &[need(s.bg, TEXT_CONTRAST)]).unwrap_or(s.text);
            s.link_visited = s.link;
            s.brand = nearest_readable(defaults.brand, &[need(s.bg, NON_TEXT_CONTRAST)])
                .unwrap_or(s.text);
            s.chart_bar = s.brand;
        }
        s.warning =
            nearest_readable(defaults.warning, &[need(on_fill, TEXT_CONTRAST)]).unwrap_or(s.text);
        s.info_bg = tint(s.bg, s.brand, &[s.text, s.link]);
        s.warning_bg = tint(s.bg, hex(0xffdd00), &[s.text, s.link]);
        s.tag_text = nearest_readable(s.brand, &[need(defaults.tag_bg, TEXT_CONTRAST)])
            .unwrap_or(defaults.tag_text);
    }
    let focus = asked.focus.unwrap_or(defaults.focus);
    let mut focus_needs = vec![(
        need(FOCUS_TEXT, TEXT_CONTRAST),
        "the text it highlights",
        "focused links",
    )];
    if contrast(FOCUS_TEXT, s.bg) < NON_TEXT_CONTRAST {
        // On a dark page the ring's dark inner line does not stand out: the ring must.
        focus_needs.push((
            need(s.bg, NON_TEXT_CONTRAST),
            "the background",
            "focus rings",
        ));
    }
    // One focus colour serves both schemes; it is named once, for the light one.
    let loud = asked.focus.is_some() && suffix.is_empty();
    s.focus = checked("focus", focus, loud, &focus_needs, warnings)
        .or_else(|| nearest_readable(defaults.focus, &[need(FOCUS_TEXT, TEXT_CONTRAST)]))
        .unwrap_or(defaults.focus);
    s
}

/// A panel colour: `bg` with a hint of `hue`, lightened or darkened until every colour in
/// `on_it` reads on it.
fn tint(bg: Rgb, hue: Rgb, on_it: &[Rgb]) -> Rgb {
    let needs: Vec<Need> = on_it.iter().map(|c| need(*c, TEXT_CONTRAST)).collect();
    nearest_readable(bg.mix(hue, 0.1), &needs).unwrap_or(bg)
}

/// `wanted` if it meets its needs, else the nearest colour that does (`None`: none does).
/// When `loud` (the host chose it), a change is explained with the measured ratio.
fn checked(
    name: &str,
    wanted: Rgb,
    loud: bool,
    needs: &[(Need, &str, &str)],
    warnings: &mut Vec<String>,
) -> Option<Rgb> {
    let plain: Vec<Need> = needs.iter().map(|(n, _, _)| *n).collect();
    let used = nearest_readable(wanted, &plain);
    if used == Some(wanted) || !loud {
        return used;
    }
    let failing = needs
        .iter()
        .find(|(n, _, _)| !n.met_by(wanted))
        .map(|(n, what, user)| {
            format!(
                "has a contrast of {}:1 with {what} {}, below the {}:1 WCAG 2.2 AA asks of {user}",
                ratio_text(contrast(wanted, n.against)),
                n.against,
                ratio_text(n.ratio)
            )
        })
        .unwrap_or_default();
    let instead = match used {
        Some(used) => {
            let worst = plain
                .iter()
                .map(|n| contrast(used, n.against))
                .fold(f64::INFINITY, f64::min);
            format!("using {used} ({}:1) instead", ratio_text(worst))
        }
        None => "no shade of it passes; using the widget's own colours".to_owned(),
    };
    warnings.push(format!(
        "--career-guide-{name}: {wanted} {failing}; {instead}."
    ));
    used
}

#[cfg(test)]
mod tests;
