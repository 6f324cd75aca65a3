//! HTML news pages → main article text and page metadata.
//!
//! [`parse_html`] parses a page with `scraper` (html5ever, a spec-compliant HTML
//! parser, so malformed markup is repaired the way browsers repair it), picks the
//! element holding the article, flattens it to paragraphs of plain text and reads
//! the usual metadata (`og:*`, `<title>`, `<html lang>`, canonical link, dates).
//!
//! Robustness: the tree is always walked with an explicit stack (no recursion), and
//! before parsing, element nesting deeper than `MAX_DEPTH` (512) is flattened by a cheap
//! linear pre-pass, because html5ever's tree builder scans the whole stack of open
//! elements for many start tags and so takes quadratic time on deeply nested input.

use std::borrow::Cow;
use std::collections::HashMap;

use scraper::node::Element;
use scraper::{ElementRef, Html, Node};

/// What an HTML page says about its article. Every field is as found in the page,
/// trimmed; nothing is validated here (the caller validates dates and languages).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HtmlArticle {
    /// Main text: paragraphs separated by "\n\n", whitespace inside a paragraph collapsed to single spaces.
    pub text: String,
    /// `og:title`, else `<title>`, else the first `<h1>` (of the main content, else of the page);
    /// whitespace collapsed.
    pub title: Option<String>,
    /// `<html lang="ar-SA">` → `"ar-SA"` as written.
    pub lang: Option<String>,
    /// First 10 chars if they look like YYYY-MM-DD, from meta `article:published_time`,
    /// meta name=`date` / `pubdate` / `DC.date.issued`, or the first `<time datetime=…>`
    /// inside the main content.
    pub date: Option<String>,
    /// Meta `og:site_name`, else `application-name`.
    pub source: Option<String>,
    /// `<link rel=canonical href>`, else meta `og:url`.
    pub url: Option<String>,
}

/// Elements nested deeper than this (estimated before parsing) lose their tags; their
/// text is kept. (Blink's HTML parser caps the tree depth at 512 too.)
const MAX_DEPTH: usize = 512;

const HTML_NS: &str = "http://www.w3.org/1999/xhtml";

/// Elements dropped with everything inside them.
#[rustfmt::skip]
const DROPPED: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "iframe", "form", "button", "nav",
    "header", "footer", "aside", "select", "head", "title", "textarea", "object", "embed",
    "canvas", "audio", "video",
];

/// `role` values whose elements are dropped.
const DROPPED_ROLES: &[&str] = &["navigation", "banner", "contentinfo", "complementary"];

/// Elements that end the current paragraph where they start and where they end.
#[rustfmt::skip]
const BLOCKS: &[&str] = &[
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
    "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "h1",
    "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "listing",
    "main", "menu", "ol", "p", "plaintext", "pre", "section", "summary", "table", "tbody",
    "tfoot", "thead", "tr", "ul", "xmp",
];

/// Turn an HTML page into its main text and metadata. Never panics.
///
/// The main content is the `<article>` with the most text (articles inside dropped
/// regions such as `<aside>` or hidden elements, and articles nested in another
/// article, do not compete), else the first `<main>`, else the first `[role=main]`,
/// else `<body>`, else the whole document; a candidate whose text is empty is skipped.
pub fn parse_html(html: &str) -> HtmlArticle {
    let input = limit_nesting(html, MAX_DEPTH);
    let doc = Html::parse_document(&input);

    let candidates = Candidates::collect(&doc);
    let (root, text) = candidates.choose();

    let mut metas: Vec<(String, &str)> = Vec::new();
    let mut title_elem: Option<String> = None;
    let mut canonical: Option<&str> = None;
    for node in doc.tree.root().descendants() {
        let Node::Element(el) = node.value() else {
            continue;
        };
        match el.name() {
            "meta" => {
                let key = el.attr("property").or_else(|| el.attr("name"));
                if let (Some(key), Some(content)) = (key, el.attr("content")) {
                    let content = content.trim();
                    if !content.is_empty() {
                        metas.push((key.trim().to_ascii_lowercase(), content));
                    }
                }
            }
            "title" if title_elem.is_none() && is_html(el) => {
                let mut t = String::new();
                for child in node.children() {
                    if let Node::Text(s) = child.value() {
                        t.push_str(s);
                    }
                }
                title_elem = non_empty(&collapse_ws(&t));
            }
            "link" if canonical.is_none() => {
                let is_canonical = el.attr("rel").is_some_and(|rel| {
                    rel.split_ascii_whitespace()
                        .any(|r| r.eq_ignore_ascii_case("canonical"))
                });
                if is_canonical {
                    canonical = el.attr("href").map(str::trim).filter(|h| !h.is_empty());
                }
            }
            _ => {}
        }
    }
    let meta = |keys: &[&str]| -> Option<&str> {
        metas
            .iter()
            .find(|(k, _)| keys.contains(&k.as_str()))
            .map(|(_, v)| *v)
    };
    let meta_date = |keys: &[&str]| -> Option<String> {
        metas
            .iter()
            .filter(|(k, _)| keys.contains(&k.as_str()))
            .find_map(|(_, v)| date_prefix(v))
    };

    let title = meta(&["og:title"])
        .and_then(|t| non_empty(&collapse_ws(t)))
        .or(title_elem)
        .or_else(|| root.and_then(first_h1))
        .or_else(|| candidates.html.and_then(first_h1));

    let lang = candidates
        .html
        .and_then(|html| html.attr("lang"))
        .and_then(|l| non_empty(l.trim()));

    let date = meta_date(&["article:published_time"])
        .or_else(|| meta_date(&["date", "pubdate", "dc.date.issued"]))
        .or_else(|| {
            root?.descendants().find_map(|n| match n.value() {
                Node::Element(el) if el.name() == "time" => date_prefix(el.attr("datetime")?),
                _ => None,
            })
        });

    HtmlArticle {
        text,
        title,
        lang,
        date,
        source: meta(&["og:site_name"])
            .or_else(|| meta(&["application-name"]))
            .map(str::to_owned),
        url: canonical.or_else(|| meta(&["og:url"])).map(str::to_owned),
    }
}

