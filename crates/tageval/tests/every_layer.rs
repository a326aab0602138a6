//! Every registered layer through every stage, so that a layer forgotten anywhere
//! fails here: `--help`, annotate (the registry builds its tagger), eval (the scorer
//! counts its labels), convert (through every format whose capabilities hold it, and
//! back), report (its labels drawn in its spec colours). The loop is over
//! `Layer::ALL`: a new variant with its spec row is tested without editing this file
//! (see docs/ARCHITECTURE.md, "Adding a layer").

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use reader::{AnnotatedDoc, Format, Layer, ReadOptions, Target};
use serde_json::Value;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn tageval(args: &[&str]) -> Output {
    let out = Command::new(env!("CARGO_BIN_EXE_tageval")).args(args).current_dir(repo()).output().expect("tageval runs");
    assert!(out.status.success(), "tageval {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    out
}

fn read(format: Format, path: &Path) -> Vec<AnnotatedDoc> {
    let records = format.read(path, &ReadOptions::default()).expect("opens");
    records.map(|r| r.expect("reads").doc).collect()
}

/// The labels of `layer`'s spans in `docs`, per document.
fn labels(docs: &[AnnotatedDoc], layer: Layer) -> Vec<Vec<String>> {
    docs.iter().map(|d| d.spans.iter().filter(|s| s.layer() == Some(layer)).map(|s| s.label.clone()).collect()).collect()
}

#[test]
fn every_layer_is_annotated_scored_converted_and_reported() {
    let dir = tempfile::tempdir().expect("tempdir");
    let help = String::from_utf8(tageval(&["annotate", "--help"]).stdout).expect("utf8");
    for layer in Layer::ALL {
        let name = layer.name();
        let spec = layer.spec();
        assert!(help.contains(name), "--help names the layer {name}");

        // Annotate: the registry has a tagger, it tags the bundled corpus, and its
        // spans carry the layer's labels (with values when the layer is valued).
        let pred = dir.path().join(format!("{name}.jsonl"));
        let pred_arg = pred.to_str().expect("utf8 path");
        tageval(&["annotate", "corpora/aleppo-2015", "--layers", name, "-o", pred_arg, "-q"]);
        let docs = read(Format::Jsonl, &pred);
        let spans: Vec<_> = docs.iter().flat_map(|d| &d.spans).collect();
        assert!(!spans.is_empty(), "{name}: the bundled corpus gets spans of every layer");
        assert!(spans.iter().all(|s| s.layer() == Some(layer)), "{name}: only its own layer");
        assert!(spans.iter().all(|s| spec.valued == s.value.is_some()), "{name}: values iff the layer is valued");

        // Score: the report counts every label of the layer the gold holds.
        let json = tageval(&["eval", "--layers", name, "--format", "json", "--bootstrap", "0"]).stdout;
        let report: Value = serde_json::from_slice(&json).expect("JSON report");
        let by_label = report["by_label"].as_object().expect("by_label");
        assert!(!by_label.is_empty(), "{name}: scored");
        assert!(by_label.keys().all(|l| spec.labels.contains(&l.as_str())), "{name}: only its labels: {by_label:?}");
        assert!(report["schemas"]["strict"]["f1"].as_f64().expect("f1") > 0.0, "{name}: some correct");
        if spec.valued {
            assert!(report["values"].is_object(), "{name}: value scores of a valued layer");
        }

        // Convert: through every format that can write it and hold it, and back.
        for format in Format::ALL {
            let caps = format.capabilities();
            let holds = caps.layers.is_none_or(|layers| layers.contains(&layer));
            if caps.target == Target::None || !caps.spans || !holds {
                continue;
            }
            let out = dir.path().join(format!("{name}.{}", format.name()));
            if caps.target == Target::FilePerDoc {
                std::fs::create_dir_all(&out).expect("folder for one file per document");
            }
            let out_arg = out.to_str().expect("utf8 path");
            tageval(&["convert", pred_arg, "--to", format.name(), "-o", out_arg]);
            let back = read(format, &out);
            let expected: Vec<Vec<String>> = docs
                .iter()
                .map(|d| caps.select(format, d).0.iter().filter(|s| s.layer() == Some(layer)).map(|s| s.label.clone()).collect())
                .collect();
            let mut got = labels(&back, layer);
            let mut want = expected;
            // Folders of one file per document read back in file-name order.
            got.sort();
            want.sort();
            assert_eq!(got, want, "{name} through {format}");
            assert!(got.iter().any(|d| !d.is_empty()), "{name} through {format}: spans survive");
        }

        // Report: the page draws the layer's labels in the spec's colours.
        let page = dir.path().join(format!("{name}.html"));
        tageval(&["report", "--pred", pred_arg, "--bootstrap", "0", "-o", page.to_str().expect("utf8 path")]);
        let html = std::fs::read_to_string(&page).expect("page");
        for label in spans.iter().map(|s| s.label.as_str()) {
            let (strong, tint) = spec.colour(label).expect("every label has colours");
            assert!(html.contains(label) && html.contains(strong) && html.contains(tint), "{name}: {label} drawn in its colours");
        }
    }
}
