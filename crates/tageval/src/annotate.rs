//! `tageval annotate`, `convert` and `train`.

use annotator::Pipeline;
use anyhow::{Context, Result};
use rayon::prelude::*;
use std::io::{BufWriter, Seek, SeekFrom, Write};

use reader::{AnnotatedDoc, Record, Span};

use crate::args::{AnnotateArgs, ConvertArgs, CorpusArgs, TrainArgs};
use crate::input::Input;
use crate::output;
use crate::progress::Progress;
use crate::{config, Outcome};

/// Documents annotated together: enough to keep every core busy, few enough that
/// memory stays bounded whatever the corpus size.
const WINDOW_DOCS: usize = 2048;
/// Text bytes annotated together at most.
const WINDOW_BYTES: usize = 8 << 20;

/// Runs `tageval annotate`.
pub fn run(args: &AnnotateArgs) -> Result<Outcome> {
    let pipeline = config::pipeline(&args.pipeline)?;
    let input = Input::new(&args.input, args.corpus.from, None)?;
    let records = input.records(&config::columns(&args.corpus))?;
    let mut progress = Progress::new("annotating", &[&args.input]);
    let skipped = if args.resume {
        let path = resumable_output(args)?;
        let (out, done) = output::resumable(path)?;
        let records = skip_done(records, &done, &args.corpus, &output::partial_path(path))?;
        if !done.is_empty() {
            eprintln!("tageval: resuming after {} document(s) already in {}", done.len(), output::partial_path(path).display());
        }
        let resumed = done.len();
        output::with_output_writer(out, path, |writer| {
            let tally = for_each_window(records, &args.corpus, &pipeline, &mut progress, &mut WriterEmit { writer })?;
            not_empty(args, Tally { written: tally.written + resumed, ..tally })
        })?
    } else {
        output::with_writer(args.to.arg(), args.output.as_deref(), args.scheme, |writer| {
            let tally = for_each_window(records, &args.corpus, &pipeline, &mut progress, &mut WriterEmit { writer })?;
            not_empty(args, tally)
        })?
    };
    report_skipped(skipped);
    progress.finish();
    Ok(Outcome::Ok)
}

/// The output file of a `--resume` run: JSONL into a file.
fn resumable_output(args: &AnnotateArgs) -> Result<&std::path::Path> {
    let path = args.output.as_deref().filter(|p| *p != std::path::Path::new("-"));
    let Some(path) = path else { anyhow::bail!("--resume needs an output file (-o FILE)") };
    if args.to.arg().format() != reader::Format::Jsonl {
        anyhow::bail!("--resume writes JSONL only (not --to {})", args.to.arg().format().name());
    }
    if path.is_dir() {
        anyhow::bail!("{}: --resume needs an output file, not a folder", path.display());
    }
    Ok(path)
}

/// The input after the documents already written (`done`, the ids of the partial
/// file's lines, in order): each is checked against the input's document at its
/// position, so a partial file of another input or other options is refused. With
/// `--skip-bad`, malformed documents are passed over as the first run passed them.
fn skip_done(
    mut records: reader::corpus::Records,
    done: &[String],
    corpus: &CorpusArgs,
    partial: &std::path::Path,
) -> Result<reader::corpus::Records> {
    let mut line = 0;
    while line < done.len() {
        match records.next() {
            Some(Ok(rec)) => {
                if rec.doc.doc.id != done[line] {
                    anyhow::bail!(
                        "{}:{}: id {:?}, but document {} of the input is {:?}: the partial output is not from this input; remove it to start again",
                        partial.display(),
                        line + 1,
                        done[line],
                        line + 1,
                        rec.doc.doc.id
                    );
                }
                line += 1;
            }
            Some(Err(err)) if corpus.skip_bad && !matches!(err.kind, reader::ErrorKind::Io(_)) => {}
            Some(Err(err)) => return Err(err.into()),
            None => anyhow::bail!(
                "{}: {} lines, more than the input's {line} documents: the partial output is not from this input; remove it to start again",
                partial.display(),
                done.len()
            ),
        }
    }
    Ok(records)
}