fn non_empty(s: &str) -> Option<String> {
    (!s.is_empty()).then(|| s.to_owned())
}

fn collapse_ws(s: &str) -> String {
    s.split(char::is_whitespace)
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The first 10 characters of `s` (trimmed) if they look like `YYYY-MM-DD`.
fn date_prefix(s: &str) -> Option<String> {
    let d = s.trim().as_bytes().get(..10)?;
    let ok = d.iter().enumerate().all(|(i, b)| match i {
        4 | 7 => *b == b'-',
        _ => b.is_ascii_digit(),
    });
    // All ten bytes are ASCII, so this is valid UTF-8.
    ok.then(|| String::from_utf8_lossy(d).into_owned())
}

fn is_html(el: &Element) -> bool {
    &*el.name.ns == HTML_NS
}

fn has_token(value: Option<&str>, tokens: &[&str]) -> bool {
    value.is_some_and(|v| {
        v.split_ascii_whitespace()
            .any(|t| tokens.iter().any(|w| t.eq_ignore_ascii_case(w)))
    })
}

/// Whether the element is left out of the text together with its content.
fn is_dropped(el: &Element) -> bool {
    if DROPPED.contains(&el.name()) || el.attr("hidden").is_some() {
        return true;
    }
    if el
        .attr("aria-hidden")
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
    {
        return true;
    }
    if has_token(el.attr("role"), DROPPED_ROLES) {
        return true;
    }
    el.attr("style").is_some_and(|style| {
        let style: String = style
            .chars()
            .filter(|c| !c.is_whitespace())
            .map(|c| c.to_ascii_lowercase())
            .collect();
        style.contains("display:none") || style.contains("visibility:hidden")
    })
}

/// Whether the element keeps an `<article>`/`<main>` inside it from being the main
/// content. Same as [`is_dropped`] except for `<form>`, because some sites (ASP.NET
/// WebForms) wrap the whole page in one.
fn disqualifies(el: &Element) -> bool {
    el.name() != "form" && is_dropped(el)
}

/// The possible containers of the main content, in document order.
struct Candidates<'a> {
    articles: Vec<ElementRef<'a>>,
    main: Option<ElementRef<'a>>,
    role_main: Option<ElementRef<'a>>,
    body: Option<ElementRef<'a>>,
    html: Option<ElementRef<'a>>,
}

impl<'a> Candidates<'a> {
    fn collect(doc: &'a Html) -> Self {
        let mut c = Candidates {
            articles: Vec::new(),
            main: None,
            role_main: None,
            body: None,
            html: doc.tree.root().children().find_map(ElementRef::wrap),
        };
        // (node, inside a disqualifying element, inside a candidate article)
        let mut stack = vec![(doc.tree.root(), false, false)];
        while let Some((node, excluded, in_article)) = stack.pop() {
            let (mut excluded, mut in_article) = (excluded, in_article);
            if let Some(elem) = ElementRef::wrap(node) {
                let el = elem.value();
                excluded |= disqualifies(el);
                let html = is_html(el);
                match el.name() {
                    "article" if html && !excluded && !in_article => {
                        c.articles.push(elem);
                        in_article = true;
                    }
                    "main" if html && !excluded && c.main.is_none() => c.main = Some(elem),
                    "body" if html && c.body.is_none() => c.body = Some(elem),
                    _ => {}
                }
                if c.role_main.is_none() && !excluded && has_token(el.attr("role"), &["main"]) {
                    c.role_main = Some(elem);
                }
            }
            for child in node.children().rev() {
                if child.value().is_element() {
                    stack.push((child, excluded, in_article));
                }
            }
        }
        c
    }

