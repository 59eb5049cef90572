//! The app's components, one per file.

pub mod app_shell;
pub mod article_list;
pub mod claim_graph;
pub mod claim_map;
pub mod coverage;
pub mod discrepancy_list;
pub mod entity_panel;
pub mod evidence;
pub mod export_bar;
pub mod furniture;
pub mod legend;
pub mod mention_tip;
pub mod panel_tabs;
pub mod quote_compare;
pub mod reader;
pub mod theme_toggle;
pub mod timeline;
