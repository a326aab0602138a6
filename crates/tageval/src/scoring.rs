//! `tageval score`, `eval` and `merge`: read gold and predictions, count, report.

use std::io::Write;
use std::path::Path;

use anyhow::{bail, Context, Result};
use reader::{AnnotatedDoc, Layer};
use scorer::compare::{compare_counts, few_docs_warning, CompareOptions, MIN_DOCS_TO_RESAMPLE};
use scorer::gates::Gate;
use scorer::{BootstrapOptions, Counts, LabelMap, ReportOptions, ResampleUnit, ScoreOptions};

use crate::annotate::annotate_all;
use crate::args::{
    CompareArgs, CompareFormat, CorpusArgs, EvalArgs, FormatArg, MergeArgs, PipelineArgs, ReportArgs, ReportFormat, ResampleArg, SchemeArg,
    ScopeArgs, ScoreArgs,
};
use crate::input::Input;
use crate::output::Output;
use crate::{config, Outcome};

/// Runs `tageval score`.
pub fn score(args: &ScoreArgs) -> Result<Outcome> {
    if let Some(field) = &args.totals {
        return crate::totals::score(args, field);
    }
    gates(&args.report)?;
    let gold = Input::new(&args.gold, args.gold_format, args.text_dir.as_deref())?.with_spans(&args.spans).read_all()?;
    let pred = Input::new(&args.pred, args.pred_format, args.text_dir.as_deref())?.with_spans(&args.spans).read_all()?;
    score_and_report(&gold, &pred, &score_options(&args.report)?, &args.report)
}

/// Runs `tageval eval`: annotate a corpus, then score it against its gold.
pub fn eval(args: &EvalArgs) -> Result<Outcome> {
    gates(&args.report)?;
    let inputs = load_eval_inputs(args.corpus.as_deref(), args.gold.as_deref(), args.gold_format, &args.corpus_args, &args.pipeline)?;
    if let Some(path) = &args.pred_out {
        crate::output::write_docs(&inputs.pred, FormatArg::Jsonl, Some(path), SchemeArg::Iob2)?;
    }
    let mut options = score_options(&args.report)?;
    // Score what was run and what the gold covers: a layer left out with --layers is
    // not all missed, and a layer the gold does not cover is not all spurious.
    options.only_layers = Some(inputs.layers);
    score_and_report(&inputs.gold, &inputs.pred, &options, &args.report)
}

/// What `eval` (and `report` without `--pred`) scores: the gold, the corpus tagged
/// by the pipeline, and the layers the pipeline ran.
pub(crate) struct EvalInputs {
    pub gold: Vec<AnnotatedDoc>,
    pub pred: Vec<AnnotatedDoc>,
    pub layers: Vec<Layer>,
}

/// Reads the gold and tags the corpus (defaults: the bundled corpus and its gold).
pub(crate) fn load_eval_inputs(
    corpus: Option<&Path>,
    gold: Option<&Path>,
    gold_format: Option<FormatArg>,
    corpus_args: &CorpusArgs,
    pipeline_args: &PipelineArgs,
) -> Result<EvalInputs> {
    let (corpus, gold) = match (corpus, gold) {
        (None, None) => (config::bundled("corpora/aleppo-2015"), config::bundled("gold/aleppo-2015")),
        (Some(corpus), Some(gold)) => (corpus.to_path_buf(), gold.to_path_buf()),
        (Some(_), None) => bail!("--corpus needs --gold (only the bundled corpus has a default gold)"),
        (None, Some(gold)) => (config::bundled("corpora/aleppo-2015"), gold.to_path_buf()),
    };
    let pipeline = config::pipeline(pipeline_args)?;
    let text_dir = corpus.is_dir().then_some(corpus.as_path());
    let gold_docs = Input::new(&gold, gold_format, text_dir)?.read_all()?;
    let corpus_input = Input::new(&corpus, corpus_args.from, None)?;
    let records = corpus_input.records(&config::columns(corpus_args))?;
    let (pred, skipped) = annotate_all(records, corpus_args, &pipeline, &corpus)?;
    if skipped > 0 {
        eprintln!("tageval: skipped {skipped} malformed document(s), listed above");
    }
    Ok(EvalInputs { gold: gold_docs, pred, layers: pipeline.layers() })
}

/// Runs `tageval merge`.
pub fn merge(args: &MergeArgs) -> Result<Outcome> {
    gates(&args.report)?;
    let mut parts = Vec::with_capacity(args.parts.len());
    for path in &args.parts {
        parts.push(read_counts(path)?);
    }
    let counts = Counts::merge(parts).context("cannot merge the count files")?;
    finish(&counts, &args.report)
}

fn score_options(args: &ReportArgs) -> Result<ScoreOptions> {
    scope_options(&args.scope)
}

