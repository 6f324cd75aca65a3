//! Bytes → text, with the checks every whole-file format shares.

use crate::error::InputError;

/// How far to look for a NUL byte when deciding whether a file is binary (as git does).
pub const BINARY_SNIFF: usize = 8000;

/// Checks that `bytes` is a non-empty UTF-8 text file and strips a byte-order mark.
pub fn decode<'b>(bytes: &'b [u8], name: &str) -> Result<&'b str, InputError> {
    if bytes.is_empty() {
        return Err(InputError::new(name, "empty file"));
    }
    if looks_binary(bytes) {
        return Err(InputError::new(
            name,
            "binary file (contains NUL bytes), not text",
        ));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| utf8_error(bytes, e, name, 0))?;
    Ok(text.strip_prefix('\u{FEFF}').unwrap_or(text))
}

pub fn looks_binary(bytes: &[u8]) -> bool {
    bytes[..bytes.len().min(BINARY_SNIFF)].contains(&0)
}

/// An invalid-UTF-8 error at the line and column where the bad bytes are.
/// `first_line` is the line number of `bytes[0]` minus one.
pub fn utf8_error(bytes: &[u8], e: std::str::Utf8Error, name: &str, first_line: u64) -> InputError {
    let good = &bytes[..e.valid_up_to()];
    let line = first_line + 1 + good.iter().filter(|&&b| b == b'\n').count() as u64;
    let line_start = good.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
    // Characters before the bad byte on its line (the prefix is valid UTF-8 by definition).
    let column = std::str::from_utf8(&good[line_start..]).map_or(0, |s| s.chars().count()) + 1;
    InputError::at_line(
        name,
        line,
        format!(
            "invalid UTF-8 (byte 0x{:02X} at column {column}); isnad reads UTF-8 text only",
            bytes[e.valid_up_to()]
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_text_and_strips_bom() {
        assert_eq!(decode("\u{FEFF}قال".as_bytes(), "a").unwrap(), "قال");
    }

    #[test]
    fn rejects_empty_binary_and_invalid_utf8() {
        assert_eq!(
            decode(b"", "a.txt").unwrap_err().to_string(),
            "a.txt: empty file"
        );
        assert_eq!(
            decode(b"PK\x03\x04\x00\x00", "z.txt")
                .unwrap_err()
                .to_string(),
            "z.txt: binary file (contains NUL bytes), not text"
        );
        let mut bytes = "سطر أول\nسطر ".as_bytes().to_vec();
        bytes.push(0xFF);
        assert_eq!(
            decode(&bytes, "u.txt").unwrap_err().to_string(),
            "u.txt:2: invalid UTF-8 (byte 0xFF at column 5); isnad reads UTF-8 text only"
        );
    }
}
