//! Properties that hold for any gold and any prediction.

use proptest::prelude::*;
use reader::{AnnotatedDoc, Document, Layer, Span};
use scorer::{score, BootstrapOptions, Counts, ReportOptions, Schema, ScoreOptions};
use serde_json::Value;

const TEXT_LEN: usize = 40;
const LABELS: [&str; 7] = ["PER", "ORG", "LOC", "DATE", "DURATION", "CASUALTY", "GPE"];

fn spans() -> impl Strategy<Value = Vec<Span>> {
    let span = (0..TEXT_LEN - 1, 1usize..8, 0..LABELS.len(), 0..3u8).prop_map(|(start, len, label, value)| {
        Span::new(start, (start + len).min(TEXT_LEN), LABELS[label]).with_value(format!("v{value}"))
    });
    prop::collection::vec(span, 0..8).prop_map(|mut v| {
        v.sort();
        v
    })
}

fn layers() -> impl Strategy<Value = Vec<Layer>> {
    prop::sample::subsequence(Layer::ALL.to_vec(), 0..=3)
}

/// Up to 6 documents: (gold, prediction or none).
fn corpus() -> impl Strategy<Value = Vec<(AnnotatedDoc, Option<AnnotatedDoc>)>> {
    prop::collection::vec((spans(), layers(), prop::option::weighted(0.85, spans())), 0..6).prop_map(|docs| {
        docs.into_iter()
            .enumerate()
            .map(|(i, (gold, layers, pred))| {
                let doc = Document::new(format!("d{i}"), "w".repeat(TEXT_LEN));
                let pred = pred.map(|spans| AnnotatedDoc { doc: doc.clone(), spans, layers: Vec::new() });
                (AnnotatedDoc { doc, spans: gold, layers }, pred)
            })
            .collect()
    })
}

fn split(corpus: &[(AnnotatedDoc, Option<AnnotatedDoc>)]) -> (Vec<AnnotatedDoc>, Vec<AnnotatedDoc>) {
    (corpus.iter().map(|(g, _)| g.clone()).collect(), corpus.iter().filter_map(|(_, p)| p.clone()).collect())
}

fn options() -> impl Strategy<Value = ScoreOptions> {
    (any::<bool>(), any::<bool>(), prop::option::of(layers())).prop_map(|(map, across, layers)| ScoreOptions {
        label_map: if map { "GPE=LOC,DURATION=O".parse().expect("valid") } else { Default::default() },
        map_gold: map && across,
        layers,
        corpus_layers: None,
        only_layers: None,
        match_across_layers: across,
    })
}

fn report_options() -> ReportOptions {
    ReportOptions { bootstrap: BootstrapOptions { resamples: 50, seed: 7 }, by_doc: true }
}

