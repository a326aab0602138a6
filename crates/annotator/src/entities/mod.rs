//! Named entities (`PER`, `ORG`, `LOC`, `MISC`, CoNLL-2003 conventions).
//!
//! Data flow: [`tokens`] splits the text into words with byte offsets; [`features`]
//! hashes each word and its context into rows of a weight table; a [`Model`]
//! (trained by [`train::train`], an averaged perceptron) scores BILOU tags per token
//! and [`decode`] picks the best sequence per sentence with Viterbi; the resulting
//! entities are tidied (a hyphenated modifier such as `U.S.-based` keeps only the
//! name; `#`, `@` and quotes stay outside) and then the [`lexicon::Lexicon`] overlay
//! replaces what it knows better.
//!
//! In a pipeline the tokens and sentence starts come from the document's shared
//! [`TextView`] (built with [`tokens::tokenize`]); [`EntityTagger::tag`] tokenizes
//! itself. [`tokens::NewsPreTokenizer`] is
//! the same rules behind the `tokenizers` `PreTokenizer` trait, whose per-split
//! `NormalizedString` allocations cost more than the whole tagger (see
//! `benches/entities.rs`).
//!
//! A model holds its own labels and layer name: `tageval train` learns whatever labels
//! its gold holds (`WEAPON`, WNUT-17's `person`), and the CoNLL-2003 tidying below
//! (role words, trailing common nouns, `-based`) applies only to a model of the
//! scheme's `PER`/`ORG`/`LOC`/`MISC`; the bundled lexicon only to a model of its labels.
//!
//! The default model, trained on CoNLL-2003 `eng.train` and the hand-labelled
//! Wikipedia-style and news training text in `corpora/wiki-train/` and
//! `corpora/news-train/` (`--extra-train … --extra-names`), is embedded
//! in the binary; `tageval train` rebuilds it (the README's command, `--average 5`).
//! Training ([`train`], the perceptron) is behind the cargo feature `train`, so the
//! tagging path is compiled without it; the CLI turns it on for `tageval train`.
//!
//! ```
//! use annotator::{entities::{EntityOptions, EntityTagger}, Annotator};
//! use reader::Document;
//! let tagger = EntityTagger::build(&EntityOptions::default()).unwrap();
//! let doc = Document::new("d1", "Islamic State fighters advanced on Aleppo, said John Kerry.");
//! let spans = tagger.annotate_alone(&doc);
//! let found: Vec<_> = spans.iter().map(|s| (s.text(&doc.text), s.label.as_str())).collect();
//! assert!(found.contains(&("Aleppo", "LOC")));
//! assert!(found.contains(&("Islamic State", "ORG")));
//! ```

pub mod clusters;
pub mod decode;
pub mod features;
pub mod gazetteer;
pub mod lexicon;
pub mod model_file;
#[cfg(feature = "train")]
mod perceptron;
pub mod tokens;
#[cfg(feature = "train")]
pub mod train;

use std::cell::RefCell;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

use reader::{Document, Layer, Span};

use crate::{Annotator, BuildError, Tagger, TextView};
use decode::{spans_of_tags, Viterbi};
use features::{FeatureBuf, Kind};
use lexicon::{Lexicon, LexiconMatch};
pub use model_file::{Model, ModelError};
use tokens::Token;

/// The bundled default model (trained on CoNLL-2003 `eng.train`).
pub static DEFAULT_MODEL: &[u8] = include_bytes!("../../models/entities.model");

/// The bundled conflict-news lexicon (JSONL patterns).
pub static CONFLICT_LEXICON: &str = include_str!("../../models/conflict_lexicon.jsonl");

/// What the entity tagger is built from.
#[derive(Debug, Clone)]
pub struct EntityOptions {
    /// A model file instead of the bundled default model.
    pub model: Option<PathBuf>,
    /// Extra lexicon files (JSONL patterns) applied over the model.
    pub lexicons: Vec<PathBuf>,
    /// Whether the bundled conflict-news lexicon is applied (default true).
    pub bundled_lexicon: bool,
}

impl Default for EntityOptions {
    fn default() -> Self {
        EntityOptions { model: None, lexicons: Vec::new(), bundled_lexicon: true }
    }
}

/// Tags entities with a statistical model and a lexicon overlay.
#[derive(Debug, Clone)]
pub struct EntityTagger {
    model: Model,
    lexicon: Lexicon,
    /// Whether the model's labels are the scheme's entity labels, so that the
    /// CoNLL-2003 conventions apply to its spans (role words and trailing common
    /// nouns outside, `-based` cut off, title-case common words dropped). A model of
    /// other labels (`WEAPON`: `barrel bombs`) keeps the spans it decodes.
    conventions: bool,
    /// Lower-case hashes of the words that head training ORG names with an inner
    /// function word (`Ministry` of `Ministry of Defence`), see [`org_heads`].
    org_heads: features::HashedSet,
}

/// Whether the CoNLL-2003 entity conventions apply to a model of `labels`.
fn scheme_labels(labels: &[String]) -> bool {
    labels.iter().all(|l| Layer::Entities.labels().contains(&l.as_str()))
}

impl EntityTagger {
    /// Loads the model (`options.model` or the bundled one) and the lexicons
    /// (the bundled one when `options.bundled_lexicon`, then `options.lexicons`).
    pub fn build(options: &EntityOptions) -> Result<Self, BuildError> {
        let model = match &options.model {
            Some(path) => Model::load(path).map_err(|e| model_error(path, e))?,
            None => Model::from_bytes(DEFAULT_MODEL).map_err(|e| model_error(Path::new("<bundled entities.model>"), e))?,
        };
        let mut lexicon = Lexicon::new();
        if options.bundled_lexicon {
            lexicon.add_jsonl(CONFLICT_LEXICON, Path::new("<bundled conflict_lexicon.jsonl>"))?;
            // A model of other labels (`WEAPON`, WNUT's `person`) would get PER, ORG
            // and LOC spans from the bundled lexicon: it applies to models of its labels.
            if !lexicon.labels_within(model.labels()) {
                lexicon = Lexicon::new();
            }
        }
        for path in &options.lexicons {
            lexicon.add_file(path)?;
        }
        let conventions = scheme_labels(model.labels());
        let org_heads = org_heads(&model);
        Ok(EntityTagger { model, lexicon, conventions, org_heads })
    }

    /// A tagger from a model and a lexicon.
    pub fn new(model: Model, lexicon: Lexicon) -> Self {
        let conventions = scheme_labels(model.labels());
        let org_heads = org_heads(&model);
        EntityTagger { model, lexicon, conventions, org_heads }
    }

    /// The model.
    pub fn model(&self) -> &Model {
        &self.model
    }

    /// The name of the layer this tagger's spans belong to (the model's: `entities`
    /// for the bundled model, or a layer the user named when training).
    pub fn layer_name(&self) -> &str {
        self.model.layer()
    }

    /// Tags `text`, returning byte-offset spans in text order.
    pub fn tag(&self, text: &str) -> Vec<Span> {
        let mut scratch = Scratch::default();
        let mut out = Vec::new();
        self.tag_into(text, &mut scratch, &mut out);
        out
    }

    fn tag_into(&self, text: &str, s: &mut Scratch, out: &mut Vec<Span>) {
        let view = TextView::new(text);
        self.tag_windows(text, view.tokens(), view.sentence_starts(), WINDOW_TOKENS, s, out);
    }

    /// Tags `text` (split into `tokens`, `starts` flagging sentence starts) one window
    /// of whole sentences at a time, each window at most `window` tokens (a sentence
    /// longer than that is cut): time is linear and the working memory bounded by the
    /// window, whatever the size of the document. A document of at most `window`
    /// tokens is one window, so its document-wide features (case flags, the contexts
    /// of a word's other mentions) see all of it.
    fn tag_windows(&self, text: &str, tokens: &[Token], starts: &[bool], window: usize, s: &mut Scratch, out: &mut Vec<Span>) {
        let window = window.max(1);
        let mut first = 0;
        loop {
            let end = window_end(starts, first, window);
            s.tokens.clear();
            s.tokens.extend_from_slice(&tokens[first..end]);
            s.starts.clear();
            s.starts.extend_from_slice(&starts[first..end]);
            if let Some(start) = s.starts.first_mut() {
                *start = true;
            }
            self.tag_tokenized(text, s, out);
            if end >= tokens.len() {
                break;
            }
            first = end;
        }
    }

