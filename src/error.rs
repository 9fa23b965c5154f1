//! The one error type: building a detector from a bad configuration.

/// An error building a [`Detector`](crate::Detector): bad configuration,
/// named with where it is and why.
///
/// Scanning never fails; only building can.
///
/// # Examples
///
/// ```
/// let err = interloper::Detector::builder().rule("my-rule", "(unclosed", 1.0).build().unwrap_err();
/// assert!(err.to_string().contains("my-rule"));
/// ```
#[derive(Clone, Debug)]
pub struct BuildError {
    kind: ErrorKind,
}

#[derive(Clone, Debug)]
enum ErrorKind {
    /// The configuration text does not parse (`what` says as what).
    Parse { origin: String, message: String },
    /// A value is out of range or inconsistent.
    Invalid { field: String, message: String },
    /// A lexicon entry is bad.
    Lexicon { at: String, message: String },
    /// A regex rule does not compile (`field` is where its pattern is).
    Rule {
        field: String,
        name: String,
        source: regex::Error,
    },
    /// The automaton could not be built.
    Automaton { message: String },
    /// A file could not be read.
    Io { path: String, message: String },
}

impl BuildError {
    pub(crate) fn parse(origin: impl Into<String>, message: impl Into<String>) -> BuildError {
        BuildError {
            kind: ErrorKind::Parse {
                origin: origin.into(),
                message: message.into(),
            },
        }
    }

    pub(crate) fn invalid(field: impl Into<String>, message: impl Into<String>) -> BuildError {
        BuildError {
            kind: ErrorKind::Invalid {
                field: field.into(),
                message: message.into(),
            },
        }
    }

    pub(crate) fn lexicon(at: String, message: String) -> BuildError {
        BuildError {
            kind: ErrorKind::Lexicon { at, message },
        }
    }

    pub(crate) fn rule(field: &str, name: &str, source: regex::Error) -> BuildError {
        BuildError {
            kind: ErrorKind::Rule {
                field: field.to_string(),
                name: name.to_string(),
                source,
            },
        }
    }

    pub(crate) fn automaton(message: String) -> BuildError {
        BuildError {
            kind: ErrorKind::Automaton { message },
        }
    }

    pub(crate) fn io(path: &std::path::Path, err: &std::io::Error) -> BuildError {
        BuildError {
            kind: ErrorKind::Io {
                path: path.display().to_string(),
                message: err.to_string(),
            },
        }
    }
}

impl std::fmt::Display for BuildError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.kind {
            ErrorKind::Parse { origin, message } => write!(f, "configuration {origin}: {message}"),
            ErrorKind::Invalid { field, message } => {
                write!(f, "configuration field `{field}`: {message}")
            }
            ErrorKind::Lexicon { at, message } => write!(f, "lexicon {at}: {message}"),
            ErrorKind::Rule {
                field,
                name,
                source,
            } => write!(
                f,
                "configuration field `{field}` (rule `{name}`): invalid regex: {source}"
            ),
            ErrorKind::Automaton { message } => write!(f, "lexicon automaton: {message}"),
            ErrorKind::Io { path, message } => write!(f, "cannot read {path}: {message}"),
        }
    }
}

impl std::error::Error for BuildError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.kind {
            ErrorKind::Rule { source, .. } => Some(source),
            _ => None,
        }
    }
}
