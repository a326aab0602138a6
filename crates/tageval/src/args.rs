//! The command line, as clap sees it. [`crate::config`] turns these into validated
//! settings; no clap type goes further.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

const EXIT_CODES: &str = "\
Exit status: 0 success; 1 a check failed (--min-f1, --fail-under, --fail-if-worse);
2 an input or usage error.
Input errors are reported as `path:line (doc id): message` on stderr.";

/// Tag news text with named entities, time expressions and casualty figures, and
/// score the tags against hand-labelled gold.
///
/// Typical runs:
///   tageval eval                                    # bundled corpus against its gold
///   tageval annotate corpus.jsonl -o tagged.jsonl   # tag JSONL, a .txt folder or CSV
///   tageval annotate - < in.jsonl > out.jsonl       # as a filter
///   tageval score --gold gold/ --pred tagged.jsonl  # score any tool's output
///   tageval convert eng.testa --to jsonl            # JSONL, brat, CoNLL, TimeML
///
/// Layers: entities (PER ORG LOC MISC), dates (TIMEX3 DATE TIME DURATION SET with
/// values), casualties (CASUALTY with OUTCOME:COUNT values). Offsets in every file are
/// Unicode code points.
#[derive(Debug, Parser)]
#[command(name = "tageval", version, after_help = EXIT_CODES, max_term_width = 100, verbatim_doc_comment)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
    /// No progress bar (otherwise drawn on stderr when it is a terminal, by every
    /// command that reads or annotates a corpus).
    #[arg(long, short, global = true)]
    pub quiet: bool,
    /// Number CoNLL documents after their file's name (`eng-1`, `eng-2`, …) instead of
    /// by position alone (`doc-1`, …, the default, so that one corpus written with
    /// different tag schemes or file names pairs up when scored).
    #[arg(long, global = true)]
    pub conll_file_ids: bool,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Tag a corpus; one output document per input document, in input order.
    ///
    /// JSONL in gives JSONL out: each input line `{"id","text","dct"?, ...}` becomes one
    /// output line with every input field plus `"spans": [{"start","end","label","text","value"?}]`
    /// (offsets in Unicode code points). Example: `tageval annotate - < in.jsonl > out.jsonl`.
    #[command(after_help = EXIT_CODES)]
    Annotate(AnnotateArgs),
    /// Score predicted spans against gold spans.
    ///
    /// Both sides may be in any supported format (JSONL, brat folder, CoNLL, TimeML);
    /// documents are matched by id. Only the layers the gold covers are scored.
    #[command(after_help = EXIT_CODES)]
    Score(ScoreArgs),
    /// Tag a corpus and score it against its gold in one go (defaults: the bundled corpus).
    #[command(after_help = EXIT_CODES)]
    Eval(EvalArgs),
    /// Convert annotations between formats (JSONL, brat, CoNLL, TimeML).
    #[command(after_help = EXIT_CODES)]
    Convert(ConvertArgs),
    /// Train a span tagger on your own labels, from gold in any supported format.
    ///
    /// Learns every label the training gold holds (BILOU tags over them; at most 7), or
    /// those of --labels, and stores the labels and the layer name (--layer) in the
    /// model. Run it with `tageval annotate --model FILE`: a model of layer `entities`
    /// replaces the bundled entity model, any other layer runs as a layer of its own.
    #[command(after_long_help = TRAIN_RECIPE)]
    Train(TrainArgs),
    /// Write a self-contained HTML error-analysis page (no network needed to view it).
    ///
    /// With --pred, scores those predictions; otherwise tags the corpus first
    /// (default: the bundled corpus against its gold).
    ///
    /// One page is meant for a corpus of up to about 10 MB of text (a few thousand
    /// news articles): it embeds every document, and memory grows with the corpus,
    /// about 16 MB per MB of text (160 MB at 10 MB, 320 MB at 20 MB). Score larger
    /// corpora with `score`, and draw a page of a sample of them.
    #[command(after_help = EXIT_CODES)]
    Report(HtmlArgs),
    /// Compare two systems against the same gold: is B better than A, or is it noise?
    ///
    /// Per schema, per layer and per label: P/R/F1 of A and B and their change (and
    /// value F1), a paired bootstrap over documents (Berg-Kirkpatrick et al. 2012:
    /// p = share of resamples whose ΔF1 is at least twice the observed one, in its
    /// direction) with the 95% interval of ΔF1, and an approximate randomisation test
    /// (each document's two outputs swapped with probability 1/2; two-sided; exact when
    /// 2^documents ≤ --rounds). Then the documents that changed most and the spans that
    /// flipped (fixed, broken). Example:
    ///   tageval compare --gold gold.jsonl --pred old.jsonl --pred new.jsonl
    ///   tageval compare --gold gold.jsonl --pred old.jsonl --pred new.jsonl --format json -o cmp.json
    #[command(after_help = EXIT_CODES, verbatim_doc_comment)]
    Compare(CompareArgs),
    /// Combine score counts written with `--counts-out` into one report.
    ///
    /// The result is exactly the report that scoring all shards at once gives.
    #[command(after_help = EXIT_CODES)]
    Merge(MergeArgs),
    /// Write a cargo project that guards tagging a corpus with insta snapshots.
    ///
    /// DIR gets its own Cargo.toml (depending on this tageval by path), a copy of the
    /// corpus and gold (and of any --lexicon and --model) under data/, and
    /// tests/regression.rs: one snapshot per document (its spans, one a line) and one
    /// of the score report. Record the snapshots once, then run it after every change:
    ///   tageval new-suite my-suite --corpus corpus.jsonl --gold gold.jsonl
    ///   cd my-suite && INSTA_UPDATE=always cargo test   # record
    ///   cargo test                                      # later: fails on any change,
    ///                                                   # leaving .snap.new files
    #[command(after_help = EXIT_CODES, verbatim_doc_comment)]
    NewSuite(NewSuiteArgs),
}

