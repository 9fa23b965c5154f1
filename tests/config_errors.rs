//! Every way a configuration can be wrong is an error when it is loaded or
//! when the detector is built, and the message names the field or entry and
//! says why. One row per way.

use interloper::{BuildError, Config, Detector, DetectorBuilder};

/// Where a bad configuration comes from.
enum Source {
    Json(&'static str),
    Toml(&'static str),
    /// A file with this extension and contents, read by `Config::from_path`.
    File(&'static str, &'static str),
    /// Calls on a fresh builder.
    Builder(fn(&mut DetectorBuilder)),
}

use Source::{Builder, File, Json, Toml};

/// `(case, source, substrings the error must contain)`.
const CASES: &[(&str, Source, &[&str])] = &[
    // Not JSON, not TOML.
    (
        "json syntax",
        Json(r#"{"thresholds": "#),
        &["(JSON)", "EOF"],
    ),
    (
        "json is toml",
        Json("[thresholds]\nspam = 0.5"),
        &["(JSON)", "line 1"],
    ),
    (
        "json trailing text",
        Json(r#"{} {}"#),
        &["(JSON)", "trailing characters"],
    ),
    (
        "toml syntax",
        Toml("[thresholds\nspam = 0.5"),
        &["(TOML)", "line 1"],
    ),
    (
        "toml is json",
        Toml(r#"{"thresholds": {}}"#),
        &["(TOML)", "line 1"],
    ),
    (
        "file neither",
        File("conf", "<xml/>"),
        &["neither JSON", "nor TOML", ".conf"],
    ),
    ("file bad json", File("json", "{,}"), &[".json", "line 1"]),
    ("file bad toml", File("toml", "= 1"), &[".toml", "line 1"]),
    // Unknown fields, at every level.
    (
        "unknown top",
        Json(r#"{"treshold": {}}"#),
        &["unknown field `treshold`"],
    ),
    (
        "unknown nested json",
        Json(r#"{"weights": {"lexicn": 1}}"#),
        &["weights.lexicn", "unknown field `lexicn`"],
    ),
    (
        "unknown nested toml",
        Toml("[weights]\nlexicn = 1.0"),
        &["weights.lexicn", "unknown field `lexicn`"],
    ),
    (
        "unknown in rule",
        Json(r#"{"rules": [{"name": "r", "pattern": "a", "wieght": 2}]}"#),
        &["rules[0].wieght", "unknown field `wieght`"],
    ),
    (
        "unknown in term table",
        Json(
            r#"{"lexicon": [{"category": "g", "terms": [{"term": "a", "weight": 1, "cat": 1}]}]}"#,
        ),
        &["lexicon[0].terms[0].cat", "unknown field `cat`"],
    ),
    (
        "unknown in term table toml",
        Toml("[[lexicon]]\ncategory = \"g\"\nterms = [{ term = \"a\", wieght = 2.0 }]"),
        &["lexicon[0].terms[0].wieght", "unknown field `wieght`"],
    ),
    (
        "duplicate key",
        Json(r#"{"thresholds": {"spam": 0.9}, "thresholds": {"spam": 0.8}}"#),
        &["duplicate field `thresholds`"],
    ),
    // Wrong types.
    (
        "string for weight json",
        Json(r#"{"weights": {"lexicon": "high"}}"#),
        &["weights.lexicon", "invalid type", "expected f64"],
    ),
    (
        "string for weight toml",
        Toml("[weights]\nlexicon = \"high\""),
        &["weights.lexicon", "invalid type", "expected f64"],
    ),
    (
        "negative count",
        Json(r#"{"lang": {"min_letters": -1}}"#),
        &["lang.min_letters", "expected u32"],
    ),
    (
        "string for bool",
        Json(r#"{"builtin_rules": "yes"}"#),
        &["builtin_rules", "expected a boolean"],
    ),
    (
        "table for list",
        Json(r#"{"rules": {"name": "r"}}"#),
        &["rules", "expected a sequence"],
    ),
    (
        "number for term",
        Json(r#"{"lexicon": [{"category": "g", "terms": ["ok", 5]}]}"#),
        &[
            "lexicon[0].terms[1]",
            "expected a term: a string, or a table",
        ],
    ),
    (
        "term table without weight",
        Toml("[[lexicon]]\ncategory = \"g\"\nterms = [{ term = \"a\" }]"),
        &["lexicon[0].terms[0]", "missing field `weight`"],
    ),
    (
        "rule without pattern",
        Json(r#"{"rules": [{"name": "r"}]}"#),
        &["rules[0]", "missing field `pattern`"],
    ),
    (
        "number too big for f64",
        Json(r#"{"weights": {"bias": 1e400}}"#),
        &["weights.bias", "number out of range"],
    ),
    // Empty lexicon entries.
    (
        "empty term",
        Json(r#"{"lexicon": [{"category": "g", "terms": ["ok", ""]}]}"#),
        &["lexicon[0].terms[1]", "empty term"],
    ),
    (
        "blank term",
        Toml("[[lexicon]]\ncategory = \"g\"\nterms = [\" \\t \"]"),
        &["lexicon[0].terms[0]", "empty term"],
    ),
    (
        "star-only term",
        Json(r#"{"lexicon": [{"category": "g", "terms": ["*"]}]}"#),
        &["lexicon[0].terms[0]", "empty term"],
    ),
    (
        "invisible-only term",
        Json(r#"{"lexicon": [{"category": "g", "terms": ["\u200b\u0301"]}]}"#),
        &["lexicon[0].terms[0]", "empty term"],
    ),
    (
        "empty keyword",
        Builder(|b| {
            b.keywords("g", ["fine", ""]);
        }),
        &["lexicon[0].terms[1]", "empty term"],
    ),
    (
        "entry without terms",
        Json(r#"{"lexicon": [{"category": "g"}]}"#),
        &["lexicon[0]", "neither `terms` nor a `file`"],
    ),
    (
        "keywords of nothing",
        Builder(|b| {
            b.keywords("g", Vec::<String>::new());
        }),
        &["lexicon[0]", "neither `terms` nor a `file`"],
    ),
    (
        "empty category",
        Json(r#"{"lexicon": [{"category": " ", "terms": ["a"]}]}"#),
        &["lexicon[0].category", "empty category name"],
    ),
    (
        "bad term before a missing file",
        Json(
            r#"{"lexicon": [{"category": "g", "terms": [" "]}, {"category": "g", "file": "no/such/lexicon.txt"}]}"#,
        ),
        &["lexicon[0].terms[0]", "empty term"],
    ),
    (
        "missing lexicon file",
        Builder(|b| {
            b.lexicon_file("g", "no/such/lexicon.txt");
        }),
        &["no/such/lexicon.txt", "cannot read"],
    ),
    // Regexes.
    (
        "invalid regex",
        Json(r#"{"rules": [{"name": "ok", "pattern": "a"}, {"name": "bad", "pattern": "(a"}]}"#),
        &[
            "rules[1].pattern",
            "rule `bad`",
            "invalid regex",
            "unclosed group",
        ],
    ),
    (
        "invalid regex builder",
        Builder(|b| {
            b.rule("bad", "[z-a]", 1.0);
        }),
        &["rules[0].pattern", "rule `bad`", "invalid regex"],
    ),
    (
        "oversized compiled regex",
        Json(r#"{"rules": [{"name": "huge", "pattern": "\\w{1000}{1000}"}]}"#),
        &["rules[0].pattern", "rule `huge`", "size limit"],
    ),
    (
        "oversized pattern",
        Builder(|b| {
            b.rule("long", &"ab".repeat(3000), 1.0);
        }),
        &["rules[0].pattern", "rule `long`", "6000 bytes long", "4096"],
    ),
    (
        "empty pattern",
        Json(r#"{"rules": [{"name": "r", "pattern": ""}]}"#),
        &["rules[0].pattern", "empty pattern"],
    ),
    (
        "empty rule name",
        Json(r#"{"rules": [{"name": "", "pattern": "a"}]}"#),
        &["rules[0].name", "empty rule name"],
    ),
    (
        "duplicate rule name",
        Builder(|b| {
            b.rule("r", "a", 1.0).rule("r", "b", 1.0);
        }),
        &["rules[1].name", "duplicate rule `r`"],
    ),
    // Weights: NaN, infinite, out of range.
    (
        "nan weight",
        Toml("[weights]\nlexicon = nan"),
        &["weights.lexicon", "NaN", "[-100, 100]"],
    ),
    (
        "infinite weight",
        Toml("[weights]\nbias = -inf"),
        &["weights.bias", "inf", "[-100, 100]"],
    ),
    (
        "weight out of range",
        Json(r#"{"weights": {"outlier": 1000}}"#),
        &["weights.outlier", "1000", "[-100, 100]"],
    ),
    (
        "nan term weight",
        Builder(|b| {
            b.keyword("g", "slot", f64::NAN);
        }),
        &["lexicon[0].terms[0]", "NaN", "[0, 3]"],
    ),
    (
        "negative term weight",
        Json(r#"{"lexicon": [{"category": "g", "terms": [{"term": "a", "weight": -0.5}]}]}"#),
        &["lexicon[0].terms[0]", "weight -0.5", "[0, 3]"],
    ),
    (
        "term weight too big",
        Toml("[[lexicon]]\ncategory = \"g\"\nterms = [{ term = \"a\", weight = 4.0 }]"),
        &["lexicon[0].terms[0]", "weight 4", "[0, 3]"],
    ),
    (
        "infinite rule weight",
        Builder(|b| {
            b.rule("r", "a", f64::INFINITY);
        }),
        &["rules[0].weight", "inf", "[-10, 10]"],
    ),
    (
        "rule weight out of range",
        Json(r#"{"rules": [{"name": "r", "pattern": "a", "weight": -11}]}"#),
        &["rules[0].weight", "-11", "[-10, 10]"],
    ),
    (
        "category weight out of range",
        Json(r#"{"categories": [{"name": "gambling", "weight": -1}]}"#),
        &["categories[0].weight", "-1", "[0, 10]"],
    ),
    (
        "nan category weight",
        Toml("[[categories]]\nname = \"gambling\"\nweight = nan"),
        &["categories[0].weight", "NaN"],
    ),
    (
        "threshold out of range",
        Json(r#"{"thresholds": {"spam": 1.5}}"#),
        &["thresholds.spam", "1.5", "[0, 1]"],
    ),
    (
        "page share out of range",
        Toml("[thresholds]\npage = -0.1"),
        &["thresholds.page", "-0.1", "[0, 1]"],
    ),
    (
        "nan threshold",
        Toml("[thresholds]\nsuspicious = nan"),
        &["thresholds.suspicious", "NaN", "[0, 1]"],
    ),
    (
        "negative window",
        Json(r#"{"lang": {"window_bytes": -5}}"#),
        &["window_bytes"],
    ),
    (
        "window too small",
        Json(r#"{"lang": {"window_bytes": 0}}"#),
        &["lang.window_bytes", "not in [16, 1048576]"],
    ),
    (
        "window too big",
        Json(r#"{"lang": {"window_bytes": 1073741824}}"#),
        &["lang.window_bytes", "not in [16, 1048576]"],
    ),
    (
        "unknown identify mode",
        Toml("[lang]\nidentify = \"sometimes\""),
        &["lang.identify", "sometimes", "off", "flagged", "all"],
    ),
    (
        "identify not a string",
        Json(r#"{"lang": {"identify": true}}"#),
        &["lang.identify"],
    ),
    // Inconsistent values.
    (
        "thresholds inverted",
        Json(r#"{"thresholds": {"suspicious": 0.9, "spam": 0.5}}"#),
        &[
            "`thresholds`",
            "suspicious (0.9) is above spam (0.5)",
            "inverted",
        ],
    ),
    (
        "duplicate category",
        Json(r#"{"categories": [{"name": "gambling"}, {"name": "gambling", "weight": 2}]}"#),
        &["categories[1].name", "duplicate category `gambling`"],
    ),
    (
        "empty category name",
        Toml("[[categories]]\nname = \"\""),
        &["categories[0].name", "empty category name"],
    ),
    (
        "unknown category",
        Json(r#"{"categories": [{"name": "gamblng", "weight": 2}]}"#),
        &["categories[0].name", "unknown category `gamblng`"],
    ),
];

/// The error a case gives, from loading or from building.
fn error_of(case: &str, source: &Source) -> BuildError {
    let loaded = match source {
        Json(text) => Config::from_json(text).map(Some),
        Toml(text) => Config::from_toml(text).map(Some),
        File(ext, text) => {
            let dir = std::env::temp_dir().join(format!(
                "interloper-config-errors-{}-{}",
                std::process::id(),
                case.replace(' ', "-")
            ));
            std::fs::create_dir_all(&dir).expect("temp dir");
            let path = dir.join(format!("config.{ext}"));
            std::fs::write(&path, text).expect("temp file");
            let r = Config::from_path(&path).map(Some);
            let _ = std::fs::remove_dir_all(&dir);
            r
        }
        Builder(_) => Ok(None),
    };
    let mut builder = Detector::builder();
    match loaded {
        Err(e) => return e,
        Ok(Some(config)) => {
            builder.config(config);
        }
        Ok(None) => {}
    }
    if let Builder(f) = source {
        f(&mut builder);
    }
    match builder.build() {
        Err(e) => e,
        Ok(_) => panic!("case `{case}`: the configuration was accepted"),
    }
}

#[test]
fn every_bad_configuration_is_an_error_that_names_the_field_and_why() {
    let mut failures = Vec::new();
    for (case, source, wanted) in CASES {
        let message = error_of(case, source).to_string();
        println!("{case}: {message}");
        for w in *wanted {
            if !message.contains(w) {
                failures.push(format!("case `{case}`: {w:?} not in {message:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn good_configurations_still_build() {
    let json = r#"{
        "thresholds": {"suspicious": 0.5, "spam": 0.5},
        "weights": {"bias": -100, "lexicon": 100},
        "lang": {"min_letters": 0, "window_bytes": 16},
        "builtin_lexicon": false,
        "categories": [{"name": "gambling", "weight": 0}, {"name": "mine", "weight": 10}],
        "lexicon": [{"category": "mine", "terms": ["judi bola", {"term": "togel*", "weight": 3}]}],
        "rules": [{"name": "promo", "pattern": "promo\\s*code", "weight": -10}]
    }"#;
    let config = Config::from_json(json).expect("loads");
    Detector::builder()
        .config(config.clone())
        .build()
        .expect("builds");
    assert_eq!(
        Config::from_json(&config.to_json()).expect("reloads"),
        config
    );
    let toml = "[[lexicon]]\ncategory = \"g\"\nterms = [\"a\", { term = \"b\", weight = 0.5 }]";
    Detector::builder()
        .config(Config::from_toml(toml).expect("loads"))
        .build()
        .expect("builds");
}

#[test]
fn config_errors_are_send_sync_and_errors() {
    fn assert_error<E: std::error::Error + Send + Sync + 'static>() {}
    assert_error::<BuildError>();
    let e = Detector::builder().rule("r", "(", 1.0).build().unwrap_err();
    assert!(
        std::error::Error::source(&e).is_some(),
        "regex error kept as source"
    );
}
