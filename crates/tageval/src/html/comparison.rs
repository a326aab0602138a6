//! `tageval report --pred A --compare B`: one self-contained page comparing two
//! systems against the same gold (what `tageval compare` prints): the change of
//! every figure with its tests, the documents that changed most, and every span
//! that flipped. No script; nothing loaded from the network; no timestamp.

use std::fmt::Write as _;

use scorer::compare::{Comparison, FlipKind};
use scorer::TagErrorKind;

use super::page::escape;

const CSP: &str = "default-src 'none'; style-src 'unsafe-inline'";

const CSS: &str = "body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:72em;padding:0 1em;color:#1f2937}\
table{border-collapse:collapse;margin:.5em 0 1.5em}th,td{padding:.2em .6em;border-bottom:1px solid #e5e7eb;text-align:right}\
th{background:#f3f4f6}td.l,th.l{text-align:left}.up{color:#166534}.down{color:#b91c1c}.sig{font-weight:700}\
.quiet{color:#6b7280}.warn{background:#fef3c7;padding:.5em 1em}code{background:#f3f4f6;padding:0 .2em}";

/// The page of `cmp`; `a` and `b` name the two systems (file names).
pub fn render(cmp: &Comparison, a: &str, b: &str) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">\
         <title>tageval comparison: {b} against {a}</title><style>{CSS}</style></head><body>\n",
        a = escape(a),
        b = escape(b)
    );
    let _ = writeln!(out, "<h1>B against A</h1>\n<p>A: <code>{}</code><br>B: <code>{}</code></p>", escape(a), escape(b));
    let unit = if cmp.unit == "documents" { String::new() } else { format!("; resampling {} {}", cmp.units, cmp.unit) };
    let _ = writeln!(
        out,
        "<p class=\"quiet\">{} documents{unit}; paired bootstrap {} samples, approximate randomisation {} rounds, seed {}. \
         Bold: both p &lt; 0.05. e: exact permutation test over all swaps.</p>",
        cmp.docs, cmp.resamples, cmp.rounds, cmp.seed
    );
    if let Some(w) = &cmp.warning {
        let _ = writeln!(out, "<p class=\"warn\">{}</p>", escape(w));
    }
    out.push_str(
        "<h2>Figures</h2>\n<table><tr><th class=\"l\">scope</th><th class=\"l\">measure</th><th>F1 A</th><th>F1 B</th>\
         <th>ΔP</th><th>ΔR</th><th>ΔF1</th><th>95% CI of ΔF1</th><th>bootstrap p</th><th>randomisation p</th></tr>\n",
    );
    for r in &cmp.rows {
        let Some(t) = &r.test else { continue };
        let sig = t.bootstrap_p < 0.05 && t.randomisation_p < 0.05;
        let dir = if r.delta.f1 > 0.0 {
            "up"
        } else if r.delta.f1 < 0.0 {
            "down"
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "<tr><td class=\"l\">{}</td><td class=\"l\">{}</td><td>{:.4}</td><td>{:.4}</td><td>{:+.4}</td><td>{:+.4}</td>\
             <td class=\"{dir}{}\">{:+.4}</td><td>[{:+.4}, {:+.4}]</td><td>{:.4}</td><td>{:.4}{}</td></tr>",
            escape(&r.scope),
            escape(&r.measure),
            r.a.f1,
            r.b.f1,
            r.delta.precision,
            r.delta.recall,
            if sig { " sig" } else { "" },
            r.delta.f1,
            t.interval.low,
            t.interval.high,
            t.bootstrap_p,
            t.randomisation_p,
            if t.randomisation_exact { " e" } else { "" }
        );
    }
    out.push_str("</table>\n");
    if !cmp.changed_docs.is_empty() {
        out.push_str(
            "<h2>Documents that changed most (strict)</h2>\n<table><tr><th class=\"l\">document</th><th>F1 A</th><th>F1 B</th>\
             <th>correct A → B</th><th>errors A → B</th></tr>\n",
        );
        for d in &cmp.changed_docs {
            let _ = writeln!(
                out,
                "<tr><td class=\"l\">{}</td><td>{:.4}</td><td>{:.4}</td><td>{} → {}</td><td>{} → {}</td></tr>",
                escape(&d.doc),
                d.f1.0,
                d.f1.1,
                d.correct.0,
                d.correct.1,
                d.errors.0,
                d.errors.1
            );
        }
        out.push_str("</table>\n");
    }
    let fixed = cmp.flips.iter().filter(|f| f.change == FlipKind::Fixed).count();
    let _ = writeln!(out, "<h2>Spans that flipped: {fixed} fixed, {} broken</h2>", cmp.flips.len() - fixed);
    if !cmp.flips.is_empty() {
        out.push_str(
            "<table><tr><th class=\"l\">change</th><th class=\"l\">document</th><th>span</th><th class=\"l\">label</th>\
             <th class=\"l\">text</th><th class=\"l\">side</th><th class=\"l\">A</th><th class=\"l\">B</th></tr>\n",
        );
        let kind = |k: Option<TagErrorKind>| k.map_or("right", TagErrorKind::name);
        for f in &cmp.flips {
            let (class, change) = match f.change {
                FlipKind::Fixed => ("up", "fixed"),
                FlipKind::Broken => ("down", "broken"),
            };
            let _ = writeln!(
                out,
                "<tr><td class=\"l {class}\">{change}</td><td class=\"l\">{}</td><td>{}..{}</td><td class=\"l\">{}</td>\
                 <td class=\"l\">{}</td><td class=\"l\">{}</td><td class=\"l\">{}</td><td class=\"l\">{}</td></tr>",
                escape(&f.doc),
                f.start,
                f.end,
                escape(&f.label),
                escape(&f.text),
                f.side,
                kind(f.a),
                kind(f.b)
            );
        }
        out.push_str("</table>\n");
    }
    out.push_str("</body></html>\n");
    out
}
