//! English phrases → claims, one line each (STYLE.md: table-driven, adding a case is adding a
//! line). A claim renders as `text|kind|value|low..high|qualifier|unit`.

use jiff::civil::Date;

use crate::extract::extract;
use crate::model::{Claim, Lang, Value};

/// The fixtures' publication date (Wednesday 2014-12-03).
const DATE: (i16, i8, i8) = (2014, 12, 3);

fn render(c: &Claim) -> String {
    let v = |v: &Option<Value>| v.as_ref().map(Value::to_string).unwrap_or_default();
    format!(
        "{}|{}|{}|{}..{}|{}|{}",
        c.text,
        c.kind,
        c.value,
        v(&c.low),
        v(&c.high),
        c.qualifier,
        c.unit.as_deref().unwrap_or("")
    )
}

pub fn claims(text: &str) -> Vec<String> {
    let (y, m, d) = DATE;
    extract(text, Lang::En, Some(Date::new(y, m, d).unwrap()))
        .iter()
        .map(render)
        .collect()
}

macro_rules! en {
    ($($name:ident: $text:expr => [$($want:expr),* $(,)?];)*) => {$(
        #[test]
        fn $name() {
            let want: Vec<&str> = vec![$($want),*];
            assert_eq!(claims($text), want, "{}", $text);
        }
    )*};
}

