//! The screen while a large catalogue loads: what is loading, that polku is alive, and the
//! search typed meanwhile.

use ratatui::Frame;
use ratatui::layout::{HorizontalAlignment, Position, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::text::display_safe;
use crate::tui::loading::Loading;

pub fn draw_loading(frame: &mut Frame, loading: &Loading) {
    let area = frame.area();
    let dots = ".".repeat(1 + (loading.elapsed().as_millis() / 400 % 3) as usize);
    let title = Line::from(format!("polku · {}{dots}", display_safe(&loading.title)));
    let middle = area.y + area.height / 2;
    let row = |y: u16| Rect {
        y: y.min(area.bottom().saturating_sub(1)),
        height: 1.min(area.height),
        ..area
    };
    frame.render_widget(
        Paragraph::new(title).alignment(HorizontalAlignment::Center),
        row(middle.saturating_sub(2)),
    );
    if area.height < 5 {
        return;
    }
    frame.render_widget(
        Paragraph::new(Line::from(loading.stage())).alignment(HorizontalAlignment::Center),
        row(middle.saturating_sub(1)),
    );
    // The hint and the search on one line, the search underlined like a field.
    let hint = display_safe(loading.strings.loading_type_ahead);
    let typed = loading.typed.text();
    let field_width = typed.chars().count().max(20) as u16 + 1;
    let line = Line::from(vec![
        Span::raw(format!("{hint} ")),
        Span::styled(
            format!("{typed:<width$}", width = field_width as usize),
            Style::default().add_modifier(Modifier::UNDERLINED),
        ),
    ]);
    let line_width = line.width() as u16;
    let search_row = row(middle + 1);
    frame.render_widget(
        Paragraph::new(line).alignment(HorizontalAlignment::Center),
        search_row,
    );
    // The cursor where the next letter goes, as in the search field proper.
    let left = search_row.x + search_row.width.saturating_sub(line_width) / 2;
    let before_cursor: String = typed.chars().take(loading.typed.cursor()).collect();
    let x = left + Span::raw(format!("{hint} {before_cursor}")).width() as u16;
    if x < area.right() {
        frame.set_cursor_position(Position::new(x, search_row.y));
    }
}
