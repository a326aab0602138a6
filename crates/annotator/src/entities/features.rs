//! Features: each token becomes a list of hashed feature ids (rows of the weight table).
//!
//! Nothing here allocates per feature. Each token's strings (exact form, lower case,
//! shape, affixes) are hashed once into a `TokenInfo`; a feature is then a template
//! id mixed with one or two of those hashes (the word two to the left, the shapes of a
//! window, …) and reduced to a row by its top bits. The same code runs in training and
//! tagging, so a model file only has to record [`FEATURE_VERSION`] and the table size.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::clusters::{Clusters, MAX_LEVELS};
use super::gazetteer::Gazetteer;
use super::tokens::Token;

/// Version of the feature templates; a model trained with other templates is refused.
pub const FEATURE_VERSION: u32 = 5;

const K: u64 = 0x517c_c1b7_2722_0a95;

/// Mixes `x` into the running hash `h` (FxHash step).
#[inline]
pub(crate) fn mix(h: u64, x: u64) -> u64 {
    (h.rotate_left(5) ^ x).wrapping_mul(K)
}

/// Hashes a byte string, eight bytes at a time.
#[inline]
pub(crate) fn hash_bytes(seed: u64, bytes: &[u8]) -> u64 {
    let mut h = mix(seed, bytes.len() as u64);
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        h = mix(h, u64::from_le_bytes(c.try_into().unwrap_or([0; 8])));
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        h = mix(h, tail_word(bytes, rest.len()));
    }
    h
}

/// The bytes of a word of at most eight bytes as a little-endian number (zero-padded).
#[inline]
fn packed(bytes: &[u8]) -> u64 {
    match <[u8; 8]>::try_from(bytes) {
        Ok(b) => u64::from_le_bytes(b),
        Err(_) if bytes.is_empty() => 0,
        Err(_) => tail_word(bytes, bytes.len().min(7)),
    }
}

/// `hash_bytes(1, bytes)`, the word cache's key, and [`packed`] of a word of at most
/// eight bytes (0 for a longer one): for such a word the hash is one mix of the
/// packed bytes, so they are gathered once for both.
#[inline]
fn word_key(bytes: &[u8]) -> (u64, u64) {
    if (1..=8).contains(&bytes.len()) {
        let p = packed(bytes);
        (mix(mix(1, bytes.len() as u64), p), p)
    } else {
        (hash_bytes(1, bytes), 0)
    }
}

/// The last `r` (1 to 7) bytes of `bytes` as a little-endian number (the bytes
/// zero-padded to eight): one load where `bytes` has eight, not a `memcpy` call.
#[inline]
fn tail_word(bytes: &[u8], r: usize) -> u64 {
    let len = bytes.len();
    if let Some(last) = bytes.get(len.wrapping_sub(8)..).and_then(|b| <[u8; 8]>::try_from(b).ok()) {
        return u64::from_le_bytes(last) >> (8 * (8 - r));
    }
    // A short word: four, two and one bytes, as `r` has them.
    let rest = &bytes[len - r..];
    let (mut x, mut k) = (0u64, 0);
    if let Some(b) = rest.get(..4).and_then(|b| <[u8; 4]>::try_from(b).ok()) {
        x = u32::from_le_bytes(b) as u64;
        k = 4;
    }
    if r & 2 != 0 {
        if let Some(b) = rest.get(k..k + 2).and_then(|b| <[u8; 2]>::try_from(b).ok()) {
            x |= (u16::from_le_bytes(b) as u64) << (8 * k);
            k += 2;
        }
    }
    if r & 1 != 0 {
        if let Some(&b) = rest.get(k) {
            x |= (b as u64) << (8 * k);
        }
    }
    x
}

/// A hasher for keys that are already hashes.
#[derive(Default, Clone, Copy)]
pub(crate) struct IdentityHasher(u64);

impl Hasher for IdentityHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        self.0 = hash_bytes(self.0, bytes);
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// A map keyed by precomputed hashes.
pub(crate) type HashedMap<V> = HashMap<u64, V, BuildHasherDefault<IdentityHasher>>;

/// A set of word hashes, hashed by identity as in [`HashedMap`].
pub(crate) type HashedSet = std::collections::HashSet<u64, BuildHasherDefault<IdentityHasher>>;

/// [`TokenInfo::lower`] of `word` ([`token_info`]'s lower-case hash) alone, without
/// the other hashes: what the gazetteer keys its phrases on. `lower` is scratch space.
pub(crate) fn lower_hash(word: &str, lower: &mut String) -> u64 {
    lower.clear();
    if word.is_ascii() {
        lower.push_str(word);
        lower.make_ascii_lowercase();
    } else {
        for c in word.chars() {
            if c.is_ascii() {
                lower.push(c.to_ascii_lowercase());
            } else {
                lower.extend(c.to_lowercase());
            }
        }
    }
    hash_bytes(2, lower.as_bytes())
}

/// The case pattern of a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[repr(u8)]
pub(crate) enum Kind {
    /// Starts with a lower-case letter.
    #[default]
    Lower = 0,
    /// Starts upper-case, has lower-case letters (`Aleppo`, `McCain`).
    Title = 1,
    /// Letters, all upper-case (`ISIS`, `U.S.`).
    Caps = 2,
    /// Digits and no letters.
    Digit = 3,
    /// Neither letters nor digits.
    Punct = 4,
    /// Letters without case (Arabic, Hebrew, CJK scripts).
    Caseless = 5,
}

/// The per-token hashes that features combine.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct TokenInfo {
    pub word: u64,
    pub lower: u64,
    pub shape: u64,
    pub short: u64,
    /// Prefixes of 1–4 chars, then suffixes of 1–4 chars, of the lower-case form
    /// (0 where the word is too short).
    pub affix: [u64; 8],
    pub kind: Kind,
}

