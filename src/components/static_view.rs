//! Renders a read-only view that the core built as an element tree
//! ([`crossread_core::view::html`]): one small DOM builder for every such
//! view, all text as text nodes. Choices inside these views are links to a
//! view state, so they need no event handlers.

use crate::state::{Filtered, View};
use crossread_core::corpus::Document;
use crossread_core::view::html::Html;
use crossread_core::view::ViewState;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

const SVG_NS: &str = "http://www.w3.org/2000/svg";

/// Builds DOM nodes for `tree`. Tag and attribute names come from the core;
/// every text becomes a text node, never markup.
fn build(tree: &Html, doc: &web_sys::Document) -> Option<web_sys::Node> {
    match tree {
        Html::Text(t) => Some(doc.create_text_node(t).unchecked_into()),
        Html::El(e) => {
            let el = if e.svg {
                doc.create_element_ns(Some(SVG_NS), e.tag).ok()?
            } else {
                doc.create_element(e.tag).ok()?
            };
            for (k, v) in &e.attrs {
                let _ = el.set_attribute(k, v);
            }
            for c in &e.children {
                if let Some(n) = build(c, doc) {
                    let _ = el.append_child(&n);
                }
            }
            Some(el.unchecked_into())
        }
    }
}

/// Brings `node`, drawn from `old`, to `new`, touching only what differs:
/// choosing an article changes a few links in a table of hundreds of rows,
/// and drawing it anew cost a layout of the page. An element whose tag
/// changed, and a form field that differs, are drawn anew (an attribute no
/// longer sets what a reader changed).
/// `None` when the DOM is not as `old` says.
fn patch(old: &Html, new: &Html, node: &web_sys::Node, doc: &web_sys::Document) -> Option<()> {
    if old == new {
        return Some(());
    }
    match (old, new) {
        (Html::Text(_), Html::Text(t)) => node.set_text_content(Some(t)),
        (Html::El(a), Html::El(b))
            if (a.tag, a.svg) == (b.tag, b.svg)
                && !matches!(a.tag, "input" | "select" | "textarea") =>
        {
            let el: &web_sys::Element = node.dyn_ref()?;
            for (k, _) in &a.attrs {
                if !b.attrs.iter().any(|(j, _)| j == k) {
                    let _ = el.remove_attribute(k);
                }
            }
            for kv in &b.attrs {
                if !a.attrs.contains(kv) {
                    let _ = el.set_attribute(kv.0, &kv.1);
                }
            }
            // The children both have are patched, new ones added at the end,
            // gone ones taken from it (the map gains its evidence after
            // its table: the table stays).
            let kids = node.child_nodes();
            for (i, y) in b.children.iter().enumerate() {
                match a.children.get(i) {
                    Some(x) => patch(x, y, &kids.item(i as u32)?, doc)?,
                    None => {
                        node.append_child(&build(y, doc)?).ok()?;
                    }
                }
            }
            for _ in b.children.len()..a.children.len() {
                node.remove_child(&node.last_child()?).ok()?;
            }
        }
        _ => {
            node.parent_node()?
                .replace_child(&build(new, doc)?, node)
                .ok()?;
        }
    }
    Some(())
}

/// Builds a view's tree; runs again whenever a signal it reads changes.
pub type Make = Box<dyn Fn() -> Html>;

/// A [`Make`] for an analysis view built from the filtered analysis and
/// the view state.
pub fn analysis(make: fn(&Document, &ViewState) -> Html) -> Make {
    let filtered = expect_context::<Filtered>();
    let view = expect_context::<View>();
    Box::new(move || filtered.0.with(|d| view.0.with(|v| make(d, v))))
}

/// A view the core builds; patched when what `make` reads changes. Keyboard
/// focus inside it survives when the focused element has an id.
#[component]
pub fn StaticView(
    /// Builds the tree.
    make: Make,
    /// Announce changes to screen readers (a polite live region).
    #[prop(optional)]
    live: bool,
) -> impl IntoView {
    let host = NodeRef::<leptos::html::Div>::new();
    // Returns the tree it drew, which the next run patches from.
    Effect::new(move |drawn: Option<Option<Html>>| {
        let tree = make();
        let (Some(div), Some(doc)) = (host.get(), web_sys::window().and_then(|w| w.document()))
        else {
            return None;
        };
        let focused = doc
            .active_element()
            .filter(|a| div.contains(Some(a)))
            .map(|a| a.id())
            .filter(|id| !id.is_empty());
        let patched = match (drawn.flatten(), div.first_child()) {
            (Some(old), Some(node)) => patch(&old, &tree, &node, &doc).is_some(),
            _ => false,
        };
        if !patched {
            div.set_text_content(None);
            if let Some(node) = build(&tree, &doc) {
                let _ = div.append_child(&node);
            }
        }
        if let Some(el) = focused
            .and_then(|id| doc.get_element_by_id(&id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
        Some(tree)
    });
    view! { <div class="static-view" node_ref=host aria-live=live.then_some("polite")></div> }
}