    /// Tags `text` whose tokens and sentence starts are already in `s`.
    fn tag_tokenized(&self, text: &str, s: &mut Scratch, out: &mut Vec<Span>) {
        model_entities_tokenized(&self.model, text, s);
        let mut found = std::mem::take(&mut s.entities);
        for e in &mut found {
            trim_tokens(text, &s.tokens, e);
            if !self.conventions {
                continue;
            }
            if let Source::Model(ty) = e.source {
                let before = e.end;
                strip_outside_words(text, &s.tokens, e, &self.model.types[ty]);
                if e.end < before && e.first < e.end {
                    // `U.S. embassy` → `U.S.`: what is left may be a name the lexicon knows.
                    let name = &text[s.tokens[e.first].start as usize..s.tokens[e.end - 1].end as usize];
                    if let Some(t) = self.lexicon.lookup(name).and_then(|entry| self.model.types.iter().position(|t| *t == entry.label)) {
                        e.source = Source::Model(t);
                    }
                }
            }
        }
        // In a title-case line, capitalised common words are no name (`Recommended Reads`).
        found.retain(|e| e.first < e.end && !(self.conventions && (e.first..e.end).all(|i| s.feats.title_common(i))));
        extend_kunya(text, &s.tokens, &self.model.types, &mut found);
        let surnames = consistent_labels(text, &s.tokens, &self.model.types, &mut found);
        if self.conventions {
            atlas_places(text, &s.tokens, s.feats.infos(), &self.model, &surnames, &mut found);
            join_org_names(text, &s.tokens, s.feats.infos(), &self.model, &self.org_heads, &mut found);
        }
        self.lexicon.find(s.feats.infos(), &mut s.matches);
        // A one-word person whom the document names in full (`Neil Jordan` … `Jordan
        // said`) keeps the model's label over a lexicon place of that name.
        let per = self.model.types.iter().position(|t| t == "PER").map(Source::Model);
        let linked = |e: &Entity| Some(e.source) == per && e.end - e.first == 1 && surnames.contains(s.tokens[e.first].text(text));
        drop_matches_in(&found, linked, |m| self.lexicon.entry(m.entry).label != "PER", &mut s.matches);
        let (starts, feats) = (&s.starts, &s.feats);
        // A sentence's first word is capitalised anyway: there it is a name word when
        // training never saw it in lower case (`Anthony`, `Iraqi`, not `The`).
        let gazetteer = &self.model.gazetteer;
        let name_token = |i: usize| {
            matches!(feats.kind(i), Kind::Title | Kind::Caps)
                && (!starts[i] || !gazetteer.has_word(features::COMMON_WORD, &s.tokens[i].text(text).to_lowercase()))
        };
        let person = |e: &Entity| matches!(e.source, Source::Model(ty) if self.model.types[ty] == "PER");
        overlay(&mut found, &s.matches, name_token, person, |i| self.lexicon.entry(i).label.as_str());
        let first_out = out.len();
        self.hyphenated_names(text, &s.tokens, &found, out);
        let sort_from = out.len();
        for e in &found {
            let start = s.tokens[e.first].start as usize;
            let end = s.tokens[e.end - 1].end as usize;
            match e.source {
                Source::Model(ty) => {
                    // `Kim In-so`: the hyphen joins a person's given names.
                    let person_name = self.model.types[ty] == "PER" && e.end - e.first >= 2;
                    let tidied = if self.conventions { tidy(text, start, end, person_name) } else { Some(end) };
                    let Some(tidy_end) = tidied else { continue };
                    let mut label = self.model.types[ty].as_str();
                    if tidy_end != end {
                        // `Turkey-backed` → `Turkey`: the lexicon may know the name.
                        if let Some(entry) = self.lexicon.lookup(&text[start..tidy_end]) {
                            label = entry.label.as_str();
                        }
                    }
                    out.push(Span::new(start, tidy_end, label));
                }
                Source::Lexicon(i) => {
                    let entry = self.lexicon.entry(i);
                    let mut span = Span::new(start, end, entry.label.as_str());
                    if let Some(id) = &entry.id {
                        span.attrs.insert("id".to_string(), id.clone());
                    }
                    out.push(span);
                }
            }
        }
        if sort_from > first_out {
            out[first_out..].sort_by_key(|span| span.start);
        }
        s.entities = found;
    }

    /// Names the lexicon knows inside a hyphenated word that no entity covers:
    /// `Western-backed` → `Western`, `anti-ISIS` → `ISIS`.
    fn hyphenated_names(&self, text: &str, tokens: &[Token], found: &[Entity], out: &mut Vec<Span>) {
        if self.lexicon.is_empty() {
            return;
        }
        let mut next = found.iter().peekable();
        for (i, t) in tokens.iter().enumerate() {
            while next.peek().is_some_and(|e| e.end <= i) {
                next.next();
            }
            if next.peek().is_some_and(|e| e.first <= i) {
                continue;
            }
            let word = t.text(text);
            // An inline scan: most words are short, and a `memchr` call per word cost
            // more than the scan.
            if word.len() < 4 || !word.bytes().any(|b| b == b'-') {
                continue;
            }
            let (head, tail) = match (word.split_once('-'), word.rsplit_once('-')) {
                (Some((pre, _)), Some((head, tail))) => {
                    if is_modifier(tail) && head.starts_with(char::is_uppercase) {
                        (0, head.len())
                    } else if pre.bytes().all(|b| b.is_ascii_lowercase()) && is_prefix(pre) {
                        (pre.len() + 1, word.len())
                    } else {
                        continue;
                    }
                }
                _ => continue,
            };
            let name = &word[head..tail];
            if let Some(entry) = self.lexicon.lookup(name) {
                let start = t.start as usize + head;
                let mut span = Span::new(start, start + name.len(), entry.label.as_str());
                if let Some(id) = &entry.id {
                    span.attrs.insert("id".to_string(), id.clone());
                }
                out.push(span);
            }
        }
    }
}

/// A lower-case tail that modifies the name before it (`-backed`, `-led`), as
/// opposed to a name particle (`Deir ez-Zor`).
fn is_modifier(tail: &str) -> bool {
    !tail.is_empty() && tail.bytes().all(|b| b.is_ascii_lowercase()) && !ARABIC_PARTICLES.contains(&tail)
}

/// Lower-case prefixes that attach to a name (`anti-ISIS`, `pro-Assad`).
fn is_prefix(pre: &str) -> bool {
    matches!(pre, "anti" | "non" | "pro" | "post" | "pre" | "ex" | "neo" | "pan" | "trans" | "mid")
}

const ARABIC_PARTICLES: &[&str] = &["al", "el", "ad", "ar", "as", "ash", "at", "az", "bin", "ibn", "ez", "ed", "es", "en", "ul", "ud", "e"];

/// Role words that precede a person's name but are not part of it (SCHEME: titles
/// are outside): `Secretary of State [John Kerry]`, `Mr. [Salabman]`.
const ROLE_WORDS: &[&str] = &[
    "President", "Vice", "Secretary", "State", "Minister", "Prime", "Foreign", "Defence", "Defense", "Interior", "Chancellor", "King",
    "Queen", "General", "Gen.", "Lieutenant", "Lt.", "Colonel", "Col.", "Major", "Maj.", "Captain", "Capt.", "Sergeant", "Sgt.",
    "Brigadier", "Brig.", "Admiral", "Adm.", "Commander", "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Dr.", "Dr", "Sen.", "Senator", "Rep.",
    "Representative", "Gov.", "Governor", "Mayor", "Ambassador", "Envoy", "Judge", "Justice", "Pope", "Premier", "Chief", "Spokesman",
    "Spokeswoman", "Prof.", "Professor",
];

/// Drops words a model entity should not hold: a leading article of an organisation
/// (`The [Guardian]`),
/// leading role words of a person (`State [John Kerry]`), and trailing lower-case
/// common nouns (`[U.S.] embassy`). Leaves at least one token.
fn strip_outside_words(text: &str, tokens: &[Token], e: &mut Entity, label: &str) {
    let word = |i: usize| tokens[i].text(text);
    let person = label == "PER";
    // Works keep their article (`The Crying Game`), organisations mostly do not.
    while e.end - e.first >= 2 && (word(e.first) == "the" || (label == "ORG" && word(e.first) == "The")) {
        e.first += 1;
    }
    if person {
        if e.end - e.first == 1 && ROLE_WORDS.contains(&word(e.first)) {
            e.end = e.first; // a role alone (`State`) names nobody
            return;
        }
        while e.end - e.first >= 2 && ROLE_WORDS.contains(&word(e.first)) {
            e.first += 1;
            if e.end - e.first >= 2 && word(e.first) == "of" {
                e.first += 1;
            }
        }
    }
    while e.end - e.first >= 2 && word(e.end - 1).len() >= 3 && is_modifier(word(e.end - 1)) {
        e.end -= 1;
    }
}

