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
            for (ci, c) in &r.cells {
                edges.push(GraphEdge {
                    from: *ci,
                    to: map.columns.len() + ri,
                    stance: c.stance,
                    articles: c.outlets,
                });
            }
        }
        Graph {
            width: RIGHT_X + 420,
            height,
            nodes,
            edges,
        }
    }
}
