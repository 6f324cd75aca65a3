//! Cheap first tests for readers asked at nearly every token that may start a claim
//! (speed31). Each answers «certainly not» from a word's last bytes before the reader's own
//! look-ups, and lets everything else through to them unchanged, so the output stays what
//! it was; and the ISO strings of dates and durations written without `format!`.
//!
//! - [`may_end_weekday`]: the weekday look-up of the date lexicon (`dates::weekday_at`) is
//!   asked of up to five tokens around each candidate by the schedule and weekday readers;
//!   a weekday name ends so, whatever its clitics (`الخميس`, `وللخميس`).
//! - [`may_end_in`]: a stem of a word is the word's key without a proclitic, so it ends as
//!   the key does: a word ending in no listed stem has none of them.
//! - [`push_padded`]: `{:0width$}` for a non-negative integer, into a reused string.

/// Whether `key` ends as a weekday name of the date lexicon does (`احد`, `اثنين`,
/// `ثلاثاء`/`ثلاثا`, `اربعاء`/`اربعا`, `خميس`, `جمعه`, `سبت`): the last byte first (the
/// second byte of the last letter), then the ending itself.
#[inline]
pub fn may_end_weekday(key: &str) -> bool {
    let ends: &[&str] = match key.as_bytes().last() {
        // د
        Some(0xAF) => &["احد"],
        // ن
        Some(0x86) => &["اثنين"],
        // ء
        Some(0xA1) => &["ثلاثاء", "اربعاء"],
        // ا
        Some(0xA7) => &["ثلاثا", "اربعا"],
        // س
        Some(0xB3) => &["خميس"],
        // ه
        Some(0x87) => &["جمعه"],
        // ت
        Some(0xAA) => &["سبت"],
        _ => return false,
    };
    ends.iter().any(|e| key.ends_with(e))
}

/// Whether `key` ends with one of `stems`: a necessary condition for any stem of the word
/// ([`super::tokens::stems`], the key without a proclitic) to be one of them.
#[inline]
pub fn may_end_in(key: &str, stems: &[&str]) -> bool {
    stems.iter().any(|s| key.ends_with(s))
}

/// Writes `v` in decimal at the end of `buf`: the index of its first digit.
fn decimal(mut v: u64, buf: &mut [u8; 20]) -> usize {
    let mut k = buf.len();
    loop {
        k -= 1;
        buf[k] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            return k;
        }
    }
}

/// Appends `n` in decimal, padded with zeros to at least `width` digits (as
/// `format!("{n:0width$}")` writes a non-negative integer).
pub fn push_padded(out: &mut String, n: u32, width: usize) {
    let mut buf = [0u8; 20];
    let k = decimal(n.into(), &mut buf);
    for _ in (buf.len() - k)..width {
        out.push('0');
    }
    for &b in &buf[k..] {
        out.push(char::from(b));
    }
}

/// Appends `n` as [`crate::model::format_number`] writes it.
pub fn push_number(out: &mut String, n: f64) {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        let i = n as i64;
        if i < 0 {
            out.push('-');
        }
        let mut buf = [0u8; 20];
        let k = decimal(i.unsigned_abs(), &mut buf);
        for &b in &buf[k..] {
            out.push(char::from(b));
        }
    } else {
        out.push_str(&crate::model::format_number(n));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn padded_as_format_writes_it() {
        for n in [0, 1, 9, 10, 12, 99, 100, 999, 1000, 2014, 12345, u32::MAX] {
            for width in [0, 1, 2, 4] {
                let mut s = String::from("x");
                push_padded(&mut s, n, width);
                assert_eq!(s, format!("x{n:0width$}"));
            }
        }
    }

    #[test]
    fn numbers_as_format_number_writes_them() {
        for n in [
            0.0,
            -0.0,
            1.0,
            -1.0,
            7.0,
            10.0,
            2.5,
            -3.25,
            1e14,
            999_999_999_999_999.0,
            1e15,
            -1e15,
            1e20,
            0.1,
        ] {
            let mut s = String::new();
            push_number(&mut s, n);
            assert_eq!(s, crate::model::format_number(n), "{n}");
        }
    }

    #[test]
    fn weekday_endings() {
        for k in [
            "الاحد",
            "والاثنين",
            "الثلاثاء",
            "للثلاثا",
            "الاربعاء",
            "بالاربعا",
            "الخميس",
            "الجمعه",
            "فالسبت",
        ] {
            assert!(may_end_weekday(k), "{k}");
        }
        for k in ["", "قال", "الجمعة", "سبتمبر", "السبوت", "اثنان", "ثلاثه"]
        {
            assert!(!may_end_weekday(k), "{k}");
        }
    }

    #[test]
    fn stems_end_as_the_key_does() {
        assert!(may_end_in("والشارع", &["جاده", "شارع"]));
        assert!(!may_end_in("شوارع", &["جاده", "شارع"]));
        assert!(!may_end_in("", &["شارع"]));
    }
}
