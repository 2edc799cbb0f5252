//! The plan editor: the plan's sections as tabs, each a list of labelled rows, and under them
//! the selected row in full, where typing happens. Typing is a mode that always shows: the
//! field gets a frame and a ✎ marker (not colour alone). Whatever leaves a field — Enter, Esc,
//! moving, saving, quitting — keeps what was typed; Ctrl-Z takes it back. How it is drawn is
//! in `draw`.

mod draw;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::widgets::{Block, Borders, Clear};

use super::{Kind, Outcome, Overlay, Request, panel};
use crate::plan::field::{FieldId, FieldKind};
use crate::plan::form::{Row, Section, rows, section_of};
use crate::plan::{Applied, Edit, Plan};
use crate::text::display_safe;
use crate::tui::action::{Action, Command};
use crate::tui::cursor::ListCursor;
use crate::tui::input::TextField;
use crate::tui::keymap::Place;
use crate::tui::state::{MessageKind, State};

/// A field being typed in.
#[derive(Clone)]
struct Typing {
    field: FieldId,
    text: TextField,
}

pub struct Editor {
    section: usize,
    cursor: ListCursor,
    typing: Option<Typing>,
    /// A field's typing as a command (a save, an export) wrote it into the plan and ended it,
    /// with the value the plan then held: typing on in that field starts from the text as it
    /// was typed, the space after its last word too, which the plan's field does not keep.
    set_down: Option<(Typing, String)>,
    /// Why the text typed cannot be kept yet; gone as soon as it can.
    error: Option<String>,
}

impl Editor {
    /// The editor on its first section, the cursor on the client's name.
    pub fn new(state: &State) -> Self {
        let mut editor = Self {
            section: 0,
            cursor: ListCursor::default(),
            typing: None,
            set_down: None,
            error: None,
        };
        editor.select_first(state);
        editor
    }

    fn rows(&self, state: &State) -> Vec<Row> {
        rows(
            state.plan(),
            Section::ALL[self.section],
            &state.catalog,
            |goal| state.searcher.services_of_goal(goal).len(),
            state.language,
        )
    }

    fn select_first(&mut self, state: &State) {
        let rows = self.rows(state);
        self.cursor = ListCursor {
            selected: rows.iter().position(Row::selectable).unwrap_or(0),
            offset: 0,
        };
    }

    /// Moves `delta` selectable rows, stopping at the ends.
    fn step(&mut self, rows: &[Row], delta: isize) {
        for _ in 0..delta.unsigned_abs() {
            let mut at = self.cursor.selected as isize;
            loop {
                at += delta.signum();
                if at < 0 || at >= rows.len() as isize {
                    return;
                }
                if rows[at as usize].selectable() {
                    self.cursor.selected = at as usize;
                    break;
                }
            }
        }
    }

    fn go_to(&mut self, field: FieldId, state: &State) {
        self.section = Section::ALL
            .iter()
            .position(|s| *s == section_of(field))
            .unwrap_or(self.section);
        if let Some(i) = self.rows(state).iter().position(|r| r.field == Some(field)) {
            self.cursor.selected = i;
        }
    }

    /// Says why what was typed or pasted on the selected row was not taken: a choice is
    /// changed with its keys, another row is opened with Enter.
    fn say_not_typed(&self, rows: &[Row], kind: Option<FieldKind>, state: &mut State) {
        if let Some(row) = rows.get(self.cursor.selected) {
            let m = state.strings().meeting;
            let why = match kind {
                Some(FieldKind::Choice) => m.not_typed_here,
                _ => m.not_typed_press,
            };
            state.say(MessageKind::Warning, why.replace("{label}", &row.label));
        }
    }

    fn start_typing(&mut self, field: FieldId, state: &State) -> &mut TextField {
        let current = field.read(state.plan(), state.language);
        if let Some((typing, kept)) = self.set_down.take()
            && typing.field == field
            && kept == current
        {
            return &mut self.typing.insert(typing).text;
        }
        let text = if field.kind() == FieldKind::Lines {
            TextField::multiline(&current)
        } else {
            TextField::with_text(&current)
        };
        &mut self.typing.insert(Typing { field, text }).text
    }

    /// Writes the field being typed in into the plan.
    fn keep(&mut self, state: &mut State) -> Result<(), String> {
        let Some(typing) = &self.typing else {
            return Ok(());
        };
        let edit = Edit::Write {
            field: typing.field,
            text: typing.text.text().to_owned(),
        };
        match state.edit(edit) {
            Ok(_) => {
                self.typing = None;
                self.error = None;
                Ok(())
            }
            Err(error) => {
                let message = error.describe(state.strings());
                // An optional date can be left empty.
                self.error = Some(match typing.field.kind() {
                    FieldKind::Date { required: false } => {
                        format!("{message} {}", state.strings().meeting.empty_hint)
                    }
                    _ => message.clone(),
                });
                Err(message)
            }
        }
    }

