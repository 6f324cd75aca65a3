//! Speaker accuracy on the hand-judged sample `eval/speakers-ar.tsv` (issue 4) may not drop.
//!
//! The floor is the score measured when it was last raised (whole percent, rounded down),
//! never above the target. Raise it when the score rises; a drop is a regression to
//! fix. `cargo bench --bench speakers` prints the scores and every miss; the rules are the
//! doc comment of `benches/speakers/score.rs`. Only the labeled articles are read and
//! extracted, so the test stays quick.

#[path = "../../benches/speakers/score.rs"]
mod score;

use std::path::Path;

/// Percent of the scored rows whose speaker is right (target [`score::TARGET`]).
const FLOOR: f64 = 90.0;

const _: () = assert!(FLOOR <= score::TARGET, "the floor is above the target");

#[test]
fn forms_of_a_name() {
    use score::{Verdict, compare};
    assert_eq!(compare("جون كيري", "جون كيري"), Verdict::Exact);
    assert_eq!(
        compare("المرصد السوري لحقوق الإنسان", "المرصد السوري لحقوق الانسان"),
        Verdict::Exact
    );
    assert_eq!(
        compare("عبد الله البرقان", "عبدالله البرقان"),
        Verdict::Exact
    );
    assert_eq!(
        compare("صحيفة \"صن\" البريطانية", "صحيفة «صن» البريطانية"),
        Verdict::Exact
    );
    assert_eq!(compare("نوري المالكي", "المالكي"), Verdict::Short);
    assert_eq!(
        compare("المرصد السوري لحقوق الإنسان", "المرصد"),
        Verdict::Short
    );
    assert_eq!(
        compare("الجيش الأوكراني", "الجيش الأوكراني في بيان"),
        Verdict::Long
    );
    assert_eq!(compare("نجيب عبد الرزاق", "رزاق"), Verdict::Wrong);
    assert_eq!(
        compare("مصادر قريبة من البيت الهلالي", "البيت الهلالي"),
        Verdict::Wrong
    );
    assert_eq!(compare("محمد بن حمود الشايع", "حمود"), Verdict::Wrong);
    assert_eq!(compare("جون كيري", "جون كيربي"), Verdict::Wrong);
}

#[test]
fn speaker_accuracy_holds_its_floor() {
    let s = score::score(Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap_or_else(|e| panic!("{e}"));
    assert!(s.total.scored >= 150, "{} rows scored", s.total.scored);
    // A lost row has no claim at its offsets any more; a handful is precision work (a time
    // stamp no longer read as a number, 13 since the hour `إلى العاشرة مساءً` is a time of
    // day; 16 since `ليست الأولى`, «not the first», is no rank; 17 since `قرار مجلس الأمن
    // 2216` is a resolution's number; 18 since `ليست هذه هي المرة الأولى`, «this is not the
    // first time», is no rank either; 19 since `الموافق 17-18/09/1436` is pieces of a numeric
    // date; 20 since a bare `اليوم` outside a news sentence is no date, see
    // `lang::ar::today`; 22 since an ordinal standing for an enumeration's noun, `لسببين:
    // الأول …`, and a number naming a thing, `جناح 17`, are no claims, see `lang::ar::labels`;
    // 24 since the ring road `الدائري الرابع` and the `واحد` of `5+1`, the group's name, are
    // no claims either, see `lang::ar::names2`; 25 since the `400` of the aircraft model
    // `747-400` is a piece of a model number, see `lang::ar::ar68`; 26 since `أول من` before
    // an imperfect verb, `لكان أول من يؤمن به`, is «foremost», not a rank, see
    // `lang::ar::ar74`; 27 since `المنطقتين العسكريتين الثالثة والسادسة`, the names of two
    // military regions, ranks nothing, see `lang::ar::ar142`), many would hide a broken
    // extractor.
    assert!(
        s.total.lost <= 27,
        "{} labeled claims are no longer extracted",
        s.total.lost
    );
    assert!(
        s.by_outlet.len() >= 6,
        "{} outlets in the sample",
        s.by_outlet.len()
    );
    let got = s.total.percent();
    if got + 1e-9 >= FLOOR {
        return;
    }
    let misses: Vec<String> = s
        .cases
        .iter()
        .filter(|c| !c.verdict.right() && c.verdict != score::Verdict::Lost)
        .map(|c| {
            format!(
                "  {} {}..{} {:?} at {:?} (line {}, {}, {}): expected {:?}, got {:?} as {:?} ({})",
                c.row.article,
                c.row.start,
                c.row.end,
                c.got_text,
                c.got_span,
                c.row.line,
                c.row.outlet,
                c.row.group,
                c.row.expected,
                c.got,
                c.mention,
                c.row.note
            )
        })
        .collect();
    panic!(
        "speaker accuracy {got:.1}% ({} of {}, {} excluded, {} lost) is below the floor \
         {FLOOR}%; `cargo bench --bench speakers` lists the misses:\n{}",
        s.total.right,
        s.total.scored,
        s.excluded,
        s.total.lost,
        misses.join("\n")
    );
}
