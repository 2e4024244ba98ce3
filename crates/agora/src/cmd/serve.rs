//! `agora serve`: the web interface and the JSON API.

use std::net::SocketAddr;
use std::process::ExitCode;

use agora_store::OpenMode;
use anyhow::Context;

/// Serve the pages and the API. On first start, creates the data directory and loads the
/// built-in dataset. Stops gracefully on SIGTERM or Ctrl-C, finishing the requests in flight.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The address to listen on (port 0 picks a free port and prints it).
    #[arg(long, default_value = "127.0.0.1:8080", env = "AGORA_LISTEN")]
    pub listen: SocketAddr,

    #[command(flatten)]
    pub site: super::Site,

    /// How many passwords are checked at once (Argon2id, 19 MiB and a core each; four times as
    /// many wait their turn, the rest get 503). Default: one per core.
    #[arg(long, env = "AGORA_PASSWORD_CHECKS", value_parser = clap::value_parser!(u16).range(1..=256))]
    pub password_checks: Option<u16>,

    /// A reverse proxy in front of Agora (repeatable, or comma-separated in the variable): the
    /// address it says it forwarded for (`X-Forwarded-For`) is the client's, for the sign-in
    /// throttle and the audit log. No other peer's header is believed.
    #[arg(
        long = "trusted-proxy",
        env = "AGORA_TRUSTED_PROXIES",
        value_delimiter = ','
    )]
    pub trusted_proxies: Vec<std::net::IpAddr>,

    /// An SMTP server to hand mail to (news of contributions to their authors, links to set a
    /// new password), as HOST:PORT, in plain SMTP: a relay on this machine or network that
    /// delivers onwards (Postfix, the organisation's mail server). Without it no mail is sent:
    /// people read the news on their account page, and an operator gives password links
    /// (`agora user link`).
    #[arg(long, env = "AGORA_SMTP", requires = "mail_from")]
    pub smtp: Option<String>,

    /// The address mail comes from, perhaps with a name: "Agora <agora@example.org>".
    #[arg(long, env = "AGORA_MAIL_FROM")]
    pub mail_from: Option<String>,

    /// Networks that may read /metrics: addresses or CIDR networks (repeatable, or
    /// comma-separated in the variable). Default: this machine (127.0.0.1 and ::1). Behind a
    /// proxy, the client is the one a trusted proxy names.
    #[arg(
        long = "metrics-from",
        env = "AGORA_METRICS_FROM",
        value_delimiter = ','
    )]
    pub metrics_from: Vec<String>,

    /// Seconds that requests in flight may take to finish after SIGTERM or Ctrl-C.
    #[arg(long, default_value_t = agora_web::SHUTDOWN_GRACE.as_secs(), env = "AGORA_SHUTDOWN_GRACE")]
    pub shutdown_grace: u64,
}

pub async fn run(place: &super::Place, args: Args) -> anyhow::Result<ExitCode> {
    init_logging();
    place.reach_objects().await?;
    let store = place.open(OpenMode::CreateIfMissing).await?;
    let data_dir = place.describe();
    let first_start = store.is_empty().await?;
    if first_start {
        let (dataset, _, _) = super::load_builtin(place, store.as_ref(), &|_| {}).await?;
        tracing::info!(
            fora = dataset.fora.len(),
            memberships = dataset.memberships.len(),
            "first start: loaded the built-in dataset into {}",
            data_dir
        );
    }
    let store_backend = store.backend();
    let index = super::open_index(place)?;
    claim_index(&index).await?;
    if first_start {
        agora_search::follow::catch_up(store.as_ref(), &index, &agora_core::kind::builtin())
            .await
            .context("indexing the built-in dataset")?;
    }
    let mut state =
        agora_web::AppState::new(store.clone(), place.blobs(store.as_ref())?, index, None)
            .await
            .context("reading the registry")?
            // Uploaded PDFs are read in a child process, as `agora ingest` reads them.
            .with_pdf_reader(super::ingest::pdf_reader()?);
    if let (Some(server), Some(from)) = (&args.smtp, &args.mail_from) {
        let mailer = agora_app::mail::Mailer::new(server, from)
            .map_err(|e| anyhow::anyhow!("--smtp / --mail-from: {e}"))?;
        state = state.with_mailer(mailer);
        tracing::info!(smtp = %server, "mail goes through this SMTP server");
    }
    state.trusted_proxies = args.trusted_proxies.into();
    if !args.metrics_from.is_empty() {
        let allowed = agora_core::policy::OperatorNetworks::parse(&args.metrics_from)
            .map_err(|e| anyhow::anyhow!("--metrics-from: {e}"))?;
        state.metrics_from = std::sync::Arc::new(allowed);
    }
    if let Some(n) = args.password_checks {
        let n = usize::from(n);
        state.hashing = std::sync::Arc::new(agora_web::auth::Hashing::new(n, 4 * n));
    }
    tokio::spawn(release_embargoes(state.clone()));
    tokio::spawn(forget_stale(state.clone()));
    tokio::spawn(follow_change_log(state.clone()));
    tokio::spawn(remind_overdue_reports(state.clone()));
    let listener = tokio::net::TcpListener::bind(args.listen)
        .await
        .with_context(|| format!("listening on {}", args.listen))?;
    let addr = listener.local_addr()?;
    let public_url = args.site.for_server(addr);
    state = state.with_public_url(public_url.clone());
    if let Err(e) = super::record_serving(&place.data_dir, &public_url) {
        tracing::warn!(error = %e, "could not record the address served on (agora user links will not use it)");
    }
    // The one line a person or a test script looks for.
    println!("agora serving on http://{addr}");
    tracing::info!(%addr, data = %data_dir, backend = store_backend, "serving");
    let grace = std::time::Duration::from_secs(args.shutdown_grace);
    agora_web::serve(listener, state, shutdown_signal(), grace)
        .await
        .context("serving")?;
    tracing::info!("stopped");
    Ok(ExitCode::SUCCESS)
}

