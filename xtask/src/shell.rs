//! Running commands with their output shown and failures turned into messages.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::Instant;

use crate::Result;

/// Runs `cmd` with inherited output; an error names the command if it fails.
pub fn run_cmd(cmd: &mut Command) -> Result {
    let status = cmd
        .status()
        .map_err(|err| format!("cannot start {}: {err}", describe(cmd)))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{} failed ({status})", describe(cmd)))
    }
}

/// Runs `cmd`, echoing its stdout line by line while keeping it for the caller to read;
/// returns the output and whether the command succeeded.
pub fn run_teed(cmd: &mut Command) -> Result<(String, bool)> {
    let mut child = cmd
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|err| format!("cannot start {}: {err}", describe(cmd)))?;
    let mut kept = String::new();
    if let Some(stdout) = child.stdout.take() {
        for line in BufReader::new(stdout)
            .lines()
            .map_while(std::result::Result::ok)
        {
            println!("{line}");
            kept.push_str(&line);
            kept.push('\n');
        }
    }
    let status = child
        .wait()
        .map_err(|err| format!("{} did not finish: {err}", describe(cmd)))?;
    Ok((kept, status.success()))
}

/// The stdout of `cmd` if it ran and succeeded.
pub fn output(cmd: &mut Command) -> Option<String> {
    let out = cmd.stderr(Stdio::null()).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

pub fn describe(cmd: &Command) -> String {
    let mut text = cmd.get_program().to_string_lossy().into_owned();
    for arg in cmd.get_args() {
        text.push(' ');
        text.push_str(&arg.to_string_lossy());
    }
    text
}

/// When the xtask started: step headers say how far in they are.
static STARTED: OnceLock<Instant> = OnceLock::new();

/// Starts the clock the step headers read.
pub fn start_clock() {
    STARTED.get_or_init(Instant::now);
}

/// Prints a step header with the minutes and seconds since the xtask started, so long logs
/// can be scanned and a slow step found.
pub fn step(title: &str) {
    let seconds = STARTED.get_or_init(Instant::now).elapsed().as_secs();
    println!("\n==> {title} [{}:{:02}]", seconds / 60, seconds % 60);
}
