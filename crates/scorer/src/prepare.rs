//! Spans made ready for matching: labels mapped, spans outside the scored layers
//! set aside (and counted), offsets turned into code points.
//!
//! Matching works in code points, not the bytes used elsewhere in tageval, because
//! nervaluate's 1 % minimum overlap and its closest-boundaries rule measure lengths,
//! and the figures must equal nervaluate's on the offsets files carry.

use std::collections::{BTreeMap, BTreeSet};

use reader::{AnnotatedDoc, CharMap, Layer};

use crate::counts::{Ignored, IgnoredCounts};
use crate::errors::{Error, Result, Side};
use crate::ScoreOptions;

/// One span, ready for matching.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Item {
    /// Start, in code points.
    pub start: usize,
    /// End (exclusive), in code points.
    pub end: usize,
    /// The label after mapping.
    pub label: String,
    /// The normalised value.
    pub value: Option<String>,
    /// The label's layer, if it has one.
    pub layer: Option<Layer>,
}

impl Item {
    /// Same start and end.
    pub fn same_bounds(&self, other: &Item) -> bool {
        self.start == other.start && self.end == other.end
    }
}

/// The two span lists of one document, ready for matching.
#[derive(Debug)]
pub(crate) struct Prepared {
    pub gold: Vec<Item>,
    pub pred: Vec<Item>,
    pub layers: Vec<Layer>,
    pub ignored: IgnoredCounts,
    pub chars: usize,
}

/// Maps, filters and converts the spans of one document pair.
pub(crate) fn prepare(gold: &AnnotatedDoc, pred: Option<&AnnotatedDoc>, options: &ScoreOptions) -> Result<Prepared> {
    let id = &gold.doc.id;
    if let Some(pred) = pred {
        check_same_text(id, &gold.doc.text, &pred.doc.text)?;
    }
    let layers = scored_layers(gold, options);
    let map = CharMap::new(&gold.doc.text);
    let mut ignored = IgnoredCounts::default();
    let gold_map = if options.map_gold { Some(&options.label_map) } else { None };
    let gold_items = items(gold, Side::Gold, gold_map, &layers, options, &map, &mut ignored.gold)?;
    let pred_items = match pred {
        Some(pred) => items(pred, Side::Predicted, Some(&options.label_map), &layers, options, &map, &mut ignored.predicted)?,
        None => Vec::new(),
    };
    Ok(Prepared { gold: gold_items, pred: pred_items, layers, ignored, chars: map.len_chars() })
}

/// The layers scored for `gold`: the explicit set, else those the gold declares,
/// else those of its labels (after mapping when gold is mapped); never one outside
/// `only_layers`.
pub(crate) fn scored_layers(gold: &AnnotatedDoc, options: &ScoreOptions) -> Vec<Layer> {
    let mut layers = declared_layers(gold, options);
    if let Some(only) = &options.only_layers {
        layers.retain(|l| only.contains(l));
    }
    layers
}

/// The layers scored for `gold` before [`ScoreOptions::only_layers`] limits them:
/// the explicit set, else the document's declared layers, else the corpus's
/// ([`ScoreOptions::corpus_layers`]), else (a document scored alone) its labels'.
fn declared_layers(gold: &AnnotatedDoc, options: &ScoreOptions) -> Vec<Layer> {
    if let Some(layers) = &options.layers {
        let mut layers = layers.clone();
        layers.sort();
        layers.dedup();
        return layers;
    }
    if !gold.layers.is_empty() {
        return gold.layers.clone();
    }
    if let Some(layers) = &options.corpus_layers {
        return layers.clone();
    }
    label_layers(gold, options).into_iter().collect()
}

/// The layers of `gold`'s labels (after mapping when gold is mapped).
fn label_layers(gold: &AnnotatedDoc, options: &ScoreOptions) -> BTreeSet<Layer> {
    gold.spans
        .iter()
        .filter_map(|s| if options.map_gold { options.label_map.map(&s.label) } else { Some(s.label.as_str()) })
        .filter_map(Layer::of_label)
        .collect()
}

