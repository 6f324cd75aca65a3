//! Docs that are checked: every subcommand and flag is in the README's CLI reference.

use clap::CommandFactory;

#[test]
fn every_subcommand_and_flag_is_documented_in_the_readme() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let cli = isnad::cli::Cli::command();
    for sub in cli.get_subcommands() {
        let name = sub.get_name();
        assert!(
            readme.contains(&format!("### `isnad {name}")),
            "README has no section for `isnad {name}`"
        );
        for arg in sub.get_arguments() {
            if let Some(long) = arg.get_long() {
                assert!(
                    readme.contains(&format!("--{long}")),
                    "README does not mention `isnad {name} --{long}`"
                );
            }
        }
        for inner in sub.get_subcommands() {
            let inner = inner.get_name();
            assert!(
                readme.contains(&format!("`isnad {name} {inner}")),
                "README does not mention `isnad {name} {inner}`"
            );
        }
    }
}

#[test]
fn help_runs_for_every_subcommand() {
    let w = crate::Work::new();
    for sub in [
        "import", "extract", "articles", "claims", "speakers", "check", "diff",
    ] {
        let run = w.run(&[sub, "--help"]);
        assert_eq!(run.code, 0, "{}", run.all());
        assert!(run.stdout.contains("Usage: isnad"), "{}", run.stdout);
    }
    for sub in ["show", "alias", "merge"] {
        let run = w.run(&["speakers", sub, "--help"]);
        assert_eq!(run.code, 0, "{}", run.all());
        assert!(
            run.stdout.contains(&format!("Usage: isnad speakers {sub}")),
            "{}",
            run.stdout
        );
    }
    let run = w.run(&["frobnicate"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("unrecognized subcommand 'frobnicate'"));
}