    /// The main content element and its text.
    fn choose(&self) -> (Option<ElementRef<'a>>, String) {
        let mut best: Option<(ElementRef<'a>, String, usize)> = None;
        for &article in &self.articles {
            let text = extract_text(article);
            let len = text.chars().count();
            if len > 0 && best.as_ref().is_none_or(|b| len > b.2) {
                best = Some((article, text, len));
            }
        }
        if let Some((article, text, _)) = best {
            return (Some(article), text);
        }
        for elem in [self.main, self.role_main, self.body, self.html]
            .into_iter()
            .flatten()
        {
            let text = extract_text(elem);
            if !text.is_empty() {
                return (Some(elem), text);
            }
        }
        (self.body.or(self.html), String::new())
    }
}

/// Text of the first `<h1>` under `root` (including dropped regions such as `<header>`).
fn first_h1(root: ElementRef<'_>) -> Option<String> {
    root.descendants()
        .filter_map(ElementRef::wrap)
        .find(|e| e.value().name() == "h1" && is_html(e.value()))
        .and_then(|h1| non_empty(&collapse_ws(&extract_text(h1))))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Ends the paragraph where it starts and where it ends.
    Block,
    /// `<br>`: a line break inside the paragraph.
    Break,
    /// Table cell: separated from its neighbours by a space.
    Cell,
    Inline,
}

fn kind_of(el: &Element) -> Kind {
    if !is_html(el) {
        return Kind::Inline;
    }
    match el.name() {
        "br" => Kind::Break,
        "td" | "th" => Kind::Cell,
        name if BLOCKS.contains(&name) => Kind::Block,
        _ => Kind::Inline,
    }
}

/// Accumulates paragraphs of lines of whitespace-collapsed text.
#[derive(Default)]
struct TextBuilder {
    paragraphs: Vec<String>,
    /// Finished lines of the current paragraph (separated by `<br>`).
    lines: Vec<String>,
    line: String,
    /// Whitespace seen after the last character of `line`.
    space: bool,
}

impl TextBuilder {
    fn text(&mut self, s: &str) {
        for ch in s.chars() {
            if ch.is_whitespace() {
                self.space = !self.line.is_empty();
            } else {
                if self.space {
                    self.line.push(' ');
                    self.space = false;
                }
                self.line.push(ch);
            }
        }
    }

    fn soft_space(&mut self) {
        if !self.line.is_empty() {
            self.space = true;
        }
    }

    /// A `<br>`: ends the line; an empty line (`<br><br>`) ends the paragraph.
    fn line_break(&mut self) {
        self.space = false;
        if !self.line.is_empty() {
            self.lines.push(std::mem::take(&mut self.line));
        } else if !self.lines.is_empty() {
            self.end_paragraph();
        }
    }

    fn end_paragraph(&mut self) {
        self.space = false;
        if !self.line.is_empty() {
            self.lines.push(std::mem::take(&mut self.line));
        }
        if !self.lines.is_empty() {
            self.paragraphs.push(self.lines.join("\n"));
            self.lines.clear();
        }
    }

    fn open(&mut self, kind: Kind) {
        match kind {
            Kind::Block => self.end_paragraph(),
            Kind::Break => self.line_break(),
            Kind::Cell => self.soft_space(),
            Kind::Inline => {}
        }
    }

    fn close(&mut self, kind: Kind) {
        match kind {
            Kind::Block => self.end_paragraph(),
            Kind::Cell => self.soft_space(),
            Kind::Break | Kind::Inline => {}
        }
    }

    fn finish(mut self) -> String {
        self.end_paragraph();
        self.paragraphs.join("\n\n")
    }
}

enum Step<N> {
    Enter(N),
    Leave(Kind),
}

/// The text under `root` (whose own drop rules are not applied), iteratively.
fn extract_text(root: ElementRef<'_>) -> String {
    let mut out = TextBuilder::default();
    let mut stack = vec![Step::Enter(*root)];
    while let Some(step) = stack.pop() {
        let node = match step {
            Step::Leave(kind) => {
                out.close(kind);
                continue;
            }
            Step::Enter(node) => node,
        };
        match node.value() {
            Node::Text(t) => out.text(t),
            Node::Element(el) => {
                let kind = kind_of(el);
                out.open(kind);
                stack.push(Step::Leave(kind));
                for child in node.children().rev() {
                    match child.value() {
                        Node::Element(c) if is_dropped(c) => {}
                        Node::Element(_) | Node::Text(_) => stack.push(Step::Enter(child)),
                        _ => {}
                    }
                }
            }
            _ => {}
        }
    }
    out.finish()
}

// ---------------------------------------------------------------------------
// Nesting limit pre-pass
// ---------------------------------------------------------------------------

#[rustfmt::skip]
const VOID: &[&str] = &[
    "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img",
    "input", "keygen", "link", "meta", "param", "source", "track", "wbr",
];

/// Elements whose content the tokenizer reads as text up to their end tag.
#[rustfmt::skip]
const RAW_TEXT: &[&str] = &[
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript",
];

/// Start tags that close an open `<p>` (in button scope).
#[rustfmt::skip]
const CLOSES_P: &[&str] = &[
    "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div",
    "dl", "fieldset", "figcaption", "figure", "footer", "header", "hgroup", "main", "menu",
    "nav", "ol", "p", "section", "summary", "ul", "h1", "h2", "h3", "h4", "h5", "h6", "pre",
    "listing", "form", "table", "li", "dd", "dt", "xmp", "plaintext",
];

const HEADINGS: &[&str] = &["h1", "h2", "h3", "h4", "h5", "h6"];

#[rustfmt::skip]
const SCOPE: &[&str] = &[
    "html", "table", "td", "th", "caption", "template", "svg", "math",
];
#[rustfmt::skip]
const BUTTON_SCOPE: &[&str] = &[
    "html", "table", "td", "th", "caption", "template", "svg", "math", "button", "object",
    "applet", "marquee",
];
#[rustfmt::skip]
const LIST_SCOPE: &[&str] = &[
    "html", "table", "td", "th", "caption", "template", "svg", "math", "ul", "ol", "menu",
    "dir",
];
#[rustfmt::skip]
const DL_SCOPE: &[&str] = &[
    "html", "table", "td", "th", "caption", "template", "svg", "math", "dl",
];

/// The open elements that starting `name` closes: (nearest of these, if it is above
/// the nearest of those).
fn implied_end_rules(name: &str) -> Vec<(&'static [&'static str], &'static [&'static str])> {
    let mut rules: Vec<(&'static [&'static str], &'static [&'static str])> = Vec::new();
    if CLOSES_P.contains(&name) {
        rules.push((&["p"], BUTTON_SCOPE));
    }
    let rule: (&'static [&'static str], &'static [&'static str]) = match name {
        "li" => (&["li"], LIST_SCOPE),
        "dd" | "dt" => (&["dd", "dt"], DL_SCOPE),
        "td" | "th" => (&["td", "th"], &["tr", "table", "template", "html"]),
        "tr" => (
            &["tr"],
            &["table", "thead", "tbody", "tfoot", "template", "html"],
        ),
        "thead" | "tbody" | "tfoot" => {
            (&["thead", "tbody", "tfoot"], &["table", "template", "html"])
        }
        "option" => (&["option"], &["select", "optgroup", "datalist", "html"]),
        "optgroup" => (&["option", "optgroup"], &["select", "html"]),
        "a" => (&["a"], SCOPE),
        "button" => (&["button"], SCOPE),
        "nobr" => (&["nobr"], SCOPE),
        _ => return rules,
    };
    rules.push(rule);
    rules
}

