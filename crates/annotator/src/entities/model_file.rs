//! The entity model and its versioned binary file.
//!
//! Layout (little-endian):
//!
//! | field | type |
//! |---|---|
//! | magic | `b"TAGEVENT"` |
//! | format version | u32 ([`FORMAT_VERSION`]) |
//! | feature version | u32 ([`FEATURE_VERSION`]) |
//! | hash bits (table rows = 2^bits) | u32 |
//! | entity types (the labels, in tag order) | u32 count, then u8 length + UTF-8 each |
//! | layer name (`entities`, or a layer the user named) | u8 length + UTF-8 |
//! | weight scale | f32 (weight = stored integer × scale) |
//! | transitions | `(tags + 1) × tags` f32, in weight units |
//! | gazetteer | u32 count, then u8 type, u16 length, UTF-8 each |
//! | word clusters | u8 levels, u32 count, then per word u8 length, UTF-8, `levels` × u16 ids |
//! | weights | u32 rows kept, then per row: varint row delta, u32 mask of non-zero tags, zig-zag varint per set bit |
//! | checksum | u64 FNV-1a of every byte before it |
//!
//! Weights are quantised to 16-bit integers with one scale, and rows whose weights all
//! quantise to zero are pruned; the table is rebuilt flat (rows × tags) on load.

use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};

use super::clusters::Clusters;
use super::decode::n_tags;
use super::features::FEATURE_VERSION;
use super::gazetteer::Gazetteer;

/// The version of the file layout written by [`Model::save`] (3: the layer name
/// follows the labels; 4: BILOU tags, four per label, and 32-bit row masks).
pub const FORMAT_VERSION: u32 = 4;

/// Most labels a model holds: tags (`O`, then `B-`, `I-`, `L-` and `U-` per label)
/// fit the decoder's blocks of 32 and the file's 32-bit masks.
pub const MAX_LABELS: usize = 7;

/// The layer of a model trained without `--layer`.
pub const DEFAULT_LAYER: &str = "entities";

/// Whether `name` can name a model's layer: 1 to 40 lower-case ASCII letters, digits,
/// `-` or `_`, starting with a letter (it appears on the command line and in files).
pub fn valid_layer_name(name: &str) -> bool {
    (1..=40).contains(&name.len())
        && name.starts_with(|c: char| c.is_ascii_lowercase())
        && name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

const MAGIC: &[u8; 8] = b"TAGEVENT";

/// The command that rebuilds the bundled model (named in version errors).
pub const REBUILD_COMMAND: &str = "python3 scripts/build_clusters.py target/entity-clusters.tsv && \
     tageval train --train ../shared/data/conll2003/eng.train --dev ../shared/data/conll2003/eng.testa \
     --gazetteer crates/annotator/data/gazetteer --clusters target/entity-clusters.tsv \
     --extra-train corpora/*-train/*/*.jsonl --extra-names --average 5 -o crates/annotator/models/entities.model";

/// `n` as a length field of type `T` (whose largest value is `max`), or
/// [`ModelError::TooLong`]: lengths are never cut short.
fn length<T: TryFrom<usize>>(what: &'static str, n: usize, max: usize) -> Result<T, ModelError> {
    T::try_from(n).map_err(|_| ModelError::TooLong { what, len: n, max })
}

/// A trained entity model: hashed feature weights, tag transitions and a gazetteer.
#[derive(Debug, Clone)]
pub struct Model {
    pub(crate) bits: u32,
    pub(crate) types: Vec<String>,
    /// The layer the model's spans belong to ([`DEFAULT_LAYER`] or a user's name).
    pub(crate) layer: String,
    /// `rows × tags` quantised weights.
    pub(crate) weights: Vec<i16>,
    /// `(tags + 1) × tags` transition scores in weight units.
    pub(crate) trans: Vec<f32>,
    pub(crate) scale: f32,
    pub(crate) gazetteer: Gazetteer,
    pub(crate) clusters: Clusters,
    /// A number no other model's weights have had (a clone keeps it: the same
    /// weights): the entity tagger's per-thread word cache keeps sums of weight rows
    /// only while they come from the same weights.
    pub(crate) id: u64,
}

/// A number no model has had before.
fn fresh_id() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// Why a model file could not be read.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ModelError {
    /// The file could not be read or written.
    #[error("{0}")]
    Io(#[from] std::io::Error),
    /// Not a tageval entity model.
    #[error("not a tageval entity model (bad magic)")]
    BadMagic,
    /// Written by another version of the file format or of the feature templates.
    #[error(
        "the model file has {what} version {found}, this build expects {expected}: retrain it with `tageval train` \
         on its gold (the bundled model: `{REBUILD_COMMAND}`, the README's \"Rebuilding the entity model\")"
    )]
    Version {
        /// Which version: `format` (file layout) or `feature` (feature templates).
        what: &'static str,
        /// The version found in the file.
        found: u32,
        /// The version this build reads.
        expected: u32,
    },
    /// A value too long for its field in the file layout (the model is not written).
    #[error("cannot save the model: {what} is {len} long, the file format holds at most {max}")]
    TooLong {
        /// What is too long.
        what: &'static str,
        /// Its length.
        len: usize,
        /// The most the field holds.
        max: usize,
    },
    /// The checksum does not match: the file is damaged.
    #[error("checksum mismatch: the model file is damaged")]
    Checksum,
    /// The file ends early or holds impossible values.
    #[error("malformed model file: {0}")]
    Malformed(&'static str),
}

fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

impl Model {
    /// Builds a model from float weights (`rows × tags`) and transitions, quantising
    /// the weights to 16 bits.
    #[cfg(any(test, feature = "train"))]
    pub(crate) fn from_floats(
        bits: u32,
        types: Vec<String>,
        layer: String,
        weights: &[f32],
        trans: &[f32],
        gazetteer: Gazetteer,
        clusters: Clusters,
    ) -> Model {
        let max = weights.iter().fold(0f32, |m, w| m.max(w.abs())).max(1e-6);
        let scale = max / 32767.0;
        let q = weights.iter().map(|&w| (w / scale).round().clamp(-32767.0, 32767.0) as i16).collect();
        Model {
            bits,
            types,
            layer,
            weights: q,
            trans: trans.iter().map(|t| t / scale).collect(),
            scale,
            gazetteer,
            clusters,
            id: fresh_id(),
        }
    }

    /// The entity types (`PER`, `ORG`, `LOC`, `MISC` for the bundled model).
    pub fn types(&self) -> &[String] {
        &self.types
    }

    /// The labels the model tags: its entity types, in tag order.
    pub fn labels(&self) -> &[String] {
        &self.types
    }

    /// The name of the layer the model's spans belong to (`entities` for the bundled
    /// model; `tageval train --layer NAME`).
    pub fn layer(&self) -> &str {
        &self.layer
    }

    /// log2 of the number of rows of the feature table.
    pub fn hash_bits(&self) -> u32 {
        self.bits
    }

    /// Number of phrases in the model's gazetteer.
    pub fn gazetteer_len(&self) -> usize {
        self.gazetteer.len()
    }

    /// Number of words with cluster ids in the model.
    pub fn cluster_words(&self) -> usize {
        self.clusters.len()
    }

    /// Number of table rows holding a non-zero weight.
    pub fn nonzero_rows(&self) -> usize {
        let n = n_tags(self.types.len());
        self.weights.chunks_exact(n).filter(|r| r.iter().any(|&w| w != 0)).count()
    }

