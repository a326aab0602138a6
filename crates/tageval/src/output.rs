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
    /// `--resume`: the partial file, renamed to the output on commit.
    Partial {
        file: File,
        partial: std::path::PathBuf,
        path: std::path::PathBuf,
    },
}

impl Write for Dest {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Dest::Stream(w) => w.write(buf),
            Dest::File(f) => f.write(buf),
            Dest::Partial { file, .. } => file.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Dest::Stream(w) => w.flush(),
            Dest::File(f) => f.flush(),
            Dest::Partial { file, .. } => file.flush(),
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
            Dest::Partial { file, partial, path } => {
                file.sync_all().with_context(|| format!("{}: cannot write output", path.display()))?;
                std::fs::rename(&partial, &path)
                    .with_context(|| format!("{}: cannot rename {} into place", path.display(), partial.display()))
            }
        }
    }
}

/// The partial file of this process's resumable output, once opened.
static RESUMING: std::sync::OnceLock<std::path::PathBuf> = std::sync::OnceLock::new();

/// The partial file of this process's resumable output (`--resume`), if any: what an
/// interruption leaves behind.
pub fn resuming() -> Option<&'static Path> {
    RESUMING.get().map(|p| p.as_path())
}

/// The partial file of a resumable output `path`: `path.partial`.
pub fn partial_path(path: &Path) -> std::path::PathBuf {
    let mut name = path.as_os_str().to_os_string();
    name.push(".partial");
    std::path::PathBuf::from(name)
}

/// A resumable JSONL output into `path` (`--resume`): continues `path.partial` after
/// its last complete line (what follows it, a line cut short, is dropped), or starts
/// it. Returns the output and the ids of the lines kept, in order.
///
/// The partial file is opened without following a link and must be a regular file
/// (a planted link is refused, as for every output).
pub fn resumable(path: &Path) -> Result<(Output, Vec<String>)> {
    use std::io::{Seek, SeekFrom};
    let partial = partial_path(path);
    let mut options = File::options();
    options.read(true).write(true).create(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NOFOLLOW);
    }
    let mut file = options.open(&partial).with_context(|| format!("{}: cannot open the partial output", partial.display()))?;
    let meta = file.metadata().with_context(|| format!("{}: cannot read", partial.display()))?;
    if !meta.is_file() {
        anyhow::bail!("{}: the partial output is not a regular file", partial.display());
    }
    let (keep, ids) = complete_lines(&mut file).with_context(|| format!("{}: cannot read the partial output", partial.display()))?;
    file.set_len(keep).with_context(|| format!("{}: cannot truncate the partial output", partial.display()))?;
    file.seek(SeekFrom::Start(keep))?;
    let _ = RESUMING.set(partial.clone());
    let dest = Dest::Partial { file, partial, path: path.to_path_buf() };
    Ok((Output { writer: BufWriter::with_capacity(1 << 16, dest) }, ids))
}

/// The length of `file` up to its last line break after a line that parses as JSON
/// with an `id`, and those ids. The lines are read as a stream (a line of hundreds of
/// megabytes is not held).
fn complete_lines(file: &mut File) -> Result<(u64, Vec<String>)> {
    use std::io::{BufRead, BufReader, Read};
    #[derive(serde::Deserialize)]
    struct Id {
        id: String,
    }
    let mut reader = BufReader::with_capacity(1 << 16, &*file);
    let (mut at, mut ids) = (0u64, Vec::new());
    loop {
        if reader.fill_buf()?.is_empty() {
            break;
        }
        let used = std::cell::Cell::new(0u64);
        let mut de = serde_json::Deserializer::from_reader(Counting { inner: &mut reader, n: &used });
        let parsed = <Id as serde::Deserialize>::deserialize(&mut de);
        drop(de);
        let used = used.get();
        // The line must end right after its value: a line cut short stops the scan.
        let mut newline = [0u8; 1];
        let Ok(line) = parsed else { break };
        if reader.read(&mut newline)? != 1 || newline[0] != b'\n' {
            break;
        }
        at += used + 1;
        ids.push(line.id);
    }
    Ok((at, ids))
}

/// A reader that counts the bytes taken from it.
struct Counting<'n, R> {
    inner: R,
    n: &'n std::cell::Cell<u64>,
}

impl<R: std::io::Read> std::io::Read for Counting<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.n.set(self.n.get() + n as u64);
        Ok(n)
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

/// Runs `body` with a JSONL writer into `out` (a resumable output), then commits it.
pub fn with_output_writer<T>(mut out: Output, name: &Path, body: impl FnOnce(&mut dyn DocWriter) -> Result<T>) -> Result<T> {
    let options = WriteOptions { scheme: conll::TagScheme::Iob2 };
    let value = {
        let mut writer = reader::Format::Jsonl.writer(Sink::Stream { out: &mut out, name }, &options)?;
        let value = body(&mut *writer)?;
        writer.finish()?;
        value
    };
    out.commit()?;
    Ok(value)
}

/// Writes whole documents in `format` to `path` (see [`with_writer`]).
pub fn write_docs(docs: &[AnnotatedDoc], format: FormatArg, path: Option<&Path>, tag_scheme: SchemeArg) -> Result<()> {
    with_writer(format, path, tag_scheme, |writer| docs.iter().try_for_each(|doc| writer.write(doc).map_err(Into::into)))
}