/// The layers a gold corpus covers: every layer a document declares and every
/// layer of a label anywhere in it, sorted.
pub(crate) fn corpus_layers(gold: &[AnnotatedDoc], options: &ScoreOptions) -> Vec<Layer> {
    let mut set = BTreeSet::new();
    for doc in gold {
        set.extend(doc.layers.iter().copied());
        set.extend(label_layers(doc, options));
    }
    set.into_iter().collect()
}

fn items(
    doc: &AnnotatedDoc,
    side: Side,
    label_map: Option<&crate::LabelMap>,
    layers: &[Layer],
    options: &ScoreOptions,
    map: &CharMap,
    ignored: &mut Ignored,
) -> Result<Vec<Item>> {
    let mut out = Vec::with_capacity(doc.spans.len());
    for span in &doc.spans {
        let label = match label_map {
            Some(m) => m.map(&span.label),
            None => Some(span.label.as_str()),
        };
        let Some(label) = label else {
            ignored.mapped_out += 1;
            continue;
        };
        let layer = Layer::of_label(label);
        match layer {
            Some(l) if !layers.contains(&l) => {
                ignored.uncovered_layer += 1;
                continue;
            }
            None if options.layers.is_some() => {
                ignored.no_layer += 1;
                continue;
            }
            _ => {}
        }
        let bad = || Error::BadSpan { doc_id: doc.doc.id.clone(), side, start: span.start, end: span.end, label: span.label.clone() };
        let start = map.byte_to_char(span.start).ok_or_else(bad)?;
        let end = map.byte_to_char(span.end).ok_or_else(bad)?;
        if start > end {
            return Err(bad());
        }
        out.push(Item { start, end, label: label.to_string(), value: span.value.clone(), layer });
    }
    out.sort();
    Ok(out)
}

fn check_same_text(id: &str, gold: &str, pred: &str) -> Result<()> {
    if gold == pred {
        return Ok(());
    }
    let at = gold.chars().zip(pred.chars()).take_while(|(a, b)| a == b).count();
    Err(Error::TextMismatch { doc_id: id.to_string(), at })
}

/// Splits items into the groups matched against each other: one per layer (labels
/// outside the scheme together), or a single group when matching across layers.
pub(crate) fn groups<'a>(gold: &'a [Item], pred: &'a [Item], across_layers: bool) -> Vec<(Vec<&'a Item>, Vec<&'a Item>)> {
    group_indices(gold, pred, across_layers)
        .into_iter()
        .map(|(g, p)| (g.into_iter().map(|i| &gold[i]).collect(), p.into_iter().map(|i| &pred[i]).collect()))
        .collect()
}

/// [`groups`] as indices into `gold` and `pred`.
pub(crate) fn group_indices(gold: &[Item], pred: &[Item], across_layers: bool) -> Vec<(Vec<usize>, Vec<usize>)> {
    let key = |item: &Item| if across_layers { 0 } else { item.layer.map_or(Layer::ALL.len(), |l| l as usize) };
    let mut groups: BTreeMap<usize, (Vec<usize>, Vec<usize>)> = BTreeMap::new();
    for (i, item) in gold.iter().enumerate() {
        groups.entry(key(item)).or_default().0.push(i);
    }
    for (i, item) in pred.iter().enumerate() {
        groups.entry(key(item)).or_default().1.push(i);
    }
    groups.into_values().collect()
}

/// The items of `items` that satisfy `keep`, as references.
pub(crate) fn select<'a>(items: &[&'a Item], keep: impl Fn(&Item) -> bool) -> Vec<&'a Item> {
    items.iter().copied().filter(|i| keep(i)).collect()
}