/// The skipped count of a run that wrote at least one document (or was allowed to
/// write none); otherwise the zero-documents error, raised inside the writer so that
/// no output file is left behind.
fn not_empty(args: &AnnotateArgs, tally: Tally) -> Result<usize> {
    if tally.written == 0 && !args.allow_empty {
        report_skipped(tally.skipped);
        let err = crate::input::no_documents(&args.input, tally.skipped);
        anyhow::bail!("{err}; pass --allow-empty to accept an empty input");
    }
    Ok(tally.skipped)
}

fn report_skipped(skipped: usize) {
    if skipped > 0 {
        eprintln!("tageval: skipped {skipped} malformed document(s), listed above");
    }
}

/// A document longer than this (bytes of text) is annotated a part at a time
/// ([`annotator::parts`]), so that memory stays bounded by the part.
pub const LONG_BYTES: usize = 4 << 20;
/// The size of those parts.
const PART_BYTES: usize = 1 << 20;

/// Where annotated documents go, in input order.
pub trait Emit {
    /// One annotated document.
    fn doc(&mut self, doc: &AnnotatedDoc) -> Result<()>;

    /// Whether documents go out as JSONL lines ([`Emit::line`]) rather than to
    /// [`Emit::doc`]: each is then encoded on the worker thread that tagged it, so
    /// that this thread only writes bytes.
    fn wants_lines(&self) -> bool {
        false
    }

    /// One annotated document's JSONL line ([`reader::jsonl::write_doc`]), when
    /// [`Emit::wants_lines`].
    fn line(&mut self, line: &[u8]) -> Result<()> {
        let _ = line;
        anyhow::bail!("this output takes documents, not JSONL lines")
    }

    /// A document longer than [`LONG_BYTES`], not yet annotated: by default annotated
    /// a part at a time and handed to [`Emit::doc`] whole.
    fn long(&mut self, doc: AnnotatedDoc, pipeline: &Pipeline, progress: &mut Progress) -> Result<()> {
        let doc = annotate_long(doc, pipeline, progress);
        self.doc(&doc)
    }
}

/// Any closure taking annotated documents.
impl<F: FnMut(&AnnotatedDoc) -> Result<()>> Emit for F {
    fn doc(&mut self, doc: &AnnotatedDoc) -> Result<()> {
        self(doc)
    }
}

/// Writes into an output format; a long document into JSONL is written a part at a
/// time, its spans never all in memory.
struct WriterEmit<'w> {
    writer: &'w mut dyn reader::DocWriter,
}

impl Emit for WriterEmit<'_> {
    fn doc(&mut self, doc: &AnnotatedDoc) -> Result<()> {
        self.writer.write(doc).context("cannot write output")
    }

    fn wants_lines(&self) -> bool {
        self.writer.writes_jsonl()
    }

    fn line(&mut self, line: &[u8]) -> Result<()> {
        self.writer.write_jsonl_line(line).context("cannot write output")
    }

    fn long(&mut self, doc: AnnotatedDoc, pipeline: &Pipeline, progress: &mut Progress) -> Result<()> {
        match self.writer.jsonl_stream() {
            Some(out) => write_long_jsonl(out, doc, pipeline, progress).context("cannot write output"),
            None => {
                let doc = annotate_long(doc, pipeline, progress);
                self.doc(&doc)
            }
        }
    }
}

/// Annotates the parts of a long document in parallel, a batch of parts at a time,
/// handing each part's range and spans to `each` in text order.
fn for_each_part(
    doc: &AnnotatedDoc,
    pipeline: &Pipeline,
    progress: &mut Progress,
    mut each: impl FnMut(std::ops::Range<usize>, Vec<Span>) -> Result<()>,
) -> Result<()> {
    let ranges = annotator::parts(&doc.doc.text, PART_BYTES);
    let batch = rayon::current_num_threads().max(1) * 2;
    for chunk in ranges.chunks(batch) {
        let spans: Vec<Vec<Span>> = chunk.par_iter().map(|r| pipeline.annotate_part(&doc.doc, r.clone())).collect();
        for (range, spans) in chunk.iter().zip(spans) {
            progress.add(0, range.len());
            each(range.clone(), spans)?;
        }
    }
    progress.add(1, 0);
    Ok(())
}

