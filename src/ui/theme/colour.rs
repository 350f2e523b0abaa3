//! Opaque sRGB colours and the arithmetic the theme needs: reading what browsers write,
//! WCAG contrast, mixing, and finding the nearest readable colour of the same hue.

use std::fmt;

/// An opaque sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb {
    pub r: u8,
    pub g: u8,
    pub b: u8,
}

impl Rgb {
    pub const fn new(r: u8, g: u8, b: u8) -> Rgb {
        Rgb { r, g, b }
    }

    /// Reads `#rgb`, `#rrggbb`, or `rgb(r, g, b)` / `rgba(r, g, b, 1)` as browsers write
    /// computed colours. Anything else (or a see-through colour) is `None`.
    pub fn parse(text: &str) -> Option<Rgb> {
        let text = text.trim().to_ascii_lowercase();
        if let Some(hex) = text.strip_prefix('#') {
            let digits: Vec<u8> = hex
                .chars()
                .map(|c| c.to_digit(16).map(|d| d as u8))
                .collect::<Option<_>>()?;
            return match digits.as_slice() {
                [r, g, b] => Some(Rgb::new(r * 17, g * 17, b * 17)),
                [r1, r2, g1, g2, b1, b2] => {
                    Some(Rgb::new(r1 * 16 + r2, g1 * 16 + g2, b1 * 16 + b2))
                }
                _ => None,
            };
        }
        let inner = text
            .strip_prefix("rgba(")
            .or_else(|| text.strip_prefix("rgb("))?
            .strip_suffix(')')?;
        let parts: Vec<&str> = inner
            .split([',', ' ', '/'])
            .filter(|p| !p.is_empty())
            .collect();
        let channel = |p: &str| {
            thousandths(p)
                .filter(|v| *v <= 255_000)
                .and_then(|v| u8::try_from((v + 500) / 1000).ok())
        };
        let opaque = match parts.as_slice() {
            [_, _, _] => true,
            [_, _, _, alpha] => thousandths(alpha).is_some_and(|a| a >= 1000),
            _ => false,
        };
        if !opaque {
            return None;
        }
        Some(Rgb::new(
            channel(parts[0])?,
            channel(parts[1])?,
            channel(parts[2])?,
        ))
    }

    /// Relative luminance, as WCAG defines it.
    pub fn luminance(self) -> f64 {
        let linear = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.040_45 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * linear(self.r) + 0.7152 * linear(self.g) + 0.0722 * linear(self.b)
    }

    /// `self` moved `amount` (0 to 1) of the way towards `other`, channel by channel.
    pub fn mix(self, other: Rgb, amount: f64) -> Rgb {
        let channel = |a: u8, b: u8| {
            (f64::from(a) + (f64::from(b) - f64::from(a)) * amount)
                .round()
                .clamp(0.0, 255.0) as u8
        };
        Rgb::new(
            channel(self.r, other.r),
            channel(self.g, other.g),
            channel(self.b, other.b),
        )
    }

    fn to_hsl(self) -> (f64, f64, f64) {
        let [r, g, b] = [self.r, self.g, self.b].map(|c| f64::from(c) / 255.0);
        let max = r.max(g).max(b);
        let min = r.min(g).min(b);
        let lightness = (max + min) / 2.0;
        let delta = max - min;
        if delta == 0.0 {
            return (0.0, 0.0, lightness);
        }
        let saturation = delta / (1.0 - (2.0 * lightness - 1.0).abs());
        let hue = if max == r {
            ((g - b) / delta).rem_euclid(6.0)
        } else if max == g {
            (b - r) / delta + 2.0
        } else {
            (r - g) / delta + 4.0
        };
        (hue * 60.0, saturation, lightness)
    }

    fn from_hsl(hue: f64, saturation: f64, lightness: f64) -> Rgb {
        let chroma = (1.0 - (2.0 * lightness - 1.0).abs()) * saturation;
        let x = chroma * (1.0 - ((hue / 60.0).rem_euclid(2.0) - 1.0).abs());
        let (r, g, b) = match (hue / 60.0) as u32 {
            0 => (chroma, x, 0.0),
            1 => (x, chroma, 0.0),
            2 => (0.0, chroma, x),
            3 => (0.0, x, chroma),
            4 => (x, 0.0, chroma),
            _ => (chroma, 0.0, x),
        };
        let m = lightness - chroma / 2.0;
        let channel = |c: f64| ((c + m) * 255.0).round().clamp(0.0, 255.0) as u8;
        Rgb::new(channel(r), channel(g), channel(b))
    }
}

/// `#rrggbb`.
/// A plain decimal number in thousandths ("133" is 133 000, "0.5" is 500), as browsers write
/// a computed colour's channels and alpha; `None` for anything else. Read without `f64`'s
/// parser, whose code was half of the theme's download (docs/performance.md).
fn thousandths(text: &str) -> Option<u32> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
    if whole.len() + fraction.len() == 0 || whole.len() > 6 || !digits(whole) || !digits(fraction) {
        return None;
    }
    let whole = whole.bytes().fold(0, |n, d| n * 10 + u32::from(d - b'0'));
    let fraction = fraction
        .bytes()
        .chain(std::iter::repeat(b'0'))
        .take(3)
        .fold(0, |n, d| n * 10 + u32::from(d - b'0'));
    Some(whole * 1000 + fraction)
}

