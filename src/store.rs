//! Imported corpora kept in the browser (IndexedDB) across reloads. One
//! object store, `corpora`; each record is one string, `id \n name \n
//! corpus JSON`, keyed by the id: plain text, so a record the app cannot
//! read is skipped rather than trusted. The empty id holds the built-in
//! corpus as the reader corrected it; only its corrections are read back.
//!
//! Every call reports failure as a message for the reader; a full store
//! (`QuotaExceededError`) says so in words.

use js_sys::Promise;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbRequest, IdbTransactionMode};

const DB: &str = "crossread";
const STORE: &str = "corpora";

/// Waits for a request's success (its result) or error (its name).
async fn done(req: &IdbRequest) -> Result<JsValue, String> {
    let promise = Promise::new(&mut |resolve, reject| {
        let ok = req.clone();
        let on_ok = Closure::once_into_js(move || {
            let _ = resolve.call1(&JsValue::NULL, &ok.result().unwrap_or_default());
        });
        let bad = req.clone();
        let on_err = Closure::once_into_js(move || {
            let name = bad
                .error()
                .ok()
                .flatten()
                .map_or_else(|| "UnknownError".into(), |e| e.name());
            let _ = reject.call1(&JsValue::NULL, &JsValue::from_str(&name));
        });
        req.set_onsuccess(Some(on_ok.unchecked_ref()));
        req.set_onerror(Some(on_err.unchecked_ref()));
    });
    JsFuture::from(promise)
        .await
        .map_err(|e| e.as_string().unwrap_or_else(|| "UnknownError".into()))
}

/// The name of a thrown DOMException (or its text).
fn thrown(e: JsValue) -> String {
    e.dyn_ref::<web_sys::DomException>()
        .map(|d| d.name())
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "UnknownError".into())
}

async fn open() -> Result<IdbDatabase, String> {
    let factory = web_sys::window()
        .and_then(|w| w.indexed_db().ok().flatten())
        .ok_or("this browser keeps no local storage here")?;
    let req = factory.open_with_u32(DB, 1).map_err(thrown)?;
    let upgrade = req.clone();
    let on_upgrade = Closure::once_into_js(move || {
        if let Ok(db) = upgrade.result().and_then(|r| r.dyn_into::<IdbDatabase>()) {
            let _ = db.create_object_store(STORE);
        }
    });
    req.set_onupgradeneeded(Some(on_upgrade.unchecked_ref()));
    done(&req)
        .await?
        .dyn_into::<IdbDatabase>()
        .map_err(|_| "the local store did not open".into())
}

/// Runs `f` on the store in a transaction and waits for its request.
async fn with_store(
    mode: IdbTransactionMode,
    f: impl FnOnce(&web_sys::IdbObjectStore) -> Result<IdbRequest, JsValue>,
) -> Result<JsValue, String> {
    let db = open().await?;
    let tx = db
        .transaction_with_str_and_mode(STORE, mode)
        .map_err(thrown)?;
    let store = tx.object_store(STORE).map_err(thrown)?;
    let req = f(&store).map_err(thrown)?;
    let out = match mode {
        // A write counts once its transaction commits: a full store
        // aborts the transaction, not always the request.
        IdbTransactionMode::Readwrite => committed(&tx).await,
        _ => done(&req).await,
    };
    db.close();
    out
}

/// Waits for a transaction to commit, or for the name of why it aborted.
async fn committed(tx: &web_sys::IdbTransaction) -> Result<JsValue, String> {
    let promise = Promise::new(&mut |resolve, reject| {
        let on_ok = Closure::once_into_js(move || {
            let _ = resolve.call0(&JsValue::NULL);
        });
        let bad = tx.clone();
        let on_abort = Closure::once_into_js(move || {
            let name = bad
                .error()
                .map_or_else(|| "AbortError".into(), |e| e.name());
            let _ = reject.call1(&JsValue::NULL, &JsValue::from_str(&name));
        });
        tx.set_oncomplete(Some(on_ok.unchecked_ref()));
        tx.set_onabort(Some(on_abort.unchecked_ref()));
    });
    JsFuture::from(promise)
        .await
        .map_err(|e| e.as_string().unwrap_or_else(|| "UnknownError".into()))
}

/// Words for a failed store call.
pub fn explain(error: &str) -> String {
    if error.contains("Quota") {
        "the browser's storage for this page is full".into()
    } else {
        format!("the browser's storage failed ({error})")
    }
}

/// Every kept corpus as (id, name, JSON), in id order.
pub async fn load_all() -> Result<Vec<(String, String, String)>, String> {
    let all = with_store(IdbTransactionMode::Readonly, |s| s.get_all()).await?;
    let list: js_sys::Array = all.dyn_into().unwrap_or_default();
    Ok(list
        .iter()
        .filter_map(|v| v.as_string())
        .filter_map(|s| {
            let mut parts = s.splitn(3, '\n');
            let (id, name, json) = (parts.next()?, parts.next()?, parts.next()?);
            Some((id.to_string(), name.to_string(), json.to_string()))
        })
        .collect())
}

/// Keeps (or replaces) a corpus.
pub async fn put(id: &str, name: &str, json: &str) -> Result<(), String> {
    let record = JsValue::from_str(&format!("{id}\n{name}\n{json}"));
    let key = JsValue::from_str(id);
    with_store(IdbTransactionMode::Readwrite, |s| {
        s.put_with_key(&record, &key)
    })
    .await
    .map(|_| ())
}

/// Forgets a corpus.
pub async fn delete(id: &str) -> Result<(), String> {
    let key = JsValue::from_str(id);
    with_store(IdbTransactionMode::Readwrite, |s| s.delete(&key))
        .await
        .map(|_| ())
}