/// A long document annotated a part at a time, its spans collected.
fn annotate_long(mut doc: AnnotatedDoc, pipeline: &Pipeline, progress: &mut Progress) -> AnnotatedDoc {
    let mut all = Vec::new();
    let collected = for_each_part(&doc, pipeline, progress, |_, spans| {
        all.extend(spans);
        Ok(())
    });
    debug_assert!(collected.is_ok(), "collecting spans cannot fail");
    doc.spans = all;
    doc.layers.clear();
    if pipeline.layers().contains(&reader::Layer::Casualties) {
        tageval::set_casualty_totals(&mut doc);
    }
    doc
}

/// Writes a long document as one JSONL line, the line an ordinary run writes for
/// its spans, holding one batch of parts' spans at a time: the span entries go to an
/// unnamed temporary file (their casualty totals come before them on the line), then
/// the line is written: its fields, the entries copied back, its end.
fn write_long_jsonl(out: &mut dyn Write, mut doc: AnnotatedDoc, pipeline: &Pipeline, progress: &mut Progress) -> Result<()> {
    let totals = pipeline.layers().contains(&reader::Layer::Casualties);
    let mut spill = BufWriter::new(tempfile::tempfile().context("cannot create a temporary file for a long document's spans")?);
    let mut casualties = Vec::new();
    let (mut first, mut chars) = (true, 0usize);
    for_each_part(&doc, pipeline, progress, |range, spans| {
        let text = &doc.doc.text;
        if totals {
            casualties.extend(spans.iter().filter(|s| s.layer() == Some(reader::Layer::Casualties)).cloned());
        }
        reader::jsonl::write_span_entries(&mut spill, &spans, text, range.clone(), chars, &mut first)?;
        chars += text.get(range).map_or(0, |t| t.chars().count());
        Ok(())
    })?;
    doc.layers.clear();
    if totals {
        doc.spans = casualties;
        tageval::set_casualty_totals(&mut doc);
    }
    doc.spans = Vec::new();
    let mut spill = spill.into_inner().map_err(|e| e.into_error())?;
    spill.seek(SeekFrom::Start(0))?;
    reader::jsonl::write_doc_open(out, &doc)?;
    std::io::copy(&mut spill, out)?;
    reader::jsonl::write_doc_close(out)?;
    Ok(())
}

/// What [`for_each_window`] did.
#[derive(Debug, Clone, Copy)]
pub struct Tally {
    /// Documents annotated and handed on.
    pub written: usize,
    /// Malformed records skipped (only with `--skip-bad`; otherwise the first one is
    /// the error).
    pub skipped: usize,
}

