//! Training: an averaged structured perceptron over BILOU tags, from gold documents.
//!
//! The model learns whatever labels its gold holds ([`labels_of`]): BILOU tags over
//! those labels, stored in the model file with the layer name ([`TrainOptions::layer`]).
//! Gold without a usable span, or with more labels than a model holds, is an error
//! ([`TrainError::NoUsableSpans`], [`TrainError::TooManyLabels`]) naming what it found.
//!
//! [`train`] tokenises and featurises the gold once, then runs epochs over the
//! sentences in a seeded random order. After each epoch it tags the dev set with the
//! averaged weights alone ([`predict`]: the same code path as tagging, quantisation
//! included, without lexicon or tidying), hands that and the dev gold of the model's
//! labels ([`gold_of_labels`]) to the caller's scoring, reports the epoch, and returns
//! the best epoch's model. Scoring is the caller's: this crate does not depend on the
//! scorer (`scorer::strict_score` is what `tageval train` passes). The gazetteer
//! features are computed with a jackknife: each training document sees a gazetteer
//! built from the *other* folds, so the model learns how much a gazetteer hit is worth
//! on names it has not memorised.
//!
//! ```no_run
//! use annotator::entities::train::{train, DevScore, TrainError, TrainOptions};
//! # let (train_docs, dev_docs): (Vec<reader::AnnotatedDoc>, Vec<reader::AnnotatedDoc>) = (vec![], vec![]);
//! // Picks the epoch by the share of dev documents tagged exactly right.
//! let mut score_dev = |_labels: &[String], gold: &[reader::AnnotatedDoc], predicted: &[reader::AnnotatedDoc]| {
//!     let right = gold.iter().zip(predicted).filter(|(g, p)| g.spans == p.spans).count();
//!     let share = right as f64 / gold.len().max(1) as f64;
//!     Ok::<_, TrainError>(DevScore { f1: share, figures: format!("{share:.4} of documents right") })
//! };
//! let model = train(&train_docs, &dev_docs, &TrainOptions::default(), &mut score_dev, &mut |r| eprintln!("{r}"))?;
//! model.save(std::path::Path::new("entities.model")).unwrap();
//! # Ok::<(), TrainError>(())
//! ```

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Instant;

use reader::{AnnotatedDoc, Layer, Span};

use super::clusters::Clusters;
use super::decode::{n_tags, tags_of_span, Viterbi};
use super::features::{extract, title_case_lower, FeatureBuf, COMMON_WORD};
use super::gazetteer::{label_type, Gazetteer, WORLD_PERSON, WORLD_PLACE};
use super::model_file::{valid_layer_name, Model, DEFAULT_LAYER, MAX_LABELS};
use super::perceptron::Perceptron;
use super::tokens::{sentence_starts, tokenize, Token};
use super::{model_entities, Scratch, Source};

/// The entity types of the bundled model, in model order.
pub const TYPES: [&str; 4] = ["PER", "ORG", "LOC", "MISC"];

/// Training stops after this many epochs without a better dev F1.
const PATIENCE: usize = 5;

/// Folds of the gazetteer jackknife.
const GAZETTEER_FOLDS: usize = 5;

/// Share of training sentences added again in title case (`Rebels Seize Town Near
/// Aleppo`), so the model learns that a capitalised common word in a headline is no
/// name.
const TITLE_AUGMENT: f32 = 0.08;

/// Training settings.
#[derive(Debug, Clone)]
pub struct TrainOptions {
    /// Most epochs to run.
    pub epochs: usize,
    /// Seed of the sentence shuffling.
    pub seed: u64,
    /// log2 of the rows of the hashed feature table.
    pub hash_bits: u32,
    /// Gazetteer phrases (type, phrase) added to every gazetteer the features read,
    /// in training and in the model: world lists and lists per label; features, never
    /// overrides (see [`read_gazetteer_dir`]).
    pub world: Vec<(u8, String)>,
    /// The layer the model's spans belong to (stored in the model): `entities`, or a
    /// name of the user's own (`weapons`).
    pub layer: String,
    /// The labels to learn, when not every label the gold holds for the layer (see
    /// [`labels_of`]).
    pub labels: Option<Vec<String>>,
    /// Word clusters whose ids become features (stored in the model; see
    /// [`Clusters`] for the file format).
    pub clusters: Clusters,
    /// How many models to train, with seeds derived from [`TrainOptions::seed`], and
    /// average into one (1: just the one; see [`train`]).
    pub average: usize,
    /// Extra training sets, each with the weight of its updates (see [`ExtraTrain`]).
    pub extra: Vec<ExtraTrain>,
}

/// An extra training set (another domain's gold, or sentences a model tagged): its
/// sentences join the shuffled training sentences, and a mistake on one moves the
/// weights by `weight` instead of 1. Unless `names` is set its names do not join the
/// model's gazetteer, and its sentences are featurised with the gazetteer of all the
/// main training documents (their names are unseen there, as the jackknife makes
/// them for the main documents). With `names` its names join the model's gazetteer
/// and every gazetteer the main documents are featurised with, and its own documents
/// see a jackknife gazetteer: the main documents' names and those of the other folds
/// of the joining extra documents. No title-case copies are made of extra documents.
/// Labels outside the main training set's are ignored.
#[derive(Debug, Clone)]
pub struct ExtraTrain {
    /// The documents, with their spans.
    pub docs: Vec<AnnotatedDoc>,
    /// The update weight of their sentences, above 0 and at most 1 (where 1 counts
    /// them like the main documents).
    pub weight: f32,
    /// Whether their names join the model's gazetteer (see [`ExtraTrain`]).
    pub names: bool,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            epochs: 25,
            seed: 1,
            hash_bits: 17,
            world: Vec::new(),
            layer: DEFAULT_LAYER.to_string(),
            labels: None,
            clusters: Clusters::new(),
            average: 1,
            extra: Vec::new(),
        }
    }
}

