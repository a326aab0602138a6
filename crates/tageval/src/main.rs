//! `tageval`: the command-line tool. Parses arguments, turns them into validated
//! settings, runs the library crates, and maps errors to exit codes
//! (0 ok, 1 a check failed, 2 an input or usage error).

mod annotate;
mod args;
mod config;
mod html;
mod input;
mod output;
mod progress;
mod scoring;
mod suite;
mod totals;

use std::process::ExitCode;

use clap::Parser;

use crate::args::{Cli, Command};

/// How a command ended without an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Everything went well.
    Ok,
    /// A requested check (such as `--min-f1`) failed.
    CheckFailed,
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            // `--help >/dev/full`: help that could not be written is a failure.
            let printed = err.print().and_then(|()| std::io::Write::flush(&mut std::io::stdout()));
            return if err.use_stderr() || printed.is_err() { ExitCode::from(2) } else { ExitCode::SUCCESS };
        }
    };
    // Ctrl-C or SIGTERM: remove the temporary outputs not yet renamed into place
    // (and keep any from being renamed), then exit as a shell expects (128 + SIGINT).
    let handler = ctrlc::set_handler(|| {
        let _held = reader::shared::remove_temporaries();
        match output::resuming() {
            Some(partial) => {
                eprintln!("tageval: interrupted; the output so far is in {}: run the same command to continue", partial.display())
            }
            None => eprintln!("tageval: interrupted; no output written"),
        }
        std::process::exit(130);
    });
    if let Err(err) = handler {
        eprintln!("tageval: warning: cannot catch Ctrl-C ({err}); an interrupted run may leave a temporary file");
    }
    progress::set_quiet(cli.quiet);
    input::set_conll_file_ids(cli.conll_file_ids);
    let result = match cli.command {
        Command::Annotate(args) => annotate::run(&args),
        Command::Eval(args) => scoring::eval(&args),
        Command::Score(args) => scoring::score(&args),
        Command::Merge(args) => scoring::merge(&args),
        Command::Compare(args) => scoring::compare(&args),
        Command::Report(args) => html::run(&args),
        Command::Convert(args) => annotate::convert(&args),
        Command::Train(args) => annotate::train(&args),
        Command::NewSuite(args) => suite::run(&args),
    };
    match result {
        Ok(Outcome::Ok) => ExitCode::SUCCESS,
        Ok(Outcome::CheckFailed) => ExitCode::from(1),
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("tageval: {err:#}");
            ExitCode::from(2)
        }
    }
}

/// A closed pipe on output (`tageval annotate … | head`) is not an error.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause.downcast_ref::<std::io::Error>().is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
            || cause.downcast_ref::<reader::Error>().is_some_and(reader::Error::is_broken_pipe)
    })
}