    /// Checks what is typed so far: an error goes as soon as the text is right.
    fn check(&mut self, state: &State) {
        if let Some(typing) = &self.typing
            && self.error.is_some()
            && typing
                .field
                .validate(typing.text.text(), state.today())
                .is_ok()
        {
            self.error = None;
        }
    }

    fn typing_event(&mut self, action: &Action, state: &mut State) -> Outcome {
        let Some(typing) = &mut self.typing else {
            return Outcome::Ignored;
        };
        match action {
            Action::Insert(c) => {
                typing.text.insert(*c);
            }
            Action::Paste(text) => {
                typing.text.insert_text(text);
            }
            Action::Command(command @ (Command::Keep | Command::Up | Command::Down)) => {
                if let Err(message) = self.keep(state) {
                    state.say(MessageKind::Error, message);
                    return Outcome::Consumed;
                }
                let rows = self.rows(state);
                match command {
                    Command::Up => self.step(&rows, -1),
                    Command::Down => self.step(&rows, 1),
                    _ => {}
                }
            }
            Action::Command(command) => {
                if typing.text.apply(*command).is_none() {
                    return Outcome::Ignored;
                }
            }
            _ => return Outcome::Consumed,
        }
        // What is typed counts for the recovery copy, so that a closed terminal does not take
        // a half-written field with it.
        state.edited = true;
        self.check(state);
        Outcome::Consumed
    }

    fn row_event(&mut self, action: &Action, state: &mut State) -> Outcome {
        let rows = self.rows(state);
        let field = rows.get(self.cursor.selected).and_then(|r| r.field);
        let kind = field.map(FieldId::kind);
        match action {
            // Typing or pasting on a text row starts editing it, keeping what was there.
            // Elsewhere it changes nothing, and the screen says why it was not typed.
            Action::Insert(c) => match field.filter(|f| f.kind().is_typed()) {
                Some(field) => {
                    self.start_typing(field, state).insert(*c);
                    state.edited = true;
                }
                None => self.say_not_typed(&rows, kind, state),
            },
            Action::Paste(text) => match field.filter(|f| f.kind().is_typed()) {
                Some(field) => {
                    self.start_typing(field, state).paste_at_end(text);
                    state.edited = true;
                }
                None => self.say_not_typed(&rows, kind, state),
            },
            Action::Click { column, row } => self.click(*column, *row, &rows, state),
            Action::ScrollUp { .. } => self.step(&rows, -3),
            Action::ScrollDown { .. } => self.step(&rows, 3),
            Action::Command(command) => match command {
                Command::Up => self.step(&rows, -1),
                Command::Down => self.step(&rows, 1),
                Command::PageUp => self.step(&rows, -10),
                Command::PageDown => self.step(&rows, 10),
                Command::First => self.step(&rows, -(rows.len() as isize)),
                Command::Last => self.step(&rows, rows.len() as isize),
                Command::NextSection | Command::PrevSection => {
                    let n = Section::ALL.len();
                    let by = if *command == Command::NextSection {
                        1
                    } else {
                        n - 1
                    };
                    self.section = (self.section + by) % n;
                    self.select_first(state);
                }
                Command::Back => return Outcome::Close,
                Command::Remove => self.remove(field, state),
                Command::Activate | Command::Toggle | Command::Next | Command::Previous => {
                    let Some(field) = field else {
                        return Outcome::Consumed;
                    };
                    let typed = kind.is_some_and(FieldKind::is_typed);
                    match command {
                        Command::Activate if typed => {
                            self.start_typing(field, state);
                        }
                        Command::Toggle if typed => {
                            self.start_typing(field, state).insert(' ');
                        }
                        // ←/→ change only a choice.
                        Command::Next | Command::Previous if kind != Some(FieldKind::Choice) => {}
                        _ if typed => {}
                        _ => return self.step_field(field, *command != Command::Previous, state),
                    }
                }
                _ => return Outcome::Ignored,
            },
            Action::Resize { .. } => {}
        }
        Outcome::Consumed
    }

    /// A choice moved, a box ticked, a button pressed.
    fn step_field(&mut self, field: FieldId, forward: bool, state: &mut State) -> Outcome {
        match state.edit(Edit::Step { field, forward }) {
            Ok(Applied::OpenGoal(goal)) => return Outcome::CloseAnd(Request::OpenGoal(goal)),
            Ok(Applied::Changed {
                go_to: Some(target),
            }) => self.go_to(target, state),
            Ok(_) | Err(_) => {}
        }
        Outcome::Consumed
    }