/// Annotates `records` a window at a time, in parallel, handing each annotated
/// document to `emit` in input order.
pub fn for_each_window(
    mut records: reader::corpus::Records,
    corpus: &CorpusArgs,
    pipeline: &Pipeline,
    progress: &mut Progress,
    emit: &mut dyn Emit,
) -> Result<Tally> {
    let mut skipped = 0;
    let mut written = 0;
    let mut window: Vec<Record> = Vec::with_capacity(WINDOW_DOCS);
    loop {
        window.clear();
        let mut bytes = 0;
        let mut long = None;
        for record in records.by_ref() {
            match record {
                Ok(rec) if rec.doc.doc.text.len() > LONG_BYTES => {
                    long = Some(rec);
                    break;
                }
                Ok(rec) => {
                    bytes += rec.doc.doc.text.len();
                    window.push(rec);
                    if window.len() >= WINDOW_DOCS || bytes >= WINDOW_BYTES {
                        break;
                    }
                }
                // An input that cannot be read is not a malformed document: what
                // follows it is unknown, so even --skip-bad stops there.
                Err(err) if corpus.skip_bad && !matches!(err.kind, reader::ErrorKind::Io(_)) => {
                    eprintln!("tageval: skipped: {err}");
                    skipped += 1;
                }
                Err(err) => return Err(err.into()),
            }
        }
        if window.is_empty() && long.is_none() {
            return Ok(Tally { written, skipped });
        }
        let docs = window.len();
        written += docs + usize::from(long.is_some());
        if emit.wants_lines() {
            // Tagged, encoded and freed on the workers: this thread, which the
            // workers wait for between windows, only reads and writes.
            let lines = window.par_drain(..).map(|rec| annotated_line(pipeline, rec.doc)).collect::<std::io::Result<Vec<_>>>();
            for line in lines.context("cannot write output")? {
                emit.line(&line)?;
            }
        } else {
            window.par_iter_mut().for_each(|rec| tageval::annotate_doc(pipeline, &mut rec.doc));
            for rec in &window {
                emit.doc(&rec.doc)?;
            }
        }
        progress.add(docs, bytes);
        if let Some(rec) = long {
            emit.long(rec.doc, pipeline, progress)?;
        }
    }
}

/// Tags `doc` and encodes it as its JSONL line; the document is freed on the
/// thread that made its spans.
fn annotated_line(pipeline: &Pipeline, mut doc: AnnotatedDoc) -> std::io::Result<Vec<u8>> {
    tageval::annotate_doc(pipeline, &mut doc);
    let mut line = Vec::with_capacity(2 * doc.doc.text.len() + 256);
    reader::jsonl::write_doc(&mut line, &doc)?;
    Ok(line)
}

/// Annotates a whole corpus in memory (for `eval`).
pub fn annotate_all(
    records: reader::corpus::Records,
    corpus: &CorpusArgs,
    pipeline: &Pipeline,
    input: &std::path::Path,
) -> Result<(Vec<AnnotatedDoc>, usize)> {
    let mut docs = Vec::new();
    let mut progress = Progress::new("annotating", &[input]);
    let mut keep = |doc: &AnnotatedDoc| {
        docs.push(doc.clone());
        Ok(())
    };
    let tally = for_each_window(records, corpus, pipeline, &mut progress, &mut keep)?;
    progress.finish();
    if tally.written == 0 {
        report_skipped(tally.skipped);
        return Err(crate::input::no_documents(input, tally.skipped));
    }
    Ok((docs, tally.skipped))
}

/// Runs `tageval convert`.
pub fn convert(args: &ConvertArgs) -> Result<Outcome> {
    let input = Input::new(&args.input, args.from, args.text_dir.as_deref())?.with_spans(&args.spans);
    let docs = input.read_all()?;
    output::write_docs(&docs, args.to.arg(), args.output.as_deref(), args.scheme)?;
    Ok(Outcome::Ok)
}

