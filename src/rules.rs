//! Regular-expression features: links, contacts, money, brand-plus-digits
//! tokens, spaced-out letters, punctuation runs. The only module that names
//! `regex`.
//!
//! Rules run over the folded text (see `normalize`), case-insensitively.
//! The built-in rules turn Unicode off (`(?-u)`) where they can: a Unicode
//! word boundary made one rule set two orders of magnitude slower on this
//! kind of text than its ASCII form.

use regex::{Regex, RegexBuilder, RegexSet, RegexSetBuilder};

use crate::error::BuildError;
use crate::report::Signal;

/// Compiled size limit for one rule, in bytes of regex program.
pub(crate) const RULE_SIZE_LIMIT: usize = 1 << 20;
/// Longest accepted rule pattern, in bytes.
pub(crate) const MAX_PATTERN_LEN: usize = 4096;
/// Emphasis weight of one exclamation mark (the `exclamation` rule).
pub(crate) const EXCLAMATION: f64 = 0.3;

/// Messengers by their local names, for the two messenger rules. The
/// names of LINE (`ไลน์`, `라인`, `ライン`) end the words for "online"
/// (`ออนไลน์`, `온라인`, `オンライン`), so they count only after a space, a
/// symbol or the start.
macro_rules! local_messengers {
    () => {
        r"(?:^|[\x00-\x7f])(?:ไลน์|라인|ライン)|ไอดีไลน์|แอดไลน์|카톡|카카오톡|텔레그램|カカオ|テレグラム|微信|飞机|纸飞机|电报|टेलीग्राम|व्हाट्सएप"
    };
}

