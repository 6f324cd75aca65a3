//! Matching keys: text with the spelling noise of Arabic (and case of Latin) taken out.
//! Used to compare names and words, never to change stored text or offsets.

/// The matching key of `s`: diacritics and tatweel dropped, alef variants → `ا`, `ى` → `ي`,
/// `ة` → `ه`, `ؤ` → `و`, `ئ` → `ي`, Latin lower-cased, whitespace collapsed.
/// `الأميركي` and `الامريكي` differ only in `ر`/`ري`, which [`key`] also folds (`ميركي` →
/// `مريكي`), the one spelling variant common enough in news names to build in.
pub fn key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    let mut i = 0;
    while i < s.len() {
        // Chars of the Arabic block that the key keeps as they are, most of a text, are
        // copied a run at a time.
        let run = kept_run(&s.as_bytes()[i..]);
        if run > 0 {
            if pending_space {
                out.push(' ');
                pending_space = false;
            }
            out.push_str(&s[i..i + run]);
            i += run;
            continue;
        }
        let c = s[i..].chars().next().expect("char boundary");
        i += c.len_utf8();
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if let Some(m) = fold(c) {
            if pending_space {
                out.push(' ');
                pending_space = false;
            }
            if m.is_ascii() {
                out.push(m.to_ascii_lowercase());
            } else if ('\u{0600}'..='\u{06FF}').contains(&m) {
                // Arabic has no case.
                out.push(m);
            } else {
                out.extend(m.to_lowercase());
            }
        }
    }
    // `أميركي`/`أميركا` → `أمريكي`/`أمريكا` (rare enough to check before allocating).
    if out.as_bytes().windows(MIRK.len()).any(|w| w == MIRK) {
        out = out.replace("اميركي", "امريكي").replace("ميركا", "مريكا");
    }
    out
}

/// `ميرك` in UTF-8, compared eight bytes at once.
const MIRK: [u8; 8] = *b"\xD9\x85\xD9\x8A\xD8\xB1\xD9\x83";

/// Byte length of the run of Arabic-block chars that `b` starts with and that [`key`] keeps
/// as they are (not dropped, not folded; the block has no whitespace and no case).
fn kept_run(b: &[u8]) -> usize {
    let mut j = 0;
    while let [lead @ 0xD8..=0xDB, cont, ..] = b[j..] {
        let u = 0x0600 | (u32::from(lead & 0x03) << 6) | u32::from(cont & 0x3F);
        if matches!(
            u,
            0x064B
                ..=0x0652
                    | 0x0670
                    | 0x0640
                    | 0x0622
                    | 0x0623
                    | 0x0625
                    | 0x0671
                    | 0x0649
                    | 0x0629
                    | 0x0624
                    | 0x0626
        ) {
            break;
        }
        j += 2;
    }
    j
}

/// A char of a key: `None` for the marks a key drops (harakat, tatweel, joiners), the
/// hamza seats and final forms folded to their plain letter, any other char as it is.
fn fold(c: char) -> Option<char> {
    match c {
        '\u{064B}'..='\u{0652}' | '\u{0670}' | '\u{0640}' | '\u{200C}'..='\u{200F}' => None,
        'أ' | 'إ' | 'آ' | 'ٱ' => Some('ا'),
        'ى' => Some('ي'),
        'ة' => Some('ه'),
        'ؤ' => Some('و'),
        'ئ' => Some('ي'),
        _ => Some(c),
    }
}

#[cfg(test)]
mod tests {
    use super::key;

    /// [`key`] char by char, as it was written before runs were copied.
    fn key_by_chars(s: &str) -> String {
        let mut out = String::with_capacity(s.len());
        let mut pending_space = false;
        for c in s.chars() {
            if c.is_whitespace() {
                pending_space = !out.is_empty();
                continue;
            }
            if let Some(m) = super::fold(c) {
                if pending_space {
                    out.push(' ');
                    pending_space = false;
                }
                out.extend(m.to_lowercase());
            }
        }
        if out.contains("ميرك") {
            out = out.replace("اميركي", "امريكي").replace("ميركا", "مريكا");
        }
        out
    }

    #[test]
    fn copied_runs_key_as_chars_do() {
        for c in (0..=0x10FFFF_u32).filter_map(char::from_u32) {
            for s in [
                format!("ب{c}ة"),
                format!(" {c}"),
                format!("{c} ل"),
                format!("{c}"),
            ] {
                assert_eq!(key(&s), key_by_chars(&s), "{:X}", c as u32);
            }
        }
        for s in [
            "  وزيرُ  الخارجيةِ الأميركي\u{200F} John KERRY ",
            "أميركا، الـأمـيـركيـة ومستشفى",
            "\u{0640}\u{0640} ؤئة ٱلله \n\tق",
            "",
            " ",
        ] {
            assert_eq!(key(s), key_by_chars(s), "{s}");
        }
    }

    #[test]
    fn folds_arabic_spelling_noise() {
        assert_eq!(key("الأميركي"), key("الأمريكي"));
        assert_eq!(key("أميركا"), key("امريكا"));
        assert_eq!(key("وزيرُ الخارجيةِ"), "وزير الخارجيه");
        assert_eq!(key("  جون   كيري "), "جون كيري");
        assert_eq!(key("مستشفى"), "مستشفي");
        assert_eq!(key("John KERRY"), "john kerry");
        assert_eq!(key("تـنـظيم"), "تنظيم");
        assert_ne!(key("كيري"), key("كير"));
    }
}