/// Hashes one token's strings; `lower` is scratch space.
pub(crate) fn token_info(word: &str, lower: &mut String) -> TokenInfo {
    lower.clear();
    let (mut upper_n, mut lower_n, mut digit_n, mut caseless_n) = (0u32, 0u32, 0u32, 0u32);
    let mut shape = mix(0x5a, 1);
    let mut short = mix(0x5b, 1);
    let mut last = 0u8;
    let mut run = 0u32;
    let mut first_upper = false;
    let mut first_lower = false;
    for (i, c) in word.chars().enumerate() {
        let class = if c.is_ascii() {
            let b = c as u8;
            lower.push(b.to_ascii_lowercase() as char);
            if b.is_ascii_uppercase() {
                upper_n += 1;
                b'X'
            } else if b.is_ascii_lowercase() {
                lower_n += 1;
                b'x'
            } else if b.is_ascii_digit() {
                digit_n += 1;
                b'd'
            } else {
                b
            }
        } else {
            lower.extend(c.to_lowercase());
            if c.is_uppercase() {
                upper_n += 1;
                b'X'
            } else if c.is_lowercase() {
                lower_n += 1;
                b'x'
            } else if c.is_numeric() {
                digit_n += 1;
                b'd'
            } else if c.is_alphabetic() {
                caseless_n += 1;
                b'a'
            } else {
                b'o'
            }
        };
        if i == 0 {
            first_upper = class == b'X';
            first_lower = class == b'x';
        }
        if class == last {
            run += 1;
        } else {
            run = 1;
            short = mix(short, class as u64);
            last = class;
        }
        if run <= 4 {
            shape = mix(shape, class as u64);
        }
    }
    let kind = if first_lower {
        Kind::Lower
    } else if upper_n > 0 && lower_n == 0 {
        Kind::Caps
    } else if first_upper || upper_n > 0 {
        Kind::Title
    } else if caseless_n > 0 {
        Kind::Caseless
    } else if digit_n > 0 {
        Kind::Digit
    } else if lower_n > 0 {
        Kind::Lower
    } else {
        Kind::Punct
    };
    let lb = lower.as_bytes();
    let mut affix = [0u64; 8];
    if lower.is_ascii() {
        for n in 1..=4.min(lb.len()) {
            affix[n - 1] = hash_bytes(0x70 + n as u64, &lb[..n]);
            affix[3 + n] = hash_bytes(0x80 + n as u64, &lb[lb.len() - n..]);
        }
    } else {
        let bounds: Vec<usize> = lower.char_indices().map(|(i, _)| i).chain([lb.len()]).collect();
        let nchars = bounds.len() - 1;
        for n in 1..=4.min(nchars) {
            affix[n - 1] = hash_bytes(0x70 + n as u64, &lb[..bounds[n]]);
            affix[3 + n] = hash_bytes(0x80 + n as u64, &lb[bounds[nchars - n]..]);
        }
    }
    TokenInfo { word: hash_bytes(1, word.as_bytes()), lower: hash_bytes(2, lb), shape, short, affix, kind }
}

/// The case regime of a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub(crate) enum Regime {
    /// Ordinary mixed case.
    Normal = 0,
    /// No lower-case words (headlines, telegrams).
    AllCaps = 1,
    /// No capitalised words (social posts, careless typing).
    AllLower = 2,
    /// Every content word capitalised (web headlines, teasers, navigation): the case
    /// of a word says little, so the features lean on what the word is.
    TitleCase = 3,
}

/// Words that title case leaves in lower case (articles, conjunctions, short
/// prepositions) and name particles; any other lower-case word rules a title-case
/// line out.
pub(crate) const TITLE_CASE_LOWER: &[&str] = &[
    "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in", "of", "off", "on", "per", "to", "up", "via",
    "vs", "with", "from", "into", "over", "onto", "than", "de", "la", "le", "du", "da", "di", "von", "van", "bin", "ibn", "al", "el",
];

/// Whether a lower-case word may stand in a title-case line.
pub(crate) fn title_case_lower(word: &str) -> bool {
    let head = word.split_once('-').map_or(word, |(h, _)| h);
    TITLE_CASE_LOWER.contains(&head) || !word.bytes().any(|b| b.is_ascii_alphabetic())
}

/// Gazetteer type of the words seen in lower case in the training text: on a
/// capitalised token it says "a common word", which matters most in title case.
pub const COMMON_WORD: u8 = 4;

// Template ids: part of the model contract (bump FEATURE_VERSION when changed).
const T_BIAS: u64 = 1;
const T_WORD: u64 = 2;
const T_LOWER: u64 = 3;
const T_SHAPE: u64 = 4;
const T_SHORT: u64 = 5;
const T_AFFIX: u64 = 6; // + index 0..8
const T_LOWER_AT: u64 = 20; // + offset index
const T_SHORT_AT: u64 = 30; // + offset index
const T_SHORT_PAIR_L: u64 = 40;
const T_SHORT_PAIR_R: u64 = 41;
const T_BIGRAM_L: u64 = 42;
const T_BIGRAM_R: u64 = 43;
const T_START_SHORT: u64 = 44;
const T_START_LOWER: u64 = 45;
const T_REGIME_LOWER: u64 = 46;
const T_REGIME_SHORT: u64 = 47;
const T_DOC: u64 = 48;
const T_GAZ: u64 = 49;
const T_DOC_LOWER: u64 = 50;
const T_SHORT_TRI: u64 = 51;
const T_WORD_AT: u64 = 60; // + offset index
const T_SUFFIX_PREV: u64 = 70;
const T_SUFFIX_NEXT: u64 = 71;
const T_AGG_PREV: u64 = 72;
const T_AGG_NEXT: u64 = 73;
const T_CLUSTER: u64 = 80; // + level
const T_CLUSTER_PREV: u64 = 90; // + level
const T_CLUSTER_NEXT: u64 = 100; // + level
const T_CLUSTER_KIND: u64 = 110; // + level
const T_COPULA: u64 = 120;
const T_COPULA_CLUSTER: u64 = 121; // + level

/// Forms of `be` after which a sentence says what its subject is (see
/// [`copula_words`]).
static COPULA_WORDS: &str = include_str!("data/copula_words.txt");

/// How many tokens after a copula may describe the subject (`is a [Paraguayan
/// football club based in]`).
const COPULA_WINDOW: usize = 5;

/// The most lower-case words outside brackets before a copula whose sentence still
/// reads as a definition of its subject (`Ngũgĩ wa Thiong'o (born …) is a …`; not
/// `police said the gunman was a …`).
const COPULA_SUBJECT_LOWER: usize = 2;

/// How many cluster levels (coarsest first) of the describing words are features.
const COPULA_LEVELS: usize = 2;

/// The word pair of a row of [`COPULA_WORDS`] (`vocab::table::rows`): one field of
/// two words separated by spaces; `None` for any other row.
fn copula_pair<'a>(fields: &[&'a str]) -> Option<(&'a str, &'a str)> {
    let [pair] = fields else { return None };
    let mut words = pair.split_whitespace();
    match (words.next(), words.next(), words.next()) {
        (Some(a), Some(b), None) => Some((a, b)),
        _ => None,
    }
}

/// The lower-case hashes ([`TokenInfo::lower`]) of the word pairs of
/// [`COPULA_WORDS`] (a row that is no pair is left out; a test checks there is none).
fn copula_words() -> &'static [(u64, u64)] {
    static WORDS: std::sync::OnceLock<Vec<(u64, u64)>> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        let mut scratch = String::new();
        let mut lower = |w: &str| token_info(w, &mut scratch).lower;
        crate::vocab::table::rows(COPULA_WORDS).filter_map(|(_, fields)| copula_pair(&fields)).map(|(a, b)| (lower(a), lower(b))).collect()
    })
}

/// The cluster id features use for a word the clusters do not hold.
const NO_CLUSTER: u16 = u16::MAX;

/// How many other mentions of a capitalised word lend it their context.
const AGG_MENTIONS: usize = 6;

const BOS: u64 = 0xB05;
const EOS: u64 = 0xE05;