/// Input file formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// One JSON object per line, or one JSON array; Label Studio, Doccano and Prodigy exports too (`-` reads stdin).
    Jsonl,
    /// A folder of `.txt` files, with an optional `manifest.csv` (file,id,dct).
    Txt,
    /// CSV with a header row naming `id`, `text`, `dct` columns.
    Csv,
    /// brat standoff: a folder of `.txt` + `.ann` files.
    Brat,
    /// CoNLL column file (last column IOB1, IOB2 or BIOES tags).
    Conll,
    /// TimeML `.tml` file or folder of them.
    Timeml,
    /// spaCy DocBin `.spacy` (read only): `doc.ents`, or `doc.spans[KEY]` with --spans-key.
    Spacy,
}

/// Output file formats: those tageval writes (`txt` and `csv` are read only, so
/// `--to` does not offer them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutFormatArg {
    /// One JSON object per line.
    Jsonl,
    /// brat standoff: a folder of `.txt` + `.ann` files (give it with -o DIR).
    Brat,
    /// CoNLL column file (`token TAG`).
    Conll,
    /// TimeML: one `.tml` document, or a folder of them (-o DIR).
    Timeml,
}

impl OutFormatArg {
    /// The same choice as an input format.
    pub fn arg(self) -> FormatArg {
        match self {
            OutFormatArg::Jsonl => FormatArg::Jsonl,
            OutFormatArg::Brat => FormatArg::Brat,
            OutFormatArg::Conll => FormatArg::Conll,
            OutFormatArg::Timeml => FormatArg::Timeml,
        }
    }
}

impl FormatArg {
    /// The format this choice names.
    pub fn format(self) -> reader::Format {
        match self {
            FormatArg::Jsonl => reader::Format::Jsonl,
            FormatArg::Txt => reader::Format::Txt,
            FormatArg::Csv => reader::Format::Csv,
            FormatArg::Brat => reader::Format::Brat,
            FormatArg::Conll => reader::Format::Conll,
            FormatArg::Timeml => reader::Format::Timeml,
            FormatArg::Spacy => reader::Format::Spacy,
        }
    }
}

