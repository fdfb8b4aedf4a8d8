//! `sentinel pins list|accept|reset`: inspect and manage tool-definition pins (SEC-18).

use crate::pins::{self, PinFile, PinStore};
use std::path::PathBuf;
use std::process::ExitCode;

/// `sentinel pins …`.
#[derive(Debug, Clone, clap::Args)]
pub struct PinsArgs {
    /// What to do.
    #[command(subcommand)]
    pub action: PinsAction,
}

/// Which upstream's pins (the same `--target` as `sentinel proxy`, or a pin file).
#[derive(Debug, Clone, clap::Args)]
pub struct PinsTarget {
    /// The pin file (as given to `sentinel proxy --pin-file`). Env: SENTINEL_MCP_PIN_FILE.
    #[arg(long, value_name = "PATH")]
    pub pin_file: Option<PathBuf>,
    /// The upstream exactly as given to `sentinel proxy --target …` (must come last).
    #[arg(long, value_name = "CMD [ARGS]...", num_args = 1.., allow_hyphen_values = true)]
    pub target: Vec<String>,
}

/// `pins` subcommands.
#[derive(Debug, Clone, clap::Subcommand)]
pub enum PinsAction {
    /// List pinned tools and changes waiting to be accepted (all upstreams if none named).
    List(PinsTarget),
    /// Accept changed definitions (of the named tools, or all) as the new pins.
    Accept {
        /// Tools to accept (default: every pending change).
        tools: Vec<String>,
        /// The upstream.
        #[command(flatten)]
        which: PinsTarget,
    },
    /// Forget pins (of the named tools, or all): they are pinned afresh on next sight.
    Reset {
        /// Tools to forget (default: all of this upstream).
        tools: Vec<String>,
        /// The upstream.
        #[command(flatten)]
        which: PinsTarget,
    },
}

fn env(k: &str) -> Option<String> {
    std::env::var(k).ok()
}

fn path_of(which: &PinsTarget) -> Result<Option<PathBuf>, String> {
    if let Some(p) = which.pin_file.clone().or_else(|| {
        env("SENTINEL_MCP_PIN_FILE")
            .filter(|s| !s.is_empty())
            .map(PathBuf::from)
    }) {
        return Ok(Some(p));
    }
    if which.target.is_empty() {
        return Ok(None);
    }
    pins::default_pin_path(&which.target, &env)
        .map(Some)
        .map_err(|e| e.to_string())
}

fn print_file(path: &std::path::Path, f: &PinFile) {
    println!("{}  ({})", f.target, path.display());
    for (name, pin) in &f.tools {
        let state = if f.pending.contains_key(name) {
            "CHANGED (run `sentinel pins accept` to trust)"
        } else {
            "pinned"
        };
        println!("  {name}  {}  {state}", &pin.hash[..16.min(pin.hash.len())]);
    }
}

/// Runs `sentinel pins …`.
pub fn main(args: PinsArgs) -> ExitCode {
    match run(args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("sentinel: {e}");
            ExitCode::from(2)
        }
    }
}

fn run(args: PinsArgs) -> Result<(), String> {
    match args.action {
        PinsAction::List(which) => match path_of(&which)? {
            Some(path) => {
                let s =
                    PinStore::open(&path, &which.target.join(" ")).map_err(|e| e.to_string())?;
                print_file(&path, s.file());
                Ok(())
            }
            None => {
                let dir = crate::policy::config::data_dir(&env)
                    .ok_or("no data directory: set XDG_DATA_HOME or HOME")?
                    .join("pins");
                let Ok(entries) = std::fs::read_dir(&dir) else {
                    println!("no pins yet ({})", dir.display());
                    return Ok(());
                };
                let mut paths: Vec<PathBuf> = entries
                    .filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.extension().is_some_and(|x| x == "json"))
                    .collect();
                paths.sort();
                for p in paths {
                    match PinStore::open(&p, "?") {
                        Ok(s) => print_file(&p, s.file()),
                        Err(e) => eprintln!("sentinel: {e}"),
                    }
                }
                Ok(())
            }
        },
        PinsAction::Accept { tools, which } => {
            let path = path_of(&which)?.ok_or("name the upstream with --target … or --pin-file")?;
            let mut s =
                PinStore::open(&path, &which.target.join(" ")).map_err(|e| e.to_string())?;
            let done = s.accept(&tools);
            s.save().map_err(|e| e.to_string())?;
            if done.is_empty() {
                println!("nothing to accept");
            } else {
                println!("accepted: {}", done.join(", "));
            }
            Ok(())
        }
        PinsAction::Reset { tools, which } => {
            let path = path_of(&which)?.ok_or("name the upstream with --target … or --pin-file")?;
            let mut s =
                PinStore::open(&path, &which.target.join(" ")).map_err(|e| e.to_string())?;
            s.reset(&tools);
            s.save().map_err(|e| e.to_string())?;
            println!("reset {}", path.display());
            Ok(())
        }
    }
}