#[derive(Default)]
struct TagInfo {
    void: bool,
    raw_text: bool,
    plaintext: bool,
    heading: bool,
    foreign: bool,
    /// Implied end rules as tag ids (see [`implied_end_rules`]).
    closes: Vec<(Vec<usize>, Vec<usize>)>,
}

/// A rough model of the parser's stack of open elements, used only to estimate depth.
/// Tag names are interned to ids so that each tag costs one hash lookup.
struct NestingModel {
    max_depth: usize,
    ids: HashMap<Vec<u8>, usize>,
    info: Vec<TagInfo>,
    /// For each tag id, the stack indexes where it is open.
    positions: Vec<Vec<usize>>,
    /// Open elements: tag id and whether its tags are kept.
    stack: Vec<(usize, bool)>,
    kept: usize,
    /// Open `<svg>`/`<math>` elements.
    foreign: usize,
    /// Recently seen tag names (lowercase) and their ids, checked before hashing.
    recent: Vec<(Vec<u8>, usize)>,
    next_recent: usize,
}

impl NestingModel {
    fn new(max_depth: usize) -> Self {
        NestingModel {
            max_depth,
            ids: HashMap::new(),
            info: Vec::new(),
            positions: Vec::new(),
            stack: Vec::new(),
            kept: 0,
            foreign: 0,
            recent: Vec::new(),
            next_recent: 0,
        }
    }

    /// The id of a tag name as written (any case).
    fn id_of_raw(&mut self, raw: &[u8]) -> usize {
        const RECENT: usize = 16;
        if let Some(&(_, id)) = self
            .recent
            .iter()
            .find(|(n, _)| n.len() == raw.len() && n.eq_ignore_ascii_case(raw))
        {
            return id;
        }
        let lower = raw.to_ascii_lowercase();
        let id = self.id(&lower);
        if self.recent.len() < RECENT {
            self.recent.push((lower, id));
        } else {
            self.recent[self.next_recent % RECENT] = (lower, id);
            self.next_recent = self.next_recent.wrapping_add(1);
        }
        id
    }

    /// The id of a lowercase tag name.
    fn id(&mut self, name: &[u8]) -> usize {
        if let Some(&id) = self.ids.get(name) {
            return id;
        }
        let id = self.info.len();
        self.ids.insert(name.to_vec(), id);
        self.info.push(TagInfo::default());
        self.positions.push(Vec::new());
        let name = String::from_utf8_lossy(name);
        let name = name.as_ref();
        let mut closes = Vec::new();
        for (targets, boundaries) in implied_end_rules(name) {
            let targets = targets.iter().map(|t| self.id(t.as_bytes())).collect();
            let boundaries = boundaries.iter().map(|t| self.id(t.as_bytes())).collect();
            closes.push((targets, boundaries));
        }
        self.info[id] = TagInfo {
            void: VOID.contains(&name),
            raw_text: RAW_TEXT.contains(&name),
            plaintext: name == "plaintext",
            heading: HEADINGS.contains(&name),
            foreign: name == "svg" || name == "math",
            closes,
        };
        id
    }

