//! The filter panel: format, service language, municipality, theme, intensity, free of charge.
//! Values are shown in the user's words (a language by its name, not its code); → moves a
//! choice on and ← moves it back.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, List, ListItem, ListState};

use super::{Kind, Outcome, Overlay, panel};
use crate::catalog::{Format, Intensity, Theme as CatalogTheme};
use crate::search::Filters;
use crate::tui::action::{Action, Command};
use crate::tui::keymap::Place;
use crate::tui::layout::centered;
use crate::tui::state::State;
use crate::tui::view::widgets::safe;

/// The rows of the filter panel, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FilterRow {
    Format(Format),
    Language,
    Area,
    Theme,
    Intensity,
    Free,
    ClearAll,
}

pub const FILTER_ROWS: [FilterRow; 9] = [
    FilterRow::Format(Format::Individual),
    FilterRow::Format(Format::Group),
    FilterRow::Format(Format::Remote),
    FilterRow::Language,
    FilterRow::Area,
    FilterRow::Theme,
    FilterRow::Intensity,
    FilterRow::Free,
    FilterRow::ClearAll,
];

#[derive(Debug, Default)]
pub struct FilterPanel {
    row: usize,
}

impl FilterPanel {
    pub fn new() -> Self {
        Self::default()
    }
}

/// The option after (or before) `current` in `options`, with "any" between the last and the
/// first: cycling through a filter's values in either direction.
fn step_option<T: Clone + PartialEq>(
    options: &[T],
    current: Option<&T>,
    forward: bool,
) -> Option<T> {
    let at = current.and_then(|c| options.iter().position(|o| o == c));
    match (at, forward) {
        (None, true) => options.first().cloned(),
        (None, false) => options.last().cloned(),
        (Some(i), true) => options.get(i + 1).cloned(),
        (Some(0), false) => None,
        (Some(i), false) => options.get(i - 1).cloned(),
    }
}

fn change(state: &mut State, row: FilterRow, forward: bool) {
    let languages = state.catalog.service_languages().to_vec();
    let areas = state.catalog.areas().to_vec();
    let f = &mut state.filters;
    match row {
        FilterRow::Format(format) => {
            if !f.formats.remove(&format) {
                f.formats.insert(format);
            }
        }
        FilterRow::Language => f.language = step_option(&languages, f.language.as_ref(), forward),
        FilterRow::Area => f.area = step_option(&areas, f.area.as_ref(), forward),
        FilterRow::Theme => f.theme = step_option(&CatalogTheme::ALL, f.theme.as_ref(), forward),
        FilterRow::Intensity => {
            let all = [Intensity::Light, Intensity::Intensive];
            f.intensity = step_option(&all, f.intensity.as_ref(), forward);
        }
        FilterRow::Free => f.free_only = !f.free_only,
        FilterRow::ClearAll => clear_all(f),
    }
    state.refresh();
}

fn clear_all(f: &mut Filters) {
    *f = Filters {
        goal: f.goal.clone(),
        ..Filters::default()
    };
}

fn clear(state: &mut State, row: FilterRow) {
    let f = &mut state.filters;
    match row {
        FilterRow::Format(format) => {
            f.formats.remove(&format);
        }
        FilterRow::Language => f.language = None,
        FilterRow::Area => f.area = None,
        FilterRow::Theme => f.theme = None,
        FilterRow::Intensity => f.intensity = None,
        FilterRow::Free => f.free_only = false,
        FilterRow::ClearAll => clear_all(f),
    }
    state.refresh();
}

/// A filter row's label and value, in the user's words.
pub fn describe(state: &State, row: FilterRow) -> (String, String) {
    let s = state.strings();
    let f = &state.filters;
    let any = s.filter_any;
    let on_off = |on: bool| if on { "[x]" } else { "[ ]" }.to_owned();
    match row {
        FilterRow::Format(format) => (
            s.format(format).to_owned(),
            on_off(f.formats.contains(&format)),
        ),
        FilterRow::Language => (
            s.filter_language.to_owned(),
            f.language
                .as_deref()
                .map_or(any, |code| s.meeting.language_name(code))
                .to_owned(),
        ),
        FilterRow::Area => (
            s.filter_area.to_owned(),
            f.area
                .as_deref()
                .map_or_else(|| any.to_owned(), |area| area_name(area, state.language)),
        ),
        FilterRow::Theme => (
            s.filter_theme.to_owned(),
            f.theme.map_or(any, |t| s.theme(t)).to_owned(),
        ),
        FilterRow::Intensity => (
            s.filter_intensity.to_owned(),
            f.intensity.map_or(any, |i| s.intensity(i)).to_owned(),
        ),
        FilterRow::Free => (s.filter_free.to_owned(), on_off(f.free_only)),
        FilterRow::ClearAll => (s.filter_clear_all.to_owned(), String::new()),
    }
}

/// A municipality's name in the interface language, where it has one of its own.
pub fn area_name(area: &str, language: crate::i18n::Language) -> String {
    crate::i18n::municipality_name(area, language).to_owned()
}

impl Overlay for FilterPanel {
    fn kind(&self) -> Kind {
        Kind::Filters
    }

    fn places(&self) -> Vec<Place> {
        vec![Place::Filters, Place::Everywhere]
    }

    fn event(&mut self, action: &Action, state: &mut State) -> Outcome {
        let rows = FILTER_ROWS.len();
        let row = FILTER_ROWS[self.row];
        match action.command() {
            Some(Command::Down) => self.row = (self.row + 1) % rows,
            Some(Command::Up) => self.row = (self.row + rows - 1) % rows,
            Some(Command::Toggle | Command::Next) => change(state, row, true),
            Some(Command::Previous) => change(state, row, false),
            Some(Command::Remove) => clear(state, row),
            Some(Command::Back) => return Outcome::Close,
            Some(_) => return Outcome::Ignored,
            // Letters choose nothing here: they are the search, beneath.
            None if matches!(action, Action::Insert(_) | Action::Paste(_)) => return Outcome::Pass,
            None => {}
        }
        Outcome::Consumed
    }

    fn draw(&self, frame: &mut Frame, area: Rect, state: &State) {
        let s = state.strings();
        let theme = &state.theme;
        let items: Vec<ListItem> = FILTER_ROWS
            .iter()
            .map(|row| {
                let (label, value) = describe(state, *row);
                ListItem::new(Line::from(vec![
                    Span::styled(format!("{label:<24}"), theme.text),
                    safe(&value, theme.accent),
                ]))
            })
            .collect();
        let box_area = centered(area, 64, FILTER_ROWS.len() as u16 + 2);
        frame.render_widget(Clear, box_area);
        let title = format!(
            "{} · {} {}",
            s.filters_title,
            state.results.total,
            s.services_word(state.results.total)
        );
        let list = List::new(items)
            .block(panel(state, &title))
            .highlight_style(theme.selection)
            .highlight_symbol("▶ ");
        let mut list_state = ListState::default().with_selected(Some(self.row));
        frame.render_stateful_widget(list, box_area, &mut list_state);
    }
}