/// Why training failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum TrainError {
    /// The training documents hold no tokens.
    #[error("no training data: the training documents hold no tokens")]
    NoTrainingData,
    /// The options make no sense.
    #[error("invalid option: {0}")]
    InvalidOption(&'static str),
    /// A gazetteer file could not be read.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// What went wrong.
        source: std::io::Error,
    },
    /// A gazetteer folder holds a file it does not know.
    #[error(
        "{}: not a gazetteer file (expected {} or LABEL.txt for a label the model learns: {})",
        path.display(),
        WORLD_FILES.map(|(f, _)| f).join(", "),
        labels.join(", ")
    )]
    UnknownGazetteerFile {
        /// The file.
        path: PathBuf,
        /// The labels the model learns.
        labels: Vec<String>,
    },
    /// No training sentence holds a span the trainer can learn.
    #[error(
        "{with_spans} of {} sentences have spans with labels the trainer accepts{}; labels seen: {}",
        group_thousands(*sentences),
        accepts(accepted, layer),
        if seen.is_empty() { "none".to_string() } else { seen.join(", ") }
    )]
    NoUsableSpans {
        /// Training sentences with a usable span (0).
        with_spans: usize,
        /// Training sentences.
        sentences: usize,
        /// The labels the trainer accepted.
        accepted: Vec<String>,
        /// Every label of the training gold, with its count (`person (660)`).
        seen: Vec<String>,
        /// The layer trained.
        layer: String,
    },
    /// The gold holds more labels than a model can.
    #[error(
        "the gold holds {} labels for layer `{layer}` ({}), a model holds at most {MAX_LABELS}: \
         choose some with --labels, or train one model per group of labels with --layer",
        found.len(),
        found.join(", ")
    )]
    TooManyLabels {
        /// The labels found.
        found: Vec<String>,
        /// The layer trained.
        layer: String,
    },
    /// A label the model cannot hold (empty, too long, or with white space).
    #[error("cannot learn label {0:?}: a label is 1 to 255 bytes without white space")]
    BadLabel(String),
    /// The layer name cannot be used.
    #[error(
        "cannot name a layer {0:?}: a layer name is 1 to 40 lower-case letters, digits, `-` or `_`, \
         starting with a letter, and not `dates` or `casualties` (their spans carry values)"
    )]
    BadLayer(String),
}

/// `1109` → `1,109`.
fn group_thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn accepts(accepted: &[String], layer: &str) -> String {
    match (accepted.is_empty(), Layer::parse(layer)) {
        (true, Some(_)) => format!(" for layer `{layer}` (its labels, or labels of no built-in layer)"),
        (true, None) => format!(" for layer `{layer}` (labels of no built-in layer)"),
        (false, _) => format!(" ({})", accepted.join(", ")),
    }
}

/// The labels a model of `layer` learns from `docs`: `wanted` when given, else every
/// label of the gold that belongs to no built-in layer other than `layer` (labels of
/// other built-in layers, such as `DATE` when training `entities`, are left to their
/// own layers). Order: a built-in layer's labels in its spec order (`PER`, `ORG`,
/// `LOC`, `MISC`), then the others alphabetically.
pub fn labels_of(docs: &[AnnotatedDoc], layer: &str, wanted: Option<&[String]>) -> Vec<String> {
    let builtin = Layer::parse(layer);
    let mut labels: Vec<String> = match wanted {
        Some(w) => w.to_vec(),
        None => {
            let mut set: Vec<&str> = docs
                .iter()
                .flat_map(|d| d.spans.iter().map(|s| s.label.as_str()))
                .filter(|l| Layer::of_label(l).is_none_or(|own| Some(own) == builtin))
                .collect();
            set.sort_unstable();
            set.dedup();
            set.into_iter().map(str::to_string).collect()
        }
    };
    labels.dedup();
    let spec: &[&str] = builtin.map_or(&[], |l| l.labels());
    let rank = |l: &String| spec.iter().position(|s| s == l).unwrap_or(spec.len());
    labels.sort_by(|a, b| rank(a).cmp(&rank(b)).then_with(|| a.cmp(b)));
    labels.dedup();
    labels
}

/// Every label of `docs` with its count, most frequent first: `person (660)`.
fn labels_seen(docs: &[AnnotatedDoc]) -> Vec<String> {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for d in docs {
        for s in &d.spans {
            *counts.entry(s.label.as_str()).or_default() += 1;
        }
    }
    let mut v: Vec<(&str, usize)> = counts.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    v.into_iter().map(|(l, n)| format!("{l} ({n})")).collect()
}

/// The files of a world gazetteer folder and the gazetteer type of each.
pub const WORLD_FILES: [(&str, u8); 2] = [("places.txt", WORLD_PLACE), ("person_names.txt", WORLD_PERSON)];