/// A code-point slice of `text` (for error listings).
pub(crate) fn char_slice(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end.saturating_sub(start)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use reader::{Document, Span};

    fn doc(id: &str, text: &str, spans: Vec<Span>) -> AnnotatedDoc {
        AnnotatedDoc { doc: Document::new(id, text), spans, layers: Vec::new() }
    }

    #[test]
    fn maps_filters_and_counts_in_code_points() {
        let text = "Köln, 2015: 3 killed";
        let gold = doc("d", text, vec![Span::new(0, 5, "LOC"), Span::new(7, 11, "DATE")]);
        let pred = doc(
            "d",
            text,
            vec![Span::new(0, 5, "GPE"), Span::new(7, 11, "CARDINAL"), Span::new(13, 21, "CASUALTY"), Span::new(0, 1, "FOO")],
        );
        let options = ScoreOptions { label_map: "GPE=LOC,CARDINAL=O".parse().expect("map"), ..Default::default() };
        let p = prepare(&gold, Some(&pred), &options).expect("same text");
        assert_eq!(p.layers, vec![Layer::Entities, Layer::Dates]);
        assert_eq!(p.gold[0], Item { start: 0, end: 4, label: "LOC".into(), value: None, layer: Some(Layer::Entities) });
        let labels: Vec<&str> = p.pred.iter().map(|i| i.label.as_str()).collect();
        assert_eq!(labels, ["FOO", "LOC"], "unknown labels stay without an explicit layer set");
        assert_eq!((p.ignored.predicted.mapped_out, p.ignored.predicted.uncovered_layer), (1, 1));

        let explicit = ScoreOptions { layers: Some(vec![Layer::Entities]), ..options };
        let p = prepare(&gold, Some(&pred), &explicit).expect("same text");
        assert_eq!(p.pred.len(), 1);
        assert_eq!(p.ignored.predicted.no_layer, 1);
        assert_eq!(p.ignored.gold.uncovered_layer, 1);
    }

    /// Regression: `tageval eval` on gold declaring only casualties counted every
    /// entity and date it tagged as spurious.
    #[test]
    fn only_layers_limits_what_the_gold_covers() {
        let text = "Assad said 3 were killed on Monday";
        let mut gold = doc("d", text, vec![Span::new(11, 12, "CASUALTY")]);
        gold.layers = vec![Layer::Casualties, Layer::Dates];
        let pred = doc("d", text, vec![Span::new(0, 5, "PER"), Span::new(11, 12, "CASUALTY"), Span::new(28, 34, "DATE")]);
        let ran_all = ScoreOptions { only_layers: Some(Layer::ALL.to_vec()), ..Default::default() };
        let p = prepare(&gold, Some(&pred), &ran_all).expect("same text");
        assert_eq!(p.layers, vec![Layer::Casualties, Layer::Dates], "the gold's layers, not every layer run");
        assert_eq!(p.pred.len(), 2);
        let ran_casualties = ScoreOptions { only_layers: Some(vec![Layer::Casualties]), ..Default::default() };
        let p = prepare(&gold, Some(&pred), &ran_casualties).expect("same text");
        assert_eq!(p.layers, vec![Layer::Casualties], "dates were not run: not all missed");
        assert_eq!((p.gold.len(), p.pred.len()), (1, 1));
    }

    #[test]
    fn different_texts_are_an_error_naming_the_doc() {
        let err = prepare(&doc("d9", "abc", vec![]), Some(&doc("d9", "abd", vec![])), &ScoreOptions::default());
        assert_eq!(err.unwrap_err(), Error::TextMismatch { doc_id: "d9".into(), at: 2 });
    }

    #[test]
    fn groups_split_by_layer_unless_asked_not_to() {
        let item = |label: &str| Item { start: 0, end: 1, label: label.into(), value: None, layer: Layer::of_label(label) };
        let gold = vec![item("LOC"), item("DATE"), item("GPE")];
        assert_eq!(groups(&gold, &[], false).len(), 3);
        assert_eq!(groups(&gold, &[], true).len(), 1);
    }
}