/// Tag schemes for CoNLL output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SchemeArg {
    /// `I-` throughout, `B-` only between adjacent chunks of one type (CoNLL-2003).
    Iob1,
    /// `B-` at every chunk start.
    Iob2,
    /// `B-`, `I-`, `E-` and `S-` (single).
    Bioes,
}

/// Report formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// A readable table.
    Table,
    /// JSON (`schemas`, `by_label`, `values`, `by_doc`, ...).
    Json,
    /// CSV, one row per label and schema.
    Csv,
    /// conlleval-style text.
    Conlleval,
    /// A stable text report for snapshot tests and `git diff`: one figure group a
    /// line, four decimals, no confidence intervals, timings or paths.
    Snapshot,
}

/// `--layers`: the layers to run (the commands that annotate, and `new-suite`).
#[derive(Debug, Args)]
pub struct LayersArg {
    /// Layers to run, comma-separated: entities, dates, casualties.
    #[arg(long, value_delimiter = ',', default_value = "entities,dates,casualties")]
    pub layers: Vec<String>,
}

/// `--lexicon`: extra entity lexicons (the commands that annotate, and `new-suite`,
/// which copies them into the suite).
#[derive(Debug, Args)]
pub struct LexiconArg {
    /// Extra entity lexicon (JSONL patterns, `{"label":"ORG","pattern":"Levant Front"}`); repeatable.
    #[arg(long, value_name = "FILE")]
    pub lexicon: Vec<PathBuf>,
}

/// Options shared by the commands that run annotators.
#[derive(Debug, Args)]
pub struct PipelineArgs {
    #[command(flatten)]
    pub layers: LayersArg,
    /// Worker threads (default: all cores). The output is the same for any number.
    #[arg(long, short = 'j')]
    pub threads: Option<usize>,
    /// Model file from `tageval train`; repeatable. A model of layer `entities`
    /// replaces the bundled CoNLL-2003 model; a model of a layer you named runs as that
    /// layer, beside the --layers (or alone: `--layers NAME`).
    #[arg(long, value_name = "FILE")]
    pub model: Vec<PathBuf>,
    #[command(flatten)]
    pub lexicon: LexiconArg,
    /// Do not apply the bundled conflict-news lexicon.
    #[arg(long)]
    pub no_bundled_lexicon: bool,
    /// Read all-numeric dates such as 06/01/2015 day first (default: month first).
    #[arg(long)]
    pub day_first: bool,
}

/// Options for reading a corpus.
#[derive(Debug, Args)]
pub struct CorpusArgs {
    /// Corpus format (default: guessed: folder → txt/brat/timeml, .csv → csv, else jsonl/conll).
    #[arg(long = "from", value_enum, value_name = "FORMAT")]
    pub from: Option<FormatArg>,
    /// CSV column holding the document id.
    #[arg(long, default_value = "id")]
    pub id_column: String,
    /// CSV column holding the text.
    #[arg(long, default_value = "text")]
    pub text_column: String,
    /// CSV column holding the creation time.
    #[arg(long, default_value = "dct")]
    pub dct_column: String,
    /// Skip malformed documents (reported on stderr with their line and counted)
    /// instead of stopping at the first.
    #[arg(long)]
    pub skip_bad: bool,
}