/// The hashed features of a document's tokens, reused across documents.
#[derive(Debug, Default)]
pub struct FeatureBuf {
    /// Row ids, token after token.
    pub(crate) rows: Vec<u32>,
    /// `rows[offsets[i]..offsets[i + 1]]` are token `i`'s rows.
    pub(crate) offsets: Vec<u32>,
    infos: Vec<TokenInfo>,
    lower: String,
    /// What the document says about the case of each lower-case form (bit 1: seen
    /// in lower case, 2: capitalised mid-sentence, 4: in capitals mid-sentence, in
    /// its ordinary sentences), by the form's id in the word cache
    /// ([`CachedWord::lower_id`]): an index, not a hash map probe per token. 0 past
    /// the forms `flagged` lists, which are reset at the next document.
    doc_flags: Vec<u8>,
    flagged: Vec<u32>,
    /// Per token, [`CachedWord::lower_id`].
    lower_id: Vec<u32>,
    gaz: Vec<(u32, u8)>,
    /// `(lower hash, token)` of capitalised tokens, sorted: mentions of one word.
    mentions: Vec<(u64, u32)>,
    /// Per token, its group `start..end` in `mentions` (empty for other tokens).
    group: Vec<(u32, u32)>,
    /// Per token of a title-case line: whether it reads as a common word there (seen in
    /// lower case in training, in no name of the gazetteer, never capitalised
    /// mid-sentence in the document's ordinary sentences).
    title_common: Vec<bool>,
    /// Per token, its sentence's case regime.
    regimes: Vec<Regime>,
    /// Per token, [`Gazetteer::first`] of it.
    gaz_first: Vec<Option<u16>>,
    /// Per token, its cluster ids (see [`cluster_ids`]).
    cluster: Vec<ClusterIds>,
    /// Per token, its entry in `cache`.
    entry: Vec<u32>,
    /// When tagging, per token: the sums in `cache.sums` that stand for the rows it
    /// leaves out of `rows` (see [`word_sums`]).
    slots: Vec<[u32; SLOTS]>,
    /// `TokenInfo`s of the words seen so far.
    cache: TokenCache,
    /// The current sentence's words after its copula (see [`COPULA_WORDS`]): lower-case
    /// hash and cluster ids.
    copula: Vec<(u64, ClusterIds)>,
}

/// Memoised [`token_info`] and [`Gazetteer::first`]: news text repeats its words,
/// and hashing a word's forms (or probing the gazetteer's large map) costs more than
/// finding them again.
///
/// Keyed by the word's own hash ([`TokenInfo::word`]); a hit is only taken when the
/// stored word is the same string, so the cache never changes a result. On a clash
/// of two words the later one is simply computed afresh.
#[derive(Debug, Default)]
struct TokenCache {
    /// Word hash → index into `entries`.
    map: HashedMap<u32>,
    /// Lower-case hash → [`CachedWord::lower_id`].
    lower_ids: HashedMap<u32>,
    /// The cached words, one after the other.
    words: String,
    /// Per word: its byte range in `words`, its hashes, its gazetteer value and its
    /// cluster entry.
    entries: Vec<CachedWord>,
    /// When tagging: the [`EDGES`] sums of missing neighbours, then [`SLOTS`] sums per
    /// entry (see [`word_sums`]).
    sums: Vec<Sums>,
    /// [`Gazetteer::id`], [`Clusters::id`] and [`Weights::id`] (0: none) the cached
    /// values come from, and the shift that makes hashes rows.
    sources: (u64, u64, u64, u32),
}

/// One word of the [`TokenCache`].
#[derive(Debug, Clone, Copy)]
struct CachedWord {
    /// Byte range of the word in `TokenCache::words`.
    start: u32,
    end: u32,
    /// A word of at most eight bytes, packed ([`packed`]): compared without reading
    /// `TokenCache::words`, on the cache line the entry is read from anyway.
    short: u64,
    info: TokenInfo,
    gaz: Option<u16>,
    cluster: ClusterIds,
    /// A number per lower-case form ([`TokenInfo::lower`]) of the cached words, from
    /// 0 up: words of one form share it.
    lower_id: u32,
}

/// A word's cluster ids, coarse to fine, [`NO_CLUSTER`] at every level where the
/// clusters do not hold it (and past their levels). Kept by value, per word and per
/// token: looking them up in the clusters' large table for the word and again for
/// each of its neighbours missed the cache at every token.
type ClusterIds = [u16; MAX_LEVELS];

/// The [`ClusterIds`] of the word whose lower-case hash is `lower`.
fn cluster_ids(clusters: &Clusters, lower: u64) -> ClusterIds {
    let mut ids = [NO_CLUSTER; MAX_LEVELS];
    if let Some(e) = clusters.entry(lower) {
        for (a, &b) in ids.iter_mut().zip(clusters.ids(e)) {
            *a = b;
        }
    }
    ids
}

/// Lanes of a row sum: at least the most tags a model can have (29: seven labels of
/// four BILOU tags and `O`), a whole number of vector registers.
pub(crate) const LANES: usize = 32;

/// A sum of weight rows, one lane per tag (lanes past the model's tags stay 0), on a
/// cache line (two) of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(C, align(64))]
pub(crate) struct Sums(pub [i32; LANES]);

/// The row sums a token takes from the word cache instead of rows when tagging: its
/// own word's, then what the words at offsets −2, −1, +1, +2 give it (see
/// [`word_sums`]).
pub(crate) const SLOTS: usize = 5;

/// Sums of the rows a missing neighbour at offsets −2, −1, +1, +2 gives (`BOS` or
/// `EOS` in its place): the first entries of [`TokenCache::sums`].
const EDGES: usize = 4;

/// A model's weight table, which [`extract`] sums rows of when tagging.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Weights<'w> {
    /// `rows × tags` quantised weights.
    pub table: &'w [i16],
    /// Tags per row (at most [`LANES`]).
    pub tags: usize,
    /// A number no other weight table has (`Model::id`): the cache's sums are kept
    /// only while the table is the same.
    pub id: u64,
}

impl Weights<'_> {
    /// Adds row `row` to `acc` (the same wrapping integer additions as the emission
    /// sums, so any grouping of the rows gives the same total).
    fn add(&self, acc: &mut Sums, row: u32) {
        let at = row as usize * self.tags;
        if let Some(w) = self.table.get(at..at + self.tags) {
            for (a, &x) in acc.0.iter_mut().zip(w) {
                *a = a.wrapping_add(x as i32);
            }
        }
    }
}

/// The row of feature template `t` with value `v` in a table of `64 - shift` bits.
#[inline]
fn row_of(shift: u32, t: u64, v: u64) -> u32 {
    (mix(mix(0x9e37, t), v).wrapping_mul(K) >> shift) as u32
}

