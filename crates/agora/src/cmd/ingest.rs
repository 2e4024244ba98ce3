//! `agora ingest`: files and folders into the document library. Each file is read, its type found
//! from its content, its text extracted, its bytes stored by SHA-256 in the blob store, and its
//! record written with a change-log entry; a file that fails is reported at the end with its
//! reason, and the others go on. Running it again adds nothing: a file is known by its content.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use agora_app::ingest::{Item, Outcome, batch_end, store_batches};
use agora_core::document::{DocKind, DocVisibility};
use agora_core::{ForumId, Lang, PartialDate, ThemeId};
use agora_ingest::documents::DocOptions;
use agora_store::Store;
use anyhow::{Context, bail};

/// Ingest documents: text, Markdown, HTML, DOCX and PDF files, or folders of them.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Files or folders (read recursively; hidden files are skipped).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// The forum the documents belong to (repeatable).
    #[arg(long = "forum", required = true)]
    pub fora: Vec<String>,
    /// declaration, action_plan, meeting_report, summary_report, background_paper, study,
    /// statement, recommendations or other.
    #[arg(long)]
    pub kind: String,
    /// The language (ISO 639, e.g. en, fr, es, ar, ru, zh); detected from the text when not given.
    #[arg(long)]
    pub lang: Option<String>,
    /// public, participants (of the first --forum), participants:FORUM, or confidential.
    #[arg(long, default_value = "public")]
    pub visibility: String,
    /// For participants-only documents: the day they become public by themselves (YYYY-MM-DD).
    #[arg(long)]
    pub public_from: Option<String>,
    /// The documents' date (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long)]
    pub date: Option<String>,
    /// The meeting the documents come from, in words.
    #[arg(long)]
    pub meeting: Option<String>,
    /// Where the documents were published.
    #[arg(long)]
    pub source_url: Option<String>,
    /// A theme of the vocabulary (repeatable).
    #[arg(long = "theme")]
    pub themes: Vec<String>,
}

/// Every file under the paths, folders read recursively in name order, hidden files skipped.
fn files(paths: &[PathBuf]) -> anyhow::Result<Vec<PathBuf>> {
    fn walk(p: &Path, out: &mut Vec<PathBuf>) -> anyhow::Result<()> {
        let meta = std::fs::metadata(p).with_context(|| format!("reading {}", p.display()))?;
        if meta.is_dir() {
            let mut entries: Vec<PathBuf> = std::fs::read_dir(p)
                .with_context(|| format!("reading the folder {}", p.display()))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|e| {
                    !e.file_name()
                        .is_some_and(|n| n.to_string_lossy().starts_with('.'))
                })
                .collect();
            entries.sort();
            for e in entries {
                walk(&e, out)?;
            }
        } else {
            out.push(p.to_owned());
        }
        Ok(())
    }
    let mut out = Vec::new();
    for p in paths {
        walk(p, &mut out)?;
    }
    Ok(out)
}

fn options(args: &Args) -> anyhow::Result<DocOptions> {
    let fora: Vec<ForumId> = args
        .fora
        .iter()
        .map(|f| f.parse().with_context(|| format!("--forum {f}")))
        .collect::<anyhow::Result<_>>()?;
    let public_from = match &args.public_from {
        Some(d) => Some(
            d.parse()
                .map_err(|e| anyhow::anyhow!("--public-from: {e}"))?,
        ),
        None => None,
    };
    let visibility = match args.visibility.split_once(':') {
        None if args.visibility == "public" => DocVisibility::Public,
        None if args.visibility == "confidential" => DocVisibility::Confidential,
        None if args.visibility == "participants" => DocVisibility::Participants {
            forum: fora[0].clone(),
            public_from,
        },
        Some(("participants", f)) => DocVisibility::Participants {
            forum: f
                .parse()
                .with_context(|| format!("--visibility {}", args.visibility))?,
            public_from,
        },
        _ => bail!(
            "--visibility {}: use public, participants, participants:FORUM or confidential",
            args.visibility
        ),
    };
    if public_from.is_some() && !matches!(visibility, DocVisibility::Participants { .. }) {
        bail!("--public-from is for participants-only documents");
    }
    Ok(DocOptions {
        id: None,
        fora,
        kind: DocKind::parse(&args.kind).with_context(|| {
            format!(
                "--kind {}: use one of {}",
                args.kind,
                DocKind::ALL.map(DocKind::as_str).join(", ")
            )
        })?,
        lang: match &args.lang {
            Some(l) => Some(Lang::parse(l).with_context(|| format!("--lang {l}"))?),
            None => None,
        },
        title: None,
        visibility,
        date: match &args.date {
            Some(d) => Some(
                d.parse::<PartialDate>()
                    .map_err(|e| anyhow::anyhow!("--date: {e}"))?,
            ),
            None => None,
        },
        meeting: args.meeting.clone(),
        source_url: args.source_url.clone(),
        about: Default::default(),
        pdf: Some(pdf_reader()?),
        themes: args
            .themes
            .iter()
            .map(|t| t.parse::<ThemeId>().with_context(|| format!("--theme {t}")))
            .collect::<anyhow::Result<_>>()?,
    })
}

