//! `tageval report`: placeholder, being written.

use anyhow::Result;

use crate::args::HtmlArgs;
use crate::Outcome;

/// Runs `tageval report`.
pub fn run(_args: &HtmlArgs) -> Result<Outcome> {
    anyhow::bail!("the HTML report is not built yet")
}