/// Takes an Arabic kunya into the person's name: `Abu [Abdo Salabman]` → `[Abu Abdo
/// Salabman]` (`Abu`, `Umm` are never names alone).
fn extend_kunya(text: &str, tokens: &[Token], types: &[String], found: &mut [Entity]) {
    let mut prev_end = 0;
    for e in found.iter_mut() {
        if let Source::Model(ty) = e.source {
            if types[ty] == "PER" && e.first > prev_end && matches!(tokens[e.first - 1].text(text), "Abu" | "Abou" | "Umm" | "Um") {
                e.first -= 1;
            }
        }
        prev_end = e.end;
    }
}

/// Document-level consistency of model entities: a one-word mention of a person
/// named in full elsewhere in the document is that person (`Guterres` after
/// `Antonio Guterres`). (Giving every mention of a string the label most of its
/// mentions have was measured too and cost 0.0008 strict F1 on eng.testa.)
fn consistent_labels<'t>(text: &'t str, tokens: &[Token], types: &[String], found: &mut [Entity]) -> HashSet<&'t str> {
    let Some(per) = types.iter().position(|t| t == "PER") else { return HashSet::new() };
    let name = |e: &Entity| &text[tokens[e.first].start as usize..tokens[e.end - 1].end as usize];
    let mut surnames: HashSet<&str> = HashSet::new();
    for e in found.iter() {
        if e.source == Source::Model(per) && e.end - e.first >= 2 {
            let last = tokens[e.end - 1].text(text);
            if last.chars().count() >= 3 {
                surnames.insert(last);
            }
        }
    }
    for e in found.iter_mut() {
        if e.end - e.first == 1 && matches!(e.source, Source::Model(ty) if ty != per) && surnames.contains(name(e)) {
            e.source = Source::Model(per);
        }
    }
    surnames
}

/// A model person that is exactly a place of the world gazetteer (`Kherson`,
/// `Khan Younis`) is that place, unless training saw it as a person's name, its first
/// word is a given name (`Nancy`, `George`), or the document names a person of that
/// surname in full (`Neil Jordan` … `Jordan`). The model weighs the gazetteer as one
/// feature among many and still reads unseen one-word places as people; measured:
/// eng.testa +0.0005, second held-out set +0.0045, first unchanged.
fn atlas_places(
    text: &str,
    tokens: &[Token],
    infos: &[features::TokenInfo],
    model: &Model,
    surnames: &HashSet<&str>,
    found: &mut [Entity],
) {
    let ty_of = |l: &str| model.types.iter().position(|t| t == l);
    let (Some(per), Some(loc)) = (ty_of("PER"), ty_of("LOC")) else { return };
    let g = &model.gazetteer;
    for e in found.iter_mut().filter(|e| e.source == Source::Model(per)) {
        let types = g.phrase_types(&infos[e.first..e.end]);
        let given = g.phrase_types(&infos[e.first..e.first + 1]) & 1 << gazetteer::WORLD_PERSON != 0;
        let linked = e.end - e.first == 1 && surnames.contains(tokens[e.first].text(text));
        if types & 1 << gazetteer::WORLD_PLACE != 0 && types & 1 << gazetteer::label_type(per) == 0 && !given && !linked {
            e.source = Source::Model(loc);
        }
    }
}

/// Function words that may sit inside an organisation's name (`of`, `for`, `and`,
/// `the`), one a line.
static ORG_INNER_WORDS: &str = include_str!("data/org_inner_words.txt");

/// Whether `word` is one of [`ORG_INNER_WORDS`] (as written: lower case).
fn inner_word(word: &str) -> bool {
    static WORDS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    let words =
        WORDS.get_or_init(|| crate::vocab::table::rows(ORG_INNER_WORDS).filter_map(|(_, fields)| fields.first().copied()).collect());
    words.contains(&word)
}

/// The organisation cue words a model's training names give: the lower-case hashes
/// of the capitalised first words of its ORG names that have an inner function word
/// followed by more words (`Ministry` from `Ministry of Defence`, `Bank` from `Bank of
/// England`). Taken from the model's gazetteer, so no list is kept by hand.
fn org_heads(model: &Model) -> features::HashedSet {
    let mut heads = features::HashedSet::default();
    let Some(org) = model.types.iter().position(|t| t == "ORG") else { return heads };
    let ty = gazetteer::label_type(org);
    let mut words = Vec::new();
    let mut scratch = String::new();
    for (_, phrase) in model.gazetteer.entries().iter().filter(|(t, phrase)| *t == ty && phrase.split(' ').skip(1).any(inner_word)) {
        words.clear();
        tokens::tokenize(phrase, &mut words);
        let inner = words.iter().enumerate().skip(1).find(|(_, w)| inner_word(w.text(phrase)));
        if inner.is_some_and(|(i, _)| i + 1 < words.len()) {
            let head = features::token_info(words[0].text(phrase), &mut scratch);
            if head.kind == Kind::Title {
                heads.insert(head.lower);
            }
        }
    }
    heads
}

/// Joins a model ORG whose first word is an organisation cue word ([`org_heads`]) and
/// the capitalised words after one or two inner function words into one ORG
/// (`Ministry` + `of Defence`, `Office` + `for the Coordination` + `of Humanitarian
/// Affairs`). What it takes in may be a model LOC (`England`) or, unless an `and`
/// joins them (`Bank System Inc. and Norwest Corp.`), an ORG; never a PER or MISC,
/// and not where the whole is a training place and no training organisation.
/// Joining every ORG + function word + entity was wrong more often than right on
/// eng.testa; with the cue: eng.testa 0.9273 → 0.9274, second held-out set
/// 0.7764 → 0.7809 (0.7600 → 0.7646 without the lexicon), first unchanged. Whole
/// phrases of the gazetteer as the evidence instead changed nothing: the model
/// already keeps those whole.
fn join_org_names(
    text: &str,
    tokens: &[Token],
    infos: &[features::TokenInfo],
    model: &Model,
    heads: &features::HashedSet,
    found: &mut Vec<Entity>,
) {
    let ty_of = |l: &str| model.types.iter().position(|t| t == l);
    let (Some(org), Some(loc)) = (ty_of("ORG"), ty_of("LOC")) else { return };
    let (org_bit, loc_bit) = (1 << gazetteer::label_type(org), 1 << gazetteer::label_type(loc));
    let name = |i: usize| matches!(infos[i].kind, Kind::Title | Kind::Caps);
    let mut k = 0;
    while k < found.len() {
        let e = found[k];
        k += 1;
        if e.source != Source::Model(org) || !heads.contains(&infos[e.first].lower) {
            continue;
        }
        let (mut j, mut best) = (e.end, None);
        loop {
            let mut f = j;
            while f < tokens.len() && f - j < 2 && inner_word(tokens[f].text(text)) {
                f += 1;
            }
            let mut m = f;
            while m > j && m < tokens.len() && name(m) {
                m += 1;
            }
            if m == f {
                break;
            }
            let and = (j..f).any(|i| tokens[i].text(text) == "and");
            let blocked = |x: &Entity| match x.source {
                Source::Model(t) => x.end > m || (t != loc && (t != org || and)),
                Source::Lexicon(_) => true,
            };
            if found[k..].iter().take_while(|x| x.first < m).any(blocked) {
                break;
            }
            j = m;
            let types = model.gazetteer.phrase_types(&infos[e.first..j]);
            if !(types & loc_bit != 0 && types & org_bit == 0) {
                best = Some(j);
            }
        }
        if let Some(j) = best {
            found[k - 1].end = j;
            while found.get(k).is_some_and(|x| x.first < j) {
                found.remove(k);
            }
        }
    }
}

/// Removes the lexicon matches that lie inside an entity `keep` protects, where
/// `overrides` says the match would change it. Entities and matches are sorted and
/// disjoint: one pass over both.
fn drop_matches_in(
    found: &[Entity],
    keep: impl Fn(&Entity) -> bool,
    overrides: impl Fn(&LexiconMatch) -> bool,
    matches: &mut Vec<LexiconMatch>,
) {
    let mut k = 0;
    matches.retain(|m| {
        while k < found.len() && found[k].end <= m.first {
            k += 1;
        }
        let inside = found.get(k).is_some_and(|e| e.first <= m.first && m.end <= e.end);
        !(inside && overrides(m) && keep(&found[k]))
    });
}

