//! The corpora a reader has side by side: the one the app ships, always
//! first, and those imported, kept in the browser ([`crate::store`]). The
//! URL names the one shown (`corpus=`); an import that goes wrong changes
//! none of them.

use crate::state::{Corpus, View};
use crate::store;
use crossread_core::corpus::import::{Import, Started};
use crossread_core::corpus::Document;
use crossread_core::correction::{self, Correction};
use crossread_core::pipeline::{Pipeline, Progress};
use crossread_core::view::corrections::{describe, follow};
use crossread_core::view::filtered_to;
use crossread_core::view::lists::plural;
use crossread_core::view::ViewState;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// One corpus of the library.
#[derive(Clone)]
pub struct Entry {
    /// Its id in the URL and the store; empty for the shipped corpus.
    pub id: String,
    /// Its name, as the reader gave or changed it.
    pub name: String,
    /// The analysed corpus.
    pub corpus: Corpus,
}

/// What the library is doing or has to say.
#[derive(Clone, Default, PartialEq)]
pub struct Status {
    /// Work under way ("Reading 3 of 40 files…").
    pub busy: Option<String>,
    /// Bad input and storage failures, each naming its file or corpus.
    pub errors: Vec<String>,
    /// The last thing done, with an undo when it was a deletion.
    pub notice: Option<String>,
    /// Whether the notice offers Undo.
    pub undo: bool,
}

/// The library, shared by context.
#[derive(Clone, Copy)]
pub struct Library {
    /// The corpora, the shipped one first.
    pub entries: RwSignal<Vec<Entry>>,
    /// Progress, errors and the last notice.
    pub status: RwSignal<Status>,
    /// Fires when a corpus is corrected, so the page shows it afresh.
    pub corrected: Trigger,
    deleted: StoredValue<Option<(usize, Entry)>>,
}

/// Runs a stepped analysis in slices ([`slice`]), letting the browser
/// paint and answer input between them, and reports progress after each.
pub async fn run_in_slices(run: Pipeline, say: &dyn Fn(Progress)) -> Document {
    let mut run = run.with_batch(1);
    let mut p = run.progress();
    // The last slice goes straight on to the result: "done" is not news.
    while !run.is_done()
        && !slice(|| {
            p = run.step();
            run.is_done()
        })
    {
        say(p);
        yield_to_browser().await;
    }
    run.finish()
}

/// Calls `step` until it says it is done or about 25 ms have passed: a
/// slice of long work between two chances for the browser to paint and
/// answer. True when done.
pub fn slice(mut step: impl FnMut() -> bool) -> bool {
    let start = js_sys::Date::now();
    while js_sys::Date::now() - start < 25.0 {
        if step() {
            return true;
        }
    }
    false
}

/// Lets the browser paint and handle input before the next piece of work.
pub async fn yield_to_browser() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback(&resolve);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

impl Library {
    /// A library holding the shipped corpus; imported ones load later
    /// ([`Library::load`]).
    pub fn new(shipped: Corpus) -> Self {
        let n = shipped.document().map_or(0, |d| d.articles.len());
        Library {
            entries: RwSignal::new(vec![Entry {
                id: String::new(),
                name: format!("Built-in corpus ({n} articles)"),
                corpus: shipped,
            }]),
            status: RwSignal::new(Status::default()),
            corrected: Trigger::new(),
            deleted: StoredValue::new(None),
        }
    }

    /// The entry with this id (`None`: the shipped corpus), if present.
    pub fn find(&self, id: Option<&str>) -> Option<Entry> {
        let id = id.unwrap_or_default();
        self.entries
            .with_untracked(|e| e.iter().find(|x| x.id == id).cloned())
    }

    /// Reads the kept corpora from the browser's store.
    pub fn load(self) {
        spawn_local(async move {
            let Ok(records) = store::load_all().await else {
                // No store here (a private window, or file:// in some
                // browsers): imports still work for this visit.
                return;
            };
            let mut loaded = Vec::new();
            for (id, name, json) in records {
                if id.is_empty() {
                    // The corrections of the shipped corpus.
                    if let (Ok(kept), Some(mut doc)) =
                        (Document::from_json(&json), self.document(""))
                    {
                        correction::apply_all(&mut doc, &kept.corrections);
                        doc.corrections = kept.corrections;
                        self.commit(id, doc, false);
                    }
                    continue;
                }
                if let Ok(doc) = Document::from_json(&json) {
                    loaded.push(Entry {
                        id,
                        name,
                        corpus: Corpus::new(Ok(doc)),
                    });
                }
                yield_to_browser().await;
            }
            self.entries.update(|e| e.extend(loaded));
        });
    }

    fn say(&self, f: impl FnOnce(&mut Status)) {
        self.status.update(f);
    }

