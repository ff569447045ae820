//! What Rust tells the page: new codes, and the app's events (the profile locked, quick copy
//! opened or closed, a link to preview). The page asks for them (`next_pushes`), and the answer
//! waits until there is something to tell. Tauri's events and channels would instead run a
//! script in the webview for each message, and the first such script starts a JavaScript
//! engine in Sesame's own process for its result: ~2 MiB more memory (bench/app).

use sesame_service::dto::{CodesSnapshot, Push};
use sesame_service::state::AppState;
use sesame_service::ticker::Ticker;
use std::collections::HashMap;
use std::mem::discriminant;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;
use tauri::{AppHandle, Manager, Runtime};
use tokio::sync::Notify;

/// An answer with nothing to tell after this long, so that no request waits on any timeout
/// between the page and Rust; the page asks again.
const MAX_WAIT: Duration = Duration::from_secs(25);

/// One page's subscription.
pub struct Subscription {
    id: u64,
    /// Events not yet told, the latest of each kind (they say what is, not what happened).
    events: Mutex<Vec<Push>>,
    told: Notify,
    ticker: tokio::sync::Mutex<Ticker>,
}

impl Subscription {
    fn events(&self) -> MutexGuard<'_, Vec<Push>> {
        self.events.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn tell(&self, push: Push) {
        let mut events = self.events();
        events.retain(|e| discriminant(e) != discriminant(&push));
        events.push(push);
        drop(events);
        self.told.notify_one();
    }

    /// What there is to tell: events as they came, then new codes, if any. Waits until there
    /// is something, or MAX_WAIT (then nothing).
    pub async fn next(&self, session: &AppState) -> Vec<Push> {
        let mut ticker = self.ticker.lock().await;
        // The last answer is on its way: its memory is free again.
        crate::heap::release_free();
        let until = tokio::time::Instant::now() + MAX_WAIT;
        loop {
            let mut pushes = std::mem::take(&mut *self.events());
            let (codes, wait) = ticker.poll(session);
            pushes.extend(codes.map(|snapshot| Push::Codes { snapshot }));
            if !pushes.is_empty() || tokio::time::Instant::now() >= until {
                return pushes;
            }
            tokio::select! {
                _ = tokio::time::sleep(wait.min(until - tokio::time::Instant::now())) => {}
                _ = ticker.changes() => {}
                _ = self.told.notified() => {}
            }
        }
    }
}

/// The subscription of each page, by its webview's label; a reloaded page's replaces the old.
#[derive(Default)]
pub struct Pages {
    subscriptions: Mutex<HashMap<String, Arc<Subscription>>>,
    last_id: AtomicU64,
}

impl Pages {
    fn map(&self) -> MutexGuard<'_, HashMap<String, Arc<Subscription>>> {
        self.subscriptions.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Subscribes the page in `label`: the codes now, and the subscription's number.
    pub fn subscribe(&self, label: &str, session: &AppState) -> (u64, CodesSnapshot) {
        let (snapshot, ticker) = Ticker::start(session);
        let id = self.last_id.fetch_add(1, Ordering::Relaxed) + 1;
        let subscription = Subscription {
            id,
            events: Mutex::default(),
            told: Notify::new(),
            ticker: tokio::sync::Mutex::new(ticker),
        };
        self.map().insert(label.to_owned(), Arc::new(subscription));
        (id, snapshot)
    }

    /// The page's subscription `id`, unless another replaced it (the page reloaded).
    pub fn get(&self, label: &str, id: u64) -> Option<Arc<Subscription>> {
        self.map().get(label).filter(|s| s.id == id).cloned()
    }

    pub fn stop(&self, label: &str) {
        self.map().remove(label);
    }

    pub fn tell(&self, label: &str, push: Push) {
        if let Some(subscription) = self.map().get(label) {
            subscription.tell(push);
        }
    }
}

/// Tells the main window's page.
pub fn tell<R: Runtime>(app: &AppHandle<R>, push: Push) {
    app.state::<Arc<Pages>>().tell("main", push);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(pushes: &[Push]) -> Vec<String> {
        pushes
            .iter()
            .map(|p| serde_json::to_value(p).expect("JSON")["kind"].to_string())
            .collect()
    }

    #[tokio::test]
    async fn tells_events_as_they_came_the_latest_of_each_kind() {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let session = AppState::start_in(Some(dir.path().to_owned()));
        let pages = Pages::default();
        let (id, snapshot) = pages.subscribe("main", &session);
        assert!(snapshot.codes.is_empty(), "no profile, no codes");
        let page = pages.get("main", id).expect("subscribed");
        pages.tell("main", Push::Status);
        pages.tell("main", Push::Link);
        pages.tell("main", Push::Status);
        pages.tell("other", Push::QuickClosed);
        assert_eq!(
            kinds(&page.next(&session).await),
            ["\"link\"", "\"status\""]
        );

        // A reloaded page subscribes again: the old subscription is gone.
        let (again, _) = pages.subscribe("main", &session);
        assert!(pages.get("main", id).is_none());
        assert!(pages.get("main", again).is_some());
        pages.stop("main");
        assert!(pages.get("main", again).is_none());
    }

    #[tokio::test(start_paused = true)]
    async fn waits_until_there_is_something_to_tell() {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let session = AppState::start_in(Some(dir.path().to_owned()));
        let pages = Pages::default();
        let (id, _) = pages.subscribe("main", &session);
        let page = pages.get("main", id).expect("subscribed");
        // Nothing happens: an empty answer after MAX_WAIT (the paused clock runs ahead).
        let started = tokio::time::Instant::now();
        assert!(page.next(&session).await.is_empty());
        assert!(started.elapsed() >= MAX_WAIT);
    }
}
