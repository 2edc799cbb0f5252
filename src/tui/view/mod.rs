//! Drawing the meeting screen from the app's state. Drawing never changes the state.

mod details;
mod goals;
mod header;
mod loading;
mod plan;
mod search;
mod services;
mod status;
pub mod widgets;

use ratatui::Frame;
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph, Wrap};

use super::app::App;
use super::layout::{MIN_HEIGHT, MIN_WIDTH, is_too_small};

pub use loading::draw_loading;

/// Draws the whole screen: the main screen unless an overlay covers it, the overlays from
/// the bottom up, and the status line last, so that it always shows.
pub fn draw(frame: &mut Frame, app: &App) {
    let area = frame.area();
    frame.render_widget(Block::default().style(app.theme.text), area);
    if is_too_small(area) {
        draw_too_small(frame, app);
        return;
    }
    let areas = app.areas();
    if !app.overlays().iter().any(|o| o.covers_screen()) {
        header::draw(frame, app, areas.header);
        search::draw(frame, app, areas.search);
        goals::draw(frame, app, areas.goals);
        services::draw(frame, app, areas.services);
        details::draw(frame, app, areas.details);
        plan::draw(frame, app, areas.plan);
    }
    for overlay in app.overlays() {
        overlay.draw(frame, area, &app.state);
    }
    status::draw(frame, app, areas.status);
}

fn draw_too_small(frame: &mut Frame, app: &App) {
    let area = frame.area();
    let s = app.strings();
    let text = format!(
        "{} {}x{}, {} {}x{}",
        s.too_small_now, area.width, area.height, s.too_small_needs, MIN_WIDTH, MIN_HEIGHT
    );
    let paragraph =
        Paragraph::new(Line::from(text).style(app.theme.warning)).wrap(Wrap { trim: true });
    frame.render_widget(paragraph, area);
}
