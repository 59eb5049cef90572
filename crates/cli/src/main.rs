//! `crossread`: ingest, analyze and validate Crossread corpora from the
//! command line. A thin shell over `crossread-core`: it reads files, calls
//! the engine, and writes JSON to stdout and messages to stderr.
//!
//! Exit codes: 0 done (warnings allowed), 1 bad input, 2 bad usage.

use crossread_core::corpus::ingest::{ingest, Format, IngestOutput, RawFile, SourceMeta};
use crossread_core::corpus::{CorpusError, Document};
use crossread_core::correction;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "\
crossread: explore how several outlets covered one story

Usage:
  crossread ingest FOLDER [--meta FILE.toml] [-o OUT.json]
      Raw article files (.txt, .md, .html) in FOLDER to a corpus document.
  crossread analyze INPUT
      A corpus JSON file, one article file, or a folder of them, to the
      analysis document on stdout.
  crossread validate FILE
      Checks a corpus or analysis JSON file, and that its corrections
      apply in order to a fresh analysis of its articles.
  crossread synth --articles N [--seed S] [-o OUT.json]
      A synthetic corpus of N made-up news articles (about 3.7 KB each),
      the same for the same seed (default 42), for benchmarks.
  crossread --help

Exit codes: 0 done (warnings on stderr), 1 bad input, 2 bad usage.
";

/// Why the command stopped.
enum Failure {
    /// The command line is wrong: exit 2 with the usage.
    Usage(String),
    /// An input is wrong or unreadable: exit 1.
    Input(String),
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Usage(msg)) => {
            eprintln!("crossread: {msg}\n\n{USAGE}");
            ExitCode::from(2)
        }
        Err(Failure::Input(msg)) => {
            eprintln!("crossread: {msg}");
            ExitCode::from(1)
        }
    }
}

fn run(args: &[String]) -> Result<(), Failure> {
    let Some(command) = args.first() else {
        return Err(Failure::Usage("missing command".into()));
    };
    let rest = &args[1..];
    if rest.iter().any(|a| a == "--help" || a == "-h")
        || matches!(command.as_str(), "--help" | "-h" | "help")
    {
        return out(USAGE);
    }
    match command.as_str() {
        "ingest" => cmd_ingest(rest),
        "analyze" => cmd_analyze(rest),
        "validate" => cmd_validate(rest),
        "synth" => cmd_synth(rest),
        "--version" | "-V" => out(&format!("crossread {}\n", env!("CARGO_PKG_VERSION"))),
        other => Err(Failure::Usage(format!("unknown command \"{other}\""))),
    }
}

/// Writes to stdout; a closed pipe is not a panic.
fn out(text: &str) -> Result<(), Failure> {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Failure::Input(format!("cannot write to stdout: {e}"))),
    }
}

fn warn_all(warnings: &[String]) {
    for w in warnings {
        eprintln!("warning: {w}");
    }
}

/// Positional arguments and `--flag value` pairs.
type Args<'a> = (Vec<&'a str>, Vec<(&'a str, &'a str)>);

/// Splits `args` into positional arguments and `--flag value` pairs.
fn parse_args<'a>(args: &'a [String], flags: &[&str]) -> Result<Args<'a>, Failure> {
    let mut positional = Vec::new();
    let mut given = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if flags.contains(&a.as_str()) {
            let Some(v) = it.next() else {
                return Err(Failure::Usage(format!("{a} needs a value")));
            };
            given.push((a.as_str(), v.as_str()));
        } else if a.starts_with('-') && a.len() > 1 {
            return Err(Failure::Usage(format!("unknown option \"{a}\"")));
        } else {
            positional.push(a.as_str());
        }
    }
    Ok((positional, given))
}

fn one_positional<'a>(positional: &[&'a str], what: &str) -> Result<&'a str, Failure> {
    match positional {
        [one] => Ok(one),
        [] => Err(Failure::Usage(format!("missing {what}"))),
        [_, extra, ..] => Err(Failure::Usage(format!("unexpected argument \"{extra}\""))),
    }
}

fn display_name(path: &Path) -> String {
    path.display().to_string()
}

fn read_text(path: &Path) -> Result<String, Failure> {
    let bytes = std::fs::read(path)
        .map_err(|e| Failure::Input(format!("{}: cannot read: {e}", display_name(path))))?;
    String::from_utf8(bytes).map_err(|e| {
        Failure::Input(format!(
            "{}: not UTF-8 text (invalid byte at offset {})",
            display_name(path),
            e.utf8_error().valid_up_to()
        ))
    })
}

/// The entries of a folder, sorted by name.
fn folder_entries(dir: &Path) -> Result<Vec<PathBuf>, Failure> {
    let read = std::fs::read_dir(dir)
        .map_err(|e| Failure::Input(format!("{}: cannot read folder: {e}", display_name(dir))))?;
    let mut paths = Vec::new();
    for entry in read {
        let entry = entry.map_err(|e| {
            Failure::Input(format!("{}: cannot read folder: {e}", display_name(dir)))
        })?;
        paths.push(entry.path());
    }
    paths.sort();
    Ok(paths)
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| display_name(path))
}