/// `tageval annotate`.
#[derive(Debug, Args)]
pub struct AnnotateArgs {
    /// The corpus: JSONL file, folder of .txt, CSV, or any annotation format; `-` is stdin (JSONL).
    #[arg(default_value = "-")]
    pub input: PathBuf,
    /// Output file or folder (brat); default stdout. Files are written atomically.
    #[arg(short, long, value_name = "PATH")]
    pub output: Option<PathBuf>,
    /// Output format.
    #[arg(long = "to", value_enum, default_value = "jsonl", value_name = "FORMAT")]
    pub to: OutFormatArg,
    /// Tag scheme for CoNLL output.
    #[arg(long, value_enum, default_value = "iob2")]
    pub scheme: SchemeArg,
    #[command(flatten)]
    pub corpus: CorpusArgs,
    #[command(flatten)]
    pub pipeline: PipelineArgs,
    /// Resumable run (JSONL into `-o FILE`): the output grows in `FILE.partial`, kept
    /// when the run is interrupted or crashes and renamed to FILE when it completes.
    /// Run the same command again to continue after the last complete line of the
    /// partial file (its ids checked against the input's); the finished file is the
    /// one an uninterrupted run writes, byte for byte.
    #[arg(long)]
    pub resume: bool,
    /// Accept an input with no documents (an empty file, stdin or CSV with a header
    /// only): write an empty output and exit 0. Without it a run over zero documents
    /// is an error, because it is nearly always a wrong path or a failed step upstream;
    /// use it in pipelines where an empty batch is normal.
    #[arg(long)]
    pub allow_empty: bool,
}

/// What is scored and where the result goes: shared by `score`, `eval`, `merge`
/// and `compare`.
#[derive(Debug, Args)]
pub struct ScopeArgs {
    /// Write the report (or comparison) here instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Map labels before scoring, e.g. `GPE=LOC,PERSON=PER,NORP=MISC` (`X=O` drops X).
    #[arg(long, value_delimiter = ',', value_name = "FROM=TO")]
    pub map: Vec<String>,
    /// Score only these layers (default: the layers the gold covers).
    #[arg(long = "score-layers", value_delimiter = ',', value_name = "LAYERS")]
    pub score_layers: Vec<String>,
    /// What confidence intervals and significance tests resample: whole documents,
    /// or sentences (line breaks and sentence-final punctuation, never cutting a
    /// span) for a corpus of few long documents, such as a CoNLL file without
    /// -DOCSTART- (one document). The scores themselves do not change.
    #[arg(long, value_enum, default_value = "documents", value_name = "UNIT")]
    pub resample: ResampleArg,
}

/// Units of resampling.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ResampleArg {
    /// Whole documents.
    Documents,
    /// Sentences.
    Sentences,
}

impl ResampleArg {
    /// The scorer's unit.
    pub fn unit(self) -> scorer::ResampleUnit {
        match self {
            ResampleArg::Documents => scorer::ResampleUnit::Documents,
            ResampleArg::Sentences => scorer::ResampleUnit::Sentences,
        }
    }
}

/// Options shared by `score` and `eval`.
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Report format.
    #[arg(long, value_enum, default_value = "table")]
    pub format: ReportFormat,
    #[command(flatten)]
    pub scope: ScopeArgs,
    /// Write every error (false positive/negative, boundary, label, value) here: .csv or .jsonl.
    #[arg(long, value_name = "FILE")]
    pub errors: Option<PathBuf>,
    /// Write raw counts here (JSON) for `tageval merge`.
    #[arg(long, value_name = "FILE")]
    pub counts_out: Option<PathBuf>,
    /// Write CSV text cells as they are. By default a text cell of `--errors x.csv`
    /// or `--format csv` (a label, a document id, a span's text or value, a context)
    /// that starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading
    /// `'` so that a spreadsheet shows it rather than running it as a formula (OWASP
    /// advice on CSV injection); numeric cells are never changed.
    #[arg(long)]
    pub csv_raw: bool,
    /// Exit with status 1 when strict micro F1 is below this (the gate `strict.f1=F1`; a
    /// number from 0 to 1).
    #[arg(long, value_name = "F1", value_parser = parse_f1)]
    pub min_f1: Option<f64>,
    /// Exit with status 1 when any figure is below its threshold; repeatable,
    /// comma-separated. A gate is `[SCOPE.]MEASURE.STAT=THRESHOLD`: SCOPE a layer
    /// (entities, dates, casualties) or a label (PER, DATE, CASUALTY, ...), left out for
    /// all layers; MEASURE strict, exact, partial, type or value; STAT precision,
    /// recall or f1, and for value also accuracy (the casualty toll accuracy) or
    /// overlap_accuracy. Every failed gate is named on stderr. Example:
    /// --fail-under 'entities.strict.f1=0.88,dates.value.f1=0.80,CASUALTY.strict.recall=0.9'
    #[arg(long, value_name = "GATES", verbatim_doc_comment)]
    pub fail_under: Vec<String>,
    /// Exit with status 1 when strict micro F1 (or value F1) dropped from this baseline
    /// by more than --tolerance and the drop is significant (paired bootstrap over
    /// documents, p < 0.05). The baseline is a counts file written by --counts-out
    /// (it holds per-document counts). Example:
    ///   tageval eval --counts-out baseline.json                 # on main
    ///   tageval eval --fail-if-worse baseline.json --tolerance 0.005   # on a branch
    #[arg(long, value_name = "COUNTS.json", verbatim_doc_comment)]
    pub fail_if_worse: Option<PathBuf>,
    /// The drop in F1 that --fail-if-worse accepts whatever its significance.
    #[arg(long, default_value_t = 0.005, value_name = "F1")]
    pub tolerance: f64,
    /// Bootstrap resamples for the 95% confidence intervals (0 disables).
    #[arg(long, default_value_t = 1000)]
    pub bootstrap: usize,
    /// Seed of the bootstrap.
    #[arg(long, default_value_t = 42)]
    pub seed: u64,
}

