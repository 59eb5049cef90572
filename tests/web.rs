//! Component tests in real Chromium (wasm-bindgen-test): the article list
//! renders every article, names unknown outlets, and follows the view state;
//! the static views' DOM builder keeps untrusted text as text.
#![cfg(target_arch = "wasm32")]

use crossread_core::corpus::{Article, Document};
use crossread_core::view::ViewState;
use crossread_web::components::article_list::ArticleList;
use crossread_web::state::{provide_corpus, Corpus, View};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn doc() -> Document {
    let mut d = Document::default();
    let mut a = Article::empty("a");
    a.headline = "First headline".into();
    a.outlet = Some("Daily Example".into());
    a.body = "One two three.".into();
    let mut b = Article::empty("b");
    b.headline = "Second headline".into();
    b.wire_agency = Some("AP".into());
    b.body = "Four five.".into();
    d.articles = vec![a, b];
    d
}

#[wasm_bindgen_test]
async fn article_list_renders_articles_and_follows_the_open_one() {
    let document = web_sys::window().unwrap().document().unwrap();
    let host: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&host).unwrap();

    let state = RwSignal::new(ViewState {
        article: Some("b".into()),
        ..Default::default()
    });
    let _mounted = leptos::mount::mount_to(host.clone(), move || {
        provide_corpus(Corpus::new(Ok(doc())));
        provide_context(View(state));
        crossread_web::state::provide_filtered();
        view! { <ArticleList/> }
    });
    leptos::task::tick().await;

    let items = host
        .query_selector_all("[data-testid=article-item]")
        .unwrap();
    assert_eq!(items.length(), 2);
    let count = host
        .query_selector("[data-testid=result-count]")
        .unwrap()
        .unwrap();
    assert_eq!(count.get_attribute("data-count").as_deref(), Some("2"));

    let text = host.text_content().unwrap_or_default();
    assert!(
        text.contains("First headline") && text.contains("Daily Example"),
        "{text}"
    );
    assert!(
        text.contains("unknown outlet"),
        "an unknown outlet is named as such: {text}"
    );
    assert!(text.contains("via AP"), "{text}");
    assert!(text.contains("3 words"), "{text}");

    let current = || {
        host.query_selector("[aria-current=page]")
            .unwrap()
            .and_then(|e| e.get_attribute("data-article-id"))
    };
    assert_eq!(current().as_deref(), Some("b"));
    state.set(ViewState {
        article: Some("a".into()),
        ..Default::default()
    });
    leptos::task::tick().await;
    assert_eq!(current().as_deref(), Some("a"));
}

#[wasm_bindgen_test]
fn a_crash_leaves_a_message_and_a_reload_link_that_keeps_the_view() {
    let document = web_sys::window().unwrap().document().unwrap();
    let _ = web_sys::window().unwrap().location().set_hash("view=map");
    crossread_web::show_crash();
    let note = document
        .query_selector(".crash[role=alert][data-testid=error]")
        .unwrap()
        .expect("a message");
    assert!(note.text_content().unwrap_or_default().contains("stopped"));
    let href = note
        .query_selector("a")
        .unwrap()
        .expect("a link")
        .get_attribute("href")
        .unwrap();
    assert!(
        href.contains("?reload=") && href.ends_with("#view=map"),
        "{href}"
    );
}

#[wasm_bindgen_test]
async fn a_static_view_builds_text_as_text_and_patches_what_changed() {
    use crossread_core::view::html::{el, svg, Html};
    use crossread_web::components::static_view::StaticView;
    let document = web_sys::window().unwrap().document().unwrap();
    let host: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&host).unwrap();

    // Text that looks like markup, like the builder's own operations, or
    // holds a NUL; a value with `=`; an empty text; an SVG child.
    let tree = |word: &str| -> Html {
        el("section")
            .attr("data-x", "a=b&c\"<i>")
            .child(el("p").text("<b>bold</b> \0#@> & <script>x</script>"))
            .child(el("span").text(""))
            .child(el("em").text(word.to_string()))
            .child(svg("svg").child(svg("circle").attr("r", "2")))
            .into()
    };
    let shown = RwSignal::new(tree("one"));
    let _mounted = leptos::mount::mount_to(host.clone(), move || {
        view! { <StaticView make=Box::new(move || shown.get())/> }
    });
    leptos::task::tick().await;

    let section = host.query_selector("section").unwrap().expect("built");
    assert_eq!(
        section.get_attribute("data-x").as_deref(),
        Some("a=b&c\"<i>")
    );
    let p = section.query_selector("p").unwrap().unwrap();
    assert_eq!(p.child_element_count(), 0, "no element from the text");
    assert_eq!(p.child_nodes().length(), 1);
    assert_eq!(
        p.text_content().as_deref(),
        Some("<b>bold</b> \u{FFFD}#@> & <script>x</script>")
    );
    let span = section.query_selector("span").unwrap().unwrap();
    assert_eq!(span.child_nodes().length(), 1, "an empty text is a node");
    let circle = section.query_selector("circle").unwrap().unwrap();
    assert_eq!(
        circle.namespace_uri().as_deref(),
        Some("http://www.w3.org/2000/svg")
    );
    assert_eq!(circle.get_attribute("r").as_deref(), Some("2"));

    // A change is patched into the same elements.
    shown.set(tree("two"));
    leptos::task::tick().await;
    let after = host.query_selector("section").unwrap().unwrap();
    assert!(after.is_same_node(Some(&section)));
    assert_eq!(
        after
            .query_selector("em")
            .unwrap()
            .unwrap()
            .text_content()
            .as_deref(),
        Some("two")
    );
}
