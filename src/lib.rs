//! isnad checks the numbers in the news.
//!
//! It reads articles (Arabic first, English too), pulls out every quantitative and dated
//! claim together with who made it, keeps them in SQLite, and lists and cross-checks them.
//!
//! ```text
//! files / stdin ─► ingest ─► Article ─► segment ─► lang pack (ar | en) ─► Claim
//!                                                                         │
//!                  cli ◄── report (table | json | jsonl | csv) ◄── store (SQLite)
//! ```
//!
//! Dependencies point one way: [`cli`] → {[`ingest`], [`extract`], [`import`], [`store`],
//! [`report`]} → [`model`]; [`lang`] knows only [`model`] and [`segment`]; [`registry`]
//! (who is one speaker across articles, speakers files) is used by [`store`] and [`cli`]
//! and reads the gazetteer of [`lang`]. Only [`store`]
//! names rusqlite, only [`cli`] names clap and prints. [`extract::extract`] is a pure
//! function of (text, language, publication date).

pub mod check;
pub mod cli;
pub mod config;
pub mod error;
pub mod extract;
#[doc(hidden)]
pub mod fuzzing;
pub mod hash;
pub mod import;
pub mod ingest;
pub mod lang;
pub mod model;
pub mod normalize;
pub mod registry;
pub mod report;
pub mod segment;
pub mod store;

pub use error::{Error, InputError, Result};
pub use extract::extract;
