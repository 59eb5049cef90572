//! The app's components, one per file.

pub mod app_shell;
pub mod article_list;
pub mod furniture;
pub mod reader;
pub mod theme_toggle;