fn raw_file(path: &Path) -> Result<RawFile, Failure> {
    let bytes = std::fs::read(path)
        .map_err(|e| Failure::Input(format!("{}: cannot read: {e}", display_name(path))))?;
    RawFile::from_bytes(&file_name(path), &bytes)
        .map_err(|e| Failure::Input(format!("{}: {e}", parent_prefix(path))))
}

/// The folder part of a path, for messages that already name the file.
fn parent_prefix(path: &Path) -> String {
    path.parent()
        .map(|p| p.display().to_string())
        .filter(|p| !p.is_empty())
        .unwrap_or_else(|| ".".into())
}

/// Article files of a folder, in name order; other files are skipped with
/// a warning, `.json` files are returned separately when `json` is set.
fn article_files(dir: &Path, json: bool) -> Result<(Vec<RawFile>, Vec<PathBuf>), Failure> {
    let mut files = Vec::new();
    let mut jsons = Vec::new();
    for path in folder_entries(dir)? {
        let name = file_name(&path);
        if path.is_dir() || name.starts_with('.') {
            continue;
        }
        if Format::from_name(&name).is_some() {
            files.push(raw_file(&path)?);
        } else if json && name.to_ascii_lowercase().ends_with(".json") {
            jsons.push(path);
        } else {
            eprintln!(
                "warning: {}: not a .txt, .md or .html file; skipped",
                display_name(&path)
            );
        }
    }
    Ok((files, jsons))
}

/// The sidecar as TOML: the engine's [`SourceMeta`] with serde's reader,
/// which the engine leaves out to keep the browser build small.
mod sidecar {
    use crossread_core::corpus::ingest;
    use serde::Deserialize;

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct SourceMeta {
        #[serde(default)]
        articles: std::collections::BTreeMap<String, ArticleMeta>,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct ArticleMeta {
        outlet: Option<String>,
        published: Option<String>,
        url: Option<String>,
        wire_agency: Option<String>,
    }

    impl From<SourceMeta> for ingest::SourceMeta {
        fn from(m: SourceMeta) -> Self {
            let articles = m.articles.into_iter().map(|(id, a)| {
                let meta = ingest::ArticleMeta {
                    outlet: a.outlet,
                    published: a.published,
                    url: a.url,
                    wire_agency: a.wire_agency,
                };
                (id, meta)
            });
            ingest::SourceMeta {
                articles: articles.collect(),
            }
        }
    }
}

fn read_meta(path: &Path) -> Result<SourceMeta, Failure> {
    let text = read_text(path)?;
    let meta: sidecar::SourceMeta = toml::from_str(&text).map_err(|e| {
        let place = e
            .span()
            .map(|span| {
                let (line, column) = line_column(&text, span.start);
                format!("line {line}, column {column}: ")
            })
            .unwrap_or_default();
        Failure::Input(format!(
            "{}: {place}{}",
            display_name(path),
            e.message().trim().lines().collect::<Vec<_>>().join("; ")
        ))
    })?;
    Ok(meta.into())
}

/// 1-based line and column (in characters) of a byte offset.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let column = before
        .rsplit('\n')
        .next()
        .map(|l| l.chars().count())
        .unwrap_or(0)
        + 1;
    (line, column)
}

fn cmd_ingest(args: &[String]) -> Result<(), Failure> {
    let (positional, flags) = parse_args(args, &["--meta", "-o", "--output"])?;
    let folder = Path::new(one_positional(&positional, "FOLDER of raw files")?);
    if !folder.is_dir() {
        return Err(Failure::Input(format!(
            "{}: not a folder",
            display_name(folder)
        )));
    }
    let mut meta = None;
    let mut output = None;
    for (flag, value) in flags {
        match flag {
            "--meta" => meta = Some(read_meta(Path::new(value))?),
            _ => output = Some(PathBuf::from(value)),
        }
    }
    let (files, _) = article_files(folder, false)?;
    let IngestOutput { document, warnings } = ingest(&files, meta.as_ref());
    warn_all(&warnings);
    let json = document.to_json();
    match output {
        Some(path) => std::fs::write(&path, json)
            .map_err(|e| Failure::Input(format!("{}: cannot write: {e}", display_name(&path)))),
        None => out(&json),
    }
}

fn read_document(path: &Path) -> Result<Document, Failure> {
    let text = read_text(path)?;
    Document::from_json(&text)
        .map_err(|e: CorpusError| Failure::Input(format!("{}: {e}", display_name(path))))
}

