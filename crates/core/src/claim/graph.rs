//! The claim map as a picture: speakers on the left, propositions on the
//! right, one edge per stance. [`Graph::layout`] places everything once; the
//! app draws the layout as SVG elements and [`Graph::to_svg`] writes the same
//! picture as a file.
//!
//! ```
//! use crossread_core::claim::{graph::Graph, ClaimMap};
//! use crossread_core::corpus::Document;
//! let g = Graph::layout(&ClaimMap::build(&Document::default()));
//! assert!(g.to_svg().starts_with("<svg"));
//! ```

use super::ClaimMap;
use crate::corpus::Stance;

/// A speaker or a proposition in the picture.
#[derive(Clone, Debug, PartialEq)]
pub struct GraphNode {
    /// Entity id (speakers) or proposition id.
    pub id: String,
    /// The text shown.
    pub label: String,
    /// True for speakers (left), false for propositions (right).
    pub speaker: bool,
    /// Anchor point of the node.
    pub x: i32,
    /// Anchor point of the node.
    pub y: i32,
}

/// A stance of a speaker on a proposition.
#[derive(Clone, Debug, PartialEq)]
pub struct GraphEdge {
    /// Index into [`Graph::nodes`] of the speaker.
    pub from: usize,
    /// Index into [`Graph::nodes`] of the proposition.
    pub to: usize,
    /// The stance.
    pub stance: Stance,
    /// How many articles carry it.
    pub articles: usize,
}

/// The laid-out picture.
#[derive(Clone, Debug, PartialEq)]
pub struct Graph {
    /// Width in SVG units.
    pub width: i32,
    /// Height in SVG units.
    pub height: i32,
    /// Speakers first, then propositions.
    pub nodes: Vec<GraphNode>,
    /// One edge per non-empty map cell.
    pub edges: Vec<GraphEdge>,
}

const ROW: i32 = 30;
const TOP: i32 = 40;
/// x of the speaker anchors and of the proposition anchors.
pub const LEFT_X: i32 = 230;
/// x of the proposition anchors.
pub const RIGHT_X: i32 = 560;

/// Trims a label to `n` characters with an ellipsis.
fn short(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

/// The stroke pattern of a stance: solid, dashed or dotted, so the picture
/// does not rely on colour.
pub fn dash(stance: Stance) -> &'static str {
    match stance {
        Stance::Asserts => "none",
        Stance::Denies => "8 5",
        Stance::Qualifies => "2 4",
    }
}

fn word(stance: Stance) -> &'static str {
    match stance {
        Stance::Asserts => "asserts",
        Stance::Denies => "denies",
        Stance::Qualifies => "qualifies",
    }
}

impl Graph {
    /// Places the map's speakers and propositions in two columns.
    pub fn layout(map: &ClaimMap) -> Graph {
        let mut nodes = Vec::new();
        let n_left = map.columns.len() as i32;
        let n_right = map.rows.len() as i32;
        let rows = n_left.max(n_right).max(1);
        let height = TOP + rows * ROW + 20;
        let offset = |n: i32| TOP + (rows - n) * ROW / 2;
        for (i, c) in map.columns.iter().enumerate() {
            nodes.push(GraphNode {
                id: c.speaker.clone(),
                label: short(&c.name, 30),
                speaker: true,
                x: LEFT_X,
                y: offset(n_left) + i as i32 * ROW,
            });
        }
        for (i, r) in map.rows.iter().enumerate() {
            nodes.push(GraphNode {
                id: r.proposition.clone(),
                label: short(&r.label, 60),
                speaker: false,
                x: RIGHT_X,
                y: offset(n_right) + i as i32 * ROW,
            });
        }
        let mut edges = Vec::new();
        for (ri, r) in map.rows.iter().enumerate() {
            for (ci, cell) in r.cells.iter().enumerate() {
                if let Some(c) = cell {
                    edges.push(GraphEdge {
                        from: ci,
                        to: map.columns.len() + ri,
                        stance: c.stance,
                        articles: c.outlets,
                    });
                }
            }
        }
        Graph {
            width: RIGHT_X + 420,
            height,
            nodes,
            edges,
        }
    }

    /// The picture as a standalone SVG document.
    pub fn to_svg(&self) -> String {
        let esc = |s: &str| {
            s.replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;")
                .replace('"', "&quot;")
        };
        let mut out = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\" font-family=\"sans-serif\" font-size=\"12\">\n<title>Claim graph: speakers and the claims they assert, deny or qualify</title>\n<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n",
            w = self.width,
            h = self.height
        );
        out.push_str("<text x=\"10\" y=\"20\" font-weight=\"bold\">Speakers</text>\n");
        out.push_str(&format!("<text x=\"{}\" y=\"20\" font-weight=\"bold\">Claims (solid: asserts, dashed: denies, dotted: qualifies)</text>\n", RIGHT_X + 10));
        for e in &self.edges {
            let (Some(a), Some(b)) = (self.nodes.get(e.from), self.nodes.get(e.to)) else {
                continue;
            };
            let colour = match e.stance {
                Stance::Asserts => "#117733",
                Stance::Denies => "#aa3377",
                Stance::Qualifies => "#8a6d00",
            };
            out.push_str(&format!(
                "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{colour}\" stroke-width=\"{}\" stroke-dasharray=\"{}\"><title>{} {} {} ({} articles)</title></line>\n",
                a.x + 6, a.y, b.x - 6, b.y, 1 + e.articles.min(4), dash(e.stance), esc(&a.label), word(e.stance), esc(&b.label), e.articles
            ));
        }
        for n in &self.nodes {
            if n.speaker {
                out.push_str(&format!("<circle cx=\"{}\" cy=\"{}\" r=\"5\" fill=\"#1f5fa8\"/><text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\n", n.x, n.y, n.x - 10, n.y + 4, esc(&n.label)));
            } else {
                out.push_str(&format!("<rect x=\"{}\" y=\"{}\" width=\"10\" height=\"10\" fill=\"#575d66\"/><text x=\"{}\" y=\"{}\">{}</text>\n", n.x - 5, n.y - 5, n.x + 10, n.y + 4, esc(&n.label)));
            }
        }
        out.push_str("</svg>\n");
        out
    }
}
