//! `tageval score`, `eval` and `merge`.

use anyhow::Result;

use crate::args::{EvalArgs, MergeArgs, ScoreArgs};
use crate::Outcome;

/// Runs `tageval score`.
pub fn score(_args: &ScoreArgs) -> Result<Outcome> {
    anyhow::bail!("not wired yet")
}

/// Runs `tageval eval`.
pub fn eval(_args: &EvalArgs) -> Result<Outcome> {
    anyhow::bail!("not wired yet")
}

/// Runs `tageval merge`.
pub fn merge(_args: &MergeArgs) -> Result<Outcome> {
    anyhow::bail!("not wired yet")
}
