//! Dates, numbers and lists as each locale writes them, from CLDR's data through ICU4X:
//! "4 juin 2009", "2009年6月4日", "4 июня 2009 г.", "4 يونيو 2009".
//!
//! Dates are in the Gregorian calendar whatever the locale's default (the UN's records use it).
//! The formatters are built once per locale and kept.

use std::sync::LazyLock;

use icu_calendar::{Date, Gregorian};
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::{E, Y, YM, YMD};
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_list::ListFormatter;
use icu_list::options::{ListFormatterOptions, ListLength};
use writeable::Writeable;

use crate::Locale;

struct Formatters {
    day: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
    month: FixedCalendarDateTimeFormatter<Gregorian, YM>,
    year: FixedCalendarDateTimeFormatter<Gregorian, Y>,
    weekday: FixedCalendarDateTimeFormatter<Gregorian, E>,
    weekday_short: FixedCalendarDateTimeFormatter<Gregorian, E>,
    number: DecimalFormatter,
    and: ListFormatter,
    or: ListFormatter,
}

impl Formatters {
    /// The formatters of one locale. ICU4X's compiled data has all six locales, so this cannot
    /// fail for them (a test builds every one).
    fn of(locale: Locale) -> Formatters {
        let l = locale.icu();
        let list = ListFormatterOptions::default().with_length(ListLength::Wide);
        Formatters {
            day: FixedCalendarDateTimeFormatter::try_new((&l).into(), YMD::long())
                .expect("compiled data has a long date for every UN language"),
            month: FixedCalendarDateTimeFormatter::try_new((&l).into(), YM::long())
                .expect("compiled data has a month and year for every UN language"),
            year: FixedCalendarDateTimeFormatter::try_new((&l).into(), Y::long())
                .expect("compiled data has a year for every UN language"),
            weekday: FixedCalendarDateTimeFormatter::try_new((&l).into(), E::long())
                .expect("compiled data has weekdays for every UN language"),
            weekday_short: FixedCalendarDateTimeFormatter::try_new((&l).into(), E::short())
                .expect("compiled data has weekdays for every UN language"),
            number: DecimalFormatter::try_new((&l).into(), Default::default())
                .expect("compiled data has numbers for every UN language"),
            and: ListFormatter::try_new_and((&l).into(), list)
                .expect("compiled data has lists for every UN language"),
            or: ListFormatter::try_new_or((&l).into(), list)
                .expect("compiled data has lists for every UN language"),
        }
    }
}

static FORMATTERS: LazyLock<[Formatters; 6]> = LazyLock::new(|| Locale::ALL.map(Formatters::of));

fn formatters(locale: Locale) -> &'static Formatters {
    let i = Locale::ALL.iter().position(|l| *l == locale).unwrap_or(2);
    &FORMATTERS[i]
}

/// A day, written out: "4 June 2009", "4 juin 2009", "2009年6月4日". A day that does not exist
/// (30 February) is written as ISO 8601 would.
pub fn day(locale: Locale, year: i32, month: u8, day: u8) -> String {
    match Date::try_new_gregorian(year, month, day) {
        Ok(d) => formatters(locale)
            .day
            .format(&d)
            .write_to_string()
            .into_owned(),
        Err(_) => format!("{year:04}-{month:02}-{day:02}"),
    }
}

/// A month of a year: "June 2009", "juin 2009", "2009年6月".
pub fn month(locale: Locale, year: i32, month: u8) -> String {
    match Date::try_new_gregorian(year, month, 1) {
        Ok(d) => formatters(locale)
            .month
            .format(&d)
            .write_to_string()
            .into_owned(),
        Err(_) => format!("{year:04}-{month:02}"),
    }
}

/// A year: "2009", "2009年", "2009 г.".
pub fn year(locale: Locale, year: i32) -> String {
    match Date::try_new_gregorian(year, 1, 1) {
        Ok(d) => formatters(locale)
            .year
            .format(&d)
            .write_to_string()
            .into_owned(),
        Err(_) => year.to_string(),
    }
}

