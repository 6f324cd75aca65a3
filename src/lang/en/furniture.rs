//! Page furniture that leaks into article bodies and holds no claims of the article:
//!
//! - a CNN photo gallery: a paragraph of captions, each ending `Hide Caption 3 of 12` and
//!   the next opening `Photos: <gallery title> <heading> –`: the counters, the title and
//!   the heading (the captions themselves stay);
//! - a link line: a short paragraph opening `PHOTOS:`, `VIDEO:`, `WATCH:`, `RELATED:`,
//!   `READ:`, `STORY:`, `MORE:` (the title of another page);
//! - The Hill's hover card: after a politician's name, the full name glued to the titles of
//!   three stories about them and `MORE` (`Sen. Susan Collins Susan Margaret
//!   CollinsLawmakers under pressure … official MORE (R-Maine) said`);
//! - The Guardian's `This article is more than 1 year old`.
//!
//! [`spans`] finds their bytes in one pass over the text (each look-back bounded and never
//! over bytes already looked at).

/// How far before `MORE` a hover card's glued name is looked for.
const CARD_BYTES: usize = 700;

/// A link line is at most this long.
const LINK_BYTES: usize = 200;

/// Labels that open a link line (followed by `:`), in capitals (`Photos: Brussels …` may
/// be a caption).
const LINK_LABELS: &[&str] = &[
    "PHOTOS",
    "PHOTO",
    "VIDEO",
    "WATCH",
    "RELATED",
    "READ",
    "READ MORE",
    "STORY",
    "MORE",
    "GALLERY",
    "SEE ALSO",
];

/// The Guardian's line over an old article.
const STALE: &str = "This article is more than 1 year old";

/// The byte ranges of the furniture in `text`, in order.
pub(super) fn spans(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    // Most articles hold neither marker: one search of the whole text each (the substring
    // search of `contains` is vectorized for short needles) spares the per-paragraph ones.
    let galleries = text.contains("Hide Caption ");
    let more = text.contains("MORE");
    let mut start = 0;
    for para in text.split('\n') {
        let end = start + para.len();
        if galleries && gallery(para) {
            gallery_spans(para, start, &mut out);
        } else if link_line(para) || (para.trim_start().starts_with(STALE) && para.trim() == STALE)
        {
            out.push((start, end));
        } else if more && para.contains("MORE") {
            cards(para, start, &mut out);
        }
        start = end + 1;
    }
    out
}

/// Whether a paragraph holds a gallery's `Hide Caption <n> of <m>`.
fn gallery(para: &str) -> bool {
    para.match_indices("Hide Caption ")
        .any(|(k, m)| counter(para, k + m.len()).is_some())
}

/// The end of `<n> of <m>` at byte `k` of `para`.
fn counter(para: &str, k: usize) -> Option<usize> {
    let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
    let rest = para.get(k..)?;
    let n = digits(rest);
    let after = rest[n..].strip_prefix(" of ")?;
    let m = digits(after);
    (n > 0 && m > 0).then(|| k + n + 4 + m)
}

/// How far a gallery's title (and the caption's heading before ` – `) runs at most.
const TITLE_BYTES: usize = 160;