/// Takes the search index's writer, waiting a little for a CLI command that holds it briefly
/// (an ingest indexing what it added).
async fn claim_index(index: &agora_search::SearchIndex) -> anyhow::Result<()> {
    for _ in 0..60 {
        match index.claim() {
            Ok(()) => return Ok(()),
            Err(agora_search::SearchError::Busy(_)) => {
                tokio::time::sleep(std::time::Duration::from_millis(500)).await
            }
            Err(e) => return Err(e).context("opening the search index for writing"),
        }
    }
    anyhow::bail!(
        "the search index in {} is held by another process (another `agora serve` on the same data directory, or an `agora reindex`)",
        index.dir().display()
    )
}

/// The search index follows the change log: at start (catching up after a crash or a CLI
/// write) and then every second. Searches also catch it up to the registry before answering.
async fn follow_change_log(state: agora_web::AppState) {
    let mut tick = tokio::time::interval(std::time::Duration::from_secs(1));
    loop {
        tick.tick().await;
        let started = std::time::Instant::now();
        match state.catch_up_index().await {
            Ok(0) => {}
            Ok(n) => tracing::info!(
                changes = n,
                ms = started.elapsed().as_millis() as u64,
                "search index caught up"
            ),
            Err(e) => {
                tracing::error!(error = %e, "the search index could not follow the change log")
            }
        }
    }
}

/// Participants-only documents become public on their embargo day by themselves (the access
/// policy reads the day); this logs each such change, at start and then every minute.
async fn release_embargoes(state: agora_web::AppState) {
    let mut tick = tokio::time::interval(std::time::Duration::from_secs(60));
    loop {
        tick.tick().await;
        match state.store.release_embargoes(state.today()).await {
            Ok(ids) if !ids.is_empty() => {
                tracing::info!(documents = ?ids, "embargo ended: public from today")
            }
            Ok(_) => {}
            Err(e) => tracing::error!(error = %e, "could not log the end of embargoes"),
        }
    }
}

/// The states that owe reports of a reporting cycle past its deadline are reminded once, by mail
/// to their focal points (or in the log without an SMTP server): looked at on start and every
/// hour.
async fn remind_overdue_reports(state: agora_web::AppState) {
    let mut tick = tokio::time::interval(std::time::Duration::from_secs(3600));
    loop {
        tick.tick().await;
        match agora_app::cycles::remind_overdue(&state).await {
            Ok(sent) if !sent.is_empty() => {
                tracing::info!(reminders = sent.len(), "overdue reports: states reminded")
            }
            Ok(_) => {}
            Err(e) => tracing::error!(error = %e, "could not remind the states owing reports"),
        }
    }
}

/// Every minute: sign-in counters whose window has passed, and devices no longer remembered,
/// are forgotten (the throttle needs only the last window; a burst of made-up e-mails must not
/// leave rows behind for ever); so are the notes of uploads abandoned a day ago, with their
/// files if nothing holds them.
async fn forget_stale(state: agora_web::AppState) {
    let mut tick = tokio::time::interval(std::time::Duration::from_secs(60));
    loop {
        tick.tick().await;
        let window = agora_core::throttle::PER_ACCOUNT.window_seconds();
        let before = agora_core::time::now_secs() - window;
        if let Err(e) = state.store.forget_stale_sign_ins(before).await {
            tracing::error!(error = %e, "could not forget stale sign-in counters");
        }
        match agora_app::uploads::sweep_abandoned(&state).await {
            Ok(removed) if !removed.is_empty() => {
                tracing::info!(
                    files = removed.len(),
                    "removed the files of abandoned uploads"
                )
            }
            Ok(_) => {}
            Err(e) => tracing::error!(error = %e, "could not sweep abandoned uploads"),
        }
    }
}

fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_env("AGORA_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_target(false)
        .try_init();
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
    tracing::info!("shutting down: finishing requests in flight");
}
