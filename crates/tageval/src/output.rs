//! Writing results: stdout, or a file written atomically (temporary file + rename),
//! so that a failed or interrupted run never leaves a truncated output behind.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::Path;

use anyhow::{Context, Result};
use reader::shared::AtomicFile;
use reader::{conll, AnnotatedDoc, DocWriter, Sink, Target, WriteOptions};

use crate::args::{FormatArg, SchemeArg};

/// An output stream: stdout, a device written in place, or a file written through
/// [`AtomicFile`] (an exclusively created temporary file with an unpredictable name,
/// renamed into place on [`Output::commit`], removed on failure or interruption).
pub struct Output {
    writer: BufWriter<Dest>,
}

/// Where an [`Output`] goes.
enum Dest {
    Stream(Box<dyn Write>),
    File(AtomicFile),
}

impl Write for Dest {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Dest::Stream(w) => w.write(buf),
            Dest::File(f) => f.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Dest::Stream(w) => w.flush(),
            Dest::File(f) => f.flush(),
        }
    }
}

impl Output {
    /// Opens `path` (`None` or `-` is stdout).
    pub fn create(path: Option<&Path>) -> Result<Output> {
        let dest = match path {
            None => Output::stdout()?,
            Some(p) if p == Path::new("-") => Output::stdout()?,
            // A device or pipe (`/dev/null`, a FIFO) is written in place: renaming a
            // temporary file over it would replace it.
            Some(p) if p.exists() && !p.is_file() && !p.is_dir() => {
                let file = File::options().write(true).open(p).with_context(|| format!("{}: cannot open", p.display()))?;
                Dest::Stream(Box::new(file))
            }
            Some(p) => Dest::File(AtomicFile::create(p)?),
        };
        Ok(Output { writer: BufWriter::with_capacity(1 << 16, dest) })
    }

    /// Standard output as it is. A closed stdout (`>&-`) cannot be told apart from a
    /// parent's read-write `/dev/null` (Python's `subprocess.DEVNULL`, the Spark job),
    /// which is a legitimate way to discard output, so it is not refused.
    fn stdout() -> Result<Dest> {
        Ok(Dest::Stream(Box::new(io::stdout().lock())))
    }

    /// Flushes, and for a file renames the temporary file to its final name.
    pub fn commit(self) -> Result<()> {
        let dest = self.writer.into_inner().map_err(|e| e.into_error()).context("cannot write output")?;
        match dest {
            Dest::Stream(mut w) => w.flush().context("cannot write output"),
            Dest::File(f) => Ok(f.commit()?),
        }
    }
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.writer.write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.writer.flush()
    }
}

/// The CoNLL tag scheme of a command-line choice.
pub fn scheme(arg: SchemeArg) -> conll::TagScheme {
    match arg {
        SchemeArg::Iob1 => conll::TagScheme::Iob1,
        SchemeArg::Iob2 => conll::TagScheme::Iob2,
        SchemeArg::Bioes => conll::TagScheme::Bioes,
    }
}

/// Runs `body` with a writer of `format` into `path` (a folder for brat, and for
/// TimeML when it is an existing folder; else a file written atomically, or stdout
/// when `None` or `-`), then completes the output and warns about what the format
/// could not hold (the writer's own count).
pub fn with_writer<T>(
    format: FormatArg,
    path: Option<&Path>,
    tag_scheme: SchemeArg,
    body: impl FnOnce(&mut dyn DocWriter) -> Result<T>,
) -> Result<T> {
    let format = format.format();
    let options = WriteOptions { scheme: scheme(tag_scheme) };
    let path = path.filter(|p| *p != Path::new("-"));
    let folder = match format.capabilities().target {
        Target::Folder => path,
        Target::FilePerDoc => path.filter(|p| p.is_dir()),
        Target::Stream | Target::None => None,
    };
    let (value, loss) = match folder {
        Some(dir) => {
            let mut writer = format.writer(Sink::Folder(dir), &options)?;
            let value = body(&mut *writer)?;
            (value, writer.finish()?)
        }
        None => {
            let mut out = Output::create(path)?;
            let name = path.unwrap_or(Path::new("-")).to_path_buf();
            let (value, loss) = {
                let mut writer = format.writer(Sink::Stream { out: &mut out, name: &name }, &options)?;
                let value = body(&mut *writer)?;
                (value, writer.finish()?)
            };
            out.commit()?;
            (value, loss)
        }
    };
    if !loss.is_empty() {
        eprintln!("tageval: warning: {loss}");
    }
    Ok(value)
}

/// Writes whole documents in `format` to `path` (see [`with_writer`]).
pub fn write_docs(docs: &[AnnotatedDoc], format: FormatArg, path: Option<&Path>, tag_scheme: SchemeArg) -> Result<()> {
    with_writer(format, path, tag_scheme, |writer| docs.iter().try_for_each(|doc| writer.write(doc).map_err(Into::into)))
}