/// How spans that need a choice are read (`score`, `convert`).
#[derive(Debug, Clone, Default, Args)]
pub struct SpanReadArgs {
    /// Trim spans that start or end on whitespace, with a warning counting them
    /// (without it such a span is an error naming its file, document and span).
    #[arg(long)]
    pub trim_spans: bool,
    /// brat discontinuous spans (`T1  LOC 0 5;9 14`): an error, one span from the
    /// first start to the last end (outer), or one span per fragment (split).
    #[arg(long, value_enum, default_value = "error", value_name = "HOW")]
    pub discontinuous: DiscontinuousArg,
    /// spaCy DocBin: read the span group KEY (`doc.spans[KEY]`, e.g. `sc`) instead
    /// of `doc.ents`.
    #[arg(long, value_name = "KEY")]
    pub spans_key: Option<String>,
}

/// What brat's discontinuous spans become.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub enum DiscontinuousArg {
    /// An error naming the line.
    #[default]
    Error,
    /// One span from the first fragment's start to the last one's end.
    Outer,
    /// One span per fragment.
    Split,
}

impl DiscontinuousArg {
    /// The reader's choice.
    pub fn choice(self) -> reader::brat::Discontinuous {
        match self {
            DiscontinuousArg::Error => reader::brat::Discontinuous::Error,
            DiscontinuousArg::Outer => reader::brat::Discontinuous::Outer,
            DiscontinuousArg::Split => reader::brat::Discontinuous::Split,
        }
    }
}

/// `tageval score`.
#[derive(Debug, Args)]
pub struct ScoreArgs {
    /// Gold annotations (JSONL, brat folder, CoNLL, TimeML).
    #[arg(long, value_name = "PATH")]
    pub gold: PathBuf,
    /// Predicted annotations (any of the same formats; `-` is stdin JSONL).
    #[arg(long, value_name = "PATH")]
    pub pred: PathBuf,
    /// Format of the gold (default: guessed).
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub gold_format: Option<FormatArg>,
    /// Format of the predictions (default: guessed).
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub pred_format: Option<FormatArg>,
    /// Folder holding the documents' .txt files for brat gold without them.
    #[arg(long, value_name = "DIR")]
    pub text_dir: Option<PathBuf>,
    /// Score document death tolls instead of spans: the predictions' killed total
    /// (`casualty_totals`, else computed from their CASUALTY spans) against this
    /// numeric field of the gold (JSONL, or CSV with an id column), e.g. `fatalities`.
    #[arg(long, value_name = "FIELD")]
    pub totals: Option<String>,
    /// With --totals: the gold CSV column holding the document id.
    #[arg(long, default_value = "id", value_name = "COLUMN")]
    pub gold_id_column: String,
    /// With --totals: score only one part of a deterministic 70/30 split of the
    /// documents by a hash of their id (`tune` or `heldout`).
    #[arg(long, value_enum, value_name = "PART")]
    pub split: Option<SplitArg>,
    #[command(flatten)]
    pub spans: SpanReadArgs,
    #[command(flatten)]
    pub report: ReportArgs,
}