/// Shrinks a model entity to its name: no punctuation-only tokens at either end
/// (`#`, `@`, quotes), and no trailing `-` + lower-case modifier (`U.S.` `-` `led`).
fn trim_tokens(text: &str, tokens: &[Token], e: &mut Entity) {
    let has_alnum = |i: usize| tokens[i].text(text).chars().any(char::is_alphanumeric);
    while e.first < e.end && !has_alnum(e.first) {
        e.first += 1;
    }
    while e.end > e.first && !has_alnum(e.end - 1) && !kept_tail(text, tokens, e.first, e.end - 1) {
        e.end -= 1;
    }
    if e.end >= e.first + 3 {
        let (a, dash, tail) = (tokens[e.end - 3], tokens[e.end - 2], tokens[e.end - 1]);
        if dash.text(text) == "-" && a.end == dash.start && dash.end == tail.start && tail.text(text).chars().all(char::is_lowercase) {
            e.end -= 2;
        }
    }
}

/// Whether the punctuation token `k`, last of a model entity starting at `first`,
/// belongs to the name: glued to the word before it and either the period of a short
/// abbreviation (`Fla.`, `Inc.`), a currency sign (`C$`), or a bracket closing one
/// opened inside the entity (`Mladost ( L )`). Quotes, `#` and sentence-final periods
/// stay outside.
fn kept_tail(text: &str, tokens: &[Token], first: usize, k: usize) -> bool {
    if k <= first {
        return false;
    }
    let glued = tokens[k - 1].end == tokens[k].start;
    let prev = tokens[k - 1].text(text);
    match tokens[k].text(text) {
        "." | "$" if !glued => false,
        "." => prev.len() <= 4 && prev.starts_with(|c: char| c.is_ascii_uppercase()) && prev.bytes().all(|b| b.is_ascii_alphabetic()),
        "$" => prev.bytes().all(|b| b.is_ascii_uppercase()),
        ")" => (first..k).rev().map(|i| tokens[i].text(text)).take_while(|w| *w != ")").any(|w| w == "("),
        _ => false,
    }
}

fn model_error(path: &Path, e: ModelError) -> BuildError {
    match e {
        ModelError::Io(source) => BuildError::Io { path: PathBuf::from(path), source },
        other => BuildError::Format { path: PathBuf::from(path), line: 0, message: other.to_string() },
    }
}

thread_local! {
    /// Each thread's buffers, reused from one document to the next so that tagging a
    /// stream of documents does not re-grow them (and keeps the token-hash cache warm).
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

impl Tagger for EntityTagger {
    type Options = EntityOptions;
    const LAYER: Layer = Layer::Entities;
    fn build(options: &EntityOptions) -> Result<Self, BuildError> {
        EntityTagger::build(options)
    }
}

impl Annotator for EntityTagger {
    fn layer(&self) -> Layer {
        Self::LAYER
    }

    /// Tags with the view's tokens and sentence starts (the same rules as
    /// [`tokens::tokenize`]), so the text is not split a second time.
    fn annotate(&self, doc: &Document, view: &TextView<'_>, out: &mut Vec<Span>) {
        let text = doc.text.as_str();
        let run = |s: &mut Scratch, out: &mut Vec<Span>| {
            self.tag_windows(text, view.tokens(), view.sentence_starts(), WINDOW_TOKENS, s, out);
        };
        SCRATCH.with(|cell| match cell.try_borrow_mut() {
            Ok(mut scratch) => run(&mut scratch, out),
            // Only reachable if tagging ever re-entered itself on this thread.
            Err(_) => run(&mut Scratch::default(), out),
        });
    }
}

/// Most tokens tagged at once: a longer document is tagged in windows of whole
/// sentences (see [`EntityTagger::tag_windows`]). News articles are far shorter (the
/// longest `eng.testa` document has about 1,100 tokens), so they are one window.
const WINDOW_TOKENS: usize = 1 << 15;

/// The end of the window that starts at token `first`: the last sentence start
/// after `first` within `window` tokens, or `first + window` when no sentence starts
/// there (or the text ends first).
fn window_end(starts: &[bool], first: usize, window: usize) -> usize {
    let limit = first.saturating_add(window);
    if limit >= starts.len() {
        return starts.len();
    }
    match starts[first + 1..=limit].iter().rposition(|&b| b) {
        Some(k) => first + 1 + k,
        None => limit,
    }
}

/// Where an entity came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Source {
    /// The model, with a type index.
    Model(usize),
    /// The lexicon, with an entry index.
    Lexicon(u32),
}

/// An entity over tokens `first..end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Entity {
    pub first: usize,
    pub end: usize,
    pub source: Source,
}

/// Buffers reused from one text to the next.
#[derive(Debug, Default)]
pub(crate) struct Scratch {
    pub tokens: Vec<Token>,
    starts: Vec<bool>,
    feats: FeatureBuf,
    emissions: Vec<f32>,
    viterbi: Viterbi,
    tags: Vec<u8>,
    sentence_tags: Vec<u8>,
    spans: Vec<(usize, usize, usize)>,
    pub entities: Vec<Entity>,
    matches: Vec<LexiconMatch>,
}

/// Runs the model alone over `text`: tokens in `s.tokens`, entities in `s.entities`.
#[cfg(feature = "train")]
pub(crate) fn model_entities(model: &Model, text: &str, s: &mut Scratch) {
    tokenize_into(text, s);
    model_entities_tokenized(model, text, s);
}

/// Splits `text` into `s.tokens` and marks `s.starts`.
#[cfg(feature = "train")]
fn tokenize_into(text: &str, s: &mut Scratch) {
    s.tokens.clear();
    tokens::tokenize(text, &mut s.tokens);
    tokens::sentence_starts(text, &s.tokens, &mut s.starts);
}

/// [`model_entities`] over the tokens and sentence starts already in `s`.
fn model_entities_tokenized(model: &Model, text: &str, s: &mut Scratch) {
    s.entities.clear();
    let n = decode::n_tags(model.types.len());
    let weights = features::Weights { table: &model.weights, tags: n, id: model.id };
    features::extract(text, &s.tokens, &s.starts, &model.gazetteer, &model.clusters, model.bits, Some(&weights), &mut s.feats);
    emissions(model, &s.feats, s.tokens.len(), &mut s.emissions);
    s.tags.clear();
    s.viterbi.prepare(&model.trans, n);
    let mut first = 0;
    while first < s.tokens.len() {
        let mut end = first + 1;
        while end < s.tokens.len() && !s.starts[end] {
            end += 1;
        }
        s.viterbi.decode_prepared(&s.emissions[first * n..end * n], &mut s.sentence_tags);
        s.tags.extend_from_slice(&s.sentence_tags);
        first = end;
    }
    s.spans.clear();
    spans_of_tags(&s.tags, &mut s.spans);
    s.entities.extend(s.spans.iter().map(|&(first, end, ty)| Entity { first, end, source: Source::Model(ty) }));
}

/// Sums the quantised weight rows of every token.
///
/// A model has at most 29 tags, so each row is read as a fixed number of blocks of
/// [`CHUNK`] weights starting at the row, as many as hold its tags (running into the
/// next row's weights, which land in lanes that are never read), whose sums stay in
/// vector registers. Integer sums are exact, so this gives the same scores as a
/// row-by-row loop. The table's last row, too close to its end for a whole block, is
/// copied into one.
///
/// On a CPU with AVX2 the sums are taken with its instructions ([`emissions_avx2`]: a
/// block of eight is one sign-extending load and one add), chosen at run time; the
/// sums are the same integers either way.
fn emissions(model: &Model, feats: &FeatureBuf, len: usize, out: &mut Vec<f32>) {
    #[cfg(target_arch = "x86_64")]
    if std::is_x86_feature_detected!("avx2") {
        // SAFETY: the CPU has AVX2, checked just above.
        unsafe { emissions_avx2(model, feats, len, out) };
        return;
    }
    emissions_generic(model, feats, len, out);
}

/// [`emissions`] with AVX2 instructions (call only where the CPU has it): the same
/// wrapping integer sums as [`emissions_generic`], eight lanes per register, with as
/// many registers as hold the model's tags (the compiler does not vectorise the
/// generic loop for three or four blocks of eight).
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
fn emissions_avx2(model: &Model, feats: &FeatureBuf, len: usize, out: &mut Vec<f32>) {
    let n = decode::n_tags(model.types.len());
    assert!(n <= ROW_LANES, "{n} tags in blocks of {ROW_LANES}");
    match n.div_ceil(CHUNK) {
        1 => emissions_avx2_blocks::<1>(model, feats, len, n, out),
        2 => emissions_avx2_blocks::<2>(model, feats, len, n, out),
        3 => emissions_avx2_blocks::<3>(model, feats, len, n, out),
        _ => emissions_avx2_blocks::<4>(model, feats, len, n, out),
    }
}