/// Built-in rules: name, signal, weight, pattern.
const BUILTIN: &[(&str, Signal, f64, &str)] = &[
    ("url", Signal::Link, 1.0, r"(?i-u)https?://[a-z0-9.-]+"),
    (
        "www",
        Signal::Link,
        1.0,
        r"(?i-u)\bwww\.[a-z0-9-]+\.[a-z]{2,}",
    ),
    (
        "domain",
        Signal::Link,
        0.6,
        r"(?i-u)\b[a-z0-9][a-z0-9-]{1,40}\.(?:com|net|org|info|biz|xyz|top|club|site|online|vip|pro|link|click|live|shop|store|bet|casino|win|io|me|cc|tk|ml|ga|cf|gq|ru|id|co|in|asia|fun|icu|buzz|ly|ph|vn|th|kr|fr|nl|gr|ua|br|uk|jp|cn|tw|hk|sg|pk|bd|ae|eg|mx|cl|nz|pt|dk|fi|cz|sk|hu|ro|bg|kz|tr|ws)\b",
    ),
    // Endings that are also words (`ok.it`, `say.no`, `final.de`,
    // `yesterday.today`) count only after a hyphenated name, as spam
    // domains often have (`heizung-guenstig.de`).
    (
        "hyphen-domain",
        Signal::Link,
        0.6,
        r"(?i-u)\b[a-z0-9]+(?:-[a-z0-9]+)+\.(?:it|pl|at|be|us|my|no|is|to|am|de|es|se|pe|sa|su|il|by|ca|ch|au|eu|tv|ke|ng|za|ir|app|dev|website|space|today|world|life|tech|news|blog)\b",
    ),
    (
        "shortener",
        Signal::Link,
        2.0,
        r"(?i-u)\b(?:bit\.ly|tinyurl\.com|goo\.gl|cutt\.ly|s\.id|rebrand\.ly|shorturl\.at|is\.gd|t\.co|ow\.ly|linktr\.ee|rb\.gy|tiny\.cc|lnkd\.in|shope\.ee)/",
    ),
    (
        "messenger-link",
        Signal::Contact,
        2.0,
        r"(?i-u)\b(?:t\.me|telegram\.me|wa\.me|line\.me|lin\.ee|api\.whatsapp\.com|chat\.whatsapp\.com|m\.me|zalo\.me|discord\.gg|qm\.qq\.com)\b",
    ),
    (
        "messenger-id",
        Signal::Contact,
        2.0,
        concat!(
            r"(?i-u)(?:\b(?:wa|whatsapp|telegram|tele|tg|line|line\s?id|zalo|wechat|kakao|kakaotalk|viber|signal|skype|icq|vx|wx)|",
            local_messengers!(),
            r")\s*[:=]?\s*(?:@[a-z0-9_.]{3,}|\+?[0-9][0-9 -]{6,}[0-9])"
        ),
    ),
    // A messenger named with an ID that has no `@` (`LINE ID: mina_1004`,
    // `카톡 sb777`, `加我V：xx9527yy`): the ID must start with a letter and
    // hold a digit or an underscore, and the names that are everyday words
    // (line, signal, wa) count only as `line id`. (Rules run on folded
    // text: `：` is `:` there.)
    (
        "messenger-plain-id",
        Signal::Contact,
        1.5,
        concat!(
            r"(?i-u)(?:\b(?:whatsapp|telegram|zalo|wechat|kakao|kakaotalk|viber|skype|line\s?id|id\s?line)|加我?v|",
            local_messengers!(),
            r")\s*(?:id)?\s*:?\s*[a-z][a-z0-9_.]{2,}[0-9_][a-z0-9_.]*"
        ),
    ),
    (
        "handle",
        Signal::Contact,
        0.4,
        r"(?i-u)(?:^|[\s(])@[a-z0-9_]{4,32}\b",
    ),
    (
        "email",
        Signal::Contact,
        1.0,
        r"(?i-u)\b[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b",
    ),
    (
        "phone",
        Signal::Contact,
        1.0,
        r"(?-u)(?:\+[0-9]{1,3}[ -]?)?\b\(?[0-9]{2,4}\)?[ -]?[0-9]{3,4}[ -]?[0-9]{3,5}(?:\b|[a-z])",
    ),
    (
        "currency",
        Signal::Money,
        1.0,
        r"(?i-u)(?:(?:\$|£|€|¥|₹|₫|฿|₩|₽)\s?[0-9]|\b(?:rp|usd|idr|rm)\.?\s?[0-9]|[0-9][0-9.,]*\s?(?:(?:\$|£|€|¥|₹|₫|฿|₩|₽)|usdt?\b|eur\b|idr\b|rub\b|руб|k\b|jt\b|juta\b|ribu\b|rb\b|บาท|vnd\b|đ|triệu|nghìn|万|元|円|원|만원|ล้าน))",
    ),
    (
        "pence-rate",
        Signal::Money,
        1.0,
        r"(?i-u)\b[0-9]{2,4}p\b|\b[0-9]+(?:[.,][0-9]+)?\s?(?:p|ppm)\s?/\s?(?:min|msg|wk|week)\b|/min\b|/msg\b",
    ),
    (
        "sms-shortcode",
        Signal::Contact,
        1.5,
        r"(?i-u)\b(?:txt|text|send|reply|sms)\b[a-z ,:.'-]{0,24}\b[0-9]{5}\b",
    ),
    (
        "percent",
        Signal::Money,
        0.5,
        r"(?-u)[0-9]+(?:[.,][0-9]+)?\s?%",
    ),
    (
        "multiplier",
        Signal::Money,
        0.7,
        r"(?i-u)\bx\s?[0-9]{2,6}\b|\b[0-9]{2,6}\s?x\b",
    ),
    (
        "brand-digits",
        Signal::BrandDigits,
        1.0,
        r"(?i-u)\b[a-z]{3,}[0-9]{2,4}(?:[a-z]{2,3})?\b|\b[0-9]{2,4}[a-z]{3,}\b|\b[a-z]{3,}4d\b",
    ),
    // A brand glued to its digits by a symbol: NAME⭐17, NAME-88, *NAME*77.
    (
        "brand-symbol-digits",
        Signal::BrandDigits,
        0.8,
        r"(?i)(?:^|[^a-z0-9])[a-z]{3,}[^a-z0-9\s]{1,3}[0-9]{2,3}(?:$|[^0-9])",
    ),
    // Digits standing in for letters inside a word: g4cor, sl0t.
    (
        "leetspeak",
        Signal::Obfuscation,
        0.5,
        r"(?i-u)(?:^|[ \t\n(])[a-z]{1,6}[0134][a-z]{2,6}(?:$|[ \t\n,.!?)])",
    ),
    // A symbol standing in for a letter inside a word: v*agra, c@sino,
    // ci@lis (a symbol between letters, three or more after it, so the
    // censored swearing of comments, f*ck or sh*t, is not one; not followed
    // by more of a domain, so an address is not one).
    (
        "masked-letter",
        Signal::Obfuscation,
        0.5,
        r"(?i-u)(?:^|[ \t\n(])[a-z]{1,6}[*@$][a-z]{3,8}(?:$|[ \t\n,!?)]|\.(?:$|[ \t\n]))",
    ),
    (
        "spaced-letters",
        Signal::Obfuscation,
        1.0,
        r"(?i-u)\b(?:[a-z][ ._*-]){3,}[a-z]\b",
    ),
    // Four or more Han characters standing one by one between spaces
    // (`博 彩 平 台`): Chinese and Japanese are not written so. (Korean is:
    // runs of one-syllable words, `좀 더 잘 할 수`, are ordinary.)
    (
        "spaced-syllables",
        Signal::Obfuscation,
        1.0,
        r"(?:^|[^\p{Han}])(?:\p{Han} ){3,}\p{Han}(?:$|[^\p{Han}])",
    ),
    (
        "punct-run",
        Signal::Emphasis,
        1.0,
        r"(?-u)[!?]{3,}|\${2,}|\*{3,}|={4,}|>{3,}",
    ),
    // An exclamation mark closing a word or a sentence (`FREE!`, `now !`,
    // `ดีมาก!`; folding turns `！` into `!`). Adverts exclaim; reports,
    // laws and manuals rarely do. Not code: `println!(`, `vec![`, `!=`.
    (
        "exclamation",
        Signal::Emphasis,
        EXCLAMATION,
        r#"[^\s!?=(\[{<]\s?!+(?:$|[\s'")])"#,
    ),
];