/// The two parts of the deterministic development split.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SplitArg {
    /// About 70% of the documents: tune on these.
    Tune,
    /// The other 30%: look only at the figure, never at the errors, while tuning.
    Heldout,
}

/// `tageval eval`.
#[derive(Debug, Args)]
pub struct EvalArgs {
    /// The corpus to tag (default: the bundled corpus, corpora/aleppo-2015).
    #[arg(long, value_name = "PATH")]
    pub corpus: Option<PathBuf>,
    /// Its gold (default: gold/aleppo-2015 for the bundled corpus).
    #[arg(long, value_name = "PATH")]
    pub gold: Option<PathBuf>,
    /// Format of the gold (default: guessed).
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub gold_format: Option<FormatArg>,
    /// Also write the predictions here (JSONL).
    #[arg(long, value_name = "FILE")]
    pub pred_out: Option<PathBuf>,
    #[command(flatten)]
    pub corpus_args: CorpusArgs,
    #[command(flatten)]
    pub pipeline: PipelineArgs,
    #[command(flatten)]
    pub report: ReportArgs,
}

/// `tageval convert`.
#[derive(Debug, Args)]
pub struct ConvertArgs {
    /// Input file or folder; `-` is stdin.
    #[arg(default_value = "-")]
    pub input: PathBuf,
    /// Output file or folder (brat needs a folder); default stdout.
    #[arg(short, long, value_name = "PATH")]
    pub output: Option<PathBuf>,
    /// Input format (default: guessed).
    #[arg(long = "from", value_enum, value_name = "FORMAT")]
    pub from: Option<FormatArg>,
    /// Output format.
    #[arg(long = "to", value_enum, value_name = "FORMAT")]
    pub to: OutFormatArg,
    /// Tag scheme for CoNLL output.
    #[arg(long, value_enum, default_value = "iob1")]
    pub scheme: SchemeArg,
    /// Folder holding the .txt files for brat input without them.
    #[arg(long, value_name = "DIR")]
    pub text_dir: Option<PathBuf>,
    #[command(flatten)]
    pub spans: SpanReadArgs,
}