/// Reads a gazetteer folder: UTF-8 text files, one name a line, `#` starting a
/// comment line, blank lines ignored. The world lists named in [`WORLD_FILES`]
/// (built by `scripts/build_gazetteer.py`) give features to any label set; a file
/// `LABEL.txt` (`WEAPON.txt`) lists names of one of `labels`, the labels the model
/// learns. Any other `.txt` file is an error (a misspelt name would otherwise be
/// silently left out). Phrases come back in file order, world files in
/// [`WORLD_FILES`] order, then label files in `labels` order.
pub fn read_gazetteer_dir(dir: &Path, labels: &[String]) -> Result<Vec<(u8, String)>, TrainError> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| TrainError::Io { path, source }
    };
    let mut names: Vec<PathBuf> =
        std::fs::read_dir(dir).map_err(io(dir))?.map(|e| e.map(|e| e.path()).map_err(io(dir))).collect::<Result<_, _>>()?;
    names.sort();
    for path in &names {
        let file = path.file_name().and_then(|f| f.to_str()).unwrap_or("");
        let label_file = labels.iter().any(|l| format!("{l}.txt") == file);
        if path.extension().is_some_and(|x| x == "txt") && !label_file && !WORLD_FILES.iter().any(|(f, _)| *f == file) {
            return Err(TrainError::UnknownGazetteerFile { path: path.clone(), labels: labels.to_vec() });
        }
    }
    let mut out = Vec::new();
    let files = WORLD_FILES
        .iter()
        .map(|(f, ty)| (f.to_string(), *ty))
        .chain(labels.iter().take(MAX_LABELS).enumerate().map(|(i, l)| (format!("{l}.txt"), label_type(i))));
    for (file, ty) in files {
        let path = dir.join(file);
        if !path.exists() {
            continue;
        }
        let text = std::fs::read_to_string(&path).map_err(io(&path))?;
        out.extend(text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).map(|l| (ty, l.to_string())));
    }
    Ok(out)
}

/// What the caller's scoring of one epoch's dev predictions returns.
#[derive(Debug, Clone, PartialEq)]
pub struct DevScore<S> {
    /// The figure that picks the epoch, higher is better (`tageval train`: the
    /// scorer's strict micro F1).
    pub f1: f64,
    /// The figures the epoch's [`EpochReport`] shows.
    pub figures: S,
}

/// The caller's scoring of one epoch in [`train`]: given the model's labels, the dev
/// gold of those labels and the model's predictions, the epoch's [`DevScore`].
pub type ScoreDev<'a, S, E> = dyn FnMut(&[String], &[AnnotatedDoc], &[AnnotatedDoc]) -> Result<DevScore<S>, E> + 'a;

/// What one epoch achieved.
#[derive(Debug, Clone)]
pub struct EpochReport<S> {
    /// 1-based epoch.
    pub epoch: usize,
    /// Training sentences decoded wrongly during the epoch.
    pub mistakes: usize,
    /// Training sentences.
    pub sentences: usize,
    /// Dev figures of the averaged weights after the epoch ([`DevScore::figures`]).
    pub dev: S,
    /// Whether this is the best epoch so far.
    pub best: bool,
    /// Seconds since the run started.
    pub elapsed: f64,
    /// Which of the [`TrainOptions::average`] runs this epoch belongs to (1-based),
    /// and how many there are.
    pub run: (usize, usize),
}

impl<S: fmt::Display> fmt::Display for EpochReport<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.run.1 > 1 {
            write!(f, "run {}/{}  ", self.run.0, self.run.1)?;
        }
        write!(
            f,
            "epoch {:>2}  train errors {:>5}/{}  dev {}{}  ({:.1}s)",
            self.epoch,
            self.mistakes,
            self.sentences,
            self.dev,
            if self.best { "  *" } else { "" },
            self.elapsed
        )
    }
}

/// A small, seedable PRNG (SplitMix64) for reproducible shuffles.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn chance(&mut self, p: f32) -> bool {
        ((self.next() >> 40) as f32 / (1u64 << 24) as f32) < p
    }
}

/// One training sentence: rows of its tokens and gold tags.
struct Sentence {
    rows: Vec<u32>,
    offsets: Vec<u32>,
    gold: Vec<u8>,
}

/// The rows of each token: `rows[offsets[t]..offsets[t + 1]]`.
fn token_rows<'a>(rows: &'a [u32], offsets: &'a [u32]) -> impl Iterator<Item = &'a [u32]> + 'a {
    offsets.windows(2).map(move |w| &rows[w[0] as usize..w[1] as usize])
}

/// Gold tags of `tokens` from the spans of `doc` whose labels are in `types`. A span
/// overlapping one tagged before it (nested gold) is left out: BILOU holds no nesting.
fn gold_tags(doc: &AnnotatedDoc, tokens: &[Token], types: &[String]) -> Vec<u8> {
    let mut tags = vec![0u8; tokens.len()];
    for span in &doc.spans {
        let Some(ty) = types.iter().position(|t| *t == span.label) else { continue };
        let first = tokens.partition_point(|t| (t.start as usize) < span.start);
        let end = tokens.partition_point(|t| (t.end as usize) <= span.end);
        if first < end && tags[first..end].iter().all(|&t| t == 0) {
            for (tag, slot) in tags_of_span(ty, end - first).zip(&mut tags[first..end]) {
                *slot = tag;
            }
        }
    }
    tags
}

