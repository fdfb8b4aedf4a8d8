//! The `sentinel` binary: all logic lives in the library; see `sentinel::cli`.

fn main() -> std::process::ExitCode {
    sentinel::cli::main()
}
