//! Dates and the visitor's clock. Models never read the clock: they are handed a [`Now`]
//! (tests pass a fixed one), and only views call [`Now::read`] on the browser's clock.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

const MS_PER_DAY: f64 = 86_400_000.0;

/// A calendar day, without time or zone, counted in days from 1970-01-01.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    days: i64,
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

fn is_leap(year: i64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl Date {
    /// The date, if it exists (no 30 February).
    pub fn from_ymd(year: i64, month: u32, day: u32) -> Option<Date> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        // Days from the civil calendar (Howard Hinnant's algorithm), exact for every year.
        let y = if month <= 2 { year - 1 } else { year };
        let era = y.div_euclid(400);
        let year_of_era = y - era * 400;
        let m = i64::from(month);
        let day_of_year = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        Some(Date {
            days: era * 146_097 + day_of_era - 719_468,
        })
    }

    /// Reads "2027-02-01"; anything else is `None`.
    pub fn parse(text: &str) -> Option<Date> {
        let mut parts = text.split('-');
        let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || year.len() != 4 || month.len() != 2 || day.len() != 2 {
            return None;
        }
        let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if !(digits(year) && digits(month) && digits(day)) {
            return None;
        }
        Date::from_ymd(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?)
    }

    /// (year, month 1–12, day 1–31).
    pub fn ymd(self) -> (i64, u32, u32) {
        let z = self.days + 719_468;
        let era = z.div_euclid(146_097);
        let day_of_era = z - era * 146_097;
        let year_of_era =
            (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let mp = (5 * day_of_year + 2) / 153;
        let day = (day_of_year - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        (year, month, day)
    }

    pub fn add_days(self, days: i64) -> Date {
        Date {
            days: self.days + days,
        }
    }

    /// "Monday 1 February 2027", as GOV.UK writes dates.
    pub fn long(self) -> String {
        let (year, month, day) = self.ymd();
        // 1970-01-01 was a Thursday.
        let weekday = WEEKDAYS[(self.days + 3).rem_euclid(7) as usize];
        format!("{weekday} {day} {} {year}", MONTHS[month as usize - 1])
    }
}

/// "2027-02-01".
impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (year, month, day) = self.ymd();
        write!(f, "{year:04}-{month:02}-{day:02}")
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        let text = String::deserialize(deserializer)?;
        Date::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!("`{text}` is not a date written YYYY-MM-DD"))
        })
    }
}

/// One reading of the clock: the visitor's calendar day, and the instant.
#[derive(Clone, Debug, PartialEq)]
pub struct Now {
    /// The day on the visitor's calendar (their time zone).
    pub today: Date,
    /// Milliseconds since 1970-01-01 UTC.
    pub epoch_ms: f64,
    /// The instant in ISO 8601, UTC ("2026-11-24T10:00:00.000Z").
    pub iso: String,
}

impl Now {
    /// The browser's clock (natively, at build time, the machine's, in UTC).
    pub fn read() -> Now {
        if !super::IN_BROWSER {
            return Now::of_system();
        }
        let date = js_sys::Date::new_0();
        let today = Date::from_ymd(
            i64::from(date.get_full_year()),
            date.get_month() + 1,
            date.get_date(),
        );
        let epoch_ms = date.get_time();
        Now {
            today: today.unwrap_or(Date {
                days: (epoch_ms / MS_PER_DAY).floor() as i64,
            }),
            epoch_ms,
            iso: date.to_iso_string().into(),
        }
    }

    fn of_system() -> Now {
        let epoch_ms = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0.0, |d| d.as_millis() as f64);
        let today = Date {
            days: (epoch_ms / MS_PER_DAY).floor() as i64,
        };
        let in_day = epoch_ms - today.days as f64 * MS_PER_DAY;
        let (h, m, s) = (
            in_day / 3_600_000.0,
            in_day % 3_600_000.0 / 60_000.0,
            in_day % 60_000.0 / 1_000.0,
        );
        Now::fixed(&format!(
            "{today}T{:02}:{:02}:{:06.3}Z",
            h as u32, m as u32, s
        ))
    }

    /// A fixed reading, for tests: `iso` must be "YYYY-MM-DDTHH:MM:SS.sssZ"; the visitor's
    /// day is the UTC day.
    pub fn fixed(iso: &str) -> Now {
        let today = Date::parse(&iso[..10]).expect("an ISO date");
        let (hours, minutes, seconds) = (&iso[11..13], &iso[14..16], &iso[17..23]);
        let in_day = hours.parse::<f64>().unwrap() * 3_600_000.0
            + minutes.parse::<f64>().unwrap() * 60_000.0
            + seconds.parse::<f64>().unwrap() * 1_000.0;
        Now {
            today,
            epoch_ms: today.days as f64 * MS_PER_DAY + in_day,
            iso: iso.to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_write_and_name_their_weekday() {
        let start = Date::parse("2027-02-01").unwrap();
        assert_eq!(start.to_string(), "2027-02-01");
        assert_eq!(start.long(), "Monday 1 February 2027");
        assert_eq!(start.add_days(-1).long(), "Sunday 31 January 2027");
        assert_eq!(
            Date::parse("2028-02-29").unwrap().long(),
            "Tuesday 29 February 2028"
        );
        assert_eq!(Date::parse("1970-01-01").unwrap(), Date { days: 0 });
        for bad in [
            "2027-02-30",
            "2027-13-01",
            "27-02-01",
            "2027-2-1",
            "2027-02-01x",
            "",
            "2027-0a-01",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_fixed_clock_agrees_with_itself() {
        let now = Now::fixed("2026-11-25T09:30:00.000Z");
        assert_eq!(now.today.to_string(), "2026-11-25");
        assert_eq!(now.epoch_ms, 1_795_599_000_000.0);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn every_day_round_trips(days in -800_000i64..800_000) {
            let date = Date { days };
            let (y, m, d) = date.ymd();
            prop_assert_eq!(Date::from_ymd(y, m, d), Some(date));
            if (0..=9999).contains(&y) {
                prop_assert_eq!(Date::parse(&date.to_string()), Some(date));
            }
            prop_assert!(date.add_days(1) > date);
        }
    }
}
