//! A one-line progress report on stderr, shown only when stderr is a terminal.

use std::io::{IsTerminal, Write};
use std::time::{Duration, Instant};

/// Counts documents and bytes and redraws a status line at most five times a second.
pub struct Progress {
    enabled: bool,
    start: Instant,
    last: Instant,
    docs: usize,
    bytes: usize,
}

impl Progress {
    /// A progress line, drawn only if `wanted` and stderr is a terminal.
    pub fn new(wanted: bool) -> Progress {
        let now = Instant::now();
        Progress { enabled: wanted && std::io::stderr().is_terminal(), start: now, last: now, docs: 0, bytes: 0 }
    }

    /// Records `docs` more documents of `bytes` bytes.
    pub fn add(&mut self, docs: usize, bytes: usize) {
        self.docs += docs;
        self.bytes += bytes;
        if self.enabled && self.last.elapsed() > Duration::from_millis(200) {
            self.last = Instant::now();
            self.draw();
        }
    }

    fn draw(&self) {
        let secs = self.start.elapsed().as_secs_f64().max(1e-9);
        let mb = self.bytes as f64 / 1e6;
        eprint!("\r{} docs, {:.1} MB, {:.1} MB/s   ", self.docs, mb, mb / secs);
        let _ = std::io::stderr().flush();
    }

    /// Draws the final state and ends the line.
    pub fn finish(&self) {
        if self.enabled {
            self.draw();
            eprintln!();
        }
    }
}
