use std::process::ExitCode;

fn main() -> ExitCode {
    let (mut out, mut err) = (std::io::stdout().lock(), std::io::stderr().lock());
    let mut io = isnad::cli::Io::std(&mut out, &mut err);
    ExitCode::from(isnad::cli::run(std::env::args_os(), &mut io) as u8)
}
