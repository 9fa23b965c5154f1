use interloper::{Detector, Signal};
use std::io::Read;
fn main() {
    let mut doc = String::new();
    std::io::stdin().read_to_string(&mut doc).unwrap();
    let det = Detector::new();
    let r = det.scan(&doc);
    for ((span, s), p) in det.signals(&doc).iter().zip(r.paragraphs()) {
        let nz: Vec<String> = Signal::ALL
            .iter()
            .filter(|&&g| s.get(g).abs() > 0.005)
            .map(|&g| format!("{}={:.2}", g.as_str(), s.get(g)))
            .collect();
        println!(
            "{:.3} {:?} | {}\n    {}",
            p.score(),
            doc[span.start..span.end]
                .chars()
                .take(50)
                .collect::<String>(),
            format!("{:?}", p.label()),
            nz.join(" ")
        );
    }
}