/// The scoring options of `--map` and `--score-layers` (shared by `score`, `eval` and
/// `compare`).
fn scope_options(scope: &ScopeArgs) -> Result<ScoreOptions> {
    let label_map = if scope.map.is_empty() { LabelMap::new() } else { LabelMap::parse(&scope.map.join(","))? };
    let layers = config::layers(&scope.score_layers)?;
    Ok(ScoreOptions { label_map, layers: (!layers.is_empty()).then_some(layers), ..Default::default() })
}

fn score_and_report(gold: &[AnnotatedDoc], pred: &[AnnotatedDoc], options: &ScoreOptions, args: &ReportArgs) -> Result<Outcome> {
    let counts = scorer::score(gold, pred, options)?;
    warn_unpaired(&counts);
    let units = match args.scope.resample.unit() {
        ResampleUnit::Documents => None,
        ResampleUnit::Sentences => {
            let (pieces, mut preds) = scorer::units::split_sentences(gold, &[pred]);
            Some(scorer::score(&pieces, &preds.pop().unwrap_or_default(), options)?)
        }
    };
    if let Some(path) = &args.errors {
        let errors = scorer::list_errors(gold, pred, options)?;
        let mut out = Output::create(Some(path))?;
        if path.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv")) {
            scorer::errors::write_csv_cells(&mut out, &errors, !args.csv_raw)?;
        } else {
            scorer::errors::write_jsonl(&mut out, &errors)?;
        }
        out.commit()?;
    }
    if let Some(path) = &args.counts_out {
        write_json(path, &counts)?;
    }
    finish_with_units(&counts, units.as_ref(), args)
}

pub(crate) fn warn_unpaired(counts: &Counts) {
    let list = |ids: Vec<&str>| {
        let shown: Vec<&str> = ids.iter().take(5).copied().collect();
        let more = ids.len().saturating_sub(shown.len());
        format!("{}{}", shown.join(", "), if more > 0 { format!(" and {more} more") } else { String::new() })
    };
    let missing: Vec<&str> = counts.gold_without_prediction().collect();
    if !missing.is_empty() {
        eprintln!(
            "tageval: warning: {} gold document(s) have no prediction; all their gold counts as missed: {}",
            missing.len(),
            list(missing.clone())
        );
    }
    let orphans: Vec<&str> = counts.prediction_without_gold.iter().map(String::as_str).collect();
    if !orphans.is_empty() {
        eprintln!("tageval: warning: {} predicted document(s) have no gold and are not scored: {}", orphans.len(), list(orphans.clone()));
    }
}

fn write_json(path: &Path, counts: &Counts) -> Result<()> {
    let mut out = Output::create(Some(path))?;
    serde_json::to_writer(&mut out, counts).context("cannot write counts")?;
    out.write_all(b"\n")?;
    out.commit()
}

pub(crate) fn finish(counts: &Counts, args: &ReportArgs) -> Result<Outcome> {
    if args.scope.resample != ResampleArg::Documents {
        bail!("--resample sentences needs the documents (score or eval); counts files hold only per-document counts");
    }
    finish_with_units(counts, None, args)
}

/// Reports `counts`; the confidence intervals resample `units` (sentence pieces)
/// when given, else the documents of `counts`.
fn finish_with_units(counts: &Counts, units: Option<&Counts>, args: &ReportArgs) -> Result<Outcome> {
    // The snapshot report shows no intervals: do not spend time resampling for it.
    let resamples = if args.format == ReportFormat::Snapshot { 0 } else { args.bootstrap };
    let options = ReportOptions { bootstrap: BootstrapOptions { resamples, seed: args.seed }, ..Default::default() };
    let mut report = counts.report(&options);
    if let Some(units) = units {
        report.confidence = scorer::bootstrap::bootstrap(units.docs.values(), options.bootstrap)
            .map(|c| scorer::Confidence { unit: ResampleUnit::Sentences.name(), ..c });
    }
    let resampled = units.unwrap_or(counts).docs.len();
    let text = match args.format {
        ReportFormat::Table => report.render_table(),
        ReportFormat::Json => report.render_json(),
        ReportFormat::Csv => report.render_csv_cells(!args.csv_raw),
        ReportFormat::Conlleval => report.render_conlleval(),
        ReportFormat::Snapshot => report.render_snapshot(),
    };
    let mut out = Output::create(args.scope.output.as_deref().filter(|p| *p != Path::new("-")))?;
    out.write_all(text.as_bytes())?;
    if !text.ends_with('\n') {
        out.write_all(b"\n")?;
    }
    out.commit()?;
    if resamples > 0 && resampled < MIN_DOCS_TO_RESAMPLE {
        let warning = match units {
            None => format!("{}; try --resample sentences", few_docs_warning(resampled)),
            Some(_) => format!("only {resampled} sentence(s): resampling gives unreliable intervals"),
        };
        eprintln!("tageval: warning: confidence intervals: {warning}");
    }
    let mut failed_check = false;
    if let Some(path) = &args.fail_if_worse {
        failed_check |= worse_than_baseline(path, counts, args)?;
    }
    let outcomes = scorer::gates::check_gates(&gates(args)?, &report)?;
    let failed: Vec<String> = outcomes.iter().filter(|o| !o.passed).map(ToString::to_string).collect();
    if !failed.is_empty() {
        eprintln!("tageval: {} gate(s) failed: {}", failed.len(), failed.join("; "));
        failed_check = true;
    }
    Ok(if failed_check { Outcome::CheckFailed } else { Outcome::Ok })
}

