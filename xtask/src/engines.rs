//! The three browser engines readers use, and what each needs installed to be tested here:
//! Blink (Debian's Chromium), Gecko (Debian's Firefox ESR with geckodriver, compiled from
//! crates.io) and WebKit (WebKitGTK's WebKitWebDriver and MiniBrowser, which needs a display:
//! Xvfb). No browser is downloaded from anywhere else.

use std::path::Path;
use std::process::Command;

use crate::shell::{output, run_cmd, step};
use crate::tools::{self, cargo_install, cargo_tool};
use crate::{apt, Result};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    Chromium,
    Firefox,
    Webkit,
}

pub const ALL: [Engine; 3] = [Engine::Chromium, Engine::Firefox, Engine::Webkit];

pub const FIREFOX: &str = "/usr/bin/firefox-esr";
pub const WEBKIT_DRIVER: &str = "/usr/bin/WebKitWebDriver";
pub const MINIBROWSER: &str = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";
pub const XVFB: &str = "/usr/bin/Xvfb";
const GECKODRIVER_VERSION: &str = "0.37.1";

impl Engine {
    /// The name on the command line, in test names and in `docs/screenshots/<name>/`.
    pub fn name(self) -> &'static str {
        match self {
            Engine::Chromium => "chromium",
            Engine::Firefox => "firefox",
            Engine::Webkit => "webkit",
        }
    }

    pub fn parse(name: &str) -> Result<Engine> {
        ALL.into_iter()
            .find(|engine| engine.name() == name)
            .ok_or_else(|| format!("unknown engine {name:?}: use {}", names(&ALL)))
    }

    /// Installs what testing in this engine needs, skipping what is there.
    pub fn ensure(self) -> Result {
        match self {
            // Chromium is also what the Playwright suites and benchmarks use.
            Engine::Chromium => tools::ensure_test_tools(),
            Engine::Firefox => {
                ensure_packages(&[FIREFOX], &["firefox-esr"])?;
                ensure_geckodriver()
            }
            Engine::Webkit => ensure_packages(
                &[WEBKIT_DRIVER, MINIBROWSER, XVFB],
                &["webkit2gtk-driver", "xvfb"],
            ),
        }
    }

    /// Tells a `tests/engines/` script (launch.mjs) which engine to drive and where its
    /// browser and driver are.
    pub fn pass_paths(self, cmd: &mut Command) {
        cmd.env("CC_ENGINES", self.name())
            .env("CHROMIUM", tools::CHROMIUM)
            .env("CHROMEDRIVER", tools::CHROMEDRIVER)
            .env("FIREFOX", FIREFOX)
            .env("GECKODRIVER", geckodriver())
            .env("WEBKIT_DRIVER", WEBKIT_DRIVER)
            .env("MINIBROWSER", MINIBROWSER)
            .env("XVFB", XVFB);
    }

    /// What a run in this engine tests, with versions, for the log.
    pub fn describe(self) -> String {
        let version = |program: &str, arg: &str| {
            output(Command::new(program).arg(arg))
                .map(|text| text.lines().next().unwrap_or_default().trim().to_string())
                .unwrap_or_else(|| format!("{program}: version unknown"))
        };
        match self {
            Engine::Chromium => version(tools::CHROMIUM, "--version"),
            Engine::Firefox => format!(
                "{}, {}",
                version(FIREFOX, "--version"),
                version(&geckodriver().to_string_lossy(), "--version")
            ),
            Engine::Webkit => {
                let package = output(Command::new("dpkg-query").args([
                    "-W",
                    "-f",
                    "${Version}",
                    "libwebkit2gtk-4.1-0",
                ]))
                .unwrap_or_else(|| "unknown".into());
                format!("WebKitGTK {package} (MiniBrowser under Xvfb)")
            }
        }
    }
}

/// `chromium, firefox, webkit`.
pub fn names(engines: &[Engine]) -> String {
    engines
        .iter()
        .map(|engine| engine.name())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Where `cargo install` puts geckodriver.
pub fn geckodriver() -> std::path::PathBuf {
    cargo_tool("geckodriver")
}

fn ensure_packages(files: &[&str], packages: &[&str]) -> Result {
    if files.iter().all(|file| Path::new(file).exists()) {
        return Ok(());
    }
    step(&format!("installing Debian's {}", packages.join(", ")));
    apt::install(packages)
}

fn ensure_geckodriver() -> Result {
    let have = output(Command::new(geckodriver()).arg("--version")).unwrap_or_default();
    if have.starts_with(&format!("geckodriver {GECKODRIVER_VERSION}")) {
        return Ok(());
    }
    step(&format!(
        "installing geckodriver {GECKODRIVER_VERSION} (compiles from source: about a minute and a half)"
    ));
    run_cmd(&mut cargo_install(
        "geckodriver",
        GECKODRIVER_VERSION,
        &["--locked", "--force"],
    ))
}