/// Merges `more` into `doc` as the app's import does, renaming clashing
/// ids with `-2`, `-3`, … and warning on stderr.
fn merge(doc: &mut Document, more: Document, source: &Path) {
    let mut warnings = Vec::new();
    crossread_core::corpus::import::add_articles(doc, &display_name(source), more, &mut warnings);
    for w in warnings {
        eprintln!("warning: {w}");
    }
}

fn cmd_analyze(args: &[String]) -> Result<(), Failure> {
    let (positional, _) = parse_args(args, &[])?;
    let input = Path::new(one_positional(
        &positional,
        "INPUT (corpus JSON, article file or folder)",
    )?);
    let doc = if input.is_dir() {
        let (files, jsons) = article_files(input, true)?;
        let IngestOutput {
            mut document,
            warnings,
        } = ingest(&files, None);
        warn_all(&warnings);
        for path in jsons {
            let more = read_document(&path)?;
            merge(&mut document, more, &path);
        }
        document
    } else if input
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("json"))
    {
        read_document(input)?
    } else if input.is_file() {
        let IngestOutput { document, warnings } = ingest(&[raw_file(input)?], None);
        warn_all(&warnings);
        document
    } else {
        return Err(Failure::Input(format!(
            "{}: no such file or folder",
            display_name(input)
        )));
    };
    // Corrections apply to the fresh analysis; those that no longer do are
    // kept, with a warning, so that nothing the reader did is lost.
    let mut doc = doc;
    let corrections = std::mem::take(&mut doc.corrections);
    let mut doc = crossread_core::analyze(doc);
    for (i, e) in correction::apply_all(&mut doc, &corrections) {
        eprintln!(
            "warning: {}: corrections[{i}] ({}) does not apply: {e}",
            display_name(input),
            corrections[i].kind()
        );
    }
    doc.corrections = corrections;
    doc.validate()
        .map_err(|e| Failure::Input(format!("{}: {e}", display_name(input))))?;
    out(&doc.to_json())
}

fn cmd_validate(args: &[String]) -> Result<(), Failure> {
    let (positional, _) = parse_args(args, &[])?;
    let path = Path::new(one_positional(&positional, "FILE to validate")?);
    let mut doc = read_document(path)?;
    let n = doc.articles.len();
    let corrections = std::mem::take(&mut doc.corrections);
    if corrections.is_empty() {
        return out(&format!("ok: {n} articles\n"));
    }
    // Corrections are made over the engine's analysis of the articles.
    let mut fresh = crossread_core::analyze(doc);
    for (i, c) in corrections.iter().enumerate() {
        correction::apply(&mut fresh, c).map_err(|e| {
            Failure::Input(format!(
                "{}: corrections[{i}] ({}) does not apply to the analysis of its articles: {e}",
                display_name(path),
                c.kind()
            ))
        })?;
    }
    out(&format!(
        "ok: {n} articles, {} corrections\n",
        corrections.len()
    ))
}

/// The most articles `synth` writes (about 3.7 GB of JSON).
const MAX_SYNTH: usize = 1_000_000;

fn cmd_synth(args: &[String]) -> Result<(), Failure> {
    let (positional, flags) = parse_args(args, &["--articles", "--seed", "-o", "--output"])?;
    if let Some(extra) = positional.first() {
        return Err(Failure::Usage(format!("unexpected argument \"{extra}\"")));
    }
    let mut articles = None;
    let mut seed = 42u64;
    let mut output = None;
    for (flag, value) in flags {
        match flag {
            "--articles" => {
                articles = Some(
                    value
                        .parse::<usize>()
                        .ok()
                        .filter(|&n| n <= MAX_SYNTH)
                        .ok_or_else(|| {
                            Failure::Usage(format!(
                                "--articles takes a number from 0 to {MAX_SYNTH}, not \"{value}\""
                            ))
                        })?,
                )
            }
            "--seed" => {
                seed = value.parse().map_err(|_| {
                    Failure::Usage(format!("--seed takes a whole number, not \"{value}\""))
                })?
            }
            _ => output = Some(PathBuf::from(value)),
        }
    }
    let Some(articles) = articles else {
        return Err(Failure::Usage("missing --articles N".into()));
    };
    let doc = crossread_core::synth::corpus(articles, seed);
    eprintln!(
        "crossread synth: {articles} articles, seed {seed}, mean length {:.0} bytes (headline + body)",
        crossread_core::synth::mean_bytes(&doc)
    );
    let json = doc.to_json();
    match output {
        Some(path) => std::fs::write(&path, json)
            .map_err(|e| Failure::Input(format!("{}: cannot write: {e}", display_name(&path)))),
        None => out(&json),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_column_counts_from_one() {
        assert_eq!(line_column("ab\ncd", 4), (2, 2));
        assert_eq!(line_column("", 9), (1, 1));
    }

    #[test]
    fn flags_need_values() {
        let args = vec!["x".to_string(), "-o".to_string()];
        assert!(matches!(parse_args(&args, &["-o"]), Err(Failure::Usage(_))));
    }
}