/// `--fail-if-worse`: true (and a message) when strict micro F1 or value F1 fell
/// from the baseline by more than the tolerance, significantly.
fn worse_than_baseline(path: &Path, counts: &Counts, args: &ReportArgs) -> Result<bool> {
    if !(0.0..=1.0).contains(&args.tolerance) {
        bail!("--tolerance {} is outside [0, 1]", args.tolerance);
    }
    let baseline = read_counts(path)?;
    // The baseline holds per-document counts: this test resamples documents.
    let options = CompareOptions { resamples: args.bootstrap.max(1000), rounds: 0, seed: args.seed, top_docs: 0, ..Default::default() };
    let cmp =
        compare_counts(&baseline, counts, &options).with_context(|| format!("{}: cannot compare with this baseline", path.display()))?;
    if let Some(w) = &cmp.warning {
        eprintln!("tageval: warning: --fail-if-worse: {w}");
    }
    let mut worse = false;
    for measure in ["strict", "value"] {
        let Some(row) = cmp.row("all", measure) else { continue };
        let Some(test) = row.test else { continue };
        let name = if measure == "strict" { "strict micro F1" } else { "value F1" };
        let drop = -test.delta;
        if drop > args.tolerance && test.bootstrap_p < 0.05 {
            eprintln!(
                "tageval: --fail-if-worse: {name} fell from {:.4} to {:.4} (−{drop:.4} > tolerance {}; paired bootstrap p = {:.4}, 95% CI of the change [{:+.4}, {:+.4}])",
                row.a.f1, row.b.f1, args.tolerance, test.bootstrap_p, test.interval.low, test.interval.high
            );
            worse = true;
        } else if drop > args.tolerance {
            eprintln!(
                "tageval: --fail-if-worse: {name} fell from {:.4} to {:.4}, but not significantly (p = {:.4}): passes",
                row.a.f1, row.b.f1, test.bootstrap_p
            );
        }
    }
    Ok(worse)
}

fn read_counts(path: &Path) -> Result<Counts> {
    let file = std::fs::File::open(path).with_context(|| format!("{}: cannot open", path.display()))?;
    serde_json::from_reader(std::io::BufReader::new(file))
        .with_context(|| format!("{}: not a counts file written by --counts-out", path.display()))
}

/// Runs `tageval compare`.
pub fn compare(args: &CompareArgs) -> Result<Outcome> {
    let [a, b] = args.pred.as_slice() else {
        bail!("compare needs --pred twice (A, then B); got {}", args.pred.len());
    };
    let score_options = scope_options(&args.scope)?;
    let gold = Input::new(&args.gold, args.gold_format, args.text_dir.as_deref())?.read_all()?;
    let pred_a = Input::new(a, args.pred_format, args.text_dir.as_deref())?.read_all()?;
    let pred_b = Input::new(b, args.pred_format, args.text_dir.as_deref())?.read_all()?;
    let options = CompareOptions {
        resamples: args.bootstrap,
        rounds: args.rounds,
        seed: args.seed,
        top_docs: args.top,
        unit: args.scope.resample.unit(),
    };
    let cmp = scorer::compare::compare(&gold, &pred_a, &pred_b, &score_options, &options)?;
    if let Some(w) = &cmp.warning {
        eprintln!("tageval: warning: {w}");
    }
    let text = match args.format {
        CompareFormat::Table => cmp.render_table(),
        CompareFormat::Json => cmp.render_json(),
        CompareFormat::Csv => cmp.render_csv(),
    };
    let mut out = Output::create(args.scope.output.as_deref().filter(|p| *p != Path::new("-")))?;
    out.write_all(text.as_bytes())?;
    out.commit()?;
    Ok(Outcome::Ok)
}

/// The gates of `--min-f1` (`strict.f1`) and `--fail-under`, parsed; call it before
/// the work so that a typo fails at once.
pub(crate) fn gates(args: &ReportArgs) -> Result<Vec<Gate>> {
    let mut gates = Vec::new();
    if let Some(min) = args.min_f1 {
        gates.extend(scorer::gates::parse_gates(&format!("strict.f1={min}")).context("--min-f1")?);
    }
    for spec in &args.fail_under {
        gates.extend(scorer::gates::parse_gates(spec).context("--fail-under")?);
    }
    Ok(gates)
}