    /// Serialises the model; a length too long for its field is an error, never cut.
    pub fn to_bytes(&self) -> Result<Vec<u8>, ModelError> {
        let n = n_tags(self.types.len());
        let mut out = Vec::with_capacity(1 << 20);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        out.extend_from_slice(&FEATURE_VERSION.to_le_bytes());
        out.extend_from_slice(&self.bits.to_le_bytes());
        out.extend_from_slice(&length::<u32>("the number of entity types", self.types.len(), u32::MAX as usize)?.to_le_bytes());
        for t in &self.types {
            out.push(length::<u8>("an entity type name", t.len(), u8::MAX as usize)?);
            out.extend_from_slice(t.as_bytes());
        }
        out.push(length::<u8>("the layer name", self.layer.len(), u8::MAX as usize)?);
        out.extend_from_slice(self.layer.as_bytes());
        out.extend_from_slice(&self.scale.to_le_bytes());
        for t in &self.trans {
            out.extend_from_slice(&t.to_le_bytes());
        }
        let gaz = self.gazetteer.entries();
        out.extend_from_slice(&length::<u32>("the number of gazetteer phrases", gaz.len(), u32::MAX as usize)?.to_le_bytes());
        for (ty, phrase) in gaz {
            out.push(*ty);
            out.extend_from_slice(&length::<u16>("a gazetteer phrase", phrase.len(), u16::MAX as usize)?.to_le_bytes());
            out.extend_from_slice(phrase.as_bytes());
        }
        out.push(length::<u8>("the number of cluster levels", self.clusters.levels(), u8::MAX as usize)?);
        out.extend_from_slice(&length::<u32>("the number of cluster words", self.clusters.len(), u32::MAX as usize)?.to_le_bytes());
        for (word, ids) in self.clusters.entries() {
            out.push(length::<u8>("a cluster word", word.len(), u8::MAX as usize)?);
            out.extend_from_slice(word.as_bytes());
            for id in ids {
                out.extend_from_slice(&id.to_le_bytes());
            }
        }
        let rows: Vec<usize> = (0..self.weights.len() / n).filter(|&r| self.weights[r * n..(r + 1) * n].iter().any(|&w| w != 0)).collect();
        out.extend_from_slice(&length::<u32>("the number of weight rows", rows.len(), u32::MAX as usize)?.to_le_bytes());
        let mut prev = 0usize;
        for &r in &rows {
            write_varint(&mut out, (r - prev) as u64);
            prev = r;
            let row = &self.weights[r * n..(r + 1) * n];
            let mask = row.iter().enumerate().fold(0u32, |m, (t, &w)| if w != 0 { m | 1 << t } else { m });
            out.extend_from_slice(&mask.to_le_bytes());
            for &w in row.iter().filter(|&&w| w != 0) {
                write_varint(&mut out, ((w as i64) << 1 ^ ((w as i64) >> 63)) as u64);
            }
        }
        let sum = fnv1a(&out);
        out.extend_from_slice(&sum.to_le_bytes());
        Ok(out)
    }

    /// Writes the model to `path`.
    pub fn save(&self, path: &Path) -> Result<(), ModelError> {
        std::fs::write(path, self.to_bytes()?)?;
        Ok(())
    }

    /// Reads a model file.
    pub fn load(path: &Path) -> Result<Model, ModelError> {
        Model::from_bytes(&std::fs::read(path)?)
    }