/// One rule's metadata.
#[derive(Clone, Debug)]
pub(crate) struct Rule {
    pub(crate) name: String,
    pub(crate) signal: Signal,
    pub(crate) weight: f64,
}

/// A compiled set of rules.
///
/// Cloning shares nothing mutable: each clone gets fresh regex caches,
/// which avoids contention between threads.
#[derive(Clone, Debug)]
pub(crate) struct Rules {
    regexes: Vec<Regex>,
    rules: Vec<Rule>,
    /// The built-in rules (the first ones) as one set: a single pass tells
    /// which of them match at all, so only those search for positions.
    /// Most paragraphs match none.
    builtin: Option<RegexSet>,
}

/// A user rule as given: name, pattern, weight.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct UserRule {
    pub(crate) name: String,
    pub(crate) pattern: String,
    pub(crate) weight: f64,
}

/// Compiles one pattern with the size limits. `field` is where the
/// pattern is in the configuration (`rules[2].pattern`).
fn compile(field: &str, name: &str, pattern: &str) -> Result<Regex, BuildError> {
    if pattern.len() > MAX_PATTERN_LEN {
        return Err(BuildError::invalid(
            field,
            format!(
                "rule `{name}`: pattern is {} bytes long, more than the limit of {MAX_PATTERN_LEN}",
                pattern.len()
            ),
        ));
    }
    RegexBuilder::new(pattern)
        .case_insensitive(true)
        .size_limit(RULE_SIZE_LIMIT)
        .dfa_size_limit(RULE_SIZE_LIMIT)
        .build()
        .map_err(|e| BuildError::rule(field, name, e))
}