/// The sums of the rows that depend on one word alone and that [`extract`] leaves out
/// of `rows` when tagging: `out[0]` the word's own (bias, word, lower case, shapes,
/// affixes, clusters, clusters with case); `out[1 + k]` what the word gives the token
/// it is the neighbour of at offset `[-2, -1, 1, 2][k]` (lower case, short shape,
/// the word itself at ±1, clusters at ±1). `word` is `None` for a missing neighbour
/// (`BOS`/`EOS`; `out[0]` is then left 0). A test checks that these rows and the
/// rows `extract` keeps add up to all the rows it gives in training.
fn word_sums(word: Option<(&TokenInfo, &ClusterIds)>, levels: usize, shift: u32, w: &Weights, out: &mut [Sums; SLOTS]) {
    *out = [Sums([0; LANES]); SLOTS];
    let mut add = |slot: usize, t: u64, v: u64| w.add(&mut out[slot], row_of(shift, t, v));
    if let Some((info, ids)) = word {
        add(0, T_BIAS, 0);
        add(0, T_WORD, info.word);
        add(0, T_LOWER, info.lower);
        add(0, T_SHAPE, info.shape);
        add(0, T_SHORT, info.short);
        for (k, &a) in info.affix.iter().enumerate() {
            if a != 0 {
                add(0, T_AFFIX + k as u64, a);
            }
        }
        for (level, &own) in ids.iter().enumerate().take(levels) {
            add(0, T_CLUSTER + level as u64, own as u64);
            add(0, T_CLUSTER_KIND + level as u64, mix(own as u64, info.kind as u64));
        }
    }
    for (k, d) in [-2isize, -1, 1, 2].into_iter().enumerate() {
        let edge = if d < 0 { BOS } else { EOS };
        let (lower_h, short_h, word_h) = word.map_or((edge, edge, 0), |(o, _)| (o.lower, o.short, o.word));
        add(1 + k, T_LOWER_AT + k as u64, lower_h);
        add(1 + k, T_SHORT_AT + k as u64, short_h);
        if word_h != 0 && d.abs() == 1 {
            add(1 + k, T_WORD_AT + k as u64, word_h);
        }
        let cluster_t = match d {
            -1 => T_CLUSTER_PREV,
            1 => T_CLUSTER_NEXT,
            _ => continue,
        };
        for level in 0..levels {
            add(1 + k, cluster_t + level as u64, word.map_or(edge, |(_, ids)| ids[level] as u64));
        }
    }
}

impl TokenCache {
    /// Words, and bytes of words, past which the cache starts afresh (at the start of
    /// an [`extract`] call, never within one): bounds its memory (about 15 MB a
    /// thread, plus one window's new words) on an endless stream of new words.
    const MAX_WORDS: usize = 1 << 15;
    const MAX_BYTES: usize = 1 << 20;

    /// Forgets every word.
    fn clear(&mut self) {
        self.map.clear();
        self.lower_ids.clear();
        self.words.clear();
        self.entries.clear();
        self.sums.truncate(EDGES);
    }

    /// Starts afresh unless the cached values come from `gazetteer`, `clusters` and
    /// `weights` (with rows of `64 - shift` bits), and unless a call of `tokens` new
    /// words of `bytes` bytes could take it past its bounds.
    fn prepare(&mut self, gazetteer: &Gazetteer, clusters: &Clusters, weights: Option<&Weights>, shift: u32, tokens: usize, bytes: usize) {
        let sources = (gazetteer.id(), clusters.id(), weights.map_or(0, |w| w.id), shift);
        if self.sources != sources {
            self.sources = sources;
            self.sums.clear();
            if let Some(w) = weights {
                let mut edges = [Sums([0; LANES]); SLOTS];
                word_sums(None, clusters.levels(), shift, w, &mut edges);
                self.sums.extend_from_slice(&edges[1..]);
            } else {
                self.sums.resize(EDGES, Sums([0; LANES]));
            }
            self.clear();
        } else if self.entries.len() + tokens > Self::MAX_WORDS || self.words.len() + bytes > Self::MAX_BYTES {
            self.clear();
        }
    }

    /// The entry of `word` (see [`CachedWord`]), added when the cache does not hold
    /// it (call [`TokenCache::prepare`] first). Entries stay until the next `prepare`.
    fn entry(&mut self, word: &str, lower: &mut String, gazetteer: &Gazetteer, clusters: &Clusters, weights: Option<&Weights>) -> u32 {
        let bytes = word.as_bytes();
        let (key, short) = word_key(bytes);
        let found = self.map.get(&key).copied();
        if let Some(i) = found {
            let CachedWord { start, end, short: cached, .. } = self.entries[i as usize];
            let same = if bytes.len() <= 8 {
                (end - start) as usize == bytes.len() && cached == short
            } else {
                self.words.as_bytes().get(start as usize..end as usize) == Some(bytes)
            };
            if same {
                return i;
            }
        }
        let info = token_info(word, lower);
        let gaz = gazetteer.first(info.lower);
        let cluster = cluster_ids(clusters, info.lower);
        let next_id = self.lower_ids.len() as u32;
        let lower_id = *self.lower_ids.entry(info.lower).or_insert(next_id);
        let i = self.entries.len() as u32;
        let start = self.words.len() as u32;
        self.words.push_str(word);
        if found.is_none() {
            // On a clash of two hashes the later word gets an entry of its own that
            // the map does not find: it is computed afresh at each call.
            self.map.insert(key, i);
        }
        self.entries.push(CachedWord { start, end: self.words.len() as u32, short, info, gaz, cluster, lower_id });
        if let Some(w) = weights {
            let mut sums = [Sums([0; LANES]); SLOTS];
            word_sums(Some((&info, &cluster)), clusters.levels(), self.sources.3, w, &mut sums);
            self.sums.extend_from_slice(&sums);
        }
        i
    }
}

impl FeatureBuf {
    /// Token `i`'s case pattern.
    pub(crate) fn kind(&self, i: usize) -> Kind {
        self.infos[i].kind
    }

    /// Whether token `i` is a common word in a title-case line (`Recommended Reads`).
    pub(crate) fn title_common(&self, i: usize) -> bool {
        self.title_common[i]
    }

    /// Every token's hashes.
    pub(crate) fn infos(&self) -> &[TokenInfo] {
        &self.infos
    }

    /// Token `i`'s rows.
    #[inline]
    pub(crate) fn token(&self, i: usize) -> &[u32] {
        &self.rows[self.offsets[i] as usize..self.offsets[i + 1] as usize]
    }

    /// When tagging: token `i`'s sums, the rows it leaves out of [`FeatureBuf::token`]
    /// (empty when [`extract`] was given no weights).
    #[cfg(test)]
    pub(crate) fn sums(&self, i: usize) -> impl Iterator<Item = &Sums> + '_ {
        self.slots(i).iter().map(|&s| &self.cache.sums[s as usize])
    }

    /// When tagging: token `i`'s entries of [`FeatureBuf::sums_table`] (empty when
    /// [`extract`] was given no weights).
    #[inline]
    pub(crate) fn slots(&self, i: usize) -> &[u32] {
        self.slots.get(i).map_or(&[], |s| &s[..])
    }

    /// The sums that [`FeatureBuf::slots`] index.
    #[inline]
    pub(crate) fn sums_table(&self) -> &[Sums] {
        &self.cache.sums
    }
}

