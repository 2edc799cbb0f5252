//! Drawing the meeting screen from the app's state. Drawing never changes the state.

mod client;
mod details;
mod goals;
mod header;
mod loading;
mod overlays;
mod plan;
mod plan_editor;
mod search;
mod services;
mod status;
mod widgets;

use ratatui::Frame;
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph, Wrap};

use super::app::App;
use super::layout::{MIN_HEIGHT, MIN_WIDTH, is_too_small};

pub use loading::draw_loading;

/// Draws the whole screen.
pub fn draw(frame: &mut Frame, app: &App) {
    let area = frame.area();
    frame.render_widget(Block::default().style(app.theme.text), area);
    if is_too_small(area) {
        draw_too_small(frame, app);
        return;
    }
    if app.client_view {
        client::draw(frame, app, area);
    } else {
        let areas = app.areas();
        header::draw(frame, app, areas.header);
        search::draw(frame, app, areas.search);
        goals::draw(frame, app, areas.goals);
        services::draw(frame, app, areas.services);
        details::draw(frame, app, areas.details);
        plan::draw(frame, app, areas.plan);
        status::draw(frame, app, areas.status);
    }
    overlays::draw(frame, app, area);
    if app.client_view {
        // The client view has its own status line with the keys that matter there.
        let status_area = ratatui::layout::Rect {
            y: area.bottom().saturating_sub(1),
            height: 1,
            ..area
        };
        status::draw(frame, app, status_area);
    }
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