    fn last(&self, ids: &[usize]) -> Option<usize> {
        ids.iter()
            .filter_map(|&id| self.positions.get(id)?.last().copied())
            .max()
    }

    fn truncate(&mut self, len: usize) {
        while self.stack.len() > len {
            let Some((id, kept)) = self.stack.pop() else {
                break;
            };
            if let Some(p) = self.positions.get_mut(id) {
                p.pop();
            }
            if kept {
                self.kept -= 1;
            }
            if self.info.get(id).is_some_and(|i| i.foreign) {
                self.foreign -= 1;
            }
        }
    }

    /// Close the elements the parser closes implicitly when `id` starts.
    fn implied_end(&mut self, id: usize) {
        let mut cut = None;
        if let Some(info) = self.info.get(id) {
            for (targets, boundaries) in &info.closes {
                if let Some(t) = self.last(targets) {
                    if self.last(boundaries).is_none_or(|b| t > b) {
                        cut = Some(cut.map_or(t, |c: usize| c.min(t)));
                    }
                }
            }
            if info.heading {
                if let Some(&(top, _)) = self.stack.last() {
                    if self.info.get(top).is_some_and(|i| i.heading) {
                        let t = self.stack.len() - 1;
                        cut = Some(cut.map_or(t, |c| c.min(t)));
                    }
                }
            }
        }
        if let Some(len) = cut {
            self.truncate(len);
        }
    }

    /// Open an element; returns whether its tags are kept.
    fn push(&mut self, id: usize) -> bool {
        let kept = self.kept < self.max_depth;
        if kept {
            self.kept += 1;
        }
        if self.info.get(id).is_some_and(|i| i.foreign) {
            self.foreign += 1;
        }
        if let Some(p) = self.positions.get_mut(id) {
            p.push(self.stack.len());
        }
        self.stack.push((id, kept));
        kept
    }

    /// Close the nearest open `id`; `None` if there is none (a stray end tag), else
    /// whether its tags are kept.
    fn close(&mut self, id: usize) -> Option<bool> {
        let p = *self.positions.get(id)?.last()?;
        let kept = self.stack.get(p).is_some_and(|&(_, k)| k);
        self.truncate(p);
        Some(kept)
    }
}

/// Index just past the `>` ending the tag whose name ends at `i`; `None` at end of input.
fn tag_end(b: &[u8], mut i: usize) -> Option<usize> {
    while i < b.len() {
        match b[i] {
            b'>' => return Some(i + 1),
            b'=' => {
                i += 1;
                while i < b.len() && b[i].is_ascii_whitespace() {
                    i += 1;
                }
                if let Some(&q @ (b'"' | b'\'')) = b.get(i) {
                    i += 1 + b.get(i + 1..)?.iter().position(|&c| c == q)?;
                }
                i += 1;
            }
            _ => i += 1,
        }
    }
    None
}

/// Index of the next `</name` (ASCII case-insensitive) at or after `from` that is
/// followed by whitespace, `/` or `>`.
fn find_end_tag(b: &[u8], from: usize, name: &[u8]) -> Option<usize> {
    let mut i = from;
    loop {
        let at = find(b, i, b"</")?;
        let after = at + 2 + name.len();
        if b.get(at + 2..after)
            .is_some_and(|s| s.eq_ignore_ascii_case(name))
            && b.get(after)
                .is_none_or(|c| c.is_ascii_whitespace() || *c == b'/' || *c == b'>')
        {
            return Some(at);
        }
        i = at + 2;
    }
}

fn find(b: &[u8], from: usize, pat: &[u8]) -> Option<usize> {
    let first = *pat.first()?;
    let mut i = from;
    loop {
        i += b.get(i..)?.iter().position(|&c| c == first)?;
        if b[i..].starts_with(pat) {
            return Some(i);
        }
        i += 1;
    }
}