/// Runs `tageval train`: reads gold in any format, prints dev F1 per epoch on
/// stderr (the model alone, scored by `scorer::strict_score`), keeps the best epoch
/// and writes the model (with its labels and layer).
pub fn train(args: &TrainArgs) -> Result<Outcome> {
    use annotator::entities::train::{labels_of, read_gazetteer_dir, train, DevScore, TrainOptions};
    let read = |path: &std::path::Path| -> Result<Vec<AnnotatedDoc>> { Input::new(path, None, None)?.read_all() };
    let train_docs = read(&args.train)?;
    let dev_docs = read(&args.dev)?;
    let mut options = TrainOptions {
        seed: args.seed,
        layer: args.layer.clone(),
        labels: args.labels.clone(),
        average: args.average,
        ..Default::default()
    };
    if let Some(epochs) = args.epochs {
        options.epochs = epochs;
    }
    for arg in &args.extra_train {
        let (path, weight) = extra_train_arg(arg)?;
        let docs = read(std::path::Path::new(path))?;
        eprintln!("tageval: extra training data {path}: {} documents, weight {weight}", docs.len());
        options.extra.push(annotator::entities::train::ExtraTrain { docs, weight, names: args.extra_names });
    }
    let labels = labels_of(&train_docs, &options.layer.to_ascii_lowercase(), options.labels.as_deref());
    if let Some(dir) = &args.gazetteer {
        options.world = read_gazetteer_dir(dir, &labels).context("cannot read the gazetteer")?;
        eprintln!("tageval: gazetteer {}: {} names", dir.display(), options.world.len());
    }
    if let Some(path) = &args.clusters {
        let text = std::fs::read_to_string(path).with_context(|| format!("{}: cannot read the clusters", path.display()))?;
        options.clusters = annotator::entities::clusters::Clusters::parse(&text).map_err(|e| anyhow::anyhow!("{}:{e}", path.display()))?;
        eprintln!("tageval: clusters {}: {} words, {} levels", path.display(), options.clusters.len(), options.clusters.levels());
    }
    eprintln!(
        "tageval: training layer `{}` ({}) on {} documents, {} dev documents",
        options.layer,
        if labels.is_empty() { "no labels".to_string() } else { labels.join(" ") },
        train_docs.len(),
        dev_docs.len()
    );
    let mut score_dev = |labels: &[String], gold: &[AnnotatedDoc], predicted: &[AnnotatedDoc]| -> Result<DevScore<scorer::StrictScore>> {
        let score = scorer::strict_score(gold, predicted, labels).context("cannot score the dev set")?;
        Ok(DevScore { f1: score.micro.f1, figures: score })
    };
    let model = train(&train_docs, &dev_docs, &options, &mut score_dev, &mut |epoch| eprintln!("{epoch}")).context("cannot train")?;
    model.save(&args.output).with_context(|| format!("{}: cannot write the model", args.output.display()))?;
    eprintln!("tageval: wrote {}", args.output.display());
    if !dev_docs.is_empty() {
        let m = dev_through_scorer(&args.output, model.layer(), &dev_docs)?;
        eprintln!("tageval: dev, the whole tagger through the scorer (strict): P {:.4} R {:.4} F1 {:.4}", m.precision, m.recall, m.f1);
    }
    Ok(Outcome::Ok)
}

/// Splits `--extra-train FILE[:WEIGHT]` into the path and the weight (1 when none is
/// given; a suffix after the last `:` that is no number belongs to the path).
fn extra_train_arg(arg: &str) -> Result<(&str, f32)> {
    match arg.rsplit_once(':').and_then(|(path, w)| Some((path, w.parse::<f32>().ok()?))) {
        Some((path, weight)) if !path.is_empty() => {
            if !(weight > 0.0 && weight <= 1.0) {
                anyhow::bail!("--extra-train {arg}: the weight must be above 0 and at most 1");
            }
            Ok((path, weight))
        }
        _ => Ok((arg, 1.0)),
    }
}

/// The strict figures of the model at `path` on `dev`, tagged as `annotate --model`
/// tags (tidying and lexicon included) and counted by the scorer (the per-epoch
/// figures that pick the epoch are the model's alone, without tidying).
fn dev_through_scorer(path: &std::path::Path, layer: &str, dev: &[AnnotatedDoc]) -> Result<scorer::Metrics> {
    use annotator::{EntityOptions, PipelineConfig};
    let options = EntityOptions { model: Some(path.to_path_buf()), ..Default::default() };
    let entities = reader::Layer::parse(layer) == Some(reader::Layer::Entities);
    let config = if entities {
        PipelineConfig { layers: vec![reader::Layer::Entities], entities: options, ..Default::default() }
    } else {
        PipelineConfig { custom: vec![options], ..Default::default() }
    };
    let pipeline = Pipeline::build(&config).context("cannot load the model just written")?;
    let pred: Vec<AnnotatedDoc> =
        dev.par_iter().map(|d| AnnotatedDoc { doc: d.doc.clone(), spans: pipeline.annotate(&d.doc), layers: Vec::new() }).collect();
    // Only the layer trained is scored: gold of other layers is not missed.
    let only = if entities { vec![reader::Layer::Entities] } else { Vec::new() };
    let options = scorer::ScoreOptions { only_layers: Some(only), ..Default::default() };
    let counts = scorer::score(dev, &pred, &options).context("cannot score the dev gold")?;
    let report = counts.report(&scorer::ReportOptions { bootstrap: scorer::BootstrapOptions { resamples: 0, seed: 0 }, by_doc: false });
    Ok(report.schemas.strict)
}