    /// Removes the item the row belongs to: it can be brought back with undo, and says so.
    fn remove(&mut self, field: Option<FieldId>, state: &mut State) {
        let Some(field) = field else { return };
        let Some(item) = field.item() else { return };
        let rows = self.rows(state);
        let s = state.strings();
        let heading = rows[..=self.cursor.selected.min(rows.len().saturating_sub(1))]
            .iter()
            .rev()
            .find(|r| r.field.is_none())
            .map(|r| r.label.clone());
        let what = match (item, heading) {
            (crate::plan::Item::Scale(_), Some(heading)) => {
                format!("{heading} · {}", s.label_scale_level)
            }
            (crate::plan::Item::Consent(_), _) | (_, None) => {
                format!(
                    "{} {}",
                    field.describe(s),
                    field.read(state.plan(), state.language)
                )
            }
            (_, Some(heading)) => heading,
        };
        if let Ok(Applied::Changed { .. }) = state.edit(Edit::Remove(item)) {
            state.say_removed(&what);
        }
        self.keep_on_a_row(state);
    }

    fn keep_on_a_row(&mut self, state: &State) {
        let rows = self.rows(state);
        self.cursor.clamp(rows.len());
        if !rows.get(self.cursor.selected).is_some_and(Row::selectable) {
            self.step(&rows, -1);
            if !rows.get(self.cursor.selected).is_some_and(Row::selectable) {
                self.step(&rows, 1);
            }
        }
    }

    fn click(&mut self, column: u16, row: u16, rows: &[Row], state: &State) {
        let (tabs_area, rows_area, _) = layout(body(state.size), self.field_height());
        if tabs_area.contains(Position::new(column, row)) {
            // The tab under the pointer, counting the tab line's pieces from its left.
            let mut x = tabs_area.x;
            for (section, text) in draw::tab_line(self.section, state, tabs_area.width) {
                let width = ratatui::text::Line::raw(text.as_str()).width() as u16;
                if (x..x + width).contains(&column) {
                    if let Some(section) = section {
                        self.section = section;
                        self.select_first(state);
                    }
                    return;
                }
                x += width;
            }
            return;
        }
        if rows_area.contains(Position::new(column, row)) {
            let index = self.cursor.offset + usize::from(row - rows_area.y);
            if rows.get(index).is_some_and(Row::selectable) {
                self.cursor.selected = index;
            }
        }
    }

    fn field_height(&self) -> u16 {
        if self.typing.as_ref().is_some_and(|t| t.text.is_multiline()) {
            8
        } else {
            5
        }
    }
}

/// The editor's area: the whole screen but the status line.
fn body(area: Rect) -> Rect {
    Rect {
        height: area.height.saturating_sub(1),
        ..area
    }
}

/// The tabs, the rows and the field, inside the editor's border.
fn layout(body: Rect, field_height: u16) -> (Rect, Rect, Rect) {
    let inner = Block::default().borders(Borders::ALL).inner(body);
    let [tabs, rows, field] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(3),
        Constraint::Length(field_height),
    ])
    .areas(inner);
    (tabs, rows, field)
}

impl Overlay for Editor {
    fn kind(&self) -> Kind {
        Kind::Editor
    }

    fn places(&self) -> Vec<Place> {
        if self.typing.is_some() {
            vec![Place::Text, Place::Field, Place::Everywhere]
        } else {
            vec![Place::Editor, Place::Everywhere]
        }
    }

    fn covers_screen(&self) -> bool {
        true
    }

    fn event(&mut self, action: &Action, state: &mut State) -> Outcome {
        let outcome = if self.typing.is_some() {
            self.typing_event(action, state)
        } else {
            self.row_event(action, state)
        };
        let (_, rows_area, _) = layout(body(state.size), self.field_height());
        self.cursor.keep_visible(rows_area.height as usize);
        outcome
    }

    fn commit(&mut self, state: &mut State) -> Result<(), String> {
        let typing = self.typing.clone();
        self.keep(state)?;
        self.set_down = typing.map(|typing| {
            let kept = typing.field.read(state.plan(), state.language);
            (typing, kept)
        });
        Ok(())
    }

    fn plan_changed(&mut self, state: &State, changed: Option<FieldId>) {
        self.typing = None;
        self.set_down = None;
        self.error = None;
        // What undo or redo changed is shown, in whichever section it is.
        if let Some(field) = changed {
            self.go_to(field, state);
        }
        self.keep_on_a_row(state);
    }

    fn pending_text(&self, state: &State) -> Option<Plan> {
        let typing = self.typing.as_ref()?;
        let mut plan = state.plan().clone();
        // A date typed halfway is not a date yet; the rest of the plan is kept all the same.
        let _ = typing
            .field
            .write(&mut plan, typing.text.text(), state.today());
        Some(plan)
    }

    fn draw(&self, frame: &mut Frame, area: Rect, state: &State) {
        let s = state.strings();
        let body = body(area);
        frame.render_widget(Clear, body);
        let mut title = s.plan_editor_title.to_owned();
        if !state.plan().client.is_empty() {
            title = format!("{title} · {}", display_safe(&state.plan().client));
        }
        frame.render_widget(panel(state, &title), body);
        let (tabs_area, rows_area, field_area) = layout(body, self.field_height());
        self.draw_tabs(frame, tabs_area, state);
        let rows = self.rows(state);
        self.draw_rows(frame, rows_area, &rows, state);
        self.draw_field(frame, field_area, &rows, state);
    }
}
