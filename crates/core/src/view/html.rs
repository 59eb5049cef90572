//! A tiny element tree for read-only views. The core builds the tree (so the
//! views are plain functions, tested natively); the app turns it into DOM
//! with one small function, creating text nodes for all text, and the same
//! tree serialises to markup for exports such as the graph's SVG. One
//! renderer instead of a component per view keeps the wasm small.
//!
//! ```
//! use crossread_core::view::html::{el, Html};
//! let t = el("p").attr("class", "x").text("a < b").into();
//! assert_eq!(Html::to_markup(&t), "<p class=\"x\">a &lt; b</p>");
//! ```

/// A node: text, or an element with attributes and children.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Html {
    /// A text node.
    Text(String),
    /// An element.
    El(Element),
}

/// An HTML or SVG element. Boxed, so the builder's many calls pass and
/// return one pointer instead of copying the whole element (smaller wasm);
/// its fields are read through [`ElementData`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Element(Box<ElementData>);

/// The parts of an [`Element`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ElementData {
    /// The tag name.
    pub tag: &'static str,
    /// True for elements in the SVG namespace.
    pub svg: bool,
    /// Attributes in order.
    pub attrs: Vec<(&'static str, String)>,
    /// Children in order.
    pub children: Vec<Html>,
}

impl std::ops::Deref for Element {
    type Target = ElementData;
    fn deref(&self) -> &ElementData {
        &self.0
    }
}

impl std::ops::DerefMut for Element {
    fn deref_mut(&mut self) -> &mut ElementData {
        &mut self.0
    }
}

/// An HTML element.
pub fn el(tag: &'static str) -> Element {
    new_element(tag, false)
}

/// An SVG element.
pub fn svg(tag: &'static str) -> Element {
    new_element(tag, true)
}

#[inline(never)]
fn new_element(tag: &'static str, svg: bool) -> Element {
    Element(Box::new(ElementData {
        tag,
        svg,
        attrs: Vec::new(),
        children: Vec::new(),
    }))
}

impl Element {
    /// Adds an attribute.
    pub fn attr(self, name: &'static str, value: impl Value) -> Self {
        value.attr_of(self, name)
    }

    #[inline(never)]
    fn attr_str(self, name: &'static str, value: &str) -> Self {
        self.attr_string(name, value.to_string())
    }

    // Not inlined: views call the builder thousands of times, and one call
    // per attribute keeps the wasm small.
    #[inline(never)]
    fn attr_string(mut self, name: &'static str, value: String) -> Self {
        self.attrs.push((name, value));
        self
    }

    /// Adds attributes in order. One call with a table instead of a chain of
    /// [`Element::attr`] keeps the wasm small where a view sets many.
    #[inline(never)]
    pub fn attrs(mut self, attrs: &[(&'static str, &str)]) -> Self {
        for (name, value) in attrs {
            self.attrs.push((name, value.to_string()));
        }
        self
    }

    /// Adds an attribute when `value` is `Some`.
    pub fn attr_opt(self, name: &'static str, value: Option<impl Value>) -> Self {
        match value {
            Some(v) => self.attr(name, v),
            None => self,
        }
    }

    /// Adds a child.
    pub fn child(self, child: impl Into<Html>) -> Self {
        self.child_html(child.into())
    }

    #[inline(never)]
    fn child_html(mut self, child: Html) -> Self {
        self.children.push(child);
        self
    }

    /// Adds children.
    pub fn children<I: IntoIterator<Item = Html>>(mut self, children: I) -> Self {
        self.children.extend(children);
        self
    }

    /// Adds a text child.
    pub fn text(self, text: impl Value) -> Self {
        text.text_of(self)
    }

    #[inline(never)]
    fn text_str(self, text: &str) -> Self {
        self.child_html(Html::Text(text.to_string()))
    }
}

/// A value for an attribute or a text child: borrowed text is copied by one
/// shared function, owned text is moved, so the many call sites of the
/// builder stay small in the wasm.
pub trait Value {
    /// `e` with the attribute `name` set to this value.
    fn attr_of(self, e: Element, name: &'static str) -> Element;
    /// `e` with this value as a text child.
    fn text_of(self, e: Element) -> Element;
}

impl Value for &str {
    fn attr_of(self, e: Element, name: &'static str) -> Element {
        e.attr_str(name, self)
    }
    fn text_of(self, e: Element) -> Element {
        e.text_str(self)
    }
}

impl Value for &String {
    fn attr_of(self, e: Element, name: &'static str) -> Element {
        e.attr_str(name, self)
    }
    fn text_of(self, e: Element) -> Element {
        e.text_str(self)
    }
}

impl Value for String {
    fn attr_of(self, e: Element, name: &'static str) -> Element {
        e.attr_string(name, self)
    }
    fn text_of(self, e: Element) -> Element {
        e.child_html(Html::Text(self))
    }
}

impl From<Element> for Html {
    fn from(e: Element) -> Html {
        Html::El(e)
    }
}

impl From<&str> for Html {
    fn from(s: &str) -> Html {
        Html::Text(s.to_string())
    }
}

impl From<String> for Html {
    fn from(s: String) -> Html {
        Html::Text(s)
    }
}

fn escape(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
}

impl Html {
    /// The tree as markup, text and attribute values escaped.
    pub fn to_markup(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }

    fn write(&self, out: &mut String) {
        match self {
            Html::Text(t) => escape(t, out),
            Html::El(e) => {
                out.push('<');
                out.push_str(e.tag);
                for (k, v) in &e.attrs {
                    out.push(' ');
                    out.push_str(k);
                    out.push_str("=\"");
                    escape(v, out);
                    out.push('"');
                }
                out.push('>');
                for c in &e.children {
                    c.write(out);
                }
                out.push_str("</");
                out.push_str(e.tag);
                out.push('>');
            }
        }
    }

    /// Every text of the tree, concatenated (for tests and screen-reader checks).
    pub fn text_content(&self) -> String {
        match self {
            Html::Text(t) => t.clone(),
            Html::El(e) => e.children.iter().map(Html::text_content).collect(),
        }
    }

    /// The elements (depth first) whose attribute `name` equals `value`.
    pub fn find_all<'a>(&'a self, name: &str, value: &str) -> Vec<&'a Element> {
        let mut out = Vec::new();
        self.walk(&mut |e| {
            if e.attrs.iter().any(|(k, v)| *k == name && v == value) {
                out.push(e);
            }
        });
        out
    }

    fn walk<'a>(&'a self, f: &mut dyn FnMut(&'a Element)) {
        if let Html::El(e) = self {
            f(e);
            for c in &e.children {
                c.walk(f);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_text_stays_text() {
        let t: Html = el("p")
            .attr("title", "\"><script>")
            .text("<img onerror=x>")
            .into();
        assert_eq!(
            t.to_markup(),
            "<p title=\"&quot;&gt;&lt;script&gt;\">&lt;img onerror=x&gt;</p>"
        );
        assert_eq!(t.text_content(), "<img onerror=x>");
    }
}
