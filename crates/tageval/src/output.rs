//! Writing results: stdout, or a file written atomically (temporary file + rename),
//! so that a failed or interrupted run never leaves a truncated output behind.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use reader::{brat, conll, jsonl, timeml, AnnotatedDoc, Layer, Span};

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

/// Writes whole documents in `format` to `path` (a folder for brat; stdout if `None`).
pub fn write_docs(docs: &[AnnotatedDoc], format: FormatArg, path: Option<&Path>, tag_scheme: SchemeArg) -> Result<()> {
    if let Some(loss) = Loss::of(docs, format) {
        eprintln!("tageval: warning: {loss}");
    }
    match format {
        FormatArg::Brat => {
            let dir = path.filter(|p| *p != Path::new("-")).context("brat output is a folder: give it with -o DIR")?;
            brat::write_dir(dir, docs)?;
            Ok(())
        }
        FormatArg::Txt | FormatArg::Csv => anyhow::bail!("txt and csv are input formats only; write jsonl, brat, conll or timeml"),
        FormatArg::Timeml if docs.len() != 1 && path.is_some_and(Path::is_dir) => {
            let dir = path.context("a folder")?;
            for doc in docs {
                let file = dir.join(format!("{}.tml", safe_name(&doc.doc.id)?));
                let mut out = Output::create(Some(&file))?;
                timeml::write(&mut out, doc)?;
                out.commit()?;
            }
            Ok(())
        }
        _ => {
            let mut out = Output::create(path)?;
            match format {
                FormatArg::Jsonl => docs.iter().try_for_each(|d| jsonl::write_doc(&mut out, d))?,
                FormatArg::Conll => conll::write(&mut out, docs, scheme(tag_scheme))?,
                FormatArg::Timeml => {
                    anyhow::ensure!(docs.len() <= 1, "TimeML holds one document a file: give an existing folder with -o DIR for {} documents", docs.len());
                    docs.iter().try_for_each(|d| timeml::write(&mut out, d))?
                }
                FormatArg::Brat | FormatArg::Txt | FormatArg::Csv => unreachable!("handled above"),
            }
            out.commit()
        }
    }
}

fn safe_name(id: &str) -> Result<&str> {
    anyhow::ensure!(
        !id.is_empty() && !id.contains(['/', '\\', '\0']) && id != "." && id != "..",
        "document id {id:?} cannot be a file name"
    );
    Ok(id)
}

/// What a format cannot hold, counted so that nothing is left out silently.
#[derive(Debug, Default, PartialEq, Eq)]
struct Loss {
    format: &'static str,
    /// Spans of layers the format does not hold (TimeML: all but time expressions).
    other_layers: usize,
    /// Spans overlapping an earlier one where the format allows no overlap.
    overlapping: usize,
    /// Spans whose value or attributes the format has no place for.
    values: usize,
}

impl Loss {
    fn of(docs: &[AnnotatedDoc], format: FormatArg) -> Option<Loss> {
        let mut loss = Loss::default();
        for doc in docs {
            match format {
                FormatArg::Timeml => {
                    let (dates, others): (Vec<&Span>, Vec<&Span>) =
                        doc.spans.iter().partition(|s| s.layer() == Some(Layer::Dates));
                    loss.format = "TimeML";
                    loss.other_layers += others.len();
                    loss.overlapping += overlapping(dates);
                }
                FormatArg::Conll => {
                    loss.format = "CoNLL";
                    loss.overlapping += overlapping(doc.spans.iter().collect());
                    loss.values += doc.spans.iter().filter(|s| s.value.is_some() || !s.attrs.is_empty()).count();
                }
                _ => return None,
            }
        }
        (loss.other_layers + loss.overlapping + loss.values > 0).then_some(loss)
    }
}

/// Spans that overlap one kept before them, in sorted order (what the writers drop).
fn overlapping(mut spans: Vec<&Span>) -> usize {
    spans.sort();
    let mut end = 0;
    let mut dropped = 0;
    for span in spans {
        if span.start < end {
            dropped += 1;
        } else {
            end = span.end;
        }
    }
    dropped
}

impl std::fmt::Display for Loss {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut parts = Vec::new();
        if self.other_layers > 0 {
            parts.push(format!("{} span(s) of other layers (it holds time expressions only)", self.other_layers));
        }
        if self.overlapping > 0 {
            parts.push(format!("{} span(s) overlapping an earlier one", self.overlapping));
        }
        if self.values > 0 {
            parts.push(format!("the values and attributes of {} span(s)", self.values));
        }
        write!(f, "{} cannot hold {}; they are left out (write jsonl or brat to keep everything)", self.format, parts.join(", "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timeml_and_conll_losses_are_counted() {
        let mut date = Span::new(14, 20, "DATE");
        date.value = Some("XXXX-WXX-1".into());
        let doc = AnnotatedDoc {
            doc: reader::Document::new("a", "Assad left on Monday."),
            spans: vec![Span::new(0, 5, "PER"), Span::new(0, 10, "MISC"), date],
            layers: Vec::new(),
        };
        let docs = [doc];
        let timeml = Loss::of(&docs, FormatArg::Timeml).expect("a loss");
        assert_eq!((timeml.other_layers, timeml.overlapping, timeml.values), (2, 0, 0));
        let conll = Loss::of(&docs, FormatArg::Conll).expect("a loss");
        assert_eq!((conll.other_layers, conll.overlapping, conll.values), (0, 1, 1));
        assert!(conll.to_string().starts_with("CoNLL cannot hold 1 span(s) overlapping an earlier one, the values"), "{conll}");
        assert_eq!(Loss::of(&docs, FormatArg::Jsonl), None);
    }
}
