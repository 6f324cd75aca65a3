//! Qualifiers of the judged Arabic samples 79–82 (ar109):
//! - A verb of exceeding or «less» glued to its negation with its subject between it and
//!   `عن`/`على` (`على أن لايزيد عدد النخيل عن 300 نخلة`, `لايزيدون بحال من الأحوال عن
//!   100 ألف شاب`): at most (at least of `لايقل … عن`), like the detached `لا يزيد`; see
//!   [`glued_negated`], used by `qualifiers::exceeds_with_subject`.
//! - The future and first-person forms of «exceed» (`وسنتجاوز الاربعين مليون نسمة`,
//!   `سيتجاوز عدد العاملين … ثلاثة آلاف موظف`): more than, added to the phrase and verb
//!   lists of [`super::qualifiers`].

/// Whether a verb key is one of `exceed` or `less` glued to `لا` (after an optional `و`/`ف`):
/// `Some(false)` for exceeding, `Some(true)` for «less», `None` otherwise.
pub(super) fn glued_negated(key: &str, exceed: &[&str], less: &[&str]) -> Option<bool> {
    let v = super::ar106::negated(key, false)?;
    if exceed.contains(&v) {
        Some(false)
    } else if less.contains(&v) {
        Some(true)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    crate::lang::table::phrase_table! { crate::model::Lang::Ar;
        glued_exceed_far: "على أن لايزيد عدد النخيل عن 300 نخلة بوسائل الري الحديث." =>
            ["لايزيد عدد النخيل عن 300 نخلة|count|300|..300|at_most|palm_tree"];
        glued_less_far: "على أن لايقل عمر المتقدم عن 25 عاما." =>
            ["لايقل عمر المتقدم عن 25 عاما|duration|P25Y|P25Y..|at_least|year"];
        detached_still: "على أن لا يزيد عدد النخيل عن 300 نخلة." =>
            ["لا يزيد عدد النخيل عن 300 نخلة|count|300|..300|at_most|palm_tree"];
        future_first_person: "وسنتجاوز الاربعين مليون نسمة في غضون سنين." =>
            ["سنتجاوز الاربعين مليون نسمة|count|40000000|40000000..|more_than|person"];
        first_person_pronoun_not: "التي لم نتجاوزها، لكننا قطعنا 60 في المائة منها." =>
            ["60 في المائة|percent|60|60..60|exact|"];
    }
}