impl Rules {
    /// Compiles the built-in rules (unless `builtin` is false) and `user`.
    pub(crate) fn build(builtin: bool, user: &[UserRule]) -> Result<Rules, BuildError> {
        let mut rules = Vec::new();
        let mut patterns = Vec::new();
        if builtin {
            for &(name, signal, weight, pattern) in BUILTIN {
                rules.push(Rule {
                    name: name.to_string(),
                    signal,
                    weight,
                });
                patterns.push(pattern.to_string());
            }
        }
        for u in user {
            rules.push(Rule {
                name: u.name.clone(),
                signal: Signal::CustomRule,
                weight: u.weight,
            });
            patterns.push(u.pattern.clone());
        }
        let n_builtin = rules.len() - user.len();
        let regexes = rules
            .iter()
            .zip(&patterns)
            .enumerate()
            .map(|(i, (r, p))| {
                let field = match i.checked_sub(n_builtin) {
                    Some(j) => format!("rules[{j}].pattern"),
                    None => "built-in rules".to_string(),
                };
                compile(&field, &r.name, p)
            })
            .collect::<Result<Vec<_>, _>>()?;
        let builtin = if builtin {
            let set = RegexSetBuilder::new(BUILTIN.iter().map(|b| b.3))
                .case_insensitive(true)
                .size_limit(BUILTIN.len() * RULE_SIZE_LIMIT)
                .dfa_size_limit(BUILTIN.len() * RULE_SIZE_LIMIT)
                .build()
                .map_err(|e| BuildError::rule("built-in rules", "(set)", e))?;
            Some(set)
        } else {
            None
        };
        Ok(Rules {
            regexes,
            rules,
            builtin,
        })
    }

    /// The rules, by index.
    pub(crate) fn rules(&self) -> &[Rule] {
        &self.rules
    }