/// A contrast ratio as people read it, to one decimal without a trailing `.0` ("4.5",
/// "3", "2.3"), written without `f64`'s formatter, whose code and tables were most of the
/// theme's download (docs/performance.md).
pub fn ratio_text(ratio: f64) -> String {
    let tenths = (ratio * 10.0).round() as u32;
    match tenths % 10 {
        0 => (tenths / 10).to_string(),
        tenth => format!("{}.{tenth}", tenths / 10),
    }
}

impl fmt::Display for Rgb {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{:02x}{:02x}{:02x}", self.r, self.g, self.b)
    }
}

/// The contrast ratio of two colours, from 1 to 21.
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (a.luminance(), b.luminance());
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// WCAG 2.2 AA for text (1.4.3).
pub const TEXT_CONTRAST: f64 = 4.5;
/// WCAG 2.2 AA for parts of controls, such as a field's border or a focus ring (1.4.11).
pub const NON_TEXT_CONTRAST: f64 = 3.0;

/// What a colour must stand out from, and by how much.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Need {
    pub against: Rgb,
    pub ratio: f64,
}

impl Need {
    pub fn met_by(&self, colour: Rgb) -> bool {
        contrast(colour, self.against) >= self.ratio
    }
}

/// `wanted` if it meets every need; else the colour of the same hue and saturation with the
/// nearest lightness that does; `None` if no lightness does.
pub fn nearest_readable(wanted: Rgb, needs: &[Need]) -> Option<Rgb> {
    let passes = |c: Rgb| needs.iter().all(|need| need.met_by(c));
    if passes(wanted) {
        return Some(wanted);
    }
    let (hue, saturation, lightness) = wanted.to_hsl();
    (1..=200)
        .flat_map(|step| {
            let delta = f64::from(step) / 200.0;
            [lightness - delta, lightness + delta]
        })
        .filter(|l| (0.0..=1.0).contains(l))
        .map(|l| Rgb::from_hsl(hue, saturation, l))
        .find(|c| passes(*c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_read_as_browsers_write_them() {
        assert_eq!(Rgb::parse("#0b7285"), Some(Rgb::new(0x0b, 0x72, 0x85)));
        assert_eq!(Rgb::parse("#FFF"), Some(Rgb::new(255, 255, 255)));
        assert_eq!(
            Rgb::parse("rgb(11, 114, 133)"),
            Some(Rgb::new(11, 114, 133))
        );
        assert_eq!(
            Rgb::parse("rgba(11, 114, 133, 1)"),
            Some(Rgb::new(11, 114, 133))
        );
        assert_eq!(Rgb::parse("rgb(11 114 133)"), Some(Rgb::new(11, 114, 133)));
        for bad in [
            "",
            "teal",
            "#12345",
            "rgb(1,2)",
            "rgba(0, 0, 0, 0)",
            "rgba(0, 0, 0, 0.5)",
            "rgb(300, 0, 0)",
            "rgb(-1, 0, 0)",
            "rgb(1e2, 0, 0)",
            "rgb(., 0, 0)",
            "#ggg",
        ] {
            assert_eq!(Rgb::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn decimal_channels_and_alpha_are_read_to_the_nearest_unit() {
        assert_eq!(
            Rgb::parse("rgb(11.4 114.5 132.96)"),
            Some(Rgb::new(11, 115, 133))
        );
        assert_eq!(Rgb::parse("rgba(0, 0, 0, 1.0)"), Some(Rgb::new(0, 0, 0)));
        assert_eq!(Rgb::parse("rgba(0, 0, 0, .999)"), None);
        assert_eq!(Rgb::parse("rgb(255.4, 0, 0)"), None, "above 255, as before");
    }

    #[test]
    fn ratios_read_to_one_decimal() {
        for (ratio, text) in [
            (4.5, "4.5"),
            (3.0, "3"),
            (2.349, "2.3"),
            (4.56, "4.6"),
            (21.0, "21"),
        ] {
            assert_eq!(ratio_text(ratio), text);
        }
    }

    #[test]
    fn contrast_matches_wcag_examples() {
        let white = Rgb::new(255, 255, 255);
        assert!((contrast(Rgb::new(0, 0, 0), white) - 21.0).abs() < 1e-9);
        assert!((contrast(Rgb::parse("#767676").unwrap(), white) - 4.54).abs() < 0.01);
    }

    #[test]
    fn mixing_goes_part_of_the_way() {
        let black = Rgb::new(0, 0, 0);
        let white = Rgb::new(255, 255, 255);
        assert_eq!(black.mix(white, 0.0), black);
        assert_eq!(black.mix(white, 1.0), white);
        assert_eq!(black.mix(white, 0.5), Rgb::new(128, 128, 128));
    }

    #[test]
    fn the_nearest_readable_colour_keeps_the_hue_and_just_passes() {
        let pale = Rgb::parse("#7fb3d5").unwrap();
        let white = Rgb::new(255, 255, 255);
        let need = [Need {
            against: white,
            ratio: TEXT_CONTRAST,
        }];
        let used = nearest_readable(pale, &need).unwrap();
        let ratio = contrast(used, white);
        assert!(
            (TEXT_CONTRAST..TEXT_CONTRAST + 0.3).contains(&ratio),
            "{used} {ratio}"
        );
        assert!(used.b > used.r, "still blue: {used}");
    }
}