en! {
    // The fixtures' quantities (fixtures/README.md, AL and M).
    al_countries: "envoys from the 62 countries in the coalition"
        => ["62 countries|count|62|62..62|exact|country"];
    al_months: "a military campaign that has been under way for four months."
        => ["four months|duration|P4M|P4M..P4M|exact|month"];
    al_lines: "to press ahead along five lines of effort: military support"
        => ["five lines of effort|count|5|5..5|exact|axis"];
    al_sorties: "coalition aircraft had flown more than 1,000 sorties against the group"
        => ["more than 1,000 sorties|count|1000|1000..|more_than|sortie"];
    al_years: "defeating the group could take three years"
        => ["three years|duration|P3Y|P3Y..P3Y|exact|year"];
    al_members: "NATO's 28 member states would consider the request"
        => ["28 member states|count|28|28..28|exact|country"];
    al_fighters: "the return of thousands of foreign fighters who have joined"
        => ["thousands of foreign fighters|count|2000|2000..9999|vague|foreign_fighter"];
    m_fighters: "telling the meeting that about 10,000 foreign fighters had joined"
        => ["about 10,000 foreign fighters|count|10000|9000..11000|approx|foreign_fighter"];
    m_months: "retaken large areas over the past two months."
        => ["two months|duration|P2M|P2M..P2M|exact|month"];
    m_sorties: "Coalition aircraft have flown 1,050 sorties over Iraq"
        => ["1,050 sorties|count|1050|1050..1050|exact|sortie"];
    m_percent: "U.S. aircraft have carried out 85 percent of those missions"
        => ["85 percent|percent|85|85..85|exact|"];
    m_troops: "Washington has now authorized 3,100 troops for Iraq"
        => ["3,100 troops|count|3100|3100..3100|exact|soldier"];
    m_money: "Washington would provide $500 million in additional humanitarian aid"
        => ["$500 million|money|500000000|500000000..500000000|exact|usd"];
    m_displaced: "about 2 million Iraqis have been displaced"
        => ["about 2 million Iraqis|count|2000000|1800000..2200000|approx|person"];

    // Qualifiers and ranges.
    at_least_after: "12 people at least were killed"
        => ["12 people at least|count|12|12..|at_least|person"];
    up_to: "up to 50 tanks"
        => ["up to 50 tanks|count|50|..50|at_most|tank"];
    between: "between 10 and 20 civilians"
        => ["between 10 and 20 civilians|count|10|10..20|range|civilian"];
    dash_range: "10-12 aircraft"
        => ["10-12 aircraft|count|10|10..12|range|aircraft"];
    money_billion: "a $3.5 billion package"
        => ["$3.5 billion|money|3500000000|3500000000..3500000000|exact|usd"];
    money_words: "500 million dollars"
        => ["500 million dollars|money|500000000|500000000..500000000|exact|usd"];
    pounds_m: "a £10m deal"
        => ["£10m|money|10000000|10000000..10000000|exact|gbp"];
    unknown_noun: "350 publishers from 25 countries"
        => ["350 publishers|count|350|350..350|exact|publisher", "25 countries|count|25|25..25|exact|country"];
    unknown_plural: "12 drills were held"
        => ["12 drills|count|12|12..12|exact|drill"];
    dozens: "dozens of ministers"
        => ["dozens of ministers|count|24|24..99|vague|minister"];
    several_days: "for several days"
        => ["several days|duration|P3D|P3D..P10D|vague|day"];
    compound_adjective: "a 10-year plan"
        => ["10-year|duration|P10Y|P10Y..P10Y|exact|year"];
    ages_are_not_claims: "a 35-year-old man" => [];
    ordinal_word: "for the third time"
        => ["third|ordinal|3|3..3|exact|"];
    times_of_day: "at 10:30 a.m. and 3 p.m." => [];
    codes: "Room 304 and Resolution 2170" => [];
    year: "in 2013 the group" => ["2013|date|2013|2013-01-01..2013-12-31|exact|"];
    plain_number: "the score was 12" => ["12|number|12|12..12|exact|"];

    // Errors of the first precision samples (eval/precision-en.tsv).
    modifiers: "20,000 hacked Democratic emails" => ["20,000 hacked Democratic emails|count|20000|20000..20000|exact|email"];
    table_noun_after_modifiers: "close to 5,000 theater nuclear weapons" => ["close to 5,000 theater nuclear weapons|count|5000|4500..5500|approx|weapon"];
    capitalized_plural: "they need 13 Democrats" => ["13 Democrats|count|13|13..13|exact|democrat"];
    ratio_in_ten: "nearly 8 in 10 Americans told Gallup" => ["nearly 8 in 10|number|0.8|0.72..0.88|approx|"];
    age: "who died last week at age 95." => ["last week|date|2014-11-24/2014-11-30|2014-11-24..2014-11-30|exact|", "95|duration|P95Y|P95Y..P95Y|exact|year"];
    bare_one: "But one thing is clear" => [];
    the_two: "ties between the two are weak" => [];
    model_number: "a flaperon from a Boeing 777." => [];
    all_the_time: "open 24/7/365, and" => [];
    first_n: "the first 36 paragraphs of" => ["first|ordinal|1|1..1|exact|", "36 paragraphs|count|36|36..36|exact|paragraph"];
    adverb_first: "At first, a lot of women" => [];
    half_sister: "his half sister was a chef" => [];
    usa_today: "in a USA Today op-ed" => [];
    future_weekday: "he plans to address the country on Wednesday" => ["on Wednesday|date|2014-12-03|2014-12-03..2014-12-03|exact|"];
    by_weekday: "a new government by Tuesday" => ["Tuesday|date|2014-12-09|2014-12-09..2014-12-09|exact|"];
    caption: "Hide Caption 30 of 32 Photos: a rally" => [];
    calibre: "a .45-caliber handgun" => [];
    wives: "around a dozen wives" => ["around a dozen wives|count|12|10.8..13.2|approx|wife"];
    at_one_point: "At one point Friday, the index rose" => ["Friday|date|2014-11-28|2014-11-28..2014-11-28|exact|"];
    first_place: "reporters in the first place, which" => [];
    most_populous: "the world's two most populous countries" => ["two most populous countries|count|2|2..2|exact|country"];
    hyphenated_modifier: "sanctions against seven high-ranking Venezuelan officials" => ["seven high-ranking Venezuelan officials|count|7|7..7|exact|official"];
    us_modifier: "withdraw all 2,000 U.S. troops from Syria" => ["2,000 U.S. troops|count|2000|2000..2000|exact|soldier"];
    money_range: "a fine between $50,000 and $24 million" => ["between $50,000 and $24 million|money|50000|50000..24000000|range|usd"];
    squadron: "Strike Fighter Squadron 81 taxis onto" => [];
    tally: "the committee voted 10-7 and a 11-10 majority" => [];
    season: "in the winter of 2008-2009, and in 2014-15" => [];
    list_item: "(1) The Justice Department followed" => [];
    g20: "on the sidelines of the Group of 20 summit" => [];
    image_counter: "prev Image 2 of 2" => [];
    sign_up_today: "Sign up today to receive the newsletter" => [];
    missions: "has conducted hundreds of other counterterrorism missions" => ["hundreds of other counterterrorism missions|count|200|200..999|vague|mission"];
    benghazi: "days after the September 11 attack." => ["September 11|date|2014-09-11|2014-09-11..2014-09-11|exact|"];
    several_months_ago: "Several months ago, the military" => [];
    four_star: "appointed four-star Adm. Frank Caldwell" => [];
    suspect_label: "Suspect 2 was identified" => [];
    is_members: "nearly 50 IS members" => ["nearly 50 IS members|count|50|45..55|approx|member"];
    and_modifiers: "The 14 Republican and Democratic lawmakers said" => ["14 Republican and Democratic lawmakers|count|14|14..14|exact|lawmaker"];
    september_11: "opened in the aftermath of the September 11 attacks" => ["September 11|date|2001-09-11|2001-09-11..2001-09-11|exact|"];
}