    /// Calls `f(rule index, start, end)` for every match in `hay`, at most
    /// `max_per_rule` per rule.
    pub(crate) fn find(
        &self,
        hay: &str,
        max_per_rule: usize,
        mut f: impl FnMut(usize, usize, usize),
    ) {
        if self.rules.is_empty() {
            return;
        }
        // Built-in rules the set says do not match are skipped. Most text
        // matches none, and a plain `is_match` settles that sooner than
        // collecting every match.
        let n_builtin = self.builtin.as_ref().map_or(0, RegexSet::len);
        let matched = self
            .builtin
            .as_ref()
            .filter(|set| set.is_match(hay))
            .map(|set| set.matches(hay));
        for (i, re) in self.regexes.iter().enumerate() {
            if i < n_builtin && !matched.as_ref().is_some_and(|m| m.matched(i)) {
                continue;
            }
            for m in re.find_iter(hay).take(max_per_rule) {
                f(i, m.start(), m.end());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(hay: &str) -> Vec<String> {
        let r = Rules::build(true, &[]).unwrap();
        let mut v = Vec::new();
        r.find(hay, 10, |i, _, _| v.push(r.rules()[i].name.clone()));
        v.sort();
        v.dedup();
        v
    }

    #[test]
    fn builtins_compile_and_fire() {
        assert_eq!(names("visit https://example.com now"), ["domain", "url"]);
        assert_eq!(names("join t.me/bonus"), ["messenger-link"]);
        assert_eq!(names("WA: 0812-3456-7890"), ["messenger-id", "phone"]);
        assert_eq!(names("rtp 98%"), ["percent"]);
        assert_eq!(names("main di gacor88 sekarang"), ["brand-digits"]);
        assert_eq!(names("gabung ALEXIS⭐17 sekarang"), ["brand-symbol-digits"]);
        assert_eq!(names("situs g4cor"), ["leetspeak"]);
        assert_eq!(names("Generic V*AGRA now"), ["masked-letter"]);
        assert_eq!(names("play at c@sino."), ["masked-letter"]);
        assert_eq!(names("write to me@example.org"), ["domain", "email"]);
        assert_eq!(
            names("Heizung billig auf heizung-guenstig.de"),
            ["hyphen-domain"]
        );
        assert_eq!(
            names("zeigt die studie.de facto nicht"),
            Vec::<String>::new()
        );
        assert_eq!(names("liefert nach tokyo-shop.jp heute"), ["domain"]);
        assert_eq!(names("scarpe su scarpe-outlet.it oggi"), ["hyphen-domain"]);
        assert_eq!(names("ok.it was fine, say.no more"), Vec::<String>::new());
        assert_eq!(names("LINE ID: mina_1004"), ["messenger-plain-id"]);
        assert_eq!(names("카톡 sb777"), ["messenger-plain-id"]);
        assert_eq!(names("harga Rp120 ribu"), ["currency"]);
        // Rules see folded text: `加我V：` arrives as `加我v:`.
        assert_eq!(names("加我v:xx9527yy"), ["messenger-plain-id"]);
        assert_eq!(names("ไลน์ @nong_mind"), ["handle", "messenger-id"]);
        assert_eq!(names("ขายของออนไลน์ 0812345678"), ["phone"]);
        assert_eq!(names("オンライン @newsdesk"), ["handle"]);
        assert_eq!(
            names("error at line: 42, signal: sig_1"),
            Vec::<String>::new()
        );
        assert_eq!(names("let line = read_line();"), Vec::<String>::new());
        assert_eq!(names("gabung WIN33MY sekarang"), ["brand-digits"]);
        assert_eq!(names("博 彩 平 台 充值"), ["spaced-syllables"]);
        assert_eq!(names("좀 더 잘 할 수 있다"), Vec::<String>::new());
        assert_eq!(names("田中 太郎 さん"), Vec::<String>::new());
        assert_eq!(names("쉐이크 한 달 먹어본 후기"), Vec::<String>::new());
        assert_eq!(names("glob *.rs and 2*3"), Vec::<String>::new());
        assert_eq!(names("what the f*ck, sh*t"), Vec::<String>::new());
        assert_eq!(names("see /S/G35YU/DW3YV/ here"), Vec::<String>::new());
        assert_eq!(names("Received: from 35.250.105.7"), Vec::<String>::new());
        assert_eq!(names("txt WIN to 80086 now"), ["sms-shortcode"]);
        assert_eq!(names("calls cost 150p/min"), ["pence-rate"]);
        assert_eq!(names("k o i s l o t"), ["spaced-letters"]);
        assert_eq!(
            names("win $500 now!!!"),
            ["currency", "exclamation", "punct-run"]
        );
        assert_eq!(names("ALL 4 FREE! Watch now !"), ["exclamation"]);
        // `ดีมาก！` arrives folded, as `ดีมาก!`.
        assert_eq!(names("ดีมาก!"), ["exclamation"]);
        assert_eq!(
            names("println!(\"hi\"); vec![1]; a != b; !done"),
            Vec::<String>::new()
        );
        assert_eq!(names("the 1950-1953 Korean War"), Vec::<String>::new());
        assert_eq!(names("โบนัส 500 บาท"), ["currency"]);
    }

    #[test]
    fn bad_user_rule_is_named() {
        let e = Rules::build(
            false,
            &[UserRule {
                name: "mine".into(),
                pattern: "(a".into(),
                weight: 1.0,
            }],
        );
        let e = e.unwrap_err().to_string();
        assert!(
            e.contains("rules[0].pattern") && e.contains("rule `mine`"),
            "{e}"
        );
        let big = "a".repeat(MAX_PATTERN_LEN + 1);
        let e = Rules::build(
            false,
            &[UserRule {
                name: "big".into(),
                pattern: big,
                weight: 1.0,
            }],
        );
        assert!(e.unwrap_err().to_string().contains("rules[0].pattern"));
        let e = Rules::build(
            false,
            &[UserRule {
                name: "huge".into(),
                pattern: r"\w{1000}{1000}".into(),
                weight: 1.0,
            }],
        );
        assert!(e.is_err());
    }
}