/// [`emissions_avx2`] with `C` registers of eight sums (`n` tags, at most `C × 8`).
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
fn emissions_avx2_blocks<const C: usize>(model: &Model, feats: &FeatureBuf, len: usize, n: usize, out: &mut Vec<f32>) {
    use std::arch::x86_64::{
        __m128i, __m256i, _mm256_add_epi32, _mm256_cvtepi16_epi32, _mm256_cvtepi32_ps, _mm256_loadu_si256, _mm256_setzero_si256,
        _mm256_storeu_ps, _mm_loadu_si128,
    };
    let span = C * CHUNK;
    // Each token's `span` scores are stored whole at `i × n` (its lanes past `n` land
    // where the next token's scores go, which overwrite them); the last token's spill
    // into `span` lanes more, cut at the end.
    out.clear();
    out.resize(len * n + span, 0.0);
    let w = &model.weights;
    let sums = feats.sums_table();
    let mut tail: [i16; ROW_LANES];
    for i in 0..len {
        prefetch_next_token(w, sums, feats, i, len, n, span);
        let mut acc = [_mm256_setzero_si256(); C];
        for &s in feats.slots(i) {
            let x: &[i32; ROW_LANES] = &sums[s as usize].0;
            for (k, a) in acc.iter_mut().enumerate() {
                // SAFETY: `k < C <= ROW_LANES / 8`, so the eight lanes from `8k` lie
                // inside `x`; an unaligned load reads them.
                let v = unsafe { _mm256_loadu_si256(x.as_ptr().add(k * CHUNK).cast::<__m256i>()) };
                *a = _mm256_add_epi32(*a, v);
            }
        }
        for &r in feats.token(i) {
            let at = r as usize * n;
            let block: &[i16] = match w.get(at..at + span) {
                Some(block) => block,
                None => {
                    tail = [0; ROW_LANES];
                    for (t, &x) in tail.iter_mut().zip(w.get(at..at + n).unwrap_or_default()) {
                        *t = x;
                    }
                    &tail[..span]
                }
            };
            for (k, a) in acc.iter_mut().enumerate() {
                // SAFETY: `block` holds `span = 8C` weights and `k < C`, so the eight
                // from `8k` lie inside it; an unaligned load reads them.
                let v = unsafe { _mm_loadu_si128(block.as_ptr().add(k * CHUNK).cast::<__m128i>()) };
                // Lanes past `n` hold other rows' weights; the adds wrap, as in
                // `emissions_in_blocks`, and those lanes are never read.
                *a = _mm256_add_epi32(*a, _mm256_cvtepi16_epi32(v));
            }
        }
        let scores = &mut out[i * n..i * n + span];
        for (k, a) in acc.iter().enumerate() {
            // SAFETY: `k < C`, so the eight lanes from `8k` lie inside `scores` (`span =
            // 8C` long); an unaligned store writes them. The conversion rounds as `as
            // f32` does (to nearest, ties to even).
            unsafe { _mm256_storeu_ps(scores.as_mut_ptr().add(k * CHUNK), _mm256_cvtepi32_ps(*a)) };
        }
    }
    out.truncate(len * n);
}

/// The body of [`emissions`], for any CPU: [`emissions_in_blocks`] with as many
/// blocks of [`CHUNK`] lanes as hold the model's tags (a fixed number per build of the
/// loop, so that the sums stay in vector registers).
#[inline(always)]
fn emissions_generic(model: &Model, feats: &FeatureBuf, len: usize, out: &mut Vec<f32>) {
    let n = decode::n_tags(model.types.len());
    assert!(n <= ROW_LANES, "{n} tags in blocks of {ROW_LANES}");
    match n.div_ceil(CHUNK) {
        1 => emissions_in_blocks::<1>(model, feats, len, n, out),
        2 => emissions_in_blocks::<2>(model, feats, len, n, out),
        3 => emissions_in_blocks::<3>(model, feats, len, n, out),
        _ => emissions_in_blocks::<4>(model, feats, len, n, out),
    }
}

/// Lanes summed at once in [`emissions`] (eight `i32`: one AVX2 register).
const CHUNK: usize = 8;

/// Asks for token `i + 1`'s weight rows (the first and last weight of each row's
/// `span`) and word-cache sums while token `i`'s are summed, in both emission paths.
/// The weight table is larger than a core's L2 cache and rows are hashed, so nearly
/// every row read misses it; the prefetch lets the next rows arrive meanwhile
/// (measured: see the commit). Without the sums' prefetch the pipeline takes 3-5%
/// longer.
#[inline(always)]
fn prefetch_next_token(w: &[i16], sums: &[features::Sums], feats: &FeatureBuf, i: usize, len: usize, n: usize, span: usize) {
    if i + 1 < len {
        for &r in feats.token(i + 1) {
            let at = r as usize * n;
            prefetch(w, at);
            prefetch(w, at + span - 1);
        }
        for &s in feats.slots(i + 1) {
            prefetch(sums, s as usize);
        }
    }
}

/// [`emissions`] with rows read as `C` blocks of [`CHUNK`] weights (`n` tags, at most
/// `C × CHUNK`).
#[inline(always)]
fn emissions_in_blocks<const C: usize>(model: &Model, feats: &FeatureBuf, len: usize, n: usize, out: &mut Vec<f32>) {
    out.clear();
    out.reserve(len * n);
    let w = &model.weights;
    let sums = feats.sums_table();
    let span = C * CHUNK;
    let mut tail: [[i16; CHUNK]; C];
    for i in 0..len {
        prefetch_next_token(w, sums, feats, i, len, n, span);
        let mut acc = [[0i32; CHUNK]; C];
        // The sums of the rows the word cache holds for this token (integer sums: the
        // same total in any grouping).
        for &s in feats.slots(i) {
            for (a, x) in acc.iter_mut().zip(sums[s as usize].0.as_chunks::<CHUNK>().0) {
                for (a, &x) in a.iter_mut().zip(x) {
                    *a = a.wrapping_add(x);
                }
            }
        }
        for &r in feats.token(i) {
            let at = r as usize * n;
            let block: &[[i16; CHUNK]; C] = match w.get(at..at + span).and_then(|b| b.as_chunks::<CHUNK>().0.try_into().ok()) {
                Some(block) => block,
                None => {
                    tail = [[0; CHUNK]; C];
                    for (t, &x) in tail.as_flattened_mut().iter_mut().zip(w.get(at..at + n).unwrap_or_default()) {
                        *t = x;
                    }
                    &tail
                }
            };
            for (a, x) in acc.iter_mut().zip(block) {
                for (a, &x) in a.iter_mut().zip(x) {
                    // Lanes past `n` hold other rows' weights; wrapping keeps their
                    // (unused) sums from tripping overflow checks.
                    *a = a.wrapping_add(x as i32);
                }
            }
        }
        out.extend(acc.as_flattened()[..n].iter().map(|&a| a as f32));
    }
}