/// The whole recipe, on the example that ships with tageval (`tageval train --help`).
const TRAIN_RECIPE: &str = "\
Recipe (the example in examples/custom-labels, labels WEAPON and ARMED_GROUP):
  tageval train --train examples/custom-labels/train.conll --dev examples/custom-labels/dev.conll \\
      --layer weapons --gazetteer examples/custom-labels/gazetteer -o weapons.model
  tageval annotate examples/custom-labels/dev.conll --model weapons.model -o dev.pred.jsonl
  tageval score --gold examples/custom-labels/dev.conll --pred dev.pred.jsonl
  tageval annotate news.jsonl --model weapons.model --layers weapons   (the model's layer alone)

--gazetteer DIR: UTF-8 files, one name a line (`#` comments): LABEL.txt (WEAPON.txt) lists
names of a label; places.txt and person_names.txt are world lists (scripts/build_gazetteer.py)
that help any label set.

Exit codes: 0 ok, 2 an input or usage error (gold without a span the trainer can learn,
more than 7 labels, an unreadable file).";

/// `tageval train`.
#[derive(Debug, Args)]
pub struct TrainArgs {
    /// Training gold (CoNLL, JSONL, brat, ...).
    #[arg(long, value_name = "PATH")]
    pub train: PathBuf,
    /// Development gold: F1 on it is printed per epoch and picks the best epoch.
    #[arg(long, value_name = "PATH")]
    pub dev: PathBuf,
    /// Where to write the model.
    #[arg(short, long, value_name = "FILE")]
    pub output: PathBuf,
    /// Seed of the shuffling (same seed, same data: same model).
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Maximum number of epochs.
    #[arg(long)]
    pub epochs: Option<usize>,
    /// Gazetteer folder: LABEL.txt per label (one name a line) and the world lists
    /// places.txt, person_names.txt (built by scripts/build_gazetteer.py); its names
    /// become features of the model.
    #[arg(long, value_name = "DIR")]
    pub gazetteer: Option<PathBuf>,
    /// The layer the model's spans belong to, stored in the model: `entities` (the
    /// bundled model's layer) or a name of your own (`weapons`).
    #[arg(long, value_name = "NAME", default_value = "entities")]
    pub layer: String,
    /// The labels to learn, comma-separated (default: every label of the training gold
    /// that belongs to no other built-in layer).
    #[arg(long, value_name = "LABELS", value_delimiter = ',')]
    pub labels: Option<Vec<String>>,
    /// Word clusters (`word<TAB>id<TAB>id…`, one id per granularity; built by
    /// scripts/build_clusters.py): their ids become features of the model.
    #[arg(long, value_name = "FILE")]
    pub clusters: Option<PathBuf>,
    /// Train N models (the first with --seed, the others with seeds derived from it),
    /// each keeping its best epoch, and write the mean of their weights: one model of
    /// the same size and speed that depends less on one seed (N times the training time).
    #[arg(long, value_name = "N", default_value_t = 1)]
    pub average: usize,
    /// Extra training gold (any format tageval reads), as FILE or FILE:WEIGHT: its
    /// sentences are trained on beside --train's, a mistake on one moving the weights by
    /// WEIGHT (above 0, at most 1; default 1); its names do not join the model's
    /// gazetteer unless --extra-names is given. Takes several files (`--extra-train
    /// corpora/*-train/*/*.jsonl`) and may be repeated; the files are trained on in the
    /// order given.
    #[arg(long, value_name = "FILE[:WEIGHT]", num_args = 1..)]
    pub extra_train: Vec<String>,
    /// The names of --extra-train's gold join the model's gazetteer (its own
    /// documents see those of the other folds, as --train's do).
    #[arg(long)]
    pub extra_names: bool,
}

/// `tageval merge`.
#[derive(Debug, Args)]
pub struct MergeArgs {
    /// Count files written by `score --counts-out` or `eval --counts-out`.
    #[arg(required = true)]
    pub parts: Vec<PathBuf>,
    #[command(flatten)]
    pub report: ReportArgs,
}

/// `tageval report`.
#[derive(Debug, Args)]
pub struct HtmlArgs {
    /// The corpus to tag when no --pred is given (default: the bundled corpus).
    #[arg(long, value_name = "PATH")]
    pub corpus: Option<PathBuf>,
    /// Gold annotations (default: gold/aleppo-2015 for the bundled corpus).
    #[arg(long, value_name = "PATH")]
    pub gold: Option<PathBuf>,
    /// Predictions to draw instead of tagging the corpus (any supported format).
    #[arg(long, value_name = "PATH")]
    pub pred: Option<PathBuf>,
    /// Draw a comparison page instead: these predictions (B) against --pred (A), as
    /// `tageval compare` reports them (figures with their tests, changed documents,
    /// flipped spans).
    #[arg(long, value_name = "PATH", requires = "pred")]
    pub compare: Option<PathBuf>,
    /// Format of the gold (default: guessed).
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub gold_format: Option<FormatArg>,
    /// Where to write the page.
    #[arg(short, long, value_name = "FILE", default_value = "tageval-report.html")]
    pub output: PathBuf,
    #[command(flatten)]
    pub corpus_args: CorpusArgs,
    #[command(flatten)]
    pub pipeline: PipelineArgs,
    /// Map labels before scoring, e.g. `GPE=LOC,PERSON=PER`.
    #[arg(long, value_delimiter = ',', value_name = "FROM=TO")]
    pub map: Vec<String>,
    /// Bootstrap resamples for the confidence intervals (0 disables).
    #[arg(long, default_value_t = 1000)]
    pub bootstrap: usize,
    /// Seed of the bootstrap.
    #[arg(long, default_value_t = 42)]
    pub seed: u64,
    /// Show each document's predicted killed total next to the toll coded in this
    /// numeric field of the gold JSONL (ACLED: `fatalities`), with the totals table
    /// of `score --totals` in the summary.
    #[arg(long, value_name = "FIELD", conflicts_with = "compare")]
    pub totals: Option<String>,
}

/// Comparison formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CompareFormat {
    /// A readable table.
    Table,
    /// JSON (`rows`, `changed_docs`, `flips`, ...).
    Json,
    /// CSV, one row per scope and measure.
    Csv,
}

