//! Installing Debian packages. Several work trees (and their `cargo xtask test` runs) share a
//! machine, so an install waits for another one's dpkg lock instead of failing on it.

use std::process::Command;
use std::time::{Duration, Instant};

use crate::shell::{describe, output, run_cmd};
use crate::Result;

/// How long to wait for another apt or dpkg run to finish.
const LOCK_WAIT: Duration = Duration::from_secs(600);

/// Installs `packages` with apt-get, as root or through sudo. The package lists are
/// refreshed first only when one of the packages has no install candidate in them.
pub fn install(packages: &[&str]) -> Result {
    if !all_known(packages) {
        update_lists()?;
    }
    let timeout = format!("DPkg::Lock::Timeout={}", LOCK_WAIT.as_secs());
    let mut args = vec![
        "-o",
        &timeout,
        "install",
        "-y",
        "-qq",
        "--no-install-recommends",
    ];
    args.extend_from_slice(packages);
    run_cmd(&mut apt_get(&args)).map_err(|err| format!("{err}\n(apt-get needs root or sudo)"))
}

/// Whether apt knows an install candidate for every package.
fn all_known(packages: &[&str]) -> bool {
    let policy = output(
        Command::new("apt-cache")
            .arg("policy")
            .args(packages)
            .env("LC_ALL", "C"),
    )
    .unwrap_or_default();
    let candidates = policy
        .lines()
        .filter_map(|line| line.trim().strip_prefix("Candidate: "))
        .filter(|candidate| *candidate != "(none)")
        .count();
    candidates == packages.len()
}

/// `apt-get update`. DPkg::Lock::Timeout covers dpkg's locks but not the lock on the package
/// lists, which another run's update may hold: that case is tried again until `LOCK_WAIT`.
fn update_lists() -> Result {
    let timeout = format!("DPkg::Lock::Timeout={}", LOCK_WAIT.as_secs());
    let started = Instant::now();
    loop {
        let mut cmd = apt_get(&["-o", &timeout, "update", "-qq"]);
        let out = cmd
            .env("LC_ALL", "C")
            .output()
            .map_err(|err| format!("cannot start {}: {err}", describe(&cmd)))?;
        let errors = String::from_utf8_lossy(&out.stderr);
        print!("{}{errors}", String::from_utf8_lossy(&out.stdout));
        if out.status.success() {
            return Ok(());
        }
        if !errors.contains("Could not get lock") || started.elapsed() > LOCK_WAIT {
            return Err(format!("{} failed ({})", describe(&cmd), out.status));
        }
        println!("another apt-get holds the package lists; trying again shortly");
        std::thread::sleep(Duration::from_secs(3));
    }
}

fn apt_get(args: &[&str]) -> Command {
    let as_root = output(Command::new("id").arg("-u")).is_some_and(|uid| uid.trim() == "0");
    let mut cmd = if as_root {
        Command::new("apt-get")
    } else {
        let mut sudo = Command::new("sudo");
        sudo.arg("apt-get");
        sudo
    };
    cmd.args(args).env("DEBIAN_FRONTEND", "noninteractive");
    cmd
}
