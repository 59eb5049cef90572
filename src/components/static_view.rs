//! Renders a read-only view that the core built as an element tree
//! ([`crossread_core::view::html`]): one small DOM builder for every such
//! view (in the page's script, one call per tree), all text as text nodes.
//! Choices inside these views are links to a view state, so they need no
//! event handlers.

use crate::state::{Filtered, View};
use crossread_core::corpus::Document;
use crossread_core::view::html::Html;
use crossread_core::view::ViewState;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Builds DOM nodes for `tree` with one call to the page's script: a call
/// per element, attribute and text, each passing its strings, was most of
/// the first drawing (the entity table alone is hundreds of elements). Tag
/// and attribute names come from the core; every text becomes a text node,
/// never markup.
fn build(tree: &Html) -> web_sys::Node {
    let mut ops = String::new();
    encode(tree, &mut ops);
    build_ops(&ops)
}

// The builder reads the operations `encode` writes. `append` with a string
// adds one text node (the DOM stays node for node as the tree says, which
// `patch` relies on). Terser minifies it with the rest of the glue. The
// app's one script snippet also passes popstate on as hashchange (at its
// end), so a link's view is drawn in the click's task.
#[wasm_bindgen::prelude::wasm_bindgen(inline_js = r#"
export function buildOps(ops) {
  const stack = [document.createDocumentFragment()];
  for (const op of ops.split('\0')) {
    const kind = op[0], rest = op.slice(1), top = stack[stack.length - 1];
    if (kind === '#') top.append(rest);
    else if (kind === '@') {
      const eq = rest.indexOf('=');
      setAttr(top, rest.slice(0, eq), rest.slice(eq + 1));
    } else if (kind === '>') stack.pop();
    else if (kind) {
      const el = kind === '<' ? document.createElement(rest)
        : document.createElementNS('http://www.w3.org/2000/svg', rest);
      top.append(el);
      stack.push(el);
    }
  }
  return stack[0].firstChild;
}
// A style through the CSSOM: the page's policy (style-src 'self') blocks
// setAttribute('style'), and the mention card is placed by its style.
// Drawn, a styled element that would run past the window's right edge
// is set against it instead (at its full width), and one past the bottom
// goes above the element it describes (`aria-describedby`).
function setAttr(el, name, value) {
  if (name !== 'style') return el.setAttribute(name, value);
  el.style.cssText = value;
  requestAnimationFrame(() => {
    const r = el.getBoundingClientRect(), m = document.querySelector(`[aria-describedby="${el.id}"]`);
    if (r.right > document.documentElement.clientWidth) el.style.cssText += ';left:auto;right:4px';
    if (m && r.bottom > innerHeight) el.style.top = m.getBoundingClientRect().top - r.height - 6 + 'px';
  });
}
// Browsers fire popstate while they follow a link to a fragment and
// hashchange a task later; the app follows hashchange (state.rs). Passing
// popstate on draws a clicked link's view in the click's own task.
addEventListener('popstate', () => dispatchEvent(new HashChangeEvent('hashchange')));"#)]
extern "C" {
    #[wasm_bindgen(js_name = buildOps)]
    fn build_ops(ops: &str) -> web_sys::Node;
}

/// Writes `tree` as the builder's operations, each after a NUL: `<tag` or
/// `{tag` (SVG) opens an element, `@name=value` sets an attribute on it,
/// `#text` adds a text node, `>` closes it. A NUL in a text or a value
/// becomes U+FFFD (the HTML parser does the same).
fn encode(tree: &Html, out: &mut String) {
    let text = |out: &mut String, t: &str| {
        if t.contains('\0') {
            out.push_str(&t.replace('\0', "\u{FFFD}"))
        } else {
            out.push_str(t)
        }
    };
    match tree {
        Html::Text(t) => {
            out.push_str("\0#");
            text(out, t);
        }
        Html::El(e) => {
            out.push_str(if e.svg { "\0{" } else { "\0<" });
            out.push_str(e.tag);
            for (k, v) in &e.attrs {
                out.push_str("\0@");
                out.push_str(k);
                out.push('=');
                text(out, v);
            }
            for c in &e.children {
                encode(c, out);
            }
            out.push_str("\0>");
        }
    }
}

/// Brings `node`, drawn from `old`, to `new`, touching only what differs:
/// choosing an article changes a few links in a table of hundreds of rows,
/// and drawing it anew cost a layout of the page. An element whose tag
/// changed, and a form field that differs, are drawn anew (an attribute no
/// longer sets what a reader changed).
/// `None` when the DOM is not as `old` says.
fn patch(old: &Html, new: &Html, node: &web_sys::Node) -> Option<()> {
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
            // (A style set here would be blocked by the page's policy; the
            // one styled view, the mention card, is gone between two
            // mentions, so it is built anew by the builder, which sets it.)
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
                    Some(x) => patch(x, y, &kids.item(i as u32)?)?,
                    None => {
                        node.append_child(&build(y)).ok()?;
                    }
                }
            }
            for _ in b.children.len()..a.children.len() {
                node.remove_child(&node.last_child()?).ok()?;
            }
        }
        _ => {
            node.parent_node()?.replace_child(&build(new), node).ok()?;
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
            (Some(old), Some(node)) => patch(&old, &tree, &node).is_some(),
            _ => false,
        };
        if !patched {
            div.set_text_content(None);
            let _ = div.append_child(&build(&tree));
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
