//! The annotation layers, declared once.
//!
//! [`Layer`] and its table of [`LayerSpec`]s are written in one place, the
//! `layers!` invocation below: a variant cannot exist without its row. Everything
//! that used to list layers by hand reads the table instead: the command line (names,
//! aliases, `--help`), the scorer (which layers carry values), the JSONL reader's
//! messages and the HTML report's label colours.
//!
//! Which layers a file format can hold is not a property of the layer but of the
//! format, and lives with the formats (the `Format` type), not here.
//!
//! ```
//! use reader::Layer;
//! assert_eq!(Layer::parse("timex"), Some(Layer::Dates));
//! assert_eq!(Layer::of_label("CASUALTY"), Some(Layer::Casualties));
//! assert!(Layer::Dates.spec().valued && !Layer::Entities.spec().valued);
//! ```

use std::fmt;

/// What the rest of tageval knows about one layer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LayerSpec {
    /// The layer described.
    pub layer: Layer,
    /// The name on the command line and in files (`"layers": ["dates"]`).
    pub name: &'static str,
    /// Other names accepted on the command line and in files (lower case).
    pub aliases: &'static [&'static str],
    /// The labels of the layer's spans, in report order.
    pub labels: &'static [&'static str],
    /// Per label (same order as `labels`): the HTML report's strong colour (underlines,
    /// text) and light tint (highlights).
    pub colours: &'static [(&'static str, &'static str)],
    /// Whether the layer's spans carry a normalised value that the scorer scores.
    pub valued: bool,
    /// What the layer tags, in a few words, for `--help` (`TIMEX3 DATE … with values`).
    pub summary: &'static str,
}

impl LayerSpec {
    /// The report colours (strong, tint) of `label`, if it is one of this layer's.
    pub fn colour(&self, label: &str) -> Option<(&'static str, &'static str)> {
        let i = self.labels.iter().position(|l| *l == label)?;
        self.colours.get(i).copied()
    }
}

/// Declares the `Layer` enum and its spec table together, so that a variant without a
/// row (or a row without a variant) cannot compile, and checks each row at compile time.
macro_rules! layers {
    ($( $(#[$doc:meta])* $variant:ident { $($field:ident: $value:expr),* $(,)? } )*) => {
        /// The annotation layers of the scheme, in pipeline order.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Layer {
            $( $(#[$doc])* $variant, )*
        }

        /// The spec of every layer, indexed by `Layer as usize`.
        pub const SPECS: &[LayerSpec] = &[ $( LayerSpec { layer: Layer::$variant, $($field: $value),* }, )* ];

        impl Layer {
            /// All layers, in pipeline order.
            pub const ALL: [Layer; SPECS.len()] = [ $( Layer::$variant, )* ];
        }
    };
}

layers! {
    /// `PER`, `ORG`, `LOC`, `MISC`.
    Entities {
        name: "entities",
        aliases: &["entity", "ner"],
        labels: &["PER", "ORG", "LOC", "MISC"],
        colours: &[("#0f766e", "#ccfbf1"), ("#4338ca", "#e0e7ff"), ("#15803d", "#d9f7e3"), ("#a16207", "#fdf0c4")],
        valued: false,
        summary: "PER ORG LOC MISC",
    }
    /// TIMEX3 `DATE`, `TIME`, `DURATION`, `SET`.
    Dates {
        name: "dates",
        aliases: &["date", "timex", "timex3", "time"],
        labels: &["DATE", "TIME", "DURATION", "SET"],
        colours: &[("#0369a1", "#dcf0fc"), ("#0e7490", "#cdf6fd"), ("#6d28d9", "#ede9fe"), ("#be185d", "#fce7f3")],
        valued: true,
        summary: "TIMEX3 DATE TIME DURATION SET with values",
    }
    /// `CASUALTY`.
    Casualties {
        name: "casualties",
        aliases: &["casualty"],
        labels: &["CASUALTY"],
        colours: &[("#b91c1c", "#fde2e2")],
        valued: true,
        summary: "CASUALTY with OUTCOME:COUNT values",
    }
}

// Every row sits at its variant's index and has one colour pair per label.
const _: () = {
    let mut i = 0;
    while i < SPECS.len() {
        assert!(SPECS[i].layer as usize == i, "SPECS rows out of variant order");
        assert!(SPECS[i].labels.len() == SPECS[i].colours.len(), "a label without a colour");
        i += 1;
    }
};

impl Layer {
    /// This layer's row of the spec table.
    pub fn spec(self) -> &'static LayerSpec {
        &SPECS[self as usize]
    }

    /// The labels of this layer.
    pub fn labels(self) -> &'static [&'static str] {
        self.spec().labels
    }

    /// The layer a label belongs to, if any.
    pub fn of_label(label: &str) -> Option<Layer> {
        SPECS.iter().find(|spec| spec.labels.contains(&label)).map(|spec| spec.layer)
    }

    /// The layer's name as used on the command line and in files.
    pub fn name(self) -> &'static str {
        self.spec().name
    }

    /// Parses a layer name or alias, ignoring case and surrounding space
    /// (`entities`, `dates`, `casualties`; singular forms too).
    pub fn parse(name: &str) -> Option<Layer> {
        let name = name.trim().to_ascii_lowercase();
        SPECS.iter().find(|spec| spec.name == name || spec.aliases.contains(&name.as_str())).map(|spec| spec.layer)
    }

    /// Every layer's name, joined by `separator` (`entities, dates, casualties`): for
    /// messages and help texts that list the choices.
    pub fn names(separator: &str) -> String {
        Layer::ALL.map(Layer::name).join(separator)
    }
}

impl fmt::Display for Layer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_map_to_their_layer() {
        assert_eq!(Layer::of_label("PER"), Some(Layer::Entities));
        assert_eq!(Layer::of_label("SET"), Some(Layer::Dates));
        assert_eq!(Layer::of_label("CASUALTY"), Some(Layer::Casualties));
        assert_eq!(Layer::of_label("GPE"), None);
    }

    #[test]
    fn names_and_aliases_parse_back() {
        for layer in Layer::ALL {
            assert_eq!(Layer::parse(layer.name()), Some(layer));
            assert_eq!(Layer::parse(&format!(" {} ", layer.name().to_uppercase())), Some(layer));
            for alias in layer.spec().aliases {
                assert_eq!(Layer::parse(alias), Some(layer), "{alias}");
            }
        }
        assert_eq!(Layer::parse("weapons"), None);
        assert_eq!(Layer::names(", "), "entities, dates, casualties");
    }

    #[test]
    fn names_labels_and_aliases_are_unique() {
        let mut words: Vec<&str> = SPECS.iter().flat_map(|s| s.aliases.iter().copied().chain([s.name])).collect();
        let mut labels: Vec<&str> = SPECS.iter().flat_map(|s| s.labels.iter().copied()).collect();
        let (n, m) = (words.len(), labels.len());
        words.sort_unstable();
        words.dedup();
        labels.sort_unstable();
        labels.dedup();
        assert_eq!((words.len(), labels.len()), (n, m), "a name or label belongs to two layers");
    }

    #[test]
    fn every_label_is_in_its_summary_and_has_a_colour() {
        for spec in SPECS {
            for label in spec.labels {
                assert!(spec.summary.split(' ').any(|w| w == *label), "{label} missing from {:?}", spec.summary);
                assert!(spec.colour(label).is_some_and(|(c, t)| c.starts_with('#') && t.starts_with('#')));
            }
        }
    }
}