    /// Parses a model from its bytes (checking magic, versions and checksum).
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, ModelError> {
        if bytes.len() < 8 || &bytes[..8] != MAGIC {
            return Err(ModelError::BadMagic);
        }
        if bytes.len() < 28 {
            return Err(ModelError::Malformed("file too short"));
        }
        let (body, sum) = bytes.split_at(bytes.len() - 8);
        let mut r = Reader { bytes: body, at: 8 };
        let format = r.u32()?;
        if format != FORMAT_VERSION {
            return Err(ModelError::Version { what: "format", found: format, expected: FORMAT_VERSION });
        }
        let features = r.u32()?;
        if features != FEATURE_VERSION {
            return Err(ModelError::Version { what: "feature", found: features, expected: FEATURE_VERSION });
        }
        if u64::from_le_bytes(sum.try_into().map_err(|_| ModelError::Malformed("checksum"))?) != fnv1a(body) {
            return Err(ModelError::Checksum);
        }
        let bits = r.u32()?;
        if !(8..=26).contains(&bits) {
            return Err(ModelError::Malformed("hash bits out of range"));
        }
        let n_types = r.u32()? as usize;
        if n_types == 0 || n_types > MAX_LABELS {
            return Err(ModelError::Malformed("entity types"));
        }
        let mut types = Vec::with_capacity(n_types);
        for _ in 0..n_types {
            let len = r.u8()? as usize;
            types.push(r.string(len)?);
        }
        let len = r.u8()? as usize;
        let layer = r.string(len)?;
        if !valid_layer_name(&layer) {
            return Err(ModelError::Malformed("layer name"));
        }
        let n = n_tags(n_types);
        let scale = r.f32()?;
        let trans = (0..(n + 1) * n).map(|_| r.f32()).collect::<Result<Vec<_>, _>>()?;
        let n_gaz = r.u32()? as usize;
        // Each phrase takes at least three bytes: a bound on a damaged count.
        let mut phrases = Vec::with_capacity(n_gaz.min(body.len().saturating_sub(r.at) / 3));
        for _ in 0..n_gaz {
            let ty = r.u8()?;
            let len = r.u16()? as usize;
            phrases.push((ty, r.string(len)?));
        }
        let gazetteer = Gazetteer::from_phrases(phrases);
        let levels = r.u8()? as usize;
        let n_words = r.u32()? as usize;
        // Each word takes at least 1 + 2 × levels bytes: a bound on a damaged count.
        let left = body.len().saturating_sub(r.at);
        let room = n_words.min(left / (1 + 2 * levels.max(1)));
        let (mut text, mut ends, mut ids) = (String::with_capacity(left), Vec::with_capacity(room), Vec::with_capacity(room * levels));
        for _ in 0..n_words {
            let len = r.u8()? as usize;
            let word = std::str::from_utf8(r.take(len)?).map_err(|_| ModelError::Malformed("cluster word is not UTF-8"))?;
            text.push_str(word);
            ends.push(u32::try_from(text.len()).map_err(|_| ModelError::Malformed("cluster words"))?);
            for _ in 0..levels {
                ids.push(r.u16()?);
            }
        }
        let clusters = Clusters::from_lower_parts(text, ends, ids, levels).ok_or(ModelError::Malformed("cluster entry"))?;
        let rows = 1usize << bits;
        let mut weights = vec![0i16; rows * n];
        let kept = r.u32()? as usize;
        let mut row = 0usize;
        for _ in 0..kept {
            row += r.varint()? as usize;
            if row >= rows {
                return Err(ModelError::Malformed("row out of range"));
            }
            let mask = r.u32()?;
            for t in 0..n {
                if mask & (1 << t) != 0 {
                    let z = r.varint()?;
                    let v = ((z >> 1) as i64) ^ -((z & 1) as i64);
                    weights[row * n + t] = v.clamp(-32767, 32767) as i16;
                }
            }
        }
        if r.at != body.len() {
            return Err(ModelError::Malformed("trailing bytes"));
        }
        Ok(Model { bits, types, layer, weights, trans, scale, gazetteer, clusters, id: fresh_id() })
    }
}

