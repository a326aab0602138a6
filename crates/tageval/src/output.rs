//! Writing results: stdout, or a file written atomically (temporary file + rename),
//! so that a failed or interrupted run never leaves a truncated output behind.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use reader::{conll, AnnotatedDoc, DocWriter, Sink, Target, WriteOptions};

use crate::args::{FormatArg, SchemeArg};

/// An output stream: stdout or a temporary file renamed into place on [`Output::commit`].
pub struct Output {
    writer: BufWriter<Box<dyn Write>>,
    /// (temporary path, final path) for a file output.
    file: Option<(PathBuf, PathBuf)>,
}

impl Output {
    /// Opens `path` (`None` or `-` is stdout).
    pub fn create(path: Option<&Path>) -> Result<Output> {
        match path {
            None => Ok(Output::stdout()),
            Some(p) if p == Path::new("-") => Ok(Output::stdout()),
            // A device or pipe (`/dev/null`, a FIFO) is written in place: renaming a
            // temporary file over it would replace it.
            Some(p) if p.exists() && !p.is_file() && !p.is_dir() => {
                let file = File::options().write(true).open(p).with_context(|| format!("{}: cannot open", p.display()))?;
                Ok(Output { writer: BufWriter::with_capacity(1 << 16, Box::new(file)), file: None })
            }
            Some(p) => {
                let name = p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "out".into());
                let tmp = p.with_file_name(format!(".{name}.tmp-{}", std::process::id()));
                let file = File::create(&tmp).with_context(|| format!("{}: cannot create", tmp.display()))?;
                Ok(Output { writer: BufWriter::with_capacity(1 << 16, Box::new(file)), file: Some((tmp, p.to_path_buf())) })
            }
        }
    }

    fn stdout() -> Output {
        Output { writer: BufWriter::with_capacity(1 << 16, Box::new(io::stdout().lock())), file: None }
    }

    /// Flushes, and for a file renames the temporary file to its final name.
    pub fn commit(mut self) -> Result<()> {
        self.writer.flush().context("cannot write output")?;
        if let Some((tmp, path)) = self.file.take() {
            if let Err(err) = std::fs::rename(&tmp, &path) {
                // `self.file` is taken, so `Drop` no longer removes the temporary file.
                let _ = std::fs::remove_file(&tmp);
                return Err(err).with_context(|| format!("{}: cannot rename into place", path.display()));
            }
        }
        Ok(())
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

impl Drop for Output {
    fn drop(&mut self) {
        if let Some((tmp, _)) = &self.file {
            let _ = std::fs::remove_file(tmp);
        }
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