/// The furniture of a gallery paragraph starting at byte `base`: each `Hide Caption <n> of
/// <m>`, and each `Photos:` with the gallery's title after it (the text every caption
/// repeats there) and the caption's heading up to ` – `. The captions stay.
fn gallery_spans(para: &str, base: usize, out: &mut Vec<(usize, usize)>) {
    let mut spans: Vec<(usize, usize)> = Vec::new();
    for (k, m) in para.match_indices("Hide Caption ") {
        if let Some(e) = counter(para, k + m.len()) {
            spans.push((k, e));
        }
    }
    // The ends of the runs of `Photos: ` (`Photos: Photos: `).
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for (k, m) in para.match_indices("Photos: ") {
        match runs.last_mut() {
            Some(r) if r.1 == k => r.1 = k + m.len(),
            _ => runs.push((k, k + m.len())),
        }
    }
    let window = |k: usize| {
        let mut e = (k + TITLE_BYTES).min(para.len());
        while !para.is_char_boundary(e) {
            e -= 1;
        }
        &para[k..e]
    };
    // The title: the words all the captions open with (when there are two or more).
    let mut title = if runs.len() >= 2 { usize::MAX } else { 0 };
    if runs.len() >= 2 {
        let first = window(runs[0].1).as_bytes();
        for r in &runs[1..] {
            let w = window(r.1).as_bytes();
            let common = first.iter().zip(w).take_while(|(a, b)| a == b).count();
            title = title.min(common);
        }
        // Back to the end of a word.
        let first = window(runs[0].1);
        if title < first.len() {
            title = first[..title].rfind(' ').unwrap_or(0);
        }
    }
    for &(k, e) in &runs {
        let w = window(e);
        let mut end = e + title.min(w.len());
        // The caption's heading, up to its dash.
        // (Not past the caption: a dash of the next one.)
        let caption = w.find("Hide Caption").unwrap_or(w.len());
        // (A heading with a figure is the caption's own: `1979 | Carter –`.)
        if let Some(d) = w.find(" – ").filter(|&d| {
            d + 1 >= title && d < caption && !w[title.min(d)..d].bytes().any(|b| b.is_ascii_digit())
        }) {
            end = e + d + " – ".len();
        }
        spans.push((k, end));
    }
    spans.sort_unstable();
    out.extend(spans.into_iter().map(|(a, b)| (base + a, base + b)));
}

/// Whether a paragraph is a short link line (`PHOTOS: Obama visits Saudi Arabia`).
fn link_line(para: &str) -> bool {
    // The first letter is asked before the end is trimmed: most paragraphs fail it.
    let p = para.trim_start();
    if !matches!(
        p.as_bytes().first(),
        Some(b'G' | b'M' | b'P' | b'R' | b'S' | b'V' | b'W')
    ) {
        return false;
    }
    let p = p.trim_end();
    p.len() <= LINK_BYTES
        && LINK_LABELS.iter().any(|l| {
            p.strip_prefix(l)
                .is_some_and(|rest| rest.trim_start().starts_with(':'))
        })
}

/// The hover cards of a paragraph starting at byte `base`: from the glued name (`…
/// CollinsLawmakers`) to `MORE` before ` (` or a comma.
fn cards(para: &str, base: usize, out: &mut Vec<(usize, usize)>) {
    let b = para.as_bytes();
    // Bytes before this are in a card already or were looked at.
    let mut seen = 0;
    for (k, _) in para.match_indices("MORE") {
        let after = &b[k + 4..];
        let whole = (k == 0 || b[k - 1] == b' ')
            && (after.starts_with(b" (") || after.starts_with(b",") || after.starts_with(b" "));
        if !whole || k < seen {
            continue;
        }
        let from = k.saturating_sub(CARD_BYTES).max(seen);
        if let Some(g) = glued_name(&b[from..k]) {
            out.push((base + from + g, base + k + 4));
        }
        seen = k + 4;
    }
}

/// The first word in `b` that is a capitalized name glued to a capitalized word after it
/// (`CollinsLawmakers`, `McConnellTrump`: two or more lower-case letters before the
/// capital, so `McConnell` alone is none): its offset.
fn glued_name(b: &[u8]) -> Option<usize> {
    let mut k = 0;
    while k < b.len() {
        // The start of a word.
        if (k == 0 || b[k - 1] == b' ') && b[k].is_ascii_uppercase() {
            let mut j = k + 1;
            let mut lower = 0;
            while j < b.len() && b[j].is_ascii_alphabetic() {
                if b[j].is_ascii_uppercase() {
                    if lower >= 2 && b.get(j + 1).is_some_and(u8::is_ascii_lowercase) {
                        return Some(k);
                    }
                    lower = 0;
                } else {
                    lower += 1;
                }
                j += 1;
            }
            k = j.max(k + 1);
        } else {
            k += 1;
        }
    }
    None
}

/// Whether the byte range `[s, e)` overlaps one of `spans` (sorted, apart).
pub(super) fn inside(spans: &[(usize, usize)], s: usize, e: usize) -> bool {
    let k = spans.partition_point(|&(_, end)| end <= s);
    spans.get(k).is_some_and(|&(a, _)| a < e)
}
