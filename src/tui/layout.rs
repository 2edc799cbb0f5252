//! Where each pane goes for a given terminal size. Pure, so that drawing and mouse handling
//! agree on the same rectangles.

use ratatui::layout::{Constraint, Layout, Rect};

/// Below this the screen says it is too small instead of drawing a squeezed layout.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 20;

/// Wide enough for three columns.
const WIDE: u16 = 110;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Areas {
    pub header: Rect,
    pub search: Rect,
    pub goals: Rect,
    pub services: Rect,
    pub details: Rect,
    pub plan: Rect,
    pub status: Rect,
}

pub fn is_too_small(area: Rect) -> bool {
    area.width < MIN_WIDTH || area.height < MIN_HEIGHT
}

pub fn main_areas(area: Rect) -> Areas {
    let [header, search, body, status] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(3),
        Constraint::Min(0),
        Constraint::Length(1),
    ])
    .areas(area);
    if area.width >= WIDE {
        let [left, middle, right] = Layout::horizontal([
            Constraint::Percentage(24),
            Constraint::Percentage(38),
            Constraint::Percentage(38),
        ])
        .areas(body);
        let [details, plan] =
            Layout::vertical([Constraint::Percentage(62), Constraint::Percentage(38)]).areas(right);
        Areas {
            header,
            search,
            goals: left,
            services: middle,
            details,
            plan,
            status,
        }
    } else {
        // Narrow: goals over services on the left, details over plan on the right.
        let [left, right] =
            Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)])
                .areas(body);
        let goals_height = (left.height / 3).clamp(3, 8);
        let [goals, services] =
            Layout::vertical([Constraint::Length(goals_height), Constraint::Min(0)]).areas(left);
        let [details, plan] =
            Layout::vertical([Constraint::Percentage(60), Constraint::Percentage(40)]).areas(right);
        Areas {
            header,
            search,
            goals,
            services,
            details,
            plan,
            status,
        }
    }
}

/// A box of `width` x `height` (at most the area) in the middle of `area`, for overlays.
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    }
}

/// Rows a bordered list in `area` can show.
pub fn list_rows(area: Rect) -> usize {
    area.height.saturating_sub(2) as usize
}