/// A gazetteer of the names in `docs` with one of the labels `types` (gazetteer type
/// [`label_type`] of the label's index), and of the words they use in lower case
/// (type [`COMMON_WORD`]).
pub fn gazetteer_of(docs: &[&AnnotatedDoc], types: &[String]) -> Gazetteer {
    let mut g = Gazetteer::new();
    for d in docs {
        for s in &d.spans {
            if let Some(ty) = types.iter().position(|t| *t == s.label) {
                g.insert(label_type(ty), s.text(&d.doc.text));
            }
        }
    }
    let mut words: Vec<&str> = docs
        .iter()
        .flat_map(|d| d.doc.text.split(|c: char| !c.is_alphabetic()))
        .filter(|w| w.len() >= 2 && w.starts_with(|c: char| c.is_ascii_lowercase()) && w.bytes().all(|b| b.is_ascii_lowercase()))
        .collect();
    words.sort_unstable();
    words.dedup();
    for w in words {
        g.insert(COMMON_WORD, w);
    }
    g
}

/// Title-cases a share of the sentences of `doc` (every word but articles, short
/// prepositions and the like gets a capital; offsets unchanged). Returns the new
/// document and the first byte of each sentence changed, or `None` if none was.
fn title_cased(doc: &AnnotatedDoc, share: f32, rng: &mut SplitMix) -> Option<(AnnotatedDoc, Vec<u32>)> {
    let text = &doc.doc.text;
    let mut tokens = Vec::new();
    tokenize(text, &mut tokens);
    let mut starts = Vec::new();
    sentence_starts(text, &tokens, &mut starts);
    let mut bytes = text.clone().into_bytes();
    let mut changed = Vec::new();
    let mut first = 0;
    while first < tokens.len() {
        let mut end = first + 1;
        while end < tokens.len() && !starts[end] {
            end += 1;
        }
        if end - first >= 3 && rng.chance(share) {
            let mut any = false;
            for t in &tokens[first..end] {
                let word = t.text(text);
                if word.starts_with(|c: char| c.is_ascii_lowercase()) && !title_case_lower(word) {
                    bytes[t.start as usize] = bytes[t.start as usize].to_ascii_uppercase();
                    any = true;
                }
            }
            if any {
                changed.push(tokens[first].start);
            }
        }
        first = end;
    }
    if changed.is_empty() {
        return None;
    }
    let mut d = doc.clone();
    d.doc.text = String::from_utf8(bytes).ok()?;
    Some((d, changed))
}

/// Featurises the sentences of `doc` whose first byte `keep` accepts.
#[allow(clippy::too_many_arguments)]
fn featurise(
    doc: &AnnotatedDoc,
    types: &[String],
    gazetteer: &Gazetteer,
    clusters: &Clusters,
    bits: u32,
    buf: &mut FeatureBuf,
    keep: &dyn Fn(u32) -> bool,
    out: &mut Vec<Sentence>,
) {
    let text = &doc.doc.text;
    let mut tokens = Vec::new();
    tokenize(text, &mut tokens);
    let mut starts = Vec::new();
    sentence_starts(text, &tokens, &mut starts);
    extract(text, &tokens, &starts, gazetteer, clusters, bits, None, buf);
    let gold = gold_tags(doc, &tokens, types);
    let mut first = 0;
    while first < tokens.len() {
        let mut end = first + 1;
        while end < tokens.len() && !starts[end] {
            end += 1;
        }
        if !keep(tokens[first].start) {
            first = end;
            continue;
        }
        let lo = buf.offsets[first];
        let rows = buf.rows[lo as usize..buf.offsets[end] as usize].to_vec();
        let offsets = buf.offsets[first..=end].iter().map(|o| o - lo).collect();
        out.push(Sentence { rows, offsets, gold: gold[first..end].to_vec() });
        first = end;
    }
}

/// Tags `docs` with `model` alone (no lexicon, no tidying), as training scores each
/// epoch: one document out per document in, with the model's spans of the model's
/// labels and no declared layers.
pub fn predict(model: &Model, docs: &[AnnotatedDoc]) -> Vec<AnnotatedDoc> {
    let mut s = Scratch::default();
    docs.iter()
        .map(|doc| {
            model_entities(model, &doc.doc.text, &mut s);
            let spans = s
                .entities
                .iter()
                .filter_map(|e| match e.source {
                    Source::Model(ty) => {
                        let (start, end) = (s.tokens[e.first].start as usize, s.tokens[e.end - 1].end as usize);
                        Some(Span::new(start, end, model.types[ty].as_str()))
                    }
                    Source::Lexicon(_) => None,
                })
                .collect();
            AnnotatedDoc { doc: doc.doc.clone(), spans, layers: Vec::new() }
        })
        .collect()
}

/// The gold of `docs` a model of `labels` is scored against: each document with only
/// the spans of those labels, and no declared layers (so the layers covered are
/// those of the labels).
pub fn gold_of_labels(docs: &[AnnotatedDoc], labels: &[String]) -> Vec<AnnotatedDoc> {
    docs.iter()
        .map(|doc| {
            let spans = doc.spans.iter().filter(|sp| labels.contains(&sp.label)).cloned().collect();
            AnnotatedDoc { doc: doc.doc.clone(), spans, layers: Vec::new() }
        })
        .collect()
}

