//! One error type for the library.
//!
//! isnad's errors all end the same way for a user: a one-line message on stderr that names
//! the file (and line) and exit code 2. Separate error types per layer would only be mapped
//! back into that one message, so the library has a single `Error` whose variants keep the
//! layer visible (input, database, usage), and the CLI turns any of them into exit code 2.

use std::fmt;

/// A problem with one input: a file, a JSONL line, a front-matter line.
/// Displayed as `path:line: message` (or `path: message` when no line applies).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InputError {
    pub path: String,
    pub line: Option<u64>,
    pub message: String,
}

impl InputError {
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> InputError {
        InputError {
            path: path.into(),
            line: None,
            message: message.into(),
        }
    }

    pub fn at_line(path: impl Into<String>, line: u64, message: impl Into<String>) -> InputError {
        InputError {
            path: path.into(),
            line: Some(line),
            message: message.into(),
        }
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.path, line, self.message),
            None => write!(f, "{}: {}", self.path, self.message),
        }
    }
}

impl std::error::Error for InputError {}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{0}")]
    Input(#[from] InputError),
    /// The database file cannot be used: not SQLite, not isnad's, written by a newer isnad,
    /// or a query failed.
    #[error("{path}: {message}")]
    Database { path: String, message: String },
    /// A request that cannot be carried out as asked (unknown article id, bad filter …).
    #[error("{0}")]
    Usage(String),
    #[error("{context}: {source}")]
    Io {
        context: String,
        source: std::io::Error,
    },
}

impl Error {
    pub fn db(path: impl fmt::Display, e: impl fmt::Display) -> Error {
        Error::Database {
            path: path.to_string(),
            message: e.to_string(),
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn input_errors_name_file_and_line() {
        assert_eq!(
            InputError::at_line("a.jsonl", 2, "not JSON").to_string(),
            "a.jsonl:2: not JSON"
        );
        assert_eq!(
            Error::from(InputError::new("x.txt", "empty file")).to_string(),
            "x.txt: empty file"
        );
    }
}