#[cfg(test)]
mod tests {
    use super::*;

    const INPUT: &str = concat!(
        "{\"id\":\"a\",\"text\":\"Three civilians were killed in Aleppo on Monday.\",\"dct\":\"2015-06-02\",\"source\":\"wire\"}\n",
        "\n",
        "{\"id\":\"b\",\"text\":\"Tuesday, 14 June: 12 dead in Ḥamā, a \\\"quote\\\".\",\"spans\":[]}\n",
        "{\"text\":\"On 3 May 2015 two people died.\"}\n",
    );

    #[test]
    fn extra_train_takes_an_optional_weight_after_the_last_colon() {
        assert_eq!(extra_train_arg("a.jsonl").unwrap(), ("a.jsonl", 1.0));
        assert_eq!(extra_train_arg("a.jsonl:0.3").unwrap(), ("a.jsonl", 0.3));
        assert_eq!(extra_train_arg("x:y/a.jsonl:1").unwrap(), ("x:y/a.jsonl", 1.0));
        assert_eq!(extra_train_arg("x:y/a.jsonl").unwrap(), ("x:y/a.jsonl", 1.0), "no number: part of the path");
        assert_eq!(extra_train_arg(":0.5").unwrap(), (":0.5", 1.0), "no path before the colon");
        for bad in ["a.jsonl:0", "a.jsonl:-0.5", "a.jsonl:1.5", "a.jsonl:NaN"] {
            let err = extra_train_arg(bad).expect_err(bad).to_string();
            assert!(err.contains("above 0 and at most 1"), "{err}");
        }
    }

    fn records() -> reader::corpus::Records {
        Box::new(reader::jsonl::JsonlReader::new(INPUT.as_bytes(), "t.jsonl"))
    }

    /// Documents encoded on the workers and written as lines are the bytes the
    /// JSONL writer gives the same documents handed over whole.
    #[test]
    fn lines_encoded_on_the_workers_are_the_documents_written_whole() {
        let layers = [reader::Layer::Dates, reader::Layer::Casualties];
        let pipeline = Pipeline::build(&annotator::PipelineConfig::with_layers(&layers)).expect("taggers");
        let corpus =
            CorpusArgs { from: None, id_column: "id".into(), text_column: "text".into(), dct_column: "dct".into(), skip_bad: false };
        let mut lines = Vec::new();
        {
            let name = std::path::Path::new("out.jsonl");
            let options = reader::WriteOptions::default();
            let mut writer = reader::Format::Jsonl.writer(reader::Sink::Stream { out: &mut lines, name }, &options).expect("a writer");
            let mut emit = WriterEmit { writer: &mut *writer };
            assert!(emit.wants_lines());
            for_each_window(records(), &corpus, &pipeline, &mut Progress::new("t", &[]), &mut emit).expect("annotates");
            writer.finish().expect("finishes");
        }
        let mut whole = Vec::new();
        let mut keep = |doc: &AnnotatedDoc| Ok(reader::jsonl::write_doc(&mut whole, doc)?);
        for_each_window(records(), &corpus, &pipeline, &mut Progress::new("t", &[]), &mut keep).expect("annotates");
        let (lines, whole) = (String::from_utf8(lines).expect("utf8"), String::from_utf8(whole).expect("utf8"));
        assert_eq!(lines, whole);
        assert_eq!(lines.lines().count(), 3, "{lines}");
        assert!(lines.contains("\"value\":\"killed:3\"") && lines.contains("\"casualty_totals\""), "{lines}");
    }
}
