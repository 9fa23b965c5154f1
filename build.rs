//! Embeds every built-in lexicon file `lexicon/<category>/<lang>.txt` into
//! the crate, so the lexicons stay plain data files that users can read,
//! extend or replace.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("lexicon");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    if let Ok(cats) = std::fs::read_dir(&root) {
        for cat in cats.flatten() {
            let cat_path = cat.path();
            if !cat_path.is_dir() {
                continue;
            }
            println!("cargo:rerun-if-changed={}", cat_path.display());
            for file in std::fs::read_dir(&cat_path).into_iter().flatten().flatten() {
                let path = file.path();
                if path.extension().and_then(|e| e.to_str()) == Some("txt") {
                    files.push(path);
                }
            }
        }
    }
    files.sort();
    let mut out = String::from("/// Built-in lexicon files: (category, language, contents).\n");
    out.push_str("pub(crate) static BUILTIN: &[(&str, &str, &str)] = &[\n");
    for path in &files {
        let category = path
            .parent()
            .and_then(|p| p.file_name())
            .and_then(|s| s.to_str())
            .unwrap_or("");
        let lang = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        let _ = writeln!(
            out,
            "    ({category:?}, {lang:?}, include_str!({:?})),",
            path.display().to_string()
        );
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("builtin_lexicon.rs");
    std::fs::write(dest, out).expect("OUT_DIR is writable");
}