    /// Imports picked or dropped files and pasted text as a new corpus and
    /// shows it; reports every file that could not go in.
    pub fn import(self, files: Vec<web_sys::File>, pasted: Option<String>, view: View) {
        spawn_local(async move {
            self.status.set(Status::default());
            let mut import = Import::default();
            let total = files.len();
            let mut first = None;
            // The progress line and a pause for the browser every 25 ms or
            // so, not after every file: thousands of small files go in faster.
            let mut shown = f64::MIN;
            for (i, file) in files.iter().enumerate() {
                let name = file.name();
                if js_sys::Date::now() - shown > 25.0 {
                    self.say(|s| {
                        s.busy = Some(format!("Reading file {} of {total}: {name}", i + 1))
                    });
                    yield_to_browser().await;
                    shown = js_sys::Date::now();
                }
                if import.refuse_large(&name, file.size() as usize) {
                    continue;
                }
                let bytes = match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
                    Ok(buf) => js_sys::Uint8Array::new(&buf).to_vec(),
                    Err(_) => {
                        self.say(|s| {
                            s.errors
                                .push(format!("{name}: the browser could not read it"))
                        });
                        continue;
                    }
                };
                if import.add_file(&name, &bytes) && first.is_none() {
                    first = Some(name);
                }
            }
            if let Some(text) = pasted {
                if import.add_pasted(&text) && first.is_none() {
                    first = Some("Pasted text".into());
                }
            }
            let accepted = import.accepted();
            let mut errors = self.status.with_untracked(|s| s.errors.clone());
            let document = match import.start() {
                Started::Done(done) => {
                    errors.extend(done.errors);
                    done.document
                }
                Started::Run(run, more) => {
                    errors.extend(more);
                    let say = |p: Progress| {
                        self.say(|s| {
                            s.busy = Some(format!(
                                "Analysing: {}, {} of {}",
                                p.stage.name(),
                                p.done,
                                p.total
                            ))
                        })
                    };
                    Some(run_in_slices(*run, &say).await)
                }
            };
            let Some(doc) = document else {
                self.status.set(Status {
                    errors,
                    notice: Some("Nothing was imported; the corpora you had are unchanged.".into()),
                    ..Status::default()
                });
                return;
            };
            let n = doc.articles.len();
            let name = match (first, accepted) {
                (Some(f), 1) => stem(&f),
                (Some(f), k) => format!("{} and {} more", stem(&f), k - 1),
                (None, _) => "Imported".into(),
            };
            let id = format!("c{}", js_sys::Date::now() as u64);
            // The last pieces, each in a task of its own (seconds apiece for
            // a big import): the JSON to keep, the search index and table.
            self.say(|s| s.busy = Some("Preparing the views".into()));
            yield_to_browser().await;
            let json = doc.to_json();
            yield_to_browser().await;
            let corpus = Corpus::new(Ok(doc));
            yield_to_browser().await;
            self.entries.update(|e| {
                e.push(Entry {
                    id: id.clone(),
                    name: name.clone(),
                    corpus,
                })
            });
            let skipped = if errors.is_empty() {
                String::new()
            } else {
                format!("; {} skipped", errors.len())
            };
            self.status.set(Status {
                errors,
                notice: Some(format!(
                    "Imported \u{201c}{name}\u{201d}: {}{skipped}.",
                    plural(n, "article", "articles")
                )),
                ..Status::default()
            });
            show(view, Some(id.clone()));
            if let Err(e) = store::put(&id, &name, &json).await {
                self.keep_failed(&name, &e);
            }
        });
    }

    fn keep_failed(&self, name: &str, error: &str) {
        let msg = format!(
            "\u{201c}{name}\u{201d} stays open for this visit but is not kept for the next: {}. Delete a corpus you no longer need to make room.",
            store::explain(error)
        );
        self.say(|s| s.errors.push(msg));
    }

    /// Shows `doc` as corpus `id` from now on and, when `keep`, keeps it
    /// (the shipped corpus under the empty id, for its corrections).
    fn commit(self, id: String, doc: Document, keep: bool) {
        let json = keep.then(|| doc.to_json());
        let mut name = String::new();
        let mut doc = Some(doc);
        self.entries.update(|e| {
            if let (Some(x), Some(d)) = (e.iter_mut().find(|x| x.id == id), doc.take()) {
                x.corpus = Corpus::new(Ok(d));
                name.clone_from(&x.name);
            }
        });
        self.corrected.notify();
        if let Some(json) = json {
            self.store(id, name, json);
        }
    }

    /// Keeps a corpus in the browser's store, or says it could not.
    fn store(self, id: String, name: String, json: String) {
        spawn_local(async move {
            if let Err(e) = store::put(&id, &name, &json).await {
                self.keep_failed(&name, &e);
            }
        });
    }

    /// A copy of the document of corpus `id`, if it is there.
    fn document(&self, id: &str) -> Option<Document> {
        let entry = self.find(Some(id))?;
        let doc = entry.corpus.document()?;
        // The whole document, through the copy the filters make.
        let all: Vec<usize> = (0..doc.articles.len()).collect();
        Some(filtered_to(doc, &all))
    }

    /// Applies a correction to the corpus shown, keeps it, and says so with
    /// an Undo; says why when it does not apply.
    pub fn correct(self, c: Correction, view: View) {
        let id = current(view);
        let Some(mut doc) = self.document(&id) else {
            return;
        };
        if let Err(e) = correction::apply(&mut doc, &c) {
            self.status.set(Status {
                errors: vec![format!("That correction was not made: {e}.")],
                ..Status::default()
            });
            return;
        }
        let said = describe(&c);
        let mut next = view.0.get_untracked();
        follow(&mut next, &c);
        doc.corrections.push(c);
        self.deleted.set_value(None);
        self.status.set(Status {
            notice: Some(format!("Corrected: {said}.")),
            undo: true,
            ..Status::default()
        });
        self.commit(id, doc, true);
        view.replace(next);
    }

    /// Takes back correction `index` (the last when `None`) of the corpus
    /// shown: the analysis is made afresh and the others applied again.
    pub fn uncorrect(self, index: Option<usize>, view: View) {
        let id = current(view);
        spawn_local(async move {
            let Some(mut doc) = self.document(&id) else {
                return;
            };
            let i = index.unwrap_or(doc.corrections.len().wrapping_sub(1));
            if i >= doc.corrections.len() {
                return;
            }
            let gone = describe(&doc.corrections.remove(i));
            self.status.set(Status {
                busy: Some("Undoing the correction…".into()),
                ..Status::default()
            });
            // Afresh, in slices: a big corpus takes a while.
            let doc = run_in_slices(Pipeline::from_document(doc), &|_| {}).await;
            self.status.set(Status {
                notice: Some(format!("Undone: {gone}.")),
                ..Status::default()
            });
            self.commit(id, doc, true);
        });
    }

    /// Renames a corpus (not the shipped one).
    pub fn rename(self, id: String, name: String) {
        let name = name.replace(['\n', '\r'], " ").trim().to_string();
        if id.is_empty() || name.is_empty() {
            return;
        }
        let mut corpus = None;
        self.entries.update(|e| {
            if let Some(x) = e.iter_mut().find(|x| x.id == id) {
                x.name = name.clone();
                corpus = Some(x.corpus.clone());
            }
        });
        self.say(|s| {
            *s = Status {
                notice: Some(format!("Renamed to \u{201c}{name}\u{201d}.")),
                ..Status::default()
            }
        });
        if let Some(doc) = corpus.as_ref().and_then(Corpus::document) {
            self.store(id, name, doc.to_json());
        }
    }

    /// Deletes a corpus (not the shipped one), with Undo until the next
    /// deletion; shows the shipped corpus if it was the one shown.
    pub fn delete(self, id: String, view: View) {
        if id.is_empty() {
            return;
        }
        let mut gone = None;
        self.entries.update(|e| {
            if let Some(i) = e.iter().position(|x| x.id == id) {
                gone = Some((i, e.remove(i)));
            }
        });
        let Some((i, entry)) = gone else { return };
        let name = entry.name.clone();
        self.deleted.set_value(Some((i, entry)));
        self.status.set(Status {
            notice: Some(format!("Deleted \u{201c}{name}\u{201d}.")),
            undo: true,
            ..Status::default()
        });
        if view
            .0
            .with_untracked(|v| v.corpus.as_deref() == Some(id.as_str()))
        {
            show(view, None);
        }
        spawn_local(async move {
            let _ = store::delete(&id).await;
        });
    }

    /// Brings back the last deleted corpus, and shows it; or takes back the
    /// last correction when that was the last thing done.
    pub fn undo(self, view: View) {
        let Some((i, entry)) = self.deleted.try_update_value(Option::take).flatten() else {
            self.uncorrect(None, view);
            return;
        };
        let (id, name) = (entry.id.clone(), entry.name.clone());
        let corpus = entry.corpus.clone();
        self.entries.update(|e| e.insert(i.min(e.len()), entry));
        self.status.set(Status {
            notice: Some(format!("Restored \u{201c}{name}\u{201d}.")),
            ..Status::default()
        });
        show(view, Some(id.clone()));
        if let Some(doc) = corpus.document() {
            self.store(id, name, doc.to_json());
        }
    }
}

/// A file name without its extension, as a corpus name.
fn stem(name: &str) -> String {
    match name.rsplit_once('.') {
        Some((s, _)) if !s.is_empty() => s.to_string(),
        _ => name.to_string(),
    }
}

/// The id of the corpus shown (empty for the shipped one).
fn current(view: View) -> String {
    view.0
        .with_untracked(|v| v.corpus.clone().unwrap_or_default())
}

/// Shows a corpus from its start (a new history entry).
pub fn show(view: View, id: Option<String>) {
    view.navigate(ViewState {
        corpus: id,
        ..ViewState::default()
    });
}

/// The files of a file input or a drop.
pub fn files_of(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(list) = list else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}
