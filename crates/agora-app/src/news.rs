//! News of a contribution for its author: what others did to it (taken up, published, sent
//! back, commented), on the account page always and by mail when an SMTP server is set up; only
//! to an author who may still open it.

use agora_core::contribution::{Contribution, Event};
use agora_core::policy::ContributionState;
use agora_store::ContributionFilter;

use crate::contributions::may_see_proposal;
use crate::{App, Caller, Error};

/// Contributions whose news an account's page shows at most, and the news at most.
const NEWS_FROM: usize = 20;
pub const NEWS: usize = 10;

/// What others did to the contributions the caller wrote: the steps and comments of editors
/// (and co-authors) on the caller's latest contributions, newest first. The account page shows
/// them, mail or no mail.
pub async fn news(app: &App, who: &Caller<'_>) -> Result<Vec<(Contribution, Event)>, Error> {
    let me = who.account()?.id;
    let filter = ContributionFilter {
        author_id: Some(me),
        ..ContributionFilter::default()
    };
    let mine = app.store.contributions(&filter).await?;
    let registry = app.registry().await?;
    let mut news = Vec::new();
    // Only what the caller may open now (a former secretariat no longer reads its forum's
    // contributions; a document made confidential since is not theirs to read).
    let may_open = |c: &Contribution| {
        who.viewer.may_open_contributions_of(&c.forum) && may_see_proposal(app, &registry, who, c)
    };
    for c in mine.into_iter().filter(|c| may_open(c)).take(NEWS_FROM) {
        let Some(full) = app.store.contribution(c.id).await? else {
            continue;
        };
        for e in &full.events {
            if e.actor_id != me {
                news.push((full.clone(), e.clone()));
            }
        }
    }
    news.sort_by(|a, b| b.1.at.cmp(&a.1.at));
    news.truncate(NEWS);
    Ok(news)
}

/// Tells a contribution's author that someone else moved it: by mail when an SMTP server is set
/// up (their account page lists it either way). A mail that cannot be sent is logged.
pub(crate) async fn tell_author(
    app: &App,
    who: &Caller<'_>,
    c: &Contribution,
    to: ContributionState,
    comment: &str,
) {
    let Some(mailer) = &app.mailer else {
        return;
    };
    if who.account.map(|a| a.id) == Some(c.author_id) {
        return;
    }
    let author = match app.store.account_by_id(c.author_id).await {
        Ok(Some(a)) if !a.disabled => a,
        Ok(_) => return,
        Err(e) => {
            tracing::warn!(error = %e, "the author of a contribution could not be read");
            return;
        }
    };
    let Ok(registry) = app.registry().await else {
        return;
    };
    // Only an author who may still open it is told (the mail names it and quotes the editor).
    let viewer = agora_core::policy::Viewer::with_roles(author.roles.iter().cloned());
    let as_author = Caller {
        account: Some(&author),
        viewer: &viewer,
        locale: who.locale,
    };
    if !viewer.may_open_contributions_of(&c.forum)
        || !may_see_proposal(app, &registry, &as_author, c)
    {
        return;
    }
    // Written in the language the author last used the site in; in the language of the page
    // the step was taken on when Agora does not know it (an author who never signed in).
    let locale = match app.store.account_language(author.id).await {
        Ok(Some(code)) => agora_i18n::Locale::from_code(&code).unwrap_or(who.locale),
        Ok(None) => who.locale,
        Err(e) => {
            tracing::warn!(error = %e, "the language of a contribution's author could not be read");
            who.locale
        }
    };
    let forum = registry
        .forum_name_in(&c.forum, &locale.content_chain())
        .0
        .to_owned();
    let status = to.as_str();
    let (subject, body) = crate::mail::Moved {
        title: &c.title,
        forum: &forum,
        status,
        comment,
        link: app
            .public_url
            .link(&format!("{}/contributions/{}", locale.prefix(), c.id)),
    }
    .write(locale);
    mailer.send_later(author.email.to_string(), subject, body);
}
