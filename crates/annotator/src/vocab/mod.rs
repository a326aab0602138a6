//! Vocabularies shared by more than one layer, so each word list exists once.
//!
//! The lists are data files under `vocab/data/`, compiled into the binary with
//! `include_str!` and parsed once on first use; [`table`] holds the one line format
//! they share.
//!
//! - [`numbers`]: cardinal and ordinal number words (`two`, `twenty`, `hundred`,
//!   `third`), read by the date grammar and by the casualty counts;
//! - [`calendar`]: month and weekday names, read by the date grammar and by the
//!   casualty rules (a number beside a month is a day or a year).

pub(crate) mod calendar;
pub(crate) mod numbers;
pub(crate) mod table;
