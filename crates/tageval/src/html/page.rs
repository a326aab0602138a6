//! The page itself: head, styles, label colours, the summary, the documents'
//! data block and the script that draws them.

use std::fmt::Write as _;

use scorer::totals::TotalsReport;
use scorer::Report;
#[cfg(test)]
use serde_json::Value;

use super::model::{self, PageDoc};
use super::summary;

const CSS: &str = include_str!("../../assets/report.css");
const JS: &str = include_str!("../../assets/report.js");

/// Nothing may be loaded from anywhere: the page is its own world.
const CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

/// Colours for other labels, handed out in label order.
const OTHER_COLOURS: [(&str, &str); 6] = [
    ("#475569", "#e8edf3"),
    ("#9a3412", "#fde8d7"),
    ("#166534", "#e3f6e8"),
    ("#1e40af", "#e0e9fd"),
    ("#86198f", "#f8e4fb"),
    ("#854d0e", "#f8efcc"),
];

/// Escapes text for HTML element content and quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// JSON safe inside `<script type="application/json">`: no `<` at all, so neither
/// `</script>` nor `<!--` can end or bend the block. JSON has `<` only inside
/// strings, where `\u003c` means the same.
#[cfg(test)]
pub fn embed_json(value: &Value) -> String {
    value.to_string().replace('<', "\\u003c")
}

/// A writer of JSON that turns every `<` into `\u003c` (see [`embed_json`]).
struct Embed(Vec<u8>);

impl std::io::Write for Embed {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        for part in buf.split_inclusive(|&b| b == b'<') {
            match part.split_last() {
                Some((b'<', head)) => {
                    self.0.extend_from_slice(head);
                    self.0.extend_from_slice(b"\\u003c");
                }
                _ => self.0.extend_from_slice(part),
            }
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The CSS class of `label`'s colour (`l0`, `l1`, … by its place in `labels`).
pub fn label_class(label: &str, labels: &[String]) -> String {
    match labels.iter().position(|l| l == label) {
        Some(i) => format!("l{i}"),
        None => "lx".into(),
    }
}

/// Custom properties `--c{i}` (strong) and `--t{i}` (tint) per label, and the
/// `.l{i}` classes that use them.
fn label_colours(labels: &[String]) -> String {
    let mut vars = String::from(":root{");
    let mut classes = String::new();
    let mut other = OTHER_COLOURS.iter().cycle();
    for (i, label) in labels.iter().enumerate() {
        // The scheme's labels take their layer's colours (reader::layer::SPECS).
        let scheme = reader::Layer::of_label(label).and_then(|layer| layer.spec().colour(label));
        let (strong, tint) = match scheme {
            Some(pair) => pair,
            None => other.next().copied().unwrap_or(("#475569", "#e8edf3")),
        };
        let _ = write!(vars, "--c{i}:{strong};--t{i}:{tint};");
        let _ = writeln!(classes, ".l{i}{{--c:var(--c{i});--t:var(--t{i})}}");
    }
    vars.push_str("}\n");
    vars + &classes
}

/// The totals panel of `--totals FIELD`: the table `score --totals` prints.
fn totals_panel(out: &mut String, totals: &TotalsReport, field: &str) {
    let _ = write!(
        out,
        "<section id=\"totals\" class=\"summary\">\n<div class=\"panel\">\n<h2>Death tolls <small>predicted killed total against <code>{}</code></small></h2>\n<pre>{}</pre>\n</div>\n</section>\n",
        escape(field),
        escape(totals.render_table(0).trim_end())
    );
}

/// The whole page; `totals` (with the gold field's name) adds the death-toll panel.
pub fn render(report: &Report, docs: &[PageDoc], totals: Option<(&TotalsReport, &str)>) -> String {
    let labels = model::labels(docs, report);
    let data = model::Data::new(docs, report, &labels);
    let mut html =
        String::with_capacity(64 * 1024 + docs.iter().map(|d| 2 * d.text.len() + 40 * (d.gold.len() + d.pred.len())).sum::<usize>());
    let _ = write!(
        html,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>tageval report</title>\n<style>\n{CSS}{}</style>\n</head>\n<body>\n",
        label_colours(&labels)
    );
    summary::write(&mut html, report, &labels);
    if let Some((totals, field)) = totals {
        totals_panel(&mut html, totals, field);
    }
    html.push_str(
        "<section id=\"documents\" class=\"documents\">\n<h2>Documents</h2>\n\
         <div id=\"filters\" class=\"filters\"></div>\n\
         <div class=\"doc-layout\"><nav id=\"doc-list\" class=\"doc-list\" aria-label=\"documents\"></nav>\
         <article id=\"doc-view\" class=\"doc-view\"></article></div>\n\
         <noscript><p class=\"note\">The documents need JavaScript to be drawn; the summary above does not.</p></noscript>\n\
         </section>\n</main>\n",
    );
    html.push_str("<script type=\"application/json\" id=\"tageval-data\">");
    // Serialised straight into the page, `<` escaped on the way (as `embed_json` does).
    let mut embedded = Embed(html.into_bytes());
    let written = serde_json::to_writer(&mut embedded, &data);
    debug_assert!(written.is_ok(), "the page data serialises");
    // Only whole UTF-8 strings and ASCII were written after UTF-8 text.
    let mut html = String::from_utf8(embedded.0).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    html.push_str("</script>\n<script>\n");
    html.push_str(JS);
    html.push_str("</script>\n</body>\n</html>\n");
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_quotes() {
        assert_eq!(escape(r#"<script>alert("x")</script> & 'y'"#), "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;");
    }

    #[test]
    fn embedded_json_has_no_angle_bracket_and_reads_back() {
        let value = serde_json::json!({"text": "</script><!-- <b>"});
        let embedded = embed_json(&value);
        assert!(!embedded.contains('<'));
        assert_eq!(serde_json::from_str::<Value>(&embedded).expect("valid JSON"), value);
    }

    #[test]
    fn assets_cannot_close_their_own_elements() {
        assert!(!CSS.contains("</style"));
        assert!(!JS.contains("</script"));
    }
}