/// Computes the features of every token of one document.
///
/// `starts` flags sentence starts (see [`super::tokens::sentence_starts`]); sentences
/// are the runs between them. `bits` is log2 of the number of rows of the table.
///
/// Without `weights` (training) every row of every token is in `buf.rows`. With them
/// (tagging) the rows that depend on one word alone (its own, and those it gives its
/// neighbours) are left out and summed instead, once per word of the cache
/// ([`FeatureBuf::sums`]): news repeats its words, and those rows were half of each
/// token's reads from a weight table larger than a core's cache.
#[allow(clippy::too_many_arguments)]
pub(crate) fn extract(
    text: &str,
    tokens: &[Token],
    starts: &[bool],
    gazetteer: &Gazetteer,
    clusters: &Clusters,
    bits: u32,
    weights: Option<&Weights>,
    buf: &mut FeatureBuf,
) {
    let n = tokens.len();
    buf.rows.clear();
    buf.offsets.clear();
    buf.infos.clear();
    for &id in &buf.flagged {
        buf.doc_flags[id as usize] = 0;
    }
    buf.flagged.clear();
    buf.slots.clear();
    let FeatureBuf {
        rows,
        offsets,
        infos,
        lower,
        doc_flags,
        flagged,
        lower_id,
        gaz,
        mentions,
        group,
        title_common,
        regimes,
        gaz_first,
        cluster,
        entry,
        slots,
        cache,
        copula,
    } = buf;
    title_common.clear();
    title_common.resize(n, false);
    gaz_first.clear();
    cluster.clear();
    entry.clear();
    lower_id.clear();
    let shift = 64 - bits;
    let bytes = match (tokens.first(), tokens.last()) {
        (Some(a), Some(b)) => b.end.saturating_sub(a.start) as usize,
        _ => 0,
    };
    cache.prepare(gazetteer, clusters, weights, shift, n, bytes);
    for t in tokens {
        let e = cache.entry(t.text(text), lower, gazetteer, clusters, weights);
        let word = &cache.entries[e as usize];
        infos.push(word.info);
        gaz_first.push(word.gaz);
        cluster.push(word.cluster);
        lower_id.push(word.lower_id);
        entry.push(e);
    }
    if doc_flags.len() < cache.lower_ids.len() {
        doc_flags.resize(cache.lower_ids.len(), 0);
    }
    // Sentence case regimes, and what the document says about each word's case.
    regimes.clear();
    regimes.resize(n, Regime::Normal);
    let mut s = 0;
    while s < n {
        let mut e = s + 1;
        while e < n && !starts[e] {
            e += 1;
        }
        let (mut caps, mut lowers, mut titles) = (0, 0, 0);
        for info in &infos[s..e] {
            match info.kind {
                Kind::Caps => caps += 1,
                Kind::Lower => lowers += 1,
                Kind::Title => titles += 1,
                _ => {}
            }
        }
        let regime = if lowers == 0 && titles == 0 && caps > 0 {
            Regime::AllCaps
        } else if caps == 0 && titles == 0 && lowers >= 3 {
            Regime::AllLower
        } else if titles >= 2
            && lowers <= titles + caps
            && tokens[s..e].iter().zip(&infos[s..e]).all(|(t, info)| info.kind != Kind::Lower || title_case_lower(t.text(text)))
        {
            Regime::TitleCase
        } else {
            Regime::Normal
        };
        regimes[s..e].fill(regime);
        if regime == Regime::Normal {
            for (k, info) in infos[s..e].iter().enumerate() {
                let flag = match info.kind {
                    Kind::Lower => 1,
                    Kind::Title if k > 0 => 2,
                    Kind::Caps if k > 0 => 4,
                    _ => 0,
                };
                if flag != 0 {
                    let id = lower_id[s + k];
                    let f = &mut doc_flags[id as usize];
                    if *f == 0 {
                        flagged.push(id);
                    }
                    *f |= flag;
                }
            }
        }
        s = e;
    }
    // Context aggregation: every mention of a capitalised word sees the neighbours of
    // its other mentions in the document (`Mr. Kerry` … `Kerry said` → PER).
    mentions.clear();
    group.clear();
    group.resize(n, (0, 0));
    for (i, info) in infos.iter().enumerate() {
        if matches!(info.kind, Kind::Title | Kind::Caps) {
            mentions.push((info.lower, i as u32));
        }
    }
    mentions.sort_unstable();
    let mut g = 0;
    while g < mentions.len() {
        let mut e = g + 1;
        while e < mentions.len() && mentions[e].0 == mentions[g].0 {
            e += 1;
        }
        if e - g > 1 {
            for &(_, t) in &mentions[g..e] {
                group[t as usize] = (g as u32, e as u32);
            }
        }
        g = e;
    }
    let push = |rows: &mut Vec<u32>, t: u64, v: u64| rows.push(row_of(shift, t, v));
    // Whether the rows of one word alone go to `rows` (training) or are summed.
    let all = weights.is_none();
    offsets.push(0);
    let mut sent_start = 0;
    let mut gaz_at = 0;
    // The current sentence's copula after a capitalised word (`n`: none).
    let mut copula_at = n;
    for i in 0..n {
        if starts[i] {
            sent_start = i;
            gazetteer.matches(infos, gaz_first, i, starts, gaz);
            gaz_at = 0;
            // What the sentence says its subject is: the lower-case words after its
            // first copula (`Tsetserleg is the [capital of]`) describe the capitalised
            // words before it.
            copula.clear();
            copula_at = n;
            let mut end = i + 1;
            while end < n && !starts[end] {
                end += 1;
            }
            let (mut named, mut depth, mut lower_words) = (false, 0usize, 0);
            for j in i..end {
                match infos[j].kind {
                    Kind::Title | Kind::Caps => named = true,
                    Kind::Punct => match tokens[j].text(text) {
                        "(" | "[" => depth += 1,
                        ")" | "]" => depth = depth.saturating_sub(1),
                        _ => {}
                    },
                    Kind::Lower if lower_words > COPULA_SUBJECT_LOWER => break,
                    Kind::Lower if named && j + 1 < end && copula_words().contains(&(infos[j].lower, infos[j + 1].lower)) => {
                        copula_at = j;
                        for k in j + 2..end.min(j + 2 + COPULA_WINDOW) {
                            match infos[k].kind {
                                Kind::Lower => copula.push((infos[k].lower, cluster[k])),
                                Kind::Title | Kind::Caps => {}
                                _ => break,
                            }
                        }
                        break;
                    }
                    Kind::Lower if depth == 0 => lower_words += 1,
                    _ => {}
                }
            }
        }
        let info = &infos[i];
        // The tokens at offsets -2, -1, +1, +2 (found once per token).
        let neighbours = [-2isize, -1, 1, 2].map(|d| {
            let j = i as isize + d;
            if j < sent_start as isize || j >= n as isize || (d > 0 && starts[j as usize]) {
                None
            } else {
                Some(j as usize)
            }
        });
        let neighbour = |d: isize| match d {
            -2 => neighbours[0],
            -1 => neighbours[1],
            1 => neighbours[2],
            2 => neighbours[3],
            _ => None,
        };
        let at = |d: isize| neighbour(d).map(|j| &infos[j]);
        if !all {
            let base = |j: usize| EDGES as u32 + SLOTS as u32 * entry[j];
            let mut s = [base(i), 0, 1, 2, 3];
            for (k, j) in neighbours.into_iter().enumerate() {
                if let Some(j) = j {
                    s[1 + k] = base(j) + 1 + k as u32;
                }
            }
            slots.push(s);
        }
        let kind = info.kind as u64;
        let regime = regimes[i] as u64;
        let first = (i == sent_start) as u64;
        // The rows of one word alone (`all` only; else `word_sums` has them).
        if all {
            push(rows, T_BIAS, 0);
            push(rows, T_WORD, info.word);
            push(rows, T_LOWER, info.lower);
            push(rows, T_SHAPE, info.shape);
            push(rows, T_SHORT, info.short);
            for (k, &a) in info.affix.iter().enumerate() {
                if a != 0 {
                    push(rows, T_AFFIX + k as u64, a);
                }
            }
        }
        let mut short_ctx = [0u64; 5];
        for (k, d) in [-2isize, -1, 1, 2].into_iter().enumerate() {
            let (lower_h, short_h, word_h) = match at(d) {
                Some(o) => (o.lower, o.short, o.word),
                None => (if d < 0 { BOS } else { EOS }, if d < 0 { BOS } else { EOS }, 0),
            };
            if all {
                push(rows, T_LOWER_AT + k as u64, lower_h);
                push(rows, T_SHORT_AT + k as u64, short_h);
                if word_h != 0 && d.abs() == 1 {
                    push(rows, T_WORD_AT + k as u64, word_h);
                }
            }
            short_ctx[if k < 2 { k } else { k + 1 }] = short_h;
        }
        short_ctx[2] = info.short;
        push(rows, T_SHORT_PAIR_L, mix(short_ctx[1], info.short));
        push(rows, T_SHORT_PAIR_R, mix(info.short, short_ctx[3]));
        push(rows, T_SHORT_TRI, mix(mix(short_ctx[1], info.short), short_ctx[3]));
        let prev_lower = at(-1).map_or(BOS, |o| o.lower);
        let next_lower = at(1).map_or(EOS, |o| o.lower);
        push(rows, T_BIGRAM_L, mix(prev_lower, info.lower));
        push(rows, T_BIGRAM_R, mix(info.lower, next_lower));
        if let Some(p) = at(-1) {
            push(rows, T_SUFFIX_PREV, mix(p.affix[6], kind));
        }
        if let Some(nx) = at(1) {
            push(rows, T_SUFFIX_NEXT, mix(nx.affix[6], kind));
        }
        push(rows, T_START_SHORT, mix(first | regime << 1, info.short));
        if first == 1 {
            push(rows, T_START_LOWER, info.lower);
        }
        if regime != 0 {
            push(rows, T_REGIME_LOWER, mix(regime, info.lower));
            push(rows, T_REGIME_SHORT, mix(regime, mix(info.short, short_ctx[3])));
        }
        if matches!(info.kind, Kind::Title | Kind::Caps) && (first == 1 || regime != 0 || info.kind == Kind::Caps) {
            let flags = doc_flags[lower_id[i] as usize] as u64;
            push(rows, T_DOC, flags | first << 3 | regime << 4 | kind << 6);
            push(rows, T_DOC_LOWER, mix(flags, info.lower));
        }
        let (g0, g1) = group[i];
        for &(_, j) in mentions[g0 as usize..g1 as usize].iter().filter(|m| m.1 as usize != i).take(AGG_MENTIONS) {
            let j = j as usize;
            let prev = if starts[j] { BOS } else { infos[j - 1].lower };
            let next = if j + 1 >= n || starts[j + 1] { EOS } else { infos[j + 1].lower };
            push(rows, T_AGG_PREV, prev);
            push(rows, T_AGG_NEXT, next);
            let prev_short = if starts[j] { BOS } else { infos[j - 1].short };
            let next_short = if j + 1 >= n || starts[j + 1] { EOS } else { infos[j + 1].short };
            push(rows, T_AGG_PREV + 10, mix(prev_short, next_short));
        }
        if regimes[i] == Regime::TitleCase && info.kind == Kind::Title {
            let mut common = false;
            let mut named = false;
            for &(t, code) in &gaz[gaz_at..] {
                if t as usize > i {
                    break;
                }
                if code >> 2 == COMMON_WORD {
                    common = true;
                } else {
                    named = true;
                }
            }
            if !common && !named {
                // An inflection of a common word (`Recommended`, `Leaving`).
                let word = tokens[i].text(text).to_ascii_lowercase();
                common = ["ed", "d", "s", "es", "ing", "ly"].iter().any(|suffix| {
                    word.len() > suffix.len() + 2
                        && word.ends_with(suffix)
                        && gazetteer.has_word(COMMON_WORD, &word[..word.len() - suffix.len()])
                });
            }
            let flags = doc_flags[lower_id[i] as usize];
            title_common[i] = common && !named && flags & 2 == 0;
        }
        if all && clusters.levels() > 0 {
            // Cluster ids of the word and its neighbours, coarse to fine; the finest
            // with the word's case too (a capitalised word of a name-like cluster).
            let prev = (i > sent_start).then(|| &cluster[i - 1]);
            let next = (i + 1 < n && !starts[i + 1]).then(|| &cluster[i + 1]);
            for (level, &own) in cluster[i].iter().enumerate().take(clusters.levels()) {
                let id = |ids: Option<&ClusterIds>, edge: u64| ids.map_or(edge, |ids| ids[level] as u64);
                let own = own as u64;
                push(rows, T_CLUSTER + level as u64, own);
                push(rows, T_CLUSTER_PREV + level as u64, id(prev, BOS));
                push(rows, T_CLUSTER_NEXT + level as u64, id(next, EOS));
                push(rows, T_CLUSTER_KIND + level as u64, mix(own, kind));
            }
        }
        if i < copula_at && matches!(info.kind, Kind::Title | Kind::Caps) {
            for (w, ids) in copula.iter() {
                push(rows, T_COPULA, *w);
                for (level, &id) in ids.iter().enumerate().take(clusters.levels().min(COPULA_LEVELS)) {
                    if id != NO_CLUSTER {
                        push(rows, T_COPULA_CLUSTER + level as u64, id as u64);
                    }
                }
            }
        }
        while gaz_at < gaz.len() && gaz[gaz_at].0 as usize <= i {
            let code = gaz[gaz_at].1;
            // A common word in lower case is the rule, not evidence.
            if code >> 2 != COMMON_WORD || info.kind != Kind::Lower {
                push(rows, T_GAZ, mix(code as u64, kind.min(2) | regime << 2));
            }
            gaz_at += 1;
        }
        offsets.push(rows.len() as u32);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::tokens::{sentence_starts, tokenize};

    /// Every [`FEATURE_VERSION`] with the fingerprint of the features it computes
    /// (see [`fingerprint`]). Changing the features changes the fingerprint: bump
    /// `FEATURE_VERSION` and add a row (a model trained with other features must be
    /// refused, not silently misread). Versions 3 and 4 were taken before the text
    /// gained its copula sentence (`Homs is the third city …`).
    const FINGERPRINTS: &[(u32, u64)] = &[(3, 0x1768_360f_7197_fd32), (4, 0xd0bd_6763_9663_dc1c), (5, 0x466e_c751_a0f1_62e8)];

    /// A hash of the rows (and row boundaries) of a fixed text whose sentences cover
    /// every template: ordinary case, all caps, all lower case, title case, gazetteer
    /// phrases, repeated mentions, a copula.
    fn fingerprint() -> u64 {
        let text = "Islamic State fighters advanced on Aleppo, said U.S. Secretary of State John Kerry. \
                    KERRY MEETS LAVROV IN GENEVA\nrebels seize town near aleppo\n\
                    Rebels Seize Town Near Aleppo After Talks\nMr. Kerry told Reuters on Monday that Aleppo \
                    and the Syrian Observatory for Human Rights were safe. Homs is the third city of Syria.";
        let mut tokens = Vec::new();
        tokenize(text, &mut tokens);
        let mut starts = Vec::new();
        sentence_starts(text, &tokens, &mut starts);
        let mut g = Gazetteer::new();
        g.insert(2, "Aleppo");
        g.insert(1, "Syrian Observatory for Human Rights");
        g.insert(0, "John Kerry");
        g.insert(COMMON_WORD, "town");
        g.insert(COMMON_WORD, "seize");
        let clusters = Clusters::parse("aleppo\t1\t10\nhoms\t1\t11\nkerry\t2\t20\nsaid\t3\t30\n").unwrap();
        let mut buf = FeatureBuf::default();
        extract(text, &tokens, &starts, &g, &clusters, 18, None, &mut buf);
        let mut h = 0xcbf2_9ce4_8422_2325u64;
        for &x in buf.rows.iter().chain(&buf.offsets) {
            h = mix(h, x as u64);
        }
        h
    }

    #[test]
    fn copula_words_file_parses() {
        let mut scratch = String::new();
        for (line, fields) in crate::vocab::table::rows(COPULA_WORDS) {
            assert!(copula_pair(&fields).is_some(), "copula_words.txt:{line}: {fields:?} is not two words");
        }
        for bad in ["is\ta", "is", "is a b"] {
            assert!(crate::vocab::table::rows(bad).all(|(_, fields)| copula_pair(&fields).is_none()), "{bad:?} accepted");
        }
        let words = copula_words();
        assert_eq!(words.len(), crate::vocab::table::rows(COPULA_WORDS).count(), "every row is a pair of words");
        let mut lower = |w: &str| token_info(w, &mut scratch).lower;
        assert!(words.contains(&(lower("was"), lower("a"))));
        assert!(!words.contains(&(lower("a"), lower("was"))));
    }

    #[test]
    fn copula_describes_the_capitalised_words_before_it() {
        let rows = |text: &str| {
            let mut tokens = Vec::new();
            tokenize(text, &mut tokens);
            let mut starts = Vec::new();
            sentence_starts(text, &tokens, &mut starts);
            let clusters = Clusters::parse("town\t1\t10\nvillage\t1\t11\n").unwrap();
            let mut buf = FeatureBuf::default();
            extract(text, &tokens, &starts, &Gazetteer::new(), &clusters, 18, None, &mut buf);
            buf.token(0).to_vec()
        };
        let shift = 64 - 18;
        let mut scratch = String::new();
        let town = row_of(shift, T_COPULA, token_info("town", &mut scratch).lower);
        let cluster = row_of(shift, T_COPULA_CLUSTER, 1);
        let got = rows("Otsuchi is a town in Japan.");
        assert!(got.contains(&town) && got.contains(&cluster));
        // The same cluster for another word of it; no copula, no such rows.
        assert!(rows("Otsuchi is a village in Japan.").contains(&cluster));
        assert!(!rows("Otsuchi lies in a town in Japan.").contains(&town));
        assert!(!rows("Otsuchi is near a town in Japan.").contains(&town), "no determiner after the verb");
        // A sentence that reads as no definition of its subject.
        assert!(rows("Otsuchi (known in English as Big Hammer) is a town in Japan.").contains(&town));
        assert!(!rows("Otsuchi police said the place was a town in Japan.").contains(&town));
        // The window stops at punctuation.
        assert!(!rows("Otsuchi is big, a town in Japan.").contains(&town));
    }

    #[test]
    fn features_changed_only_with_a_version_bump() {
        let now = fingerprint();
        let known = FINGERPRINTS.iter().find(|(v, _)| *v == FEATURE_VERSION).map(|(_, f)| *f);
        assert_eq!(
            known,
            Some(now),
            "the features changed (fingerprint {now:#x}) but FEATURE_VERSION is still {FEATURE_VERSION}: \
             bump it and add ({}, {now:#x}) to FINGERPRINTS",
            FEATURE_VERSION + 1
        );
    }

    /// Per token, the sum of `weights` over its rows as training sees them (all rows)
    /// and as tagging does (the kept rows plus the cached sums).
    fn token_sums(texts: &[&str], weights: &Weights, bits: u32) -> (Vec<Sums>, Vec<Sums>) {
        let mut g = Gazetteer::new();
        g.insert(2, "Aleppo");
        g.insert(1, "Syrian Observatory for Human Rights");
        g.insert(COMMON_WORD, "town");
        let clusters = Clusters::parse("aleppo\t1\t10\nhoms\t1\t11\nkerry\t2\t20\nsaid\t3\t30\n").unwrap();
        let (mut full, mut cached) = (Vec::new(), Vec::new());
        let (mut train_buf, mut tag_buf) = (FeatureBuf::default(), FeatureBuf::default());
        for text in texts {
            let mut tokens = Vec::new();
            tokenize(text, &mut tokens);
            let mut starts = Vec::new();
            sentence_starts(text, &tokens, &mut starts);
            extract(text, &tokens, &starts, &g, &clusters, bits, None, &mut train_buf);
            extract(text, &tokens, &starts, &g, &clusters, bits, Some(weights), &mut tag_buf);
            assert_eq!(train_buf.sums(0).count(), 0, "no sums in training");
            for i in 0..tokens.len() {
                let mut a = Sums([0; LANES]);
                for &r in train_buf.token(i) {
                    weights.add(&mut a, r);
                }
                full.push(a);
                let mut b = Sums([0; LANES]);
                assert_eq!(tag_buf.sums(i).count(), SLOTS);
                for s in tag_buf.sums(i) {
                    for (x, y) in b.0.iter_mut().zip(&s.0) {
                        *x = x.wrapping_add(*y);
                    }
                }
                for &r in tag_buf.token(i) {
                    weights.add(&mut b, r);
                }
                cached.push(b);
            }
        }
        (full, cached)
    }

    /// Random weights: every row a distinct mix, so a row left out or added twice shows.
    fn random_table(bits: u32, tags: usize) -> Vec<i16> {
        (0..(1u64 << bits) * tags as u64).map(|i| (mix(0x1234, i) >> 48) as i16).collect()
    }

    #[test]
    fn cached_sums_add_up_to_the_rows_training_sees() {
        let bits = 12;
        let table = random_table(bits, 9);
        let weights = Weights { table: &table, tags: 9, id: u64::MAX - 1 };
        let texts = [
            "Islamic State fighters advanced on Aleppo, said U.S. Secretary of State John Kerry. \
             KERRY MEETS LAVROV IN GENEVA\nrebels seize town near aleppo\n\
             Rebels Seize Town Near Aleppo After Talks\nMr. Kerry told Reuters on Monday that Aleppo \
             and the Syrian Observatory for Human Rights were safe.",
            "Aleppo . Kerry said . Homs",
            "A",
            "",
            "Kerry said Aleppo and Homs were safe, Kerry said. Aleppo\nÜnal said שלום .",
        ];
        let (full, cached) = token_sums(&texts, &weights, bits);
        assert!(full.len() > 50);
        assert_eq!(full, cached);
        // A second table (another id) is not served the first one's cached sums.
        let table2 = random_table(bits, 9).into_iter().map(|w| w.wrapping_add(7)).collect::<Vec<_>>();
        let weights2 = Weights { table: &table2, tags: 9, id: u64::MAX - 2 };
        let (full2, cached2) = token_sums(&texts, &weights2, bits);
        assert_eq!(full2, cached2);
        assert_ne!(full, full2);
    }

    proptest::proptest! {
        #[test]
        fn cached_sums_match_on_any_text(
            texts in proptest::collection::vec("([A-Z][a-z]{0,6}|[a-z]{1,6}|[A-Z]{2,4}|\\.|,|\\n|\\s|[0-9]{1,3}|\\PC){0,30}", 1..4)
        ) {
            let bits = 10;
            let table = random_table(bits, 9);
            let weights = Weights { table: &table, tags: 9, id: u64::MAX - 3 };
            let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
            let (full, cached) = token_sums(&texts, &weights, bits);
            proptest::prop_assert_eq!(full, cached);
        }
    }

    /// [`hash_bytes`] as it was written first (the tail copied into a zeroed buffer):
    /// the values are part of every model, so the faster tail must give the same.
    fn hash_bytes_reference(seed: u64, bytes: &[u8]) -> u64 {
        let mut h = mix(seed, bytes.len() as u64);
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            h = mix(h, u64::from_le_bytes(c.try_into().unwrap()));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut buf = [0u8; 8];
            buf[..rest.len()].copy_from_slice(rest);
            h = mix(h, u64::from_le_bytes(buf));
        }
        h
    }

    #[test]
    fn hash_bytes_keeps_its_values() {
        let bytes: Vec<u8> = (0..40u64).map(|i| (mix(7, i) >> 56) as u8 | 1).collect();
        for start in 0..8 {
            for end in start..bytes.len() {
                let b = &bytes[start..end];
                assert_eq!(hash_bytes(3, b), hash_bytes_reference(3, b), "{start}..{end}");
            }
        }
        assert_eq!(hash_bytes(1, "Aleppo".as_bytes()), hash_bytes_reference(1, "Aleppo".as_bytes()));
    }

    /// What one document says about a word's case (`apple` in lower case) is not
    /// carried into the next one by the buffers reused between them: the second
    /// document's rows are those a fresh buffer gives it.
    #[test]
    fn document_case_flags_start_afresh_per_document() {
        let (g, c) = (Gazetteer::new(), Clusters::new());
        let rows = |texts: &[&str]| {
            let mut buf = FeatureBuf::default();
            for text in texts {
                let mut tokens = Vec::new();
                tokenize(text, &mut tokens);
                let mut starts = Vec::new();
                sentence_starts(text, &tokens, &mut starts);
                extract(text, &tokens, &starts, &g, &c, 18, None, &mut buf);
            }
            (buf.rows.clone(), buf.offsets.clone())
        };
        let first = "the apple fell from the tree . Then an APPLE fell . We saw Apple there .";
        let second = "Apple shares rose . APPLE SAID NO . Apple and Pear merged .";
        assert_eq!(rows(&[first, second]), rows(&[second]));
        assert_ne!(rows(&[first]), rows(&[second]));
    }

    #[test]
    fn word_key_is_the_hash_and_the_packed_bytes() {
        let bytes: Vec<u8> = (0..24u64).map(|i| (mix(11, i) >> 56) as u8).collect();
        for start in 0..8 {
            for end in start..bytes.len() {
                let b = &bytes[start..end];
                let short = if b.len() <= 8 { packed(b) } else { 0 };
                assert_eq!(word_key(b), (hash_bytes(1, b), short), "{start}..{end}");
            }
        }
        for w in ["", "a", "Aleppo", "al-Assad", "Damascus", "é", "\0"] {
            let short = if w.len() <= 8 { packed(w.as_bytes()) } else { 0 };
            assert_eq!(word_key(w.as_bytes()), (hash_bytes(1, w.as_bytes()), short), "{w}");
        }
    }

    #[test]
    fn word_cache_tells_words_apart() {
        let (g, c) = (Gazetteer::new(), Clusters::new());
        let mut cache = TokenCache::default();
        let mut lower = String::new();
        cache.prepare(&g, &c, None, 46, 0, 0);
        let words = ["a", "a\0", "ab", "ba", "abcdefgh", "abcdefgi", "abcdefghi", "abcdefghj", "é", ""];
        let first: Vec<u32> = words.iter().map(|w| cache.entry(w, &mut lower, &g, &c, None)).collect();
        let again: Vec<u32> = words.iter().map(|w| cache.entry(w, &mut lower, &g, &c, None)).collect();
        assert_eq!(first, again, "each word is found again");
        for (k, &e) in first.iter().enumerate() {
            assert_eq!(cache.entries[e as usize].info.word, hash_bytes(1, words[k].as_bytes()));
        }
        let mut distinct = first.clone();
        distinct.sort_unstable();
        distinct.dedup();
        assert_eq!(distinct.len(), words.len(), "no two words share an entry");
    }

    #[test]
    fn lower_hash_is_token_infos() {
        let (mut a, mut b) = (String::new(), String::new());
        for w in ["", "a", "Aleppo", "ALEPPO", "al-Assad", "U.S.", "1996", "Ünal", "İstanbul", "ΣΟΦΙΑ", "שלום", "Straße", "Ǆemal"]
        {
            assert_eq!(lower_hash(w, &mut a), token_info(w, &mut b).lower, "{w}");
        }
    }

    proptest::proptest! {
        #[test]
        fn lower_hash_is_token_infos_on_any_word(w in "\\PC{0,12}") {
            let (mut a, mut b) = (String::new(), String::new());
            proptest::prop_assert_eq!(lower_hash(&w, &mut a), token_info(&w, &mut b).lower);
        }
    }

    #[test]
    fn shapes_and_kinds() {
        let mut s = String::new();
        let a = token_info("Aleppo", &mut s);
        let b = token_info("Homs", &mut s);
        assert_eq!(a.short, b.short);
        assert_ne!(a.shape, b.shape, "long shapes keep up to four of a run");
        assert_eq!(a.kind, Kind::Title);
        assert_eq!(token_info("ISIS", &mut s).kind, Kind::Caps);
        assert_eq!(token_info("U.S.", &mut s).kind, Kind::Caps);
        assert_eq!(token_info("al-Assad", &mut s).kind, Kind::Lower);
        assert_eq!(token_info("1996", &mut s).kind, Kind::Digit);
        assert_eq!(token_info("שלום", &mut s).kind, Kind::Caseless);
        assert_eq!(token_info("ALEPPO", &mut s).lower, a.lower);
        let u = token_info("Ünal", &mut s);
        assert_eq!(u.kind, Kind::Title);
        assert_ne!(u.affix[3], 0);
    }
}
