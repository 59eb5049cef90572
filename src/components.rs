//! The app's components, one per file.

pub mod app_shell;
pub mod article_list;
pub mod corpus_bar;
pub mod corrections;
pub mod embed_dialog;
pub mod entity_panel;
pub mod export_bar;
pub mod mention_tip;
pub mod offline_download;
pub mod reader;
pub mod static_view;
pub mod theme_toggle;