/// Asks the CPU to bring `w[at]` into its caches (nothing where it cannot); never
/// changes a result. `at` may lie past the end of `w`: the address is formed with
/// wrapping arithmetic and a prefetch never faults, so no bounds check is spent on it
/// (two per row of every token, 2.6% of the entity layer's instructions).
#[inline(always)]
fn prefetch<T>(w: &[T], at: usize) {
    #[cfg(target_arch = "x86_64")]
    {
        let p = w.as_ptr().wrapping_add(at);
        // SAFETY: a prefetch is a hint that never faults, whatever the address, and
        // reads nothing into the program; SSE is part of x86_64.
        unsafe { std::arch::x86_64::_mm_prefetch::<{ std::arch::x86_64::_MM_HINT_T0 }>(p.cast()) };
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = (w, at);
}

/// Weights summed per block in [`emissions`]: at least the most tags a model has.
const ROW_LANES: usize = features::LANES;

/// Applies lexicon matches over model entities: a match replaces the entities it
/// overlaps, unless one of them strictly contains it and the extra tokens hold a
/// name word (`name_token`: capitalised, not sentence-initial): `Aleppo Province`
/// stays, `Syrian army` gives way to `Syrian`. An entity made wholly of two or more
/// known names gives way to them when it is a person (`person`) or the names differ
/// in `label` (`Sunni Anbar` → `Sunni`, `Anbar`); otherwise the longest name wins
/// (`Iraqi Kurds`).
fn overlay<'l>(
    entities: &mut Vec<Entity>,
    matches: &[LexiconMatch],
    name_token: impl Fn(usize) -> bool,
    person: impl Fn(&Entity) -> bool,
    label: impl Fn(u32) -> &'l str,
) {
    if matches.is_empty() {
        return;
    }
    // Entities are sorted and disjoint, and so are the matches, so the entities a
    // match overlaps (and the matches inside an entity) are found by binary search:
    // linear time in the window, whatever the number of names.
    debug_assert!(entities.windows(2).all(|w| w[0].end <= w[1].first));
    debug_assert!(matches.windows(2).all(|w| w[0].end <= w[1].first));
    let known_run = |e: &Entity| {
        let from = matches.partition_point(|m| m.first < e.first);
        let mut inside = matches[from..].iter().take_while(|m| m.first < e.end).filter(|m| m.end <= e.end);
        let Some(m0) = inside.next() else { return false };
        let (mut count, mut len, mut mixed) = (1, m0.end - m0.first, false);
        for m in inside {
            count += 1;
            len += m.end - m.first;
            mixed |= label(m.entry) != label(m0.entry);
        }
        count >= 2 && len == e.end - e.first && (mixed || person(e))
    };
    // Per entity: removed by a match, and its `known_run` once computed.
    let mut removed = vec![false; entities.len()];
    let mut known: Vec<Option<bool>> = vec![None; entities.len()];
    let mut added = Vec::new();
    for m in matches {
        let lo = entities.partition_point(|e| e.end <= m.first);
        let hi = lo + entities[lo..].partition_point(|e| e.first < m.end);
        let kept = (lo..hi).any(|k| {
            let e = &entities[k];
            !removed[k]
                && !*known[k].get_or_insert_with(|| known_run(e))
                && e.first <= m.first
                && m.end <= e.end
                && e.end - e.first > m.end - m.first
                && (e.first..m.first).chain(m.end..e.end).any(&name_token)
        });
        if kept {
            continue;
        }
        removed[lo..hi].fill(true);
        added.push(Entity { first: m.first, end: m.end, source: Source::Lexicon(m.entry) });
    }
    let mut k = 0;
    entities.retain(|_| {
        k += 1;
        !removed[k - 1]
    });
    entities.extend(added);
    entities.sort_by_key(|e| e.first);
}