/// The days of the week, Monday first, each as (its short name, its name): ("Mon", "Monday"),
/// ("lun.", "lundi"), ("周一", "星期一").
pub fn weekdays(locale: Locale) -> [(String, String); 7] {
    use icu_calendar::types::Weekday::*;
    let f = formatters(locale);
    [
        Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday,
    ]
    .map(|d| {
        (
            f.weekday_short.format(&d).write_to_string().into_owned(),
            f.weekday.format(&d).write_to_string().into_owned(),
        )
    })
}

/// A whole number, with the locale's digits and grouping: "1,234", "1 234", "١٬٢٣٤".
pub fn number(locale: Locale, n: i64) -> String {
    formatters(locale)
        .number
        .format(&Decimal::from(n))
        .write_to_string()
        .into_owned()
}

/// A number of tenths as a decimal with one decimal place: 15 → "1.5", "1,5", "1٫5".
pub fn tenths(locale: Locale, tenths: i64) -> String {
    let mut d = Decimal::from(tenths);
    d.absolute.multiply_pow10(-1);
    formatters(locale)
        .number
        .format(&d)
        .write_to_string()
        .into_owned()
}

/// A list joined by "and": "France, Spain and Italy", "France, Espagne et Italie".
pub fn and_list<S: AsRef<str>>(locale: Locale, items: &[S]) -> String {
    formatters(locale)
        .and
        .format(items.iter().map(|s| s.as_ref()))
        .write_to_string()
        .into_owned()
}

/// A list joined by "or".
pub fn or_list<S: AsRef<str>>(locale: Locale, items: &[S]) -> String {
    formatters(locale)
        .or
        .format(items.iter().map(|s| s.as_ref()))
        .write_to_string()
        .into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_days_of_the_week_start_on_monday() {
        assert_eq!(weekdays(Locale::En)[0].1, "Monday");
        assert_eq!(weekdays(Locale::Fr)[6].1, "dimanche");
        for l in Locale::ALL {
            assert!(
                weekdays(l)
                    .iter()
                    .all(|(s, n)| !s.is_empty() && !n.is_empty())
            );
        }
    }

    #[test]
    fn a_day_as_each_locale_writes_it() {
        let cases = [
            (Locale::En, "4 June 2009"),
            (Locale::Fr, "4 juin 2009"),
            (Locale::Es, "4 de junio de 2009"),
            (Locale::Ru, "4 июня 2009\u{202f}г."),
            (Locale::Zh, "2009年6月4日"),
            (Locale::Ar, "4 يونيو 2009"),
        ];
        for (l, want) in cases {
            assert_eq!(day(l, 2009, 6, 4), want, "{l}");
        }
        assert_eq!(day(Locale::Fr, 2009, 2, 30), "2009-02-30");
    }

    #[test]
    fn months_and_years() {
        assert_eq!(month(Locale::Fr, 2009, 6), "juin 2009");
        assert_eq!(month(Locale::Zh, 2009, 6), "2009年6月");
        assert_eq!(year(Locale::En, 2009), "2009");
        assert_eq!(year(Locale::Zh, 2009), "2009年");
    }

    #[test]
    fn numbers_and_lists() {
        assert_eq!(number(Locale::En, 1234), "1,234");
        // CLDR writes Arabic (`ar`, no region) with the digits 0-9, as the UN's Arabic
        // documents do.
        assert_eq!(number(Locale::Ar, 21), "21");
        assert_eq!(number(Locale::Fr, 1234), "1\u{202f}234");
        assert_eq!(tenths(Locale::En, 15), "1.5");
        assert_eq!(tenths(Locale::Fr, 15), "1,5");
        assert_eq!(tenths(Locale::En, 20), "2.0");
        assert_eq!(
            and_list(Locale::Fr, &["France", "Espagne", "Italie"]),
            "France, Espagne et Italie"
        );
        assert_eq!(and_list(Locale::En, &["IOM", "UNHCR"]), "IOM and UNHCR");
        assert_eq!(or_list(Locale::Es, &["uno", "dos"]), "uno o dos");
        let none: [&str; 0] = [];
        assert_eq!(and_list(Locale::En, &none), "");
    }
}
