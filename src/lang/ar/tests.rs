//! Arabic phrases → claims, one line each (STYLE.md: table-driven, adding a case is adding a
//! line). A claim renders as `text|kind|value|low..high|qualifier|unit`.

use jiff::civil::Date;

use crate::extract::extract;
use crate::model::{Claim, Lang, Value};

/// The seed's publication date.
const SEED_DATE: (i16, i8, i8) = (2014, 12, 3);

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
    let (y, m, d) = SEED_DATE;
    extract(text, Lang::Ar, Some(Date::new(y, m, d).unwrap()))
        .iter()
        .map(render)
        .collect()
}

macro_rules! ar {
    ($($name:ident: $text:expr => [$($want:expr),* $(,)?];)*) => {$(
        #[test]
        fn $name() {
            let want: Vec<&str> = vec![$($want),*];
            assert_eq!(claims($text), want, "{}", $text);
        }
    )*};
}

ar! {
    // The seed's claims.
    seed_countries: "أعلنت أكثر من ستين دولة تمثل التحالف الدولي"
        => ["أكثر من ستين دولة|count|60|60..|more_than|country"];
    seed_axes: "شددوا على خمسة محاور في مكافحة تنظيم الدولة"
        => ["خمسة محاور|count|5|5..5|exact|axis"];
    seed_months: "بعد أربعة أشهر من بدء الحملة العسكرية"
        => ["أربعة أشهر|duration|P4M|P4M..P4M|exact|month"];
    seed_fighters: "ظاهرة انضمام آلاف المقاتلين الأجانب لتنظيم الدولة"
        => ["آلاف المقاتلين الأجانب|count|2000|2000..9999|vague|foreign_fighter"];
    seed_sorties: "نفذت أكثر من ألف طلعة جوية ضد أهداف تنظيم الدولة"
        => ["أكثر من ألف طلعة جوية|count|1000|1000..|more_than|sortie"];

    seed_today: "في اختتام اجتماع للتحالف في بروكسل اليوم الأربعاء"
        => ["اليوم الأربعاء|date|2014-12-03|2014-12-03..2014-12-03|exact|"];
    seed_iraq_start: "يذكر أنه منذ 8 أغسطس/آب الماضي بدأت الولايات المتحدة ضرباتها"
        => ["8 أغسطس/آب الماضي|date|2014-08-08|2014-08-08..2014-08-08|exact|"];
    seed_syria_start: "ومنذ 23 سبتمبر/أيلول الماضي تشن أميركا ضربات جوية"
        => ["23 سبتمبر/أيلول الماضي|date|2014-09-23|2014-09-23..2014-09-23|exact|"];

    // Dates.
    ordinal_day: "في السابع من آب الماضي" => ["السابع من آب الماضي|date|2014-08-07|2014-08-07..2014-08-07|exact|"];
    month_only: "منذ آب/أغسطس الماضي" => ["آب/أغسطس الماضي|date|2014-08|2014-08-01..2014-08-31|exact|"];
    last_december: "في ديسمبر الماضي" => ["ديسمبر الماضي|date|2013-12|2013-12-01..2013-12-31|exact|"];
    numeric_date: "صدر في 3/12/2014" => ["3/12/2014|date|2014-12-03|2014-12-03..2014-12-03|exact|"];
    year_with_word: "في عام 2010" => ["عام 2010|date|2010|2010-01-01..2010-12-31|exact|"];
    yesterday: "وقال أمس" => ["أمس|date|2014-12-02|2014-12-02..2014-12-02|exact|"];
    hijri: "في 10 صفر 1436هـ" => ["10 صفر 1436هـ|date|2014-12-02|2014-12-02..2014-12-02|exact|"];

    // Ordinals.
    ordinal: "للمرة الثالثة" => ["الثالثة|ordinal|3|3..3|exact|"];
    ordinal_compound: "الدورة الحادية والعشرين" => ["الحادية والعشرين|ordinal|21|21..21|exact|"];
    month_name_not_ordinal: "في كانون الأول" => ["كانون الأول|date|2014-12|2014-12-01..2014-12-31|exact|"];

    // Digits of every set, with nouns.
    digits_count: "قتل 12 شخصا" => ["12 شخصا|count|12|12..12|exact|person"];
    indic_count: "اختتم التحالف الذي يضم ٤٠ دولة" => ["٤٠ دولة|count|40|40..40|exact|country"];
    at_least_after: "قتل 12 شخصا على الأقل" => ["12 شخصا على الأقل|count|12|12..|at_least|person"];
    at_least_before: "ما لا يقل عن ١٥ بلدة" => ["ما لا يقل عن ١٥ بلدة|count|15|15..|at_least|town"];
    approx: "نحو ألف طلعة جوية" => ["نحو ألف طلعة جوية|count|1000|900..1100|approx|sortie"];
    approx_clitic: "ارتفعت الأسعار بنحو 5%" => ["نحو 5%|percent|5|4.5..5.5|approx|"];
    range_between: "قتل بين 10 و20 شخصا" => ["بين 10 و20 شخصا|count|10|10..20|range|person"];
    range_from_to: "من 5 إلى 7 أيام" => ["من 5 إلى 7 أيام|duration|P5D|P5D..P7D|range|day"];
    range_dash: "نشر 10-12 طائرة" => ["10-12 طائرة|count|10|10..12|range|aircraft"];
    range_words: "بين خمسة وعشرة قتلى" => ["بين خمسة وعشرة قتلى|count|5|5..10|range|killed"];

    // Percents and money.
    percent_sign: "نفذت الطائرات الأميركية ٨٥٪ من الطلعات" => ["٨٥٪|percent|85|85..85|exact|"];
    percent_words: "ارتفع 40 بالمئة" => ["40 بالمئة|percent|40|40..40|exact|"];
    percent_fi_almiah: "تراجع 12 في المائة" => ["12 في المائة|percent|12|12..12|exact|"];
    money_billion: "بلغت 3.5 مليار دولار" => ["3.5 مليار دولار|money|3500000000|3500000000..3500000000|exact|usd"];
    money_words: "خمسمائة مليون دولار" => ["خمسمائة مليون دولار|money|500000000|500000000..500000000|exact|usd"];
    money_riyal: "بتكلفة 200 مليون ريال سعودي" => ["200 مليون ريال سعودي|money|200000000|200000000..200000000|exact|sar"];
    money_half_billion: "نصف مليار دولار" => ["نصف مليار دولار|money|500000000|500000000..500000000|exact|usd"];

    // Duals and durations.
    dual_country: "زار دولتين" => ["دولتين|count|2|2..2|exact|country"];
    dual_months: "خلال شهرين" => ["شهرين|duration|P2M|P2M..P2M|exact|month"];
    hours: "مهلة 48 ساعة" => ["48 ساعة|duration|PT48H|PT48H..PT48H|exact|hour"];
    years_words: "منذ ثلاث سنوات" => ["ثلاث سنوات|duration|P3Y|P3Y..P3Y|exact|year"];

    // Vague quantities.
    tens_of: "أصيب عشرات المدنيين" => ["عشرات المدنيين|count|20|20..99|vague|civilian"];
    tens_of_thousands: "نزوح عشرات الآلاف" => ["عشرات الآلاف|number|20000|20000..99999|vague|"];
    several: "عدة دول" => ["عدة دول|count|3|3..10|vague|country"];

    // From the precision sample of real news.
    year_after_cue: "ولد في 1956 في القاهرة" => ["1956|date|1956|1956-01-01..1956-12-31|exact|"];
    year_in_brackets: "فيلم الرسالة (1976)" => ["1976|date|1976|1976-01-01..1976-12-31|exact|"];
    bare_2000_is_a_number: "2000" => ["2000|number|2000|2000..2000|exact|"];
    list_item: "2 - ابتسم لنفسك" => [];
    fraction: "نسبة ٧٧/١٠٠ من" => ["٧٧/١٠٠|number|0.77|0.77..0.77|exact|"];
    year_pair_is_not_a_fraction: "العام الدراسي 1436/1437" => ["1436|number|1436|1436..1436|exact|", "1437|number|1437|1437..1437|exact|"];
    range_at_line_start: "10-12 طائرة شاركت" => ["10-12 طائرة|count|10|10..12|range|aircraft"];
    identifier: "الرقم العسكري 13598 والرمز 100" => [];
    model_number: "طائرات إف- 16" => [];
    not_an_identifier: "رحلة استغرقت 15 ساعة" => ["15 ساعة|duration|PT15H|PT15H..PT15H|exact|hour"];
    wire_decimal: "بلغ 1ر52 مليون جنيه" => ["1ر52 مليون جنيه|money|52100000|52100000..52100000|exact|pound"];
    digits_after_scale: "12 ألفا و600 شخص" => ["12 ألفا و600 شخص|count|12600|12600..12600|exact|person"];
    bracketed_number_and_noun: "لمدة (21) يوماً" => ["(21) يوماً|duration|P21D|P21D..P21D|exact|day"];
    cardinal_with_article: "خلال الاثنى عشر شهرا الماضية" => ["الاثنى عشر شهرا|duration|P12M|P12M..P12M|exact|month"];

    // Traps.
    six_inside_word: "على مستوى عال من التنسيق" => [];
    ahad_alone: "قال أحد الجنود" => [];
    lasta: "لست متأكدا من ذلك" => [];
    f16_is_a_model: "طائرات إف-16" => [];
}
