//! Timing and peak memory of one `tageval annotate` run, shared by the bench
//! binaries (`throughput`, `long_document`).

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Runs `tageval annotate INPUT --quiet EXTRA…` and returns (seconds, peak RSS in
/// KiB; sampled from /proc when `/usr/bin/time` is missing). Output goes to a null
/// stdout: `-o /dev/null` would make the CLI write a temporary file in /dev.
pub fn peak_rss(binary: &Path, input: &Path, extra: &[&str]) -> (f64, Option<u64>) {
    let time = Path::new("/usr/bin/time");
    let mut command = if time.exists() {
        let mut c = Command::new(time);
        c.arg("-v").arg(binary);
        c
    } else {
        Command::new(binary)
    };
    command.arg("annotate").arg(input).arg("--quiet").args(extra);
    command.stdout(Stdio::null()).stderr(Stdio::piped());
    let start = Instant::now();
    let mut child = command.spawn().expect("the tageval binary runs");
    let stderr = child.stderr.take().expect("piped stderr");
    // Without /usr/bin/time the high-water mark is sampled from /proc while it runs.
    let pid = child.id();
    let sampler = (!time.exists()).then(|| {
        std::thread::spawn(move || {
            let mut peak = None;
            while let Ok(status) = std::fs::read_to_string(format!("/proc/{pid}/status")) {
                match status.lines().find_map(|l| l.strip_prefix("VmHWM:")) {
                    Some(v) => peak = v.trim().trim_end_matches("kB").trim().parse::<u64>().ok().or(peak),
                    None => break, // exited, not yet reaped
                }
                std::thread::sleep(Duration::from_millis(5));
            }
            peak
        })
    });
    let mut max_rss = None;
    let mut messages = Vec::new();
    for line in BufReader::new(stderr).lines().map_while(Result::ok) {
        match line.trim().strip_prefix("Maximum resident set size (kbytes):") {
            Some(kb) => max_rss = kb.trim().parse::<u64>().ok(),
            None => messages.push(line),
        }
    }
    let status = child.wait().expect("the tageval binary finishes");
    let secs = start.elapsed().as_secs_f64();
    assert!(status.success(), "tageval annotate failed: {status}\n{}", messages.join("\n"));
    let peak = match sampler {
        Some(handle) => handle.join().expect("the sampler finishes"),
        None => max_rss,
    };
    (secs, peak)
}
