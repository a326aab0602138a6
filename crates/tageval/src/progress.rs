//! Progress of long commands on stderr, drawn by `indicatif`, only when stderr is a
//! terminal and `-q` was not given.
//!
//! When the input's size is known (files and folders, not `-`), the bar shows the
//! share of input bytes read (every reader counts what it reads:
//! `reader::shared::bytes_read`), a percentage and an ETA; always the documents
//! done, documents per second and text MB per second. `indicatif` fits the line to
//! the terminal's width and redraws it in place (at most five times a second).

use std::io::IsTerminal;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// `-q`: no progress for this process.
static QUIET: AtomicBool = AtomicBool::new(false);

/// Silences every progress display of this process (`-q`).
pub fn set_quiet(quiet: bool) {
    QUIET.store(quiet, Ordering::Relaxed);
}

/// Counts documents and bytes and shows them on a progress bar.
pub struct Progress {
    bar: Option<ProgressBar>,
    /// What is done (`annotating`, `reading gold.jsonl`).
    what: String,
    /// The input bytes (files) the bar runs to, when known.
    total: Option<u64>,
    /// `bytes_read` when the bar started.
    read_at_start: u64,
    start: Instant,
    docs: u64,
    bytes: u64,
    last: Instant,
}

impl Progress {
    /// A progress display for reading `inputs` (files or folders; `-` has no known
    /// size), labelled `what`; hidden unless stderr is a terminal and `-q` is not set.
    pub fn new(what: &str, inputs: &[&Path]) -> Progress {
        let shown = !QUIET.load(Ordering::Relaxed) && std::io::stderr().is_terminal();
        let total = inputs.iter().map(|p| input_size(p)).sum::<Option<u64>>().filter(|&t| t > 0);
        let bar = shown.then(|| match total {
            Some(total) => {
                // `wide_msg` takes the width left and is cut to it: the line never wraps.
                let style = ProgressStyle::with_template("{percent:>3}% ETA {eta:<3} {bar:12} {wide_msg}")
                    .unwrap_or_else(|_| ProgressStyle::default_bar());
                ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr_with_hz(5)).with_style(style)
            }
            None => {
                let style = ProgressStyle::with_template("{spinner} {wide_msg}").unwrap_or_else(|_| ProgressStyle::default_spinner());
                ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr_with_hz(5)).with_style(style)
            }
        });
        let now = Instant::now();
        Progress {
            bar,
            what: what.to_string(),
            total,
            read_at_start: reader::shared::bytes_read(),
            start: now,
            docs: 0,
            bytes: 0,
            last: now,
        }
    }

    /// Records `docs` more documents of `bytes` bytes of text.
    pub fn add(&mut self, docs: usize, bytes: usize) {
        self.docs += docs as u64;
        self.bytes += bytes as u64;
        if self.bar.is_some() && self.last.elapsed() >= Duration::from_millis(100) {
            self.last = Instant::now();
            self.draw();
        }
    }

    fn draw(&self) {
        let Some(bar) = &self.bar else { return };
        if let Some(total) = self.total {
            bar.set_position(reader::shared::bytes_read().saturating_sub(self.read_at_start).min(total));
        }
        let secs = self.start.elapsed().as_secs_f64().max(1e-3);
        let mb = self.bytes as f64 / 1e6;
        // The figures first: a narrow terminal cuts the end of the line.
        bar.set_message(format!("{} docs, {:.0} docs/s, {:.1} MB/s, {}", self.docs, self.docs as f64 / secs, mb / secs, self.what));
        if self.total.is_none() {
            bar.tick();
        }
    }

    /// Draws the final state and leaves it on its line.
    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            self.draw();
            if let Some(total) = self.total {
                bar.set_position(total);
            }
            bar.finish();
        }
    }
}

/// The size in bytes of a file, or of the files in a folder (and its folders, to a
/// depth of three); `None` for `-` or what cannot be read.
fn input_size(path: &Path) -> Option<u64> {
    fn walk(path: &Path, depth: usize) -> Option<u64> {
        let meta = std::fs::metadata(path).ok()?;
        if meta.is_file() {
            return Some(meta.len());
        }
        if !meta.is_dir() || depth == 0 {
            return Some(0);
        }
        let entries = std::fs::read_dir(path).ok()?;
        Some(entries.filter_map(|e| e.ok()).filter_map(|e| walk(&e.path(), depth - 1)).sum())
    }
    if path == Path::new("-") {
        return None;
    }
    walk(path, 3)
}
