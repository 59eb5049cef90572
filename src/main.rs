//! Entry point: installs the crash message and mounts the app.

fn main() {
    // A panic stops the wasm: say so on the page, with a way back, instead
    // of leaving a page that silently ignores every click.
    crossread_web::watch_for_crash();
    leptos::mount::mount_to_body(crossread_web::App);
}