/// `tageval compare`.
#[derive(Debug, Args)]
pub struct CompareArgs {
    /// Gold annotations (JSONL, brat folder, CoNLL, TimeML).
    #[arg(long, value_name = "PATH")]
    pub gold: PathBuf,
    /// The two systems' predictions, A (baseline) then B: give --pred twice.
    #[arg(long, value_name = "PATH", num_args = 1, required = true)]
    pub pred: Vec<PathBuf>,
    /// Format of the gold (default: guessed).
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub gold_format: Option<FormatArg>,
    /// Format of the predictions (default: guessed).
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub pred_format: Option<FormatArg>,
    /// Folder holding the documents' .txt files for brat gold without them.
    #[arg(long, value_name = "DIR")]
    pub text_dir: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value = "table")]
    pub format: CompareFormat,
    #[command(flatten)]
    pub scope: ScopeArgs,
    /// Paired bootstrap samples (0 disables).
    #[arg(long, default_value_t = 1000)]
    pub bootstrap: usize,
    /// Approximate randomisation rounds (0 disables).
    #[arg(long, default_value_t = 1000)]
    pub rounds: usize,
    /// Seed of both tests.
    #[arg(long, default_value_t = 42)]
    pub seed: u64,
    /// How many of the most changed documents to list.
    #[arg(long, default_value_t = 10)]
    pub top: usize,
}

/// `tageval new-suite`.
#[derive(Debug, Args)]
pub struct NewSuiteArgs {
    /// The folder to create (it must not exist, or be empty).
    pub dir: PathBuf,
    /// The corpus to tag (any supported format).
    #[arg(long, value_name = "PATH")]
    pub corpus: PathBuf,
    /// Its gold annotations (any supported format).
    #[arg(long, value_name = "PATH")]
    pub gold: PathBuf,
    /// Corpus format (default: guessed).
    #[arg(long = "from", value_enum, value_name = "FORMAT")]
    pub from: Option<FormatArg>,
    /// Format of the gold (default: guessed).
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub gold_format: Option<FormatArg>,
    #[command(flatten)]
    pub layers: LayersArg,
    #[command(flatten)]
    pub lexicon: LexiconArg,
    /// An entity model to copy into the suite and use instead of the bundled one.
    #[arg(long, value_name = "FILE")]
    pub model: Option<PathBuf>,
    /// The tageval crate the suite depends on (default: crates/tageval of the
    /// repository this binary was built in).
    #[arg(long, value_name = "DIR")]
    pub tageval_path: Option<PathBuf>,
}

/// An F1 threshold: a number from 0 to 1 (`NaN` and `1.5` are refused).
fn parse_f1(s: &str) -> Result<f64, String> {
    let f: f64 = s.trim().parse().map_err(|_| format!("`{s}` is not a number"))?;
    if (0.0..=1.0).contains(&f) {
        Ok(f)
    } else {
        Err(format!("`{s}` is not between 0 and 1"))
    }
}
