//! Entry point: installs the crash message and starts the app.

fn main() {
    // A panic stops the wasm: say so on the page, with a way back, instead
    // of leaving a page that silently ignores every click.
    crossread_web::watch_for_crash();
    crossread_web::start();
}