/// Trains a model on `train`, choosing the epoch by the caller's score of `dev`.
///
/// After each epoch, `score_dev` receives the model's labels (in model order), the
/// dev gold of those labels ([`gold_of_labels`]) and the model's predictions on it
/// ([`predict`]), document for document, and returns the [`DevScore`] whose `f1` picks the epoch (the first best
/// wins); `tageval train` passes the scorer's strict micro F1
/// (`scorer::strict_score`). Its error, like a [`TrainError`], ends training.
///
/// `progress` receives one [`EpochReport`] per epoch. With an empty `dev`, every epoch
/// is run and the last one is kept.
///
/// With [`TrainOptions::average`] above 1, that many models are trained (the first
/// with [`TrainOptions::seed`], the others with seeds derived from it), each keeping
/// its best epoch, and the model returned holds the mean of their weights: a linear
/// model of the same size and speed whose accuracy depends less on one seed's luck.
pub fn train<S, E: From<TrainError>>(
    train: &[AnnotatedDoc],
    dev: &[AnnotatedDoc],
    opts: &TrainOptions,
    score_dev: &mut ScoreDev<'_, S, E>,
    progress: &mut dyn FnMut(EpochReport<S>),
) -> Result<Model, E> {
    let members = opts.average.max(1);
    let first = train_one(train, dev, opts, (opts.seed, (1, members)), score_dev, progress)?;
    if members == 1 {
        return Ok(first.model);
    }
    // Every run reads the same data, so labels, layer and gazetteer are the first's.
    let Trained { model, mut w, mut t, gazetteer } = first;
    for j in 1..members {
        let seed = opts.seed.wrapping_add((j as u64) << 32);
        let next = train_one(train, dev, opts, (seed, (j + 1, members)), score_dev, progress)?;
        for (a, b) in w.iter_mut().zip(&next.w) {
            *a += b;
        }
        for (a, b) in t.iter_mut().zip(&next.t) {
            *a += b;
        }
    }
    let k = members as f32;
    w.iter_mut().for_each(|x| *x /= k);
    t.iter_mut().for_each(|x| *x /= k);
    let (types, layer) = (model.labels().to_vec(), model.layer().to_string());
    Ok(Model::from_floats(opts.hash_bits, types, layer, &w, &t, gazetteer, opts.clusters.clone()))
}

/// One training run's best epoch: its model, its float weights and transitions, and
/// the gazetteer stored in it.
struct Trained {
    model: Model,
    w: Vec<f32>,
    t: Vec<f32>,
    gazetteer: Gazetteer,
}

/// The documents of `docs` outside fold `f` of the gazetteer jackknife (document `i`
/// is in fold `i % GAZETTEER_FOLDS`).
fn outside_fold<'s, 'd>(docs: &'s [&'d AnnotatedDoc], f: usize) -> impl Iterator<Item = &'d AnnotatedDoc> + 's {
    docs.iter().enumerate().filter(move |(i, _)| i % GAZETTEER_FOLDS != f).map(|(_, d)| *d)
}