pub async fn run(place: &super::Place, args: Args) -> anyhow::Result<ExitCode> {
    let options = options(&args)?;
    let store = super::open_existing(place).await?;
    let catalogue = store.catalogue().await?;
    for f in options.fora.iter().chain(match &options.visibility {
        DocVisibility::Participants { forum, .. } => Some(forum),
        _ => None,
    }) {
        if !catalogue.fora.contains(f) {
            bail!("unknown forum '{f}'");
        }
    }
    for t in &options.themes {
        if !catalogue.themes.contains(t) {
            bail!("unknown theme '{t}'");
        }
    }
    let blobs = place.blobs(store.as_ref())?;
    let files = files(&args.paths)?;
    let bar = super::progress_bar(files.len(), "ingesting");
    let (mut added, mut updated, mut unchanged) = (0, 0, 0);
    let mut failed: Vec<(PathBuf, String)> = Vec::new();
    let mut unreadable: Vec<(PathBuf, String)> = Vec::new();
    // Files are read as their batch comes up.
    let count = files.len();
    let mut next = 0;
    let batches = std::iter::from_fn(|| {
        let start = next;
        next = batch_end(start, count, |i| {
            std::fs::metadata(&files[i]).map_or(0, |m| m.len())
        });
        let (mut items, mut paths) = (Vec::new(), Vec::new());
        for path in &files[start..next] {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            match read_limited(path) {
                Ok(bytes) => {
                    items.push(Item {
                        name,
                        bytes,
                        options: options.clone(),
                    });
                    paths.push(path.clone());
                }
                Err(e) => unreadable.push((path.clone(), format!("{e:#}"))),
            }
        }
        (next > start).then(|| ((paths, next - start), items))
    });
    let mut done = 0;
    store_batches(
        &store,
        &blobs,
        &catalogue,
        batches,
        "ingest",
        |(paths, files_in_chunk), results| {
            for (path, result) in paths.into_iter().zip(results) {
                match result {
                    Ok((_, Outcome::Added)) => added += 1,
                    Ok((_, Outcome::Updated)) => updated += 1,
                    Ok((_, Outcome::Unchanged)) => unchanged += 1,
                    Err(e) => failed.push((path, format!("{e:#}"))),
                }
            }
            done += files_in_chunk;
            bar.set_position(done as u64);
        },
    )
    .await?;
    failed.extend(unreadable);
    failed.sort();
    bar.finish_and_clear();
    println!(
        "{count} file(s): {added} added, {updated} updated, {unchanged} unchanged, {} failed",
        failed.len()
    );
    for (path, why) in &failed {
        println!("failed: {}: {why}", path.display());
    }
    super::index_now(place, store.as_ref()).await?;
    Ok(if failed.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(crate::EXIT_DATA)
    })
}

/// PDFs are read by this same program in a child process (`agora extract-pdf`), with memory and
/// CPU limits and a 10-second timeout.
pub fn pdf_reader() -> anyhow::Result<agora_extract::PdfReader> {
    Ok(agora_extract::PdfReader {
        program: std::env::current_exe().context("finding this program for the PDF reader")?,
        args: vec!["extract-pdf".into()],
        timeout: std::time::Duration::from_secs(10),
    })
}

/// A file's bytes, refused before reading when it is larger than the extractor takes.
fn read_limited(path: &Path) -> anyhow::Result<Vec<u8>> {
    let len = std::fs::metadata(path)?.len();
    let max = agora_ingest::documents::MAX_BYTES;
    if len > max as u64 {
        bail!("the file is larger than {} MB", max / 1024 / 1024);
    }
    Ok(std::fs::read(path)?)
}

/// Load the built-in documents (the library of a fresh install); how many were added.
pub async fn load_builtin(place: &super::Place, store: &dyn Store) -> anyhow::Result<usize> {
    Ok(agora_app::ingest::load_builtin(store, &place.blobs(store)?).await?)
}
