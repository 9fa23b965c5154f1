//! Loads arbitrary bytes as a JSON and as a TOML configuration; whatever
//! loads is built, and whatever builds scans a short document. Nothing may
//! panic: a bad configuration must be an error.

#![no_main]

use interloper::{Config, Detector};
use libfuzzer_sys::fuzz_target;

const DOC: &str = "A short report on the weather.\n\n\
                   Slot gacor maxwin hari ini, daftar di t.me/bonus88 sekarang!!!\n\n\
                   สล็อตออนไลน์ เว็บตรง แตกง่าย\n\nThe rain stopped at noon.";

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for config in [Config::from_json(&text), Config::from_toml(&text)] {
        let Ok(mut config) = config else { continue };
        // Lexicon files would read whatever path the input names (a
        // configuration is trusted to name its files); keep the run
        // hermetic.
        for l in &mut config.lexicon {
            l.file = None;
        }
        // What loads also serializes and loads back.
        let back = Config::from_json(&config.to_json());
        if let Ok(detector) = Detector::builder().config(config.clone()).build() {
            let report = detector.scan(DOC);
            let _ = report.clean_text(DOC);
            assert_eq!(back.ok().as_ref(), Some(&config), "to_json round trip");
        }
    }
});