/// [`train`] with one seed, as run `run` (1-based, and how many there are).
fn train_one<S, E: From<TrainError>>(
    train: &[AnnotatedDoc],
    dev: &[AnnotatedDoc],
    opts: &TrainOptions,
    (seed, run): (u64, (usize, usize)),
    score_dev: &mut ScoreDev<'_, S, E>,
    progress: &mut dyn FnMut(EpochReport<S>),
) -> Result<Trained, E> {
    if !(1..=64).contains(&opts.average) {
        return Err(TrainError::InvalidOption("average must be within 1..=64").into());
    }
    if !(10..=24).contains(&opts.hash_bits) {
        return Err(TrainError::InvalidOption("hash_bits must be within 10..=24").into());
    }
    if opts.epochs == 0 {
        return Err(TrainError::InvalidOption("epochs must be at least 1").into());
    }
    if opts.extra.iter().any(|e| !(e.weight > 0.0 && e.weight <= 1.0)) {
        return Err(TrainError::InvalidOption("the weight of extra training data must be above 0 and at most 1").into());
    }
    let layer = opts.layer.trim().to_ascii_lowercase();
    if !valid_layer_name(&layer) || matches!(Layer::parse(&layer), Some(l) if l.spec().valued) {
        return Err(TrainError::BadLayer(opts.layer.clone()).into());
    }
    let clock = Instant::now();
    let types = labels_of(train, &layer, opts.labels.as_deref());
    if types.len() > MAX_LABELS {
        return Err(TrainError::TooManyLabels { found: types, layer }.into());
    }
    if let Some(bad) = types.iter().find(|t| t.is_empty() || t.len() > 255 || t.contains(char::is_whitespace)) {
        return Err(TrainError::BadLabel(bad.clone()).into());
    }
    let n = n_tags(types.len().max(1));
    let all: Vec<&AnnotatedDoc> = train.iter().collect();
    let with_world = |mut g: Gazetteer| {
        for (ty, phrase) in &opts.world {
            g.insert(*ty, phrase);
        }
        g
    };
    // Extra documents whose names join the gazetteer, in order.
    let joined: Vec<&AnnotatedDoc> = opts.extra.iter().filter(|e| e.names).flat_map(|e| e.docs.iter()).collect();
    let main_and_joined: Vec<&AnnotatedDoc> = all.iter().chain(&joined).copied().collect();
    let full_gazetteer = with_world(gazetteer_of(&main_and_joined, &types));
    // The jackknife: a main document sees the names of the other folds of the main
    // documents and those of every joining extra document; a joining extra document,
    // those of every main document and of the other folds of the joining ones.
    let fold_gazetteers: Vec<Gazetteer> = (0..GAZETTEER_FOLDS)
        .map(|f| with_world(gazetteer_of(&outside_fold(&all, f).chain(joined.iter().copied()).collect::<Vec<_>>(), &types)))
        .collect();
    let joined_fold_gazetteers: Vec<Gazetteer> = if joined.is_empty() {
        Vec::new()
    } else {
        (0..GAZETTEER_FOLDS)
            .map(|f| with_world(gazetteer_of(&all.iter().copied().chain(outside_fold(&joined, f)).collect::<Vec<_>>(), &types)))
            .collect()
    };

    let mut rng = SplitMix(seed ^ 0x5eed);
    let mut sentences = Vec::new();
    let mut buf = FeatureBuf::default();
    let (mut original, mut with_spans) = (0, 0);
    for (i, doc) in train.iter().enumerate() {
        let before = sentences.len();
        let g = &fold_gazetteers[i % GAZETTEER_FOLDS];
        featurise(doc, &types, g, &opts.clusters, opts.hash_bits, &mut buf, &|_| true, &mut sentences);
        original += sentences.len() - before;
        with_spans += sentences[before..].iter().filter(|s| s.gold.iter().any(|&t| t != 0)).count();
        if let Some((titled, changed)) = title_cased(doc, TITLE_AUGMENT, &mut rng) {
            featurise(&titled, &types, g, &opts.clusters, opts.hash_bits, &mut buf, &|b| changed.binary_search(&b).is_ok(), &mut sentences);
        }
    }
    // Extra sets: after the main sentences, so that the main sentences' features and
    // the random draws above stay those of a run without them.
    let mut weights = vec![1.0f32; sentences.len()];
    let mut joined_at = 0;
    for extra in &opts.extra {
        for doc in &extra.docs {
            let g = if extra.names {
                joined_at += 1;
                &joined_fold_gazetteers[(joined_at - 1) % GAZETTEER_FOLDS]
            } else {
                &full_gazetteer
            };
            featurise(doc, &types, g, &opts.clusters, opts.hash_bits, &mut buf, &|_| true, &mut sentences);
        }
        weights.resize(sentences.len(), extra.weight);
    }
    if sentences.iter().all(|s| s.gold.is_empty()) {
        return Err(TrainError::NoTrainingData.into());
    }
    if with_spans == 0 || types.is_empty() {
        return Err(TrainError::NoUsableSpans { with_spans, sentences: original, accepted: types, seen: labels_seen(train), layer }.into());
    }
    let dev_gold = gold_of_labels(dev, &types);

    let mut p = Perceptron::new(1 << opts.hash_bits, n);
    let mut order: Vec<usize> = (0..sentences.len()).collect();
    let mut viterbi = Viterbi::default();
    let (mut em, mut pred) = (Vec::new(), Vec::new());
    let mut best: Option<(f64, Trained)> = None;
    let mut since_best = 0;
    for epoch in 1..=opts.epochs {
        for i in (1..order.len()).rev() {
            order.swap(i, rng.below(i + 1));
        }
        let mut mistakes = 0;
        for &k in &order {
            let s = &sentences[k];
            p.emissions(token_rows(&s.rows, &s.offsets), &mut em);
            p.decode(&em, &mut viterbi, &mut pred);
            if pred != s.gold {
                mistakes += 1;
                p.update(token_rows(&s.rows, &s.offsets), &s.gold, &pred, weights[k]);
            }
            p.tick();
        }
        let (w, t) = p.averaged();
        let model = Model::from_floats(opts.hash_bits, types.clone(), layer.clone(), &w, &t, full_gazetteer.clone(), opts.clusters.clone());
        let DevScore { f1, figures } = score_dev(&types, &dev_gold, &predict(&model, dev))?;
        let improved = dev.is_empty() || !matches!(&best, Some((b, _)) if f1 <= *b);
        progress(EpochReport {
            epoch,
            mistakes,
            sentences: sentences.len(),
            dev: figures,
            best: improved,
            elapsed: clock.elapsed().as_secs_f64(),
            run,
        });
        if improved {
            best = Some((f1, Trained { model, w, t, gazetteer: Gazetteer::new() }));
            since_best = 0;
        } else {
            since_best += 1;
            if since_best >= PATIENCE {
                break;
            }
        }
    }
    best.map(|(_, m)| Trained { gazetteer: full_gazetteer, ..m }).ok_or_else(|| TrainError::NoTrainingData.into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use reader::{Document, Span};
    use scorer::StrictScore;

    /// The scorer's strict figures, as `tageval train` picks the epoch by.
    fn strict(labels: &[String], gold: &[AnnotatedDoc], predicted: &[AnnotatedDoc]) -> Result<DevScore<StrictScore>, TrainError> {
        let score = scorer::strict_score(gold, predicted, labels).expect("the dev gold scores");
        Ok(DevScore { f1: score.micro.f1, figures: score })
    }

    /// The model's own strict figures on `docs`.
    fn model_score(model: &Model, docs: &[AnnotatedDoc]) -> StrictScore {
        strict(model.labels(), &gold_of_labels(docs, model.labels()), &predict(model, docs)).expect("scores").figures
    }

    fn doc(text: &str, spans: &[(&str, &str)]) -> AnnotatedDoc {
        let mut d = AnnotatedDoc { doc: Document::new("d", text), ..Default::default() };
        for (s, label) in spans {
            let start = text.find(s).unwrap();
            d.spans.push(Span::new(start, start + s.len(), *label));
        }
        d
    }

    #[test]
    fn trains_a_tiny_model_reproducibly() {
        let train_docs: Vec<AnnotatedDoc> = (0..30)
            .map(|i| {
                if i % 2 == 0 {
                    doc("John Smith visited Paris .", &[("John Smith", "PER"), ("Paris", "LOC")])
                } else {
                    doc("Reuters said the army left Aleppo .", &[("Reuters", "ORG"), ("Aleppo", "LOC")])
                }
            })
            .collect();
        let opts = TrainOptions { hash_bits: 12, epochs: 3, ..Default::default() };
        let mut reports = Vec::new();
        let m1 = train(&train_docs, &train_docs, &opts, &mut strict, &mut |r| reports.push(r)).unwrap();
        let m2 = train(&train_docs, &train_docs, &opts, &mut strict, &mut |_| {}).unwrap();
        assert_eq!(m1.to_bytes().unwrap(), m2.to_bytes().unwrap());
        assert!(!reports.is_empty());
        assert!(model_score(&m1, &train_docs).micro.f1 > 0.99);
        assert!(reports.iter().all(|r| r.to_string().contains(" dev P ")), "{}", reports[0]);
        let types: Vec<String> = TYPES.iter().map(|t| t.to_string()).collect();
        let tags = gold_tags(
            &train_docs[0],
            &{
                let mut t = Vec::new();
                tokenize(&train_docs[0].doc.text, &mut t);
                t
            },
            &types,
        );
        // B-PER L-PER O U-LOC O
        assert_eq!(tags, vec![1, 3, 0, 12, 0]);
        assert_eq!(m1.labels(), &types[..3], "the labels of the gold (no MISC), in the layer's spec order");
        assert_eq!(m1.layer(), "entities");
    }

    fn tiny_docs() -> Vec<AnnotatedDoc> {
        (0..30)
            .map(|i| match i % 3 {
                0 => doc("John Smith visited Paris .", &[("John Smith", "PER"), ("Paris", "LOC")]),
                1 => doc("Reuters said the army left Aleppo .", &[("Reuters", "ORG"), ("Aleppo", "LOC")]),
                _ => doc("Mary Jones flew from Cairo to Amman on Monday .", &[("Mary Jones", "PER"), ("Cairo", "LOC"), ("Amman", "LOC")]),
            })
            .collect()
    }

    #[test]
    fn averaged_runs_are_reproducible_and_reported_per_run() {
        let docs = tiny_docs();
        let opts = TrainOptions { hash_bits: 12, epochs: 3, average: 3, ..Default::default() };
        let mut runs = Vec::new();
        let m1 = train(&docs, &docs, &opts, &mut strict, &mut |r| runs.push(r.run)).unwrap();
        let m2 = train(&docs, &docs, &opts, &mut strict, &mut |_| {}).unwrap();
        assert_eq!(m1.to_bytes().unwrap(), m2.to_bytes().unwrap());
        assert_eq!(runs.first(), Some(&(1, 3)));
        assert_eq!(runs.last(), Some(&(3, 3)));
        let one = train(&docs, &docs, &TrainOptions { average: 1, ..opts.clone() }, &mut strict, &mut |_| {}).unwrap();
        assert_ne!(m1.to_bytes().unwrap(), one.to_bytes().unwrap(), "three runs average to other weights");
        assert!(model_score(&m1, &docs).micro.f1 > 0.99);
        let zero = TrainOptions { average: 0, ..opts };
        assert!(matches!(train(&docs, &docs, &zero, &mut strict, &mut |_| {}), Err(TrainError::InvalidOption(_))));
    }

    #[test]
    fn extra_training_sets_teach_names_the_main_set_lacks() {
        let docs = tiny_docs();
        // Only the extra set has an ORG after `hit`, and `Monday` outside a name.
        let extra: Vec<AnnotatedDoc> = (0..20).map(|_| doc("Shelling hit Kherson on Monday .", &[("Kherson", "ORG")])).collect();
        let probe = vec![doc("Shelling hit Kherson on Monday .", &[("Kherson", "ORG")])];
        let opts = TrainOptions { hash_bits: 12, epochs: 3, ..Default::default() };
        let plain = train(&docs, &docs, &opts, &mut strict, &mut |_| {}).unwrap();
        let with = TrainOptions { extra: vec![ExtraTrain { docs: extra.clone(), weight: 1.0, names: false }], ..opts.clone() };
        let m1 = train(&docs, &docs, &with, &mut strict, &mut |_| {}).unwrap();
        let m2 = train(&docs, &docs, &with, &mut strict, &mut |_| {}).unwrap();
        assert_eq!(m1.to_bytes().unwrap(), m2.to_bytes().unwrap(), "reproducible");
        assert!(model_score(&plain, &probe).micro.f1 < 0.9);
        assert!(model_score(&m1, &probe).micro.f1 > 0.99);
        assert!(model_score(&m1, &docs).micro.f1 > 0.99, "the main set is still learnt");
        // Its names stay out of the model's gazetteer.
        assert_eq!(m1.gazetteer_len(), plain.gazetteer_len());
        // A smaller weight gives other weights; a weight outside (0, 1] is refused.
        let half = TrainOptions { extra: vec![ExtraTrain { docs: extra.clone(), weight: 0.5, names: false }], ..opts.clone() };
        assert_ne!(train(&docs, &docs, &half, &mut strict, &mut |_| {}).unwrap().to_bytes().unwrap(), m1.to_bytes().unwrap());
        // With `names` they join it, and the model differs.
        let named = TrainOptions { extra: vec![ExtraTrain { docs: extra.clone(), weight: 1.0, names: true }], ..opts.clone() };
        let m3 = train(&docs, &docs, &named, &mut strict, &mut |_| {}).unwrap();
        assert_eq!(
            m3.to_bytes().unwrap(),
            train(&docs, &docs, &named, &mut strict, &mut |_| {}).unwrap().to_bytes().unwrap(),
            "reproducible"
        );
        assert!(m3.gazetteer_len() > plain.gazetteer_len(), "`Kherson` joins the gazetteer");
        assert!(model_score(&m3, &probe).micro.f1 > 0.99);
        for weight in [0.0, -1.0, 1.5, f32::NAN] {
            let bad = TrainOptions { extra: vec![ExtraTrain { docs: extra.clone(), weight, names: false }], ..opts.clone() };
            assert!(matches!(train(&docs, &docs, &bad, &mut strict, &mut |_| {}), Err(TrainError::InvalidOption(_))), "{weight}");
        }
    }

    fn weapons_docs() -> Vec<AnnotatedDoc> {
        (0..30)
            .map(|i| {
                if i % 2 == 0 {
                    doc("Rebels fired a Grad rocket at the town .", &[("Grad rocket", "WEAPON"), ("Rebels", "ARMED_GROUP")])
                } else {
                    doc(
                        "The Nusra Front used mortars on Monday .",
                        &[("Nusra Front", "ARMED_GROUP"), ("mortars", "WEAPON"), ("Monday", "DATE")],
                    )
                }
            })
            .collect()
    }

    #[test]
    fn learns_the_labels_its_gold_holds_and_stores_the_layer() {
        let docs = weapons_docs();
        let opts = TrainOptions { hash_bits: 12, epochs: 4, layer: "weapons".into(), ..Default::default() };
        let m = train(&docs, &docs, &opts, &mut strict, &mut |_| {}).unwrap();
        assert_eq!(m.labels(), ["ARMED_GROUP", "WEAPON"], "DATE belongs to the dates layer");
        assert_eq!(m.layer(), "weapons");
        let back = Model::from_bytes(&m.to_bytes().unwrap()).unwrap();
        assert_eq!((back.layer(), back.labels()), (m.layer(), m.labels()));
        let score = model_score(&m, &docs);
        assert!(score.micro.f1 > 0.9, "{score}");
        // --labels picks a subset.
        let only = TrainOptions { labels: Some(vec!["WEAPON".into()]), ..opts };
        assert_eq!(train(&docs, &docs, &only, &mut strict, &mut |_| {}).unwrap().labels(), ["WEAPON"]);
    }

    #[test]
    fn gold_without_usable_spans_is_an_error_naming_what_was_found() {
        let docs: Vec<AnnotatedDoc> = (0..3).map(|_| doc("It rained on Monday in Aleppo .", &[("Monday", "DATE")])).collect();
        let err =
            train(&docs, &docs, &TrainOptions { hash_bits: 12, epochs: 1, ..Default::default() }, &mut strict, &mut |_| {}).unwrap_err();
        let msg = err.to_string();
        assert!(matches!(err, TrainError::NoUsableSpans { with_spans: 0, sentences: 3, .. }), "{msg}");
        assert!(msg.contains("0 of 3 sentences have spans with labels the trainer accepts"), "{msg}");
        assert!(msg.contains("labels seen: DATE (3)"), "{msg}");
        let opts = TrainOptions { hash_bits: 12, epochs: 1, labels: Some(vec!["person".into()]), ..Default::default() };
        let msg = train(&weapons_docs(), &[], &opts, &mut strict, &mut |_| {}).unwrap_err().to_string();
        assert!(msg.contains("0 of 30 sentences") && msg.contains("(person)") && msg.contains("WEAPON (30)"), "{msg}");
        assert_eq!(group_thousands(1109), "1,109");
        assert_eq!(group_thousands(999), "999");
        assert_eq!(group_thousands(1_234_567), "1,234,567");
    }

    #[test]
    fn labels_the_model_cannot_hold_are_errors() {
        let labels: Vec<String> = (0..8).map(|i| format!("L{i}")).collect();
        let spans: Vec<(String, String)> = labels.iter().map(|l| (format!("w{l}"), l.clone())).collect();
        let text = spans.iter().map(|(w, _)| w.as_str()).collect::<Vec<_>>().join(" ");
        let refs: Vec<(&str, &str)> = spans.iter().map(|(w, l)| (w.as_str(), l.as_str())).collect();
        let docs = vec![doc(&text, &refs)];
        let err =
            train(&docs, &[], &TrainOptions { hash_bits: 12, epochs: 1, ..Default::default() }, &mut strict, &mut |_| {}).unwrap_err();
        assert!(matches!(&err, TrainError::TooManyLabels { found, .. } if found.len() == 8), "{err}");
        assert!(err.to_string().contains("at most 7"), "{err}");
        for layer in ["dates", "Weapons!", ""] {
            let opts = TrainOptions { layer: layer.into(), ..Default::default() };
            assert!(matches!(train(&weapons_docs(), &[], &opts, &mut strict, &mut |_| {}), Err(TrainError::BadLayer(_))), "{layer}");
        }
    }

    #[test]
    fn label_gazetteer_files_and_unknown_files() {
        let dir = std::env::temp_dir().join(format!("tageval-gaz-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("WEAPON.txt"), "# weapons\nGrad rocket\n\nmortar\n").unwrap();
        std::fs::write(dir.join("places.txt"), "Aleppo\n").unwrap();
        let labels = vec!["ARMED_GROUP".to_string(), "WEAPON".to_string()];
        let got = read_gazetteer_dir(&dir, &labels).unwrap();
        assert_eq!(got, vec![(WORLD_PLACE, "Aleppo".to_string()), (label_type(1), "Grad rocket".into()), (label_type(1), "mortar".into())]);
        let err = read_gazetteer_dir(&dir, &labels[..1]).unwrap_err().to_string();
        assert!(err.contains("WEAPON.txt") && err.contains("LABEL.txt") && err.contains("ARMED_GROUP"), "{err}");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