// Hostile text: each gets a defined result.
en! {
    // Control characters separate tokens like punctuation.
    control_characters: "Killed\u{7} 12\u{1b} people\u{0} in\u{7f}\u{85}the attack"
        => ["12|number|12|12..12|exact|"];
    // Directional marks are invisible.
    bidi_marks: "killed \u{200f}12\u{200f} people and \u{200b}15 others \u{202e}40%\u{202c}"
        => ["12\u{200f} people|count|12|12..12|exact|person", "15|number|15|15..15|exact|",
            "40%|percent|40|40..40|exact|"];
    // A zero-width space inside digits splits them into two numbers.
    zero_width_inside_digits: "killed 1\u{200b}2 people"
        => ["1|number|1|1..1|exact|", "2 people|count|2|2..2|exact|person"];
    // English numbers are in ASCII digits; no other Nd set is read.
    other_digit_sets: "killed ١٢ people and ۱۵ others and १२ and ১২ and ๑๒ and １２ and 𝟏𝟐"
        => [];
    // A written year is one from 1000 to 2999.
    years_9999_and_0_in_text: "on December 31, 9999, on January 1, 0000"
        => ["December 31|date|2014-12-31|2014-12-31..2014-12-31|exact|",
            "9999|number|9999|9999..9999|exact|", "January 1|date|2015-01-01|2015-01-01..2015-01-01|exact|",
            "0000|number|0|0..0|exact|"];
}

/// Relative dates against a publication date at the ends of the calendar: a date after
/// 9999 or before year 0 is no claim.
#[test]
fn relative_dates_at_years_9999_and_0() {
    let text = "yesterday, tomorrow, next year, last month, two years ago";
    let at = |y, m, d| -> Vec<String> {
        extract(text, Lang::En, Some(Date::new(y, m, d).unwrap()))
            .iter()
            .map(render)
            .collect()
    };
    assert_eq!(
        at(9999, 12, 31),
        [
            "yesterday|date|9999-12-30|9999-12-30..9999-12-30|exact|",
            "last month|date|9999-11|9999-11-01..9999-11-30|exact|",
            "two years ago|date|9997|9997-01-01..9997-12-31|exact|",
        ]
    );
    assert_eq!(
        at(0, 1, 1),
        [
            "tomorrow|date|0000-01-02|0000-01-02..0000-01-02|exact|",
            "next year|date|0001|0001-01-01..0001-12-31|exact|",
        ]
    );
}

// Found by fuzzing (fuzz/regressions/extract_en/range-close-*): a range word or dash
// ending the text after a number indexed past the last token.
en! {
    range_word_ending_the_text: "they killed 20 to" => ["20|number|20|20..20|exact|"];
    range_dash_ending_the_text: "the 20 -" => ["20|number|20|20..20|exact|"];
    range_dash_after_a_form_feed: "20\u{c}-" => ["20|number|20|20..20|exact|"];
}

/// A clause of hundreds of numbers and no punctuation (found by fuzzing: 4 KB of `20 20 …`
/// took 2.6 s) reads each claim's subject from at most `subject::REACH` tokens around it.
#[test]
fn subjects_come_from_near_the_claim_in_a_long_clause() {
    let text = format!("Generals {}", "20 ".repeat(300));
    let claims = extract(&text, Lang::En, None);
    assert!(claims.len() > 100, "{}", claims.len());
    let subject = |c: &Claim| c.subject.clone().unwrap_or_default();
    assert!(subject(&claims[0]).contains("general"), "{:?}", claims[0]);
    let last = claims.last().unwrap();
    assert!(!subject(last).contains("general"), "{last:?}");
}