/// Every number under a key naming a score (or an interval bound) lies in [0, 1].
fn assert_scores_in_unit_interval(value: &Value, key: &str) {
    match value {
        Value::Object(map) => map.iter().for_each(|(k, v)| assert_scores_in_unit_interval(v, k)),
        Value::Array(items) => items.iter().for_each(|v| assert_scores_in_unit_interval(v, key)),
        Value::Number(n) if ["precision", "recall", "f1", "low", "high"].contains(&key) || key.ends_with("accuracy") => {
            let x = n.as_f64().expect("float");
            assert!((0.0..=1.0).contains(&x), "{key} = {x}");
        }
        _ => {}
    }
}

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn scores_lie_in_the_unit_interval(corpus in corpus(), options in options()) {
        let (gold, pred) = split(&corpus);
        let report = score(&gold, &pred, &options).expect("scorable").report(&report_options());
        assert_scores_in_unit_interval(&report.to_json(), "");
    }

    #[test]
    fn possible_is_gold_and_actual_is_predictions_after_filtering(corpus in corpus(), options in options()) {
        let (gold, pred) = split(&corpus);
        let report = score(&gold, &pred, &options).expect("scorable").report(&report_options());
        let gold_spans: usize = gold.iter().map(|d| d.spans.len()).sum();
        let pred_spans: usize = pred.iter().map(|d| d.spans.len()).sum();
        let kept_gold = gold_spans as u64 - report.ignored.gold.total();
        let kept_pred = pred_spans as u64 - report.ignored.predicted.total();
        for schema in Schema::ALL {
            let m = report.schemas.get(schema);
            prop_assert_eq!((m.possible, m.actual), (kept_gold, kept_pred), "{}", schema.name());
        }
    }

    #[test]
    fn strict_correct_is_at_most_exact_and_type_correct(corpus in corpus(), options in options()) {
        let (gold, pred) = split(&corpus);
        let report = score(&gold, &pred, &options).expect("scorable").report(&report_options());
        let s = &report.schemas;
        prop_assert!(s.strict.correct <= s.exact.correct);
        prop_assert!(s.strict.correct <= s.r#type.correct);
        for (label, m) in &report.by_label {
            prop_assert!(m.strict.correct <= m.exact.correct, "{}", label);
            prop_assert!(m.strict.correct <= m.r#type.correct, "{}", label);
        }
    }

    #[test]
    fn shards_merge_into_the_whole(corpus in corpus(), options in options(), shard_of in prop::collection::vec(0..3usize, 6)) {
        let (gold, pred) = split(&corpus);
        // Coverage is the whole corpus's, decided once for every shard.
        let options = options.for_corpus(&gold);
        let whole = score(&gold, &pred, &options).expect("scorable");
        let shards: Vec<Counts> = (0..3)
            .map(|k| {
                let part: Vec<_> = corpus.iter().enumerate().filter(|(i, _)| shard_of[*i] == k).map(|(_, d)| d.clone()).collect();
                let (g, p) = split(&part);
                let counts = score(&g, &p, &options).expect("scorable");
                serde_json::from_str(&serde_json::to_string(&counts).expect("serialise")).expect("deserialise")
            })
            .collect();
        let merged = Counts::merge(shards).expect("disjoint");
        prop_assert_eq!(&merged, &whole);
        prop_assert_eq!(merged.report(&report_options()).render_json(), whole.report(&report_options()).render_json());
    }

    #[test]
    fn a_perfect_prediction_scores_one(corpus in corpus(), options in options()) {
        // Perfect after mapping: gold is mapped as the prediction is.
        let options = ScoreOptions { map_gold: true, ..options };
        let perfect: Vec<_> = corpus.into_iter().map(|(g, _)| { let p = g.clone(); (g, Some(p)) }).collect();
        let (gold, pred) = split(&perfect);
        let report = score(&gold, &pred, &options).expect("scorable").report(&report_options());
        if report.schemas.strict.possible > 0 {
            for schema in Schema::ALL {
                prop_assert_eq!(report.schemas.get(schema).f1, 1.0, "{}", schema.name());
            }
            prop_assert_eq!(report.values.overall.overlap_correct, report.values.overall.gold);
        }
    }

    /// Issue 16: a prediction that overlaps no gold span, added to any document
    /// (one whose gold is empty included), never raises precision under any schema,
    /// and is counted (not set aside) whenever the corpus covers its layer.
    #[test]
    fn adding_a_spurious_prediction_never_raises_precision(
        corpus in corpus(),
        options in options(),
        at in 0..6usize,
        start in 0..TEXT_LEN - 1,
        len in 1usize..8,
        label in 0..LABELS.len(),
    ) {
        prop_assume!(!corpus.is_empty());
        let (gold, pred) = split(&corpus);
        let i = at % corpus.len();
        let span = Span::new(start, (start + len).min(TEXT_LEN), LABELS[label]);
        prop_assume!(!gold[i].spans.iter().any(|g| g.start < span.end && span.start < g.end));
        let mut more = pred.clone();
        match more.iter_mut().find(|p| p.doc.id == gold[i].doc.id) {
            Some(doc) => {
                doc.spans.push(span.clone());
                doc.spans.sort();
            }
            None => more.push(AnnotatedDoc { doc: gold[i].doc.clone(), spans: vec![span.clone()], layers: Vec::new() }),
        }
        let before = score(&gold, &pred, &options).expect("scorable").report(&report_options());
        let after = score(&gold, &more, &options).expect("scorable").report(&report_options());
        for schema in Schema::ALL {
            let (b, a) = (before.schemas.get(schema), after.schemas.get(schema));
            prop_assert!(a.precision <= b.precision + 1e-12, "{}: {} -> {}", schema.name(), b.precision, a.precision);
        }
        let covered = options.for_corpus(&gold).scored_layers(&gold[i]);
        let label = options.label_map.map(&span.label);
        let layer = label.and_then(Layer::of_label);
        if layer.is_some_and(|l| covered.contains(&l)) {
            prop_assert_eq!(after.schemas.strict.actual, before.schemas.strict.actual + 1, "a covered layer's prediction counts");
            prop_assert_eq!(after.schemas.strict.spurious, before.schemas.strict.spurious + 1);
        }
    }
}