/// Remove the tags of elements nested deeper than `max_depth` (as estimated by a
/// rough tokenizer and [`NestingModel`]), keeping their text; raw-text elements
/// (`<script>` …) that deep are removed whole. Input that is not that deep is
/// returned unchanged.
fn limit_nesting(html: &str, max_depth: usize) -> Cow<'_, str> {
    let b = html.as_bytes();
    let mut model = NestingModel::new(max_depth);
    let (body, html_id) = (model.id(b"body"), model.id(b"html"));
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while let Some(start) = find(b, i, b"<") {
        let next = b.get(start + 1).copied().unwrap_or(0);
        if b[start..].starts_with(b"<!--") {
            i = find(b, start + 2, b"-->").map_or(b.len(), |p| p + 3);
            continue;
        }
        if next == b'!' || next == b'?' {
            i = find(b, start, b">").map_or(b.len(), |p| p + 1);
            continue;
        }
        let is_end = next == b'/';
        if !is_end && !next.is_ascii_alphabetic() {
            i = start + 1;
            continue;
        }
        let name_start = start + if is_end { 2 } else { 1 };
        let name_end = b[name_start..]
            .iter()
            .position(|c| c.is_ascii_whitespace() || *c == b'/' || *c == b'>')
            .map_or(b.len(), |p| name_start + p);
        let Some(end) = tag_end(b, name_end) else {
            break;
        };
        i = end;
        if name_end == name_start {
            continue; // `</>` or `</ >`: ignored by the parser too
        }
        let name = &b[name_start..name_end];
        let id = model.id_of_raw(name);
        let info = &model.info[id];
        if is_end {
            if !info.void && id != body && id != html_id && model.close(id) == Some(false) {
                cuts.push((start, end));
            }
            continue;
        }
        let self_closing = b[..end].ends_with(b"/>");
        let foreign = model.foreign > 0;
        if info.void || (self_closing && foreign) {
            continue;
        }
        let raw_text = !foreign && info.raw_text;
        let plaintext = !foreign && info.plaintext;
        model.implied_end(id);
        let kept = model.push(id);
        if raw_text {
            // Skip the element's text up to and including its end tag.
            let elem_end = find_end_tag(b, end, name)
                .and_then(|c| tag_end(b, c + 2 + name.len()))
                .unwrap_or(b.len());
            model.close(id);
            if !kept {
                cuts.push((start, elem_end));
            }
            i = elem_end;
        } else if !kept {
            cuts.push((start, end));
        }
        if plaintext {
            break;
        }
    }
    if cuts.is_empty() {
        return Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len());
    let mut pos = 0;
    for (s, e) in cuts {
        // Cuts start at an ASCII '<' and end after an ASCII '>' or at the end of the
        // input, so they are on char boundaries.
        out.push_str(html.get(pos..s).unwrap_or(""));
        pos = e;
    }
    out.push_str(html.get(pos..).unwrap_or(""));
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn some(s: &str) -> Option<String> {
        Some(s.to_owned())
    }

    #[test]
    fn arabic_article_page() {
        let page = r#"<!DOCTYPE html>
<html lang="ar-SA" dir="rtl">
<head>
  <meta charset="utf-8">
  <title>قمة المناخ | الجريدة</title>
  <meta property="og:title" content="  أكثر من ستين دولة توقع اتفاق المناخ ">
  <meta property="og:site_name" content="الجريدة">
  <meta property="og:url" content="https://example.com/og-url">
  <meta property="article:published_time" content="2024-08-08T10:30:00+03:00">
  <link rel="canonical" href=" https://example.com/news/123 ">
  <style>body { color: red; }</style>
  <script>var x = "<p>لا</p>";</script>
</head>
<body>
  <header class="site"><a href="/">الرئيسية</a><nav><a href="/w">العالم</a></nav></header>
  <nav><ul><li>اقتصاد</li><li>رياضة</li></ul></nav>
  <article>
    <h1>اتفاق   المناخ</h1>
    <p>وقّعت أكثر من ستين دولة على الاتفاق في ٨ أغسطس/آب، وفق «رويترز».</p>
    <p>
      وقال الوزير إن نسبة الانبعاثات ستنخفض
      بـ 45٪ بحلول 2030.
    </p>
    <script>track("read");</script>
    <p><strong>المصدر:</strong> <a href="/x">وكالة الأنباء</a></p>
  </article>
  <aside><p>اقرأ أيضاً: خبر آخر</p></aside>
  <footer><p>جميع الحقوق محفوظة ٢٠٢٤</p></footer>
</body>
</html>"#;
        let a = parse_html(page);
        assert_eq!(
            a.text,
            "اتفاق المناخ\n\n\
             وقّعت أكثر من ستين دولة على الاتفاق في ٨ أغسطس/آب، وفق «رويترز».\n\n\
             وقال الوزير إن نسبة الانبعاثات ستنخفض بـ 45٪ بحلول 2030.\n\n\
             المصدر: وكالة الأنباء"
        );
        assert_eq!(a.title, some("أكثر من ستين دولة توقع اتفاق المناخ"));
        assert_eq!(a.lang, some("ar-SA"));
        assert_eq!(a.date, some("2024-08-08"));
        assert_eq!(a.source, some("الجريدة"));
        assert_eq!(a.url, some("https://example.com/news/123"));
    }

    #[test]
    fn main_without_article() {
        let page = "<html lang=en><head><title> Budget  news </title></head><body>\
            <div class=menu>Home | World</div>\
            <main><h2>Budget</h2><p>The budget rose by 3.5% to $2.1 billion.</p>\
            <div>Second <em>paragraph</em>.</div></main>\
            <div>Unrelated footer text</div></body></html>";
        let a = parse_html(page);
        assert_eq!(
            a.text,
            "Budget\n\nThe budget rose by 3.5% to $2.1 billion.\n\nSecond paragraph."
        );
        assert_eq!(a.title, some("Budget news"));
        assert_eq!(a.lang, some("en"));
        assert_eq!(a.date, None);
        assert_eq!(a.source, None);
        assert_eq!(a.url, None);
    }

    #[test]
    fn title_from_h1_outside_article() {
        let page = "<body><div class=top><h1>Page  heading</h1></div>\
            <article><p>No headline inside.</p></article></body>";
        let a = parse_html(page);
        assert_eq!(a.text, "No headline inside.");
        assert_eq!(a.title, some("Page heading"));
    }

    #[test]
    fn role_main_then_body() {
        let page = "<body><div role=navigation>Menu</div>\
            <div role=\"main\"><p>Inside role main.</p></div><p>Outside.</p></body>";
        assert_eq!(parse_html(page).text, "Inside role main.");

        let page = "<body>\n  <h1>Title here</h1>\n  Loose text <b>bold</b> more\n\
            <p>One</p><p>Two</p>\n</body>";
        let a = parse_html(page);
        assert_eq!(a.text, "Title here\n\nLoose text bold more\n\nOne\n\nTwo");
        assert_eq!(a.title, some("Title here"));
        assert_eq!(a.lang, None);
    }

    #[test]
    fn br_handling() {
        let page = "<article><p>Line one<br>Line two <br/>  Line three</p>\
            <p><br>Leading break</p>\
            <p>Before<br><br><br>after double break</p>\
            <div>tail<br></div></article>";
        assert_eq!(
            parse_html(page).text,
            "Line one\nLine two\nLine three\n\nLeading break\n\nBefore\n\nafter double break\n\ntail"
        );
    }

    #[test]
    fn entities_and_whitespace() {
        let page = "<p>Tom&nbsp;&amp;&nbsp;Jerry &lt;3 &quot;q&quot; &#1633;&#x664; \
            caf&eacute;\t\n  end&nbsp;&nbsp;</p><p>&nbsp;</p><p>\u{a0}x\u{a0}\u{a0}y</p>";
        assert_eq!(
            parse_html(page).text,
            "Tom & Jerry <3 \"q\" ١٤ café end\n\nx y"
        );
    }

    #[test]
    fn hidden_and_dropped_elements() {
        let page = r#"<article>
            <p>Visible.</p>
            <p hidden>Hidden attribute.</p>
            <div aria-hidden="true"><p>Aria hidden.</p></div>
            <div aria-hidden="false"><p>Aria shown.</p></div>
            <div role="complementary">Complementary.</div>
            <div role="banner">Banner.</div>
            <div role="contentinfo">Contentinfo.</div>
            <p style="display: none">Display none.</p>
            <form><p>Subscribe</p><select><option>One</option></select></form>
            <button>Share</button>
            <noscript>Enable JS</noscript>
            <template><p>Template</p></template>
            <iframe src="x">frame</iframe>
            <svg><text>svg text</text><title>svg title</title></svg>
            <p>Also <span hidden>not this</span>visible.</p>
        </article>"#;
        let a = parse_html(page);
        assert_eq!(a.text, "Visible.\n\nAria shown.\n\nAlso visible.");
        assert_eq!(a.title, None);
    }

    #[test]
    fn longest_article_wins() {
        let page = "<body>\
            <article><p>Short teaser.</p></article>\
            <article><h1>Main story</h1><p>This is the much longer main story text.</p>\
              <article><p>Nested comment that is quite long but nested inside.</p></article>\
            </article>\
            <aside><article><p>A very very very very very very very very long related \
              article teaser that sits in an aside and must not win.</p></article></aside>\
            <article hidden><p>A hidden article that is longer than all the others put \
              together, padded padded padded padded padded padded padded padded.</p></article>\
            </body>";
        let a = parse_html(page);
        assert_eq!(
            a.text,
            "Main story\n\nThis is the much longer main story text.\n\n\
             Nested comment that is quite long but nested inside."
        );
        assert_eq!(a.title, some("Main story"));
    }

    #[test]
    fn equal_articles_first_wins_and_empty_article_skipped() {
        let page = "<article>   </article><main><p>From main.</p></main>";
        assert_eq!(parse_html(page).text, "From main.");
        let page = "<article><p>aaaa</p></article><article><p>bbbb</p></article>";
        assert_eq!(parse_html(page).text, "aaaa");
    }

    #[test]
    fn metadata_fallbacks() {
        // <title>, name=date, og:url, application-name.
        let page = r#"<html><head><title>
              Page   title
            </title>
            <meta property="og:title" content="   ">
            <meta name="pubdate" content="yesterday">
            <meta name="DC.date.issued" content="2023-01-15">
            <meta name="date" content="2023-02-01">
            <meta property="og:url" content="https://example.com/og">
            <meta name="application-name" content="App Name">
            <link rel="stylesheet" href="/s.css">
            </head><body><article><time datetime="2020-01-01">then</time><p>x</p></article></body></html>"#;
        let a = parse_html(page);
        assert_eq!(a.title, some("Page title"));
        assert_eq!(a.date, some("2023-01-15"));
        assert_eq!(a.url, some("https://example.com/og"));
        assert_eq!(a.source, some("App Name"));
        assert_eq!(a.text, "then\n\nx");

        // <time datetime> inside the main content (also inside its dropped header),
        // first <h1> of the main content, og:site_name over application-name,
        // canonical over og:url.
        let page = r#"<html lang=" fr "><head>
            <meta name="application-name" content="App">
            <meta property="og:site_name" content="Le Site">
            <meta property="og:url" content="https://example.com/og">
            <link rel="Canonical" href="https://example.com/canon">
            </head><body>
            <header><h1>Site logo</h1><time datetime="1999-12-31">today</time></header>
            <article><header><h1>Real  headline</h1>
              <time datetime="14:00">at two</time>
              <time datetime=" 2024-08-08T09:00Z ">8 Aug</time></header>
              <p>Body.</p></article></body></html>"#;
        let a = parse_html(page);
        assert_eq!(a.title, some("Real headline"));
        assert_eq!(a.date, some("2024-08-08"));
        assert_eq!(a.source, some("Le Site"));
        assert_eq!(a.url, some("https://example.com/canon"));
        assert_eq!(a.lang, some("fr"));
        assert_eq!(a.text, "Body.");
    }

    #[test]
    fn empty_document() {
        for page in [
            "",
            "   \n",
            "<!DOCTYPE html>",
            "<html><head></head><body></body></html>",
        ] {
            assert_eq!(parse_html(page), HtmlArticle::default(), "{page:?}");
        }
    }

    #[test]
    fn malformed_html() {
        let page = "<body><div><p>First <b>bold <i>both</b> italic</i> done\
            <p>Second</p></p>stray</div><p>Third<li>item<table><tr><td>a<td>b</table>\
            <p>unclosed <span>at EOF";
        assert_eq!(
            parse_html(page).text,
            "First bold both italic done\n\nSecond\n\nstray\n\nThird\n\nitem\n\na b\n\nunclosed at EOF"
        );
    }

    #[test]
    fn deep_nesting() {
        let started = std::time::Instant::now();
        let n = 100_000;
        let mut page = String::from("<html><body><article>");
        for _ in 0..n {
            page.push_str("<div>");
        }
        page.push_str("deep text");
        for _ in 0..n {
            page.push_str("</div>");
        }
        page.push_str("<p>after</p></article></body></html>");
        let a = parse_html(&page);
        assert_eq!(a.text, "deep text\n\nafter");

        // Unclosed inline elements, and a script below the depth limit.
        let mut page = String::from("<p>start");
        for _ in 0..n {
            page.push_str("<span>");
        }
        page.push_str("<script>alert('no')</script>x<style>p{}</style>y");
        assert_eq!(parse_html(&page).text, "startxy");
        // A quadratic parse would take minutes; this takes milliseconds.
        assert!(started.elapsed().as_secs() < 10, "{:?}", started.elapsed());
    }

    #[test]
    fn nesting_limit_prepass() {
        let normal = "<div><p>a<p>b<ul><li>x<li>y</ul><br><img src=x></div><!-- <div> -->";
        assert!(matches!(limit_nesting(normal, 3), Cow::Borrowed(_)));
        let deep = "<div a='>'><div><div><p>t</p></div></div></div>";
        assert_eq!(limit_nesting(deep, 2), "<div a='>'><div>t</div></div>");
        let svg = format!("<svg>{}</svg>", "<path d='M0'/>".repeat(10));
        assert!(matches!(limit_nesting(&svg, 3), Cow::Borrowed(_)));
        let script = "<b><i><script>if (a<b) x('</i>')</script>z</i></b>";
        assert_eq!(limit_nesting(script, 1), "<b>z</b>");
    }

    #[test]
    fn table_cells_and_lists() {
        let page = "<article><table><tr><th>Year</th><th>Deaths</th></tr>\
            <tr><td>2023</td><td>1,234</td></tr></table>\
            <ul><li>one</li><li>two <a href=#>link</a></li></ul>\
            <blockquote>quoted</blockquote><figure><img alt=x><figcaption>cap</figcaption></figure>\
            <dl><dt>term</dt><dd>def</dd></dl><pre>a\n   b</pre></article>";
        assert_eq!(
            parse_html(page).text,
            "Year Deaths\n\n2023 1,234\n\none\n\ntwo link\n\nquoted\n\ncap\n\nterm\n\ndef\n\na b"
        );
    }

    #[test]
    fn form_wrapped_page() {
        let page = "<body><form id=aspnetForm><nav>menu</nav>\
            <article><p>Story inside a WebForms form.</p></article>\
            <input type=submit value=Go></form></body>";
        assert_eq!(parse_html(page).text, "Story inside a WebForms form.");
    }

    #[test]
    fn gulf_wire_fixture_page() {
        let page = include_str!("../../fixtures/html/gulf-wire-brussels-page.html");
        let a = parse_html(page);
        assert_eq!(
            a.text,
            "وزراء التحالف يجتمعون في بروكسل\n\n\
             اجتمع وزراء خارجية أكثر من ستين دولة في مقر حلف شمال الأطلسي ببروكسل اليوم الأربعاء.\n\n\
             وقال وزير الخارجية الأميركي جون كيري إن طائرات التحالف نفذت 1050 طلعة جوية منذ ٨ أغسطس/آب الماضي."
        );
        assert_eq!(a.title, some("وزراء التحالف يجتمعون في بروكسل"));
        assert_eq!(a.lang, some("ar"));
        assert_eq!(a.date, some("2014-12-03"));
        assert_eq!(a.source, some("Gulf Wire"));
        assert_eq!(
            a.url,
            some("https://example.org/gulf-wire/2014/12/03/brussels-page")
        );
    }
}
