//! Label mapping: renames labels of other tag sets (`GPE=LOC`) or drops them
//! (`CARDINAL=O`) before scoring.

use std::collections::BTreeMap;
use std::str::FromStr;

use crate::errors::{Error, Result};

/// A set of label renames, written `FROM=TO,FROM=TO`.
///
/// A target of `O` or nothing drops the label: spans carrying it are ignored, as if
/// they had never been there. Labels without a rule stay as they are.
///
/// ```
/// let map: scorer::LabelMap = "GPE=LOC, PERSON=PER, CARDINAL=O".parse().unwrap();
/// assert_eq!(map.map("GPE"), Some("LOC"));
/// assert_eq!(map.map("ORG"), Some("ORG"));
/// assert_eq!(map.map("CARDINAL"), None);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LabelMap {
    rules: BTreeMap<String, Option<String>>,
}

impl LabelMap {
    /// The empty mapping (every label stays).
    pub fn new() -> Self {
        LabelMap::default()
    }

    /// Parses `FROM=TO[,FROM=TO…]`; blanks around names are ignored.
    pub fn parse(spec: &str) -> Result<Self> {
        let mut map = LabelMap::new();
        for rule in spec.split(',').map(str::trim).filter(|r| !r.is_empty()) {
            let (from, to) = rule.split_once('=').ok_or_else(|| Error::BadMapping(rule.to_string()))?;
            let (from, to) = (from.trim(), to.trim());
            if from.is_empty() {
                return Err(Error::BadMapping(rule.to_string()));
            }
            map.insert(from, (!to.is_empty() && to != "O").then_some(to));
        }
        Ok(map)
    }

    /// Adds a rule: `from` becomes `to`, or is dropped when `to` is `None`.
    pub fn insert(&mut self, from: &str, to: Option<&str>) {
        self.rules.insert(from.to_string(), to.map(str::to_string));
    }

    /// The label `label` becomes; `None` when it is dropped.
    pub fn map<'a>(&'a self, label: &'a str) -> Option<&'a str> {
        match self.rules.get(label) {
            Some(to) => to.as_deref(),
            None => Some(label),
        }
    }

    /// True when there are no rules.
    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }
}

impl FromStr for LabelMap {
    type Err = Error;

    fn from_str(spec: &str) -> Result<Self> {
        LabelMap::parse(spec)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_renames_and_drops() {
        let map = LabelMap::parse("GPE=LOC,PERSON=PER,NORP=MISC,DATE=,X=O").expect("valid");
        assert_eq!(map.map("GPE"), Some("LOC"));
        assert_eq!(map.map("PERSON"), Some("PER"));
        assert_eq!(map.map("NORP"), Some("MISC"));
        assert_eq!(map.map("DATE"), None);
        assert_eq!(map.map("X"), None);
        assert_eq!(map.map("LOC"), Some("LOC"));
        assert!(LabelMap::parse("").expect("empty is fine").is_empty());
    }

    #[test]
    fn rejects_rules_without_equals_or_source() {
        assert_eq!(LabelMap::parse("GPE"), Err(Error::BadMapping("GPE".into())));
        assert_eq!(LabelMap::parse("=LOC"), Err(Error::BadMapping("=LOC".into())));
    }
}