fn write_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], ModelError> {
        let bytes: &'a [u8] = self.bytes;
        let s = bytes.get(self.at..self.at + n).ok_or(ModelError::Malformed("file ends early"))?;
        self.at += n;
        Ok(s)
    }
    fn u8(&mut self) -> Result<u8, ModelError> {
        Ok(self.take(1)?[0])
    }
    fn u16(&mut self) -> Result<u16, ModelError> {
        Ok(u16::from_le_bytes(self.take(2)?.try_into().unwrap_or_default()))
    }
    fn u32(&mut self) -> Result<u32, ModelError> {
        Ok(u32::from_le_bytes(self.take(4)?.try_into().unwrap_or_default()))
    }
    fn f32(&mut self) -> Result<f32, ModelError> {
        Ok(f32::from_le_bytes(self.take(4)?.try_into().unwrap_or_default()))
    }
    fn string(&mut self, len: usize) -> Result<String, ModelError> {
        String::from_utf8(self.take(len)?.to_vec()).map_err(|_| ModelError::Malformed("invalid UTF-8"))
    }
    fn varint(&mut self) -> Result<u64, ModelError> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.u8()?;
            v |= ((b & 0x7f) as u64) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(ModelError::Malformed("varint too long"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tiny() -> Model {
        let types: Vec<String> = ["PER", "LOC"].iter().map(|s| s.to_string()).collect();
        let n = n_tags(2);
        let mut w = vec![0f32; (1 << 8) * n];
        w[3 * n + 1] = 2.5;
        w[200 * n + 4] = -1.0;
        let mut g = Gazetteer::new();
        g.insert(1, "Aleppo");
        let clusters = Clusters::parse("aleppo\t1\t7\nhoms\t1\t8\n").unwrap();
        Model::from_floats(8, types, "weapons".into(), &w, &vec![0.5; (n + 1) * n], g, clusters)
    }

    #[test]
    fn round_trips() {
        let m = tiny();
        let bytes = m.to_bytes().unwrap();
        let back = Model::from_bytes(&bytes).unwrap();
        assert_eq!(back.weights, m.weights);
        assert_eq!(back.trans, m.trans);
        assert_eq!(back.types, m.types);
        assert_eq!(back.layer(), "weapons");
        assert_eq!(back.gazetteer.entries(), m.gazetteer.entries());
        assert!(back.clusters.entries().eq(m.clusters.entries()));
        assert_eq!(back.cluster_words(), 2);
        assert_eq!(back.nonzero_rows(), 2);
    }

    #[test]
    fn rejects_damage() {
        let mut bytes = tiny().to_bytes().unwrap();
        assert!(matches!(Model::from_bytes(b"nonsense"), Err(ModelError::BadMagic)));
        let mid = bytes.len() / 2;
        bytes[mid] ^= 1;
        assert!(matches!(Model::from_bytes(&bytes), Err(ModelError::Checksum)));
        assert!(Model::from_bytes(&bytes[..20]).is_err());
    }

    #[test]
    fn version_errors_say_found_expected_and_how_to_rebuild() {
        let mut bytes = tiny().to_bytes().unwrap();
        bytes[12..16].copy_from_slice(&(FEATURE_VERSION + 7).to_le_bytes());
        let err = Model::from_bytes(&bytes).unwrap_err();
        assert!(
            matches!(err, ModelError::Version { what: "feature", found, expected } if found == FEATURE_VERSION + 7 && expected == FEATURE_VERSION)
        );
        let msg = err.to_string();
        assert!(msg.contains(&format!("feature version {}", FEATURE_VERSION + 7)), "{msg}");
        assert!(msg.contains(&format!("expects {FEATURE_VERSION}")), "{msg}");
        assert!(msg.contains("tageval train --train"), "{msg}");
        bytes[8..12].copy_from_slice(&0u32.to_le_bytes());
        assert!(matches!(Model::from_bytes(&bytes), Err(ModelError::Version { what: "format", found: 0, .. })));
    }

    /// A type name longer than its u8 length field was cut (`as u8`) and the file
    /// could not be read back; now saving refuses it.
    #[test]
    fn lengths_too_long_for_their_field_are_errors() {
        let mut m = tiny();
        m.types[0] = "P".repeat(300);
        assert!(matches!(m.to_bytes(), Err(ModelError::TooLong { len: 300, max: 255, .. })));
        let mut m = tiny();
        m.gazetteer.insert(1, &"a".repeat(70_000));
        assert!(matches!(m.to_bytes(), Err(ModelError::TooLong { len: 70_000, max: 65_535, .. })));
    }
}