/// Tidies a model entity `start..end`: drops a trailing `-modifier` in lower case
/// (`Toronto-based` → `Toronto`, `U.S.-led` → `U.S.`), and drops entities without a
/// Latin letter (scripts the English model was never trained on) and a possessive
/// clitic alone. Returns the new end.
fn tidy(text: &str, start: usize, end: usize, person_name: bool) -> Option<usize> {
    let s = &text[start..end];
    if !s.bytes().any(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    // A possessive clitic alone (`’s` of `the group’s`, split off by the tokenizer) is
    // no name, whatever names with `'s` inside the gazetteer holds.
    if matches!(s, "'s" | "'S" | "\u{2019}s" | "\u{2019}S") {
        return None;
    }
    let mut end = end;
    if person_name {
        return Some(end);
    }
    if let Some(h) = s.rfind('-') {
        let tail = &s[h + 1..];
        let head = &s[..h];
        if h > 0
            && !tail.is_empty()
            && tail.chars().all(|c| c.is_lowercase())
            && head.chars().next().is_some_and(char::is_uppercase)
            && !ARABIC_PARTICLES.contains(&tail)
            && !head.ends_with(['-', '\''])
        {
            // `S. -led` (a broken `U.S.-led`) leaves `S. `: a span never ends on
            // whitespace.
            end = start + head.trim_end().len();
        }
    }
    Some(end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::sync::LazyLock;

    static TAGGER: LazyLock<EntityTagger> = LazyLock::new(|| EntityTagger::build(&EntityOptions::default()).unwrap());

    fn check(text: &str) {
        let spans = TAGGER.tag(text);
        let mut prev_end = 0;
        for s in &spans {
            assert!(s.start < s.end && s.end <= text.len());
            assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            assert!(s.start >= prev_end, "overlap in {text:?}: {spans:?}");
            let slice = &text[s.start..s.end];
            assert_eq!(slice.trim(), slice);
            prev_end = s.end;
        }
    }

    proptest! {
        #[test]
        fn any_string_is_safe(text in any::<String>()) {
            check(&text);
        }

        #[test]
        fn news_like_strings_are_safe(text in "([A-Z][a-z]{0,8}|al-|'s|#|@|U\\.S\\.|[.,\"'-]|\\s|[\u{590}-\u{6ff}]{1,4}|\\PC){0,40}") {
            check(&text);
        }
    }

    /// The emission sums, with the word cache and without it, on the AVX2 path and the
    /// generic one, equal a row-by-row sum for every number of labels (one to four
    /// blocks of eight tags).
    #[test]
    fn emission_sums_match_row_by_row_sums() {
        let text = "Reuters said on Monday that John Smith of the Bank of England met officials in Aleppo . \
                    Smith said the army left Aleppo and the Bank of England said nothing .";
        let mut tokens = Vec::new();
        tokens::tokenize(text, &mut tokens);
        let mut starts = Vec::new();
        tokens::sentence_starts(text, &tokens, &mut starts);
        let mut x = 0x9e37_79b9_7f4a_7c15u64;
        for labels in 1..=model_file::MAX_LABELS {
            let types: Vec<String> = (0..labels).map(|i| format!("L{i}")).collect();
            let n = decode::n_tags(labels);
            let floats: Vec<f32> = (0..n << 10)
                .map(|_| {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    (x % 2001) as f32 / 100.0 - 10.0
                })
                .collect();
            let model = Model::from_floats(
                10,
                types,
                "entities".into(),
                &floats,
                &vec![0.0; (n + 1) * n],
                gazetteer::Gazetteer::new(),
                clusters::Clusters::new(),
            );
            // Without the word cache: every row is in `token(i)`.
            let mut plain = FeatureBuf::default();
            features::extract(text, &tokens, &starts, &model.gazetteer, &model.clusters, model.bits, None, &mut plain);
            let expected: Vec<f32> = (0..tokens.len())
                .flat_map(|i| {
                    let mut acc = vec![0i32; n];
                    for &r in plain.token(i) {
                        for (a, &w) in acc.iter_mut().zip(&model.weights[r as usize * n..r as usize * n + n]) {
                            *a += w as i32;
                        }
                    }
                    acc.into_iter().map(|a| a as f32)
                })
                .collect();
            let weights = features::Weights { table: &model.weights, tags: n, id: model.id };
            let mut cached = FeatureBuf::default();
            features::extract(text, &tokens, &starts, &model.gazetteer, &model.clusters, model.bits, Some(&weights), &mut cached);
            let mut out = Vec::new();
            for feats in [&plain, &cached] {
                emissions_generic(&model, feats, tokens.len(), &mut out);
                assert_eq!(out, expected, "generic, {labels} labels");
                emissions(&model, feats, tokens.len(), &mut out);
                assert_eq!(out, expected, "dispatched, {labels} labels");
            }
        }
    }

    /// Found by the `annotate_entities` fuzz target: cutting `-led` off a model
    /// entity left a span ending on a space.
    #[test]
    fn cut_modifier_leaves_no_trailing_space() {
        for text in ["ashU.S. -lo.PR", "ashU.S. -led", "the U.S. -led coalition"] {
            check(text);
        }
        assert_eq!(tidy("S. -led", 0, 7, false), Some(2));
    }

    /// The model's entity over the words `first..end` of `text`, after [`trim_tokens`].
    fn trimmed(text: &str, first: usize, end: usize) -> String {
        let mut tokens = Vec::new();
        tokens::tokenize(text, &mut tokens);
        let mut e = Entity { first, end, source: Source::Model(0) };
        trim_tokens(text, &tokens, &mut e);
        text[tokens[e.first].start as usize..tokens[e.end - 1].end as usize].to_string()
    }

    #[test]
    fn trim_keeps_abbreviation_periods_currency_signs_and_closed_brackets() {
        // Tokens: `Jacksonville` `,` `Fla` `.` `,` …
        assert_eq!(trimmed("Jacksonville , Fla. , for", 2, 4), "Fla.");
        assert_eq!(trimmed("in Jacksonville , Fla .", 3, 5), "Fla", "a period on its own ends the sentence");
        assert_eq!(trimmed("went to Aleppo.", 2, 4), "Aleppo", "a sentence-final period is outside");
        assert_eq!(trimmed("fell C$ 0.45", 1, 3), "C$");
        assert_eq!(trimmed("Borac 1 Mladost ( L ) 2", 2, 6), "Mladost ( L )");
        assert_eq!(trimmed("Rad ) 0", 0, 2), "Rad", "a bracket opened outside the entity");
        assert_eq!(trimmed("\"Aleppo\" said", 0, 3), "Aleppo");
        assert_eq!(trimmed("#ISIL .", 0, 2), "ISIL");
    }

    #[test]
    fn person_names_keep_hyphenated_given_names() {
        let t = "Kim In-so";
        assert_eq!(tidy(t, 0, 9, true), Some(9));
        assert_eq!(tidy(t, 0, 9, false), Some(6), "elsewhere a lower-case tail is a modifier");
    }

    #[test]
    fn matches_inside_protected_entities_are_dropped() {
        let model = |first, end| Entity { first, end, source: Source::Model(0) };
        let found = vec![model(0, 1), model(3, 5), model(6, 7)];
        let m = |first, end, entry| LexiconMatch { first, end, entry };
        let mut matches = vec![m(0, 1, 0), m(1, 2, 0), m(3, 4, 1), m(4, 6, 0), m(6, 7, 0)];
        // Entity 6..7 is not protected; entity 3..5's match is not an override (entry 1).
        drop_matches_in(&found, |e| e.first != 6, |m| m.entry == 0, &mut matches);
        assert_eq!(matches, vec![m(1, 2, 0), m(3, 4, 1), m(4, 6, 0), m(6, 7, 0)]);
    }

    #[test]
    fn model_people_that_are_atlas_places_become_places() {
        let mut g = gazetteer::Gazetteer::new();
        for place in ["Kherson", "Khan Younis", "Jordan", "Nancy"] {
            g.insert(gazetteer::WORLD_PLACE, place);
        }
        g.insert(gazetteer::WORLD_PERSON, "Nancy");
        g.insert(gazetteer::WORLD_PLACE, "Madonna");
        g.insert(gazetteer::label_type(0), "Madonna");
        let types: Vec<String> = ["PER", "ORG", "LOC", "MISC"].map(String::from).to_vec();
        let n = decode::n_tags(types.len());
        let model =
            Model::from_floats(10, types, "entities".into(), &vec![0.0; n << 10], &vec![0.0; (n + 1) * n], g, clusters::Clusters::new());
        let text = "Kherson Khan Younis Jordan Nancy Madonna Kherson Aleppo";
        let mut tokens = Vec::new();
        tokens::tokenize(text, &mut tokens);
        let mut scratch = String::new();
        let infos: Vec<features::TokenInfo> = tokens.iter().map(|t| features::token_info(t.text(text), &mut scratch)).collect();
        let person = |first, end| Entity { first, end, source: Source::Model(0) };
        let mut found = vec![
            person(0, 1),
            person(1, 3),
            person(3, 4),
            person(4, 5),
            person(5, 6),
            Entity { first: 6, end: 7, source: Source::Model(1) },
            person(7, 8),
        ];
        let surnames: HashSet<&str> = ["Jordan"].into_iter().collect();
        atlas_places(text, &tokens, &infos, &model, &surnames, &mut found);
        let labels: Vec<usize> = found
            .iter()
            .map(|e| match e.source {
                Source::Model(t) => t,
                Source::Lexicon(_) => 9,
            })
            .collect();
        // Kherson, Khan Younis: places; Jordan: linked to a full name; Nancy: a given
        // name; Madonna: a person in training; an ORG is left alone; Aleppo: no place
        // of this gazetteer.
        assert_eq!(labels, vec![2, 2, 0, 0, 0, 1, 0]);
    }

    #[test]
    fn org_inner_words_file_parses() {
        // A row is one word of ASCII lower-case letters (no second, tab-separated field).
        let is_word = |fields: &[&str]| matches!(fields, [w] if !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase()));
        let rows: Vec<(usize, Vec<&str>)> = crate::vocab::table::rows(ORG_INNER_WORDS).collect();
        for (line, fields) in &rows {
            assert!(is_word(fields), "org_inner_words.txt:{line}: {fields:?}");
        }
        for bad in ["of\tthe", "o f", "Of"] {
            assert!(!crate::vocab::table::rows(bad).all(|(_, fields)| is_word(&fields)), "{bad:?} accepted");
        }
        let words: Vec<&str> = rows.iter().map(|(_, fields)| fields[0]).collect();
        assert!(words.len() >= 4);
        let unique: HashSet<&&str> = words.iter().collect();
        assert_eq!(unique.len(), words.len(), "duplicate word");
        assert!(inner_word("of") && inner_word("the") && !inner_word("Of") && !inner_word("# Function"));
    }

    #[test]
    #[rustfmt::skip]
    fn cued_organisations_keep_their_inner_function_words() {
        let mut g = gazetteer::Gazetteer::new();
        // Training ORG names: the cue words are their heads, `Ministry`, `Bank`,
        // `Office`, `Republic` (not `Acme`: no inner function word, not `Red`: none after it).
        for org in ["Ministry of Health", "Bank of Japan", "Office for National Statistics", "Republic of Texas Bank", "Acme Corp", "Red Crescent of"] {
            g.insert(gazetteer::label_type(1), org);
        }
        g.insert(gazetteer::label_type(2), "Republic of Yemen");
        let types: Vec<String> = ["PER", "ORG", "LOC", "MISC"].map(String::from).to_vec();
        let n = decode::n_tags(types.len());
        let model = Model::from_floats(10, types, "entities".into(), &vec![0.0; n << 10], &vec![0.0; (n + 1) * n], g, clusters::Clusters::new());
        let heads = org_heads(&model);
        assert_eq!(heads.len(), 4);
        // (text, the model's entities as text/type, what the join leaves).
        type Names<'a> = &'a [(&'a str, usize)];
        let rows: &[(&str, Names, Names)] = &[
            ("The Ministry of Defence said", &[("Ministry", 1)], &[("Ministry of Defence", 1)]),
            ("the Bank of England rate", &[("Bank", 1), ("England", 2)], &[("Bank of England", 1)]),
            (
                "the Office for the Coordination of Humanitarian Affairs said",
                &[("Office", 1), ("Humanitarian Affairs", 1)],
                &[("Office for the Coordination of Humanitarian Affairs", 1)],
            ),
            // Two companies that an `and` joins stay two.
            ("Bank Systems Inc. and Norwest Corp. merged", &[("Bank Systems Inc.", 1), ("Norwest Corp.", 1)], &[("Bank Systems Inc.", 1), ("Norwest Corp.", 1)]),
            // A person is not taken in, nor lower-case words.
            ("Ministry for Peter Jones", &[("Ministry", 1), ("Peter Jones", 0)], &[("Ministry", 1), ("Peter Jones", 0)]),
            ("the Ministry of health officials", &[("Ministry", 1)], &[("Ministry", 1)]),
            // No cue word; a whole that training knew only as a place.
            ("Acme of Paris sold", &[("Acme", 1), ("Paris", 2)], &[("Acme", 1), ("Paris", 2)]),
            ("the Republic of Yemen said", &[("Republic", 1), ("Yemen", 2)], &[("Republic", 1), ("Yemen", 2)]),
        ];
        for (text, model_entities, expected) in rows {
            let mut tokens = Vec::new();
            tokens::tokenize(text, &mut tokens);
            let mut scratch = String::new();
            let infos: Vec<features::TokenInfo> = tokens.iter().map(|t| features::token_info(t.text(text), &mut scratch)).collect();
            let entity = |(name, ty): &(&str, usize)| {
                let start = text.find(name).expect("name in text");
                let first = tokens.iter().position(|t| t.start as usize == start).expect("token start");
                let end = tokens.iter().position(|t| t.end as usize == start + name.len()).expect("token end") + 1;
                Entity { first, end, source: Source::Model(*ty) }
            };
            let mut found: Vec<Entity> = model_entities.iter().map(entity).collect();
            join_org_names(text, &tokens, &infos, &model, &heads, &mut found);
            let want: Vec<Entity> = expected.iter().map(entity).collect();
            assert_eq!(found, want, "{text}");
        }
    }

    #[test]
    fn tidy_trims_modifiers() {
        let t = "Toronto-based U.S.-led Deir ez-Zor Ghazni-e";
        assert_eq!(tidy(t, 0, 13, false), Some(7));
        assert_eq!(tidy(t, 14, 22, false), Some(18));
        assert_eq!(tidy(t, 23, 34, false), Some(34));
        assert_eq!(tidy("שלום", 0, 8, false), None);
        let g = "the group’s arms, the GROUP'S ARMS";
        assert_eq!(tidy(g, 9, 13, false), None, "`’s` alone");
        assert_eq!(tidy(g, 29, 31, false), None, "`'S` alone");
        assert_eq!(tidy(g, 4, 9, false), Some(9));
    }

    /// The overlay as first written (every match scans every entity): the
    /// reference the linear [`overlay`] must agree with.
    fn overlay_quadratic(
        entities: &mut Vec<Entity>,
        matches: &[LexiconMatch],
        name_token: impl Fn(usize) -> bool,
        person: impl Fn(&Entity) -> bool,
        label: impl Fn(u32) -> &'static str,
    ) {
        let known_run = |e: &Entity| {
            let mut inside = matches.iter().filter(|m| e.first <= m.first && m.end <= e.end);
            let Some(m0) = inside.next() else { return false };
            let (mut count, mut len, mut mixed) = (1, m0.end - m0.first, false);
            for m in inside {
                count += 1;
                len += m.end - m.first;
                mixed |= label(m.entry) != label(m0.entry);
            }
            count >= 2 && len == e.end - e.first && (mixed || person(e))
        };
        let mut added = Vec::new();
        for m in matches {
            let overlaps = |e: &Entity| e.first < m.end && m.first < e.end;
            let kept = entities.iter().any(|e| {
                overlaps(e)
                    && !known_run(e)
                    && e.first <= m.first
                    && m.end <= e.end
                    && e.end - e.first > m.end - m.first
                    && (e.first..m.first).chain(m.end..e.end).any(&name_token)
            });
            if kept {
                continue;
            }
            entities.retain(|e| !overlaps(e));
            added.push(Entity { first: m.first, end: m.end, source: Source::Lexicon(m.entry) });
        }
        entities.extend(added);
        entities.sort_by_key(|e| e.first);
    }

    /// Sorted, disjoint runs `first..end` from gaps and lengths.
    fn runs(steps: &[(usize, usize)]) -> Vec<(usize, usize)> {
        let mut at = 0;
        steps
            .iter()
            .map(|&(gap, len)| {
                let first = at + gap;
                at = first + len;
                (first, at)
            })
            .collect()
    }

    proptest! {
        #[test]
        fn linear_overlay_equals_quadratic(
            ents in proptest::collection::vec((0usize..4, 1usize..6, 0usize..2), 0..30),
            ms in proptest::collection::vec((0usize..5, 1usize..4, 0u32..3), 0..30),
            names in proptest::collection::vec(any::<bool>(), 200),
        ) {
            let mut a: Vec<Entity> = runs(&ents.iter().map(|&(g, l, _)| (g, l)).collect::<Vec<_>>())
                .into_iter()
                .zip(&ents)
                .map(|((first, end), &(_, _, ty))| Entity { first, end, source: Source::Model(ty) })
                .collect();
            let matches: Vec<LexiconMatch> = runs(&ms.iter().map(|&(g, l, _)| (g, l)).collect::<Vec<_>>())
                .into_iter()
                .zip(&ms)
                .map(|((first, end), &(_, _, entry))| LexiconMatch { first, end, entry })
                .collect();
            let mut b = a.clone();
            let name = |i: usize| names[i % names.len()];
            let person = |e: &Entity| e.source == Source::Model(1);
            let label = |i: u32| ["LOC", "ORG", "LOC"][i as usize];
            overlay(&mut a, &matches, name, person, label);
            overlay_quadratic(&mut b, &matches, name, person, label);
            prop_assert_eq!(a, b);
        }
    }

    /// One sentence, repeated: every window sees the same words in the same
    /// contexts, so tagging in windows must give what tagging at once gives.
    #[test]
    fn windows_equal_whole_document() {
        let sentence = "Islamic State fighters advanced on Aleppo , said U.S. Secretary of State John Kerry in \
                        Washington after talks with the Syrian Observatory for Human Rights . ";
        let mut toks = Vec::new();
        tokens::tokenize(sentence, &mut toks);
        let per_window = 10;
        let text = sentence.repeat(per_window * 7);
        let (mut tokens, mut starts) = (Vec::new(), Vec::new());
        tokens::tokenize(&text, &mut tokens);
        tokens::sentence_starts(&text, &tokens, &mut starts);
        assert_eq!(tokens.len(), toks.len() * per_window * 7);
        let (mut whole, mut windowed) = (Vec::new(), Vec::new());
        let mut s = Scratch::default();
        TAGGER.tag_windows(&text, &tokens, &starts, usize::MAX, &mut s, &mut whole);
        TAGGER.tag_windows(&text, &tokens, &starts, toks.len() * per_window, &mut s, &mut windowed);
        assert!(whole.len() >= 7 * per_window * 4, "{} entities", whole.len());
        assert_eq!(whole, windowed);
        assert_eq!(TAGGER.tag(&text), whole, "the document is shorter than the default window");
    }

    /// A long document: the working buffers hold one window, not the document, and
    /// the spans found are those of each window tagged on its own.
    #[test]
    fn long_document_memory_is_bounded_by_the_window() {
        let para = "The Syrian army shelled Aleppo on Monday , killing 12 people , the Syrian Observatory for \
                    Human Rights said . Rebels of the Levant Front hit back near Azaz .\n";
        let text = para.repeat(20_000); // about 2.8 MB, 560,000 tokens
        let (mut tokens, mut starts) = (Vec::new(), Vec::new());
        tokens::tokenize(&text, &mut tokens);
        tokens::sentence_starts(&text, &tokens, &mut starts);
        let window = 1000;
        let mut s = Scratch::default();
        let mut out = Vec::new();
        TAGGER.tag_windows(&text, &tokens, &starts, window, &mut s, &mut out);
        assert!(out.len() >= 20_000 * 5, "{} entities", out.len());
        assert!(out.windows(2).all(|w| w[0].end <= w[1].start), "spans in order, disjoint");
        // Buffers are sized by the window (amortised growth doubles at most).
        assert!(s.tokens.capacity() <= 2 * window, "tokens {}", s.tokens.capacity());
        assert!(s.feats.rows.capacity() <= 2 * window * 96, "rows {}", s.feats.rows.capacity());
        assert!(s.emissions.capacity() <= 2 * window * ROW_LANES, "emissions {}", s.emissions.capacity());
        assert!(s.matches.capacity() <= 2 * window, "matches {}", s.matches.capacity());
        // Each window is tagged as a document of its own.
        let mut first = 0;
        let mut expected = Vec::new();
        while first < tokens.len() {
            let end = window_end(&starts, first, window);
            let (a, b) = (tokens[first].start as usize, tokens[end - 1].end as usize);
            expected.extend(TAGGER.tag(&text[a..b]).into_iter().map(|mut span| {
                span.start += a;
                span.end += a;
                span
            }));
            first = end;
        }
        assert_eq!(out, expected);
    }

    #[test]
    fn windows_end_at_sentence_starts() {
        let starts = [true, false, false, true, false, true, false, false, false, false];
        assert_eq!(window_end(&starts, 0, 4), 3);
        assert_eq!(window_end(&starts, 0, 5), 5);
        assert_eq!(window_end(&starts, 5, 3), 8, "no sentence start: cut at the window");
        assert_eq!(window_end(&starts, 5, 100), 10);
        assert_eq!(window_end(&[], 0, 4), 0);
    }

    #[test]
    fn overlay_rules() {
        let model = |first, end| Entity { first, end, source: Source::Model(0) };
        let mut ents = vec![model(0, 5), model(7, 8)];
        let matches = vec![LexiconMatch { first: 0, end: 1, entry: 0 }, LexiconMatch { first: 6, end: 8, entry: 1 }];
        overlay(&mut ents, &matches, |i| i == 3, |_| false, |_| "LOC");
        assert_eq!(ents, vec![model(0, 5), Entity { first: 6, end: 8, source: Source::Lexicon(1) }]);
        // Without a name word among the extra tokens, the lexicon wins.
        let mut ents = vec![model(0, 2)];
        overlay(&mut ents, &[LexiconMatch { first: 0, end: 1, entry: 0 }], |_| false, |_| false, |_| "LOC");
        assert_eq!(ents, vec![Entity { first: 0, end: 1, source: Source::Lexicon(0) }]);
    }
}
