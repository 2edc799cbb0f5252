//! The commands that work everywhere: saving, the client's copy, undo and redo, opening and
//! starting plans, quitting. Each that saves, exports, switches plans, opens a dialog or quits
//! first writes the field being typed in into the plan, so that nothing typed is left behind.

use std::path::{Path, PathBuf};

use super::action::Command;
use super::app::App;
use super::files::describe_save_error;
use super::overlay::{ClientView, Dialog, Editor, Help, Kind, Pending, PlanList, Request, SaveAs};
use super::state::MessageKind;
use crate::i18n::Language;
use crate::plan::{Document, Edit, EditContext, RecoveryStore, open_plan};

impl App {
    /// Carries out a command that works everywhere.
    pub(super) fn run(&mut self, command: Command) {
        match command {
            Command::Help if self.top() != Some(Kind::Help) => {
                self.open(Box::new(Help::default()));
            }
            Command::Undo | Command::Redo if self.commit_fields() => {
                self.undo_or_redo(command == Command::Undo);
            }
            Command::Help | Command::Undo | Command::Redo => {}
            Command::ClientView => self.toggle(Kind::ClientView),
            Command::PlanEditor => self.toggle(Kind::Editor),
            // The rest leave what is being typed, so it goes into the plan first.
            _ if !self.commit_fields() => {}
            Command::Quit => self.proceed_or_ask(Pending::Quit),
            Command::Save => self.save(Pending::Nothing),
            Command::SaveAs => self.open_save_as(Pending::Nothing),
            Command::OpenPlan => {
                let list = PlanList::new(&self.state);
                self.open(Box::new(list));
            }
            Command::NewPlan => self.proceed_or_ask(Pending::New),
            Command::Export => self.export(),
            _ => {}
        }
    }

    /// Opens the client view or the editor, or closes it when it is on top. One already open
    /// beneath other panels comes back to the top rather than opening twice.
    fn toggle(&mut self, kind: Kind) {
        if self.top() == Some(kind) {
            self.close_top();
            return;
        }
        // What the client is shown includes what was just typed.
        if !self.commit_fields() {
            return;
        }
        if self.overlays().iter().any(|o| o.kind() == kind) {
            while self.top() != Some(kind) {
                self.close_top();
            }
            return;
        }
        match kind {
            Kind::ClientView => self.open(Box::new(ClientView::default())),
            _ => {
                let editor = Editor::new(&self.state);
                self.open(Box::new(editor));
            }
        }
    }

    pub(super) fn handle(&mut self, request: Request) {
        match request {
            Request::OpenGoal(goal) => {
                // The services of a goal are on the main screen.
                self.close_all();
                self.state.open_goal(goal);
            }
            Request::SaveThen(then) => self.save(then),
            Request::SaveAsThen(path, then) => {
                if self.save_to(&path, true) {
                    self.close_top();
                    self.carry_out(then);
                }
            }
            Request::DiscardThen(then) => {
                // The changes are left, not lost: the recovery copy stays until the next
                // start has offered it.
                let plan = self.plan_with_field_being_typed();
                if self.state.dirty() {
                    self.write_recovery(plan);
                }
                self.state.files.autosave = Default::default();
                self.state.edited = false;
                self.carry_out(then);
            }
            Request::Proceed(then) => self.proceed_or_ask(then),
            Request::Restore(snapshot, file) => self.restore(*snapshot, file),
            Request::DiscardCopy(file) => self.set_copy_aside(&file),
        }
    }

    /// Moves a recovery copy the user chose not to restore out of the next start's way,
    /// keeping it for undo (and for 30 days on disk).
    fn set_copy_aside(&mut self, file: &Path) {
        let Some(store) = &self.state.files.recovery else {
            return;
        };
        match store.set_aside(file) {
            Ok(aside) => {
                self.state.files.set_aside = Some(aside);
                let text = self
                    .state
                    .strings()
                    .meeting
                    .copy_set_aside
                    .replace("{key}", &self.state.key_of(Command::Undo));
                self.state.say(MessageKind::Info, text);
            }
            // The copy stays where it was and is offered again at the next start.
            Err(e) => {
                let text = describe_save_error(&e, self.state.strings());
                self.state.say(MessageKind::Error, text);
            }
        }
    }

    /// Puts the copy set aside back and asks again what to do with it.
    fn bring_copy_back(&mut self) {
        let (Some(store), Some(aside)) = (
            self.state.files.recovery.clone(),
            self.state.files.set_aside.take(),
        ) else {
            return;
        };
        let back = store
            .bring_back(&aside)
            .map_err(|e| describe_save_error(&e, self.state.strings()))
            .and_then(|file| {
                let open_failed = self.state.strings().meeting.open_failed;
                let snapshot = store
                    .read(&file)
                    .map_err(|e| format!("{open_failed} {e}"))?;
                Ok((file, snapshot))
            });
        match back {
            Ok((file, snapshot)) => {
                let text = self.state.strings().meeting.copy_brought_back;
                self.state.say(MessageKind::Success, text);
                self.offer_restore(snapshot, file);
            }
            Err(text) => self.state.say(MessageKind::Error, text),
        }
    }

    /// Does `then` at once when nothing would be lost, else asks first.
    fn proceed_or_ask(&mut self, then: Pending) {
        if self.state.dirty() && then != Pending::Nothing {
            self.open(Box::new(Dialog::unsaved(then)));
        } else {
            self.carry_out(then);
        }
    }

    fn carry_out(&mut self, then: Pending) {
        match then {
            Pending::Nothing => {}
            Pending::Quit => self.state.quit = true,
            Pending::Open(path) => self.open_plan_file(&path),
            Pending::New => self.new_plan(),
        }
    }

    /// Ctrl-S: saves over the plan's file, or asks for a name the first time.
    fn save(&mut self, then: Pending) {
        match self.state.files.path.clone() {
            Some(path) => {
                if self.save_to(&path, false) {
                    self.carry_out(then);
                }
            }
            None => self.open_save_as(then),
        }
    }

    fn open_save_as(&mut self, then: Pending) {
        let today = self.state.today();
        let suggested = self
            .state
            .files
            .suggested_path(&self.state.plan().client, today);
        self.open(Box::new(SaveAs::new(&suggested, then)));
    }

    /// Saves the plan to `path` (a `new_file` is never written over an existing one); says
    /// whether it worked. A failure leaves everything in memory and says why on screen.
    fn save_to(&mut self, path: &Path, new_file: bool) -> bool {
        let today = self.state.today();
        let plan = self.state.doc.to_save(today);
        let files = &self.state.files;
        let result = if new_file {
            files.save_as(&plan, path)
        } else {
            files.save(&plan, path)
        };
        let s = self.state.strings();
        match result {
            Ok(()) => {
                self.state.doc.saved(today);
                self.state.edited = false;
                self.state.files.autosave = Default::default();
                let previous = self.state.files.path.replace(path.to_path_buf());
                self.state.files.discard_recovery(previous.as_deref());
                let text = format!("{} {}", s.saved_to, path.display());
                self.state.say(MessageKind::Success, text);
                true
            }
            Err(error) => {
                let text = format!("{} {}", s.save_failed, describe_save_error(&error, s));
                self.state.say(MessageKind::Error, text);
                false
            }
        }
    }

    /// The client's copy as Markdown, in the plan's language.
    fn export(&mut self) {
        let state = &mut self.state;
        let language = Language::from_code(&state.plan().language).unwrap_or(state.language);
        let s = state.strings();
        let result = state.files.export(state.plan(), language, state.today());
        match result {
            Ok(path) => state.say(
                MessageKind::Success,
                format!("{} {}", s.exported_to, path.display()),
            ),
            Err(error) => state.say(
                MessageKind::Error,
                format!("{} {}", s.export_failed, describe_save_error(&error, s)),
            ),
        }
    }

    fn undo_or_redo(&mut self, undo: bool) {
        let m = self.state.strings().meeting;
        let edit = if undo {
            self.state.doc.undo()
        } else {
            self.state.doc.redo()
        };
        // With the plan's own changes all undone, undo takes back setting a copy aside.
        if undo && edit.is_none() && self.state.files.set_aside.is_some() {
            self.bring_copy_back();
            return;
        }
        let changed = edit.and_then(|e| match e {
            Edit::Write { field, .. } | Edit::Step { field, .. } => Some(*field),
            _ => None,
        });
        let done = edit.map(describe_edit);
        let text = match done {
            Some(what) => {
                self.state.edited = true;
                format!("{} {}", if undo { m.undone } else { m.redone }, what(m))
            }
            None => (if undo {
                m.nothing_to_undo
            } else {
                m.nothing_to_redo
            })
            .to_owned(),
        };
        self.state.say(MessageKind::Info, text);
        self.plan_replaced(changed);
    }

    /// Opens the plan at `path` in place of the one on screen (whose changes are saved or
    /// were left with their recovery copy).
    fn open_plan_file(&mut self, path: &Path) {
        match open_plan(path) {
            Ok(plan) => {
                self.replace_plan(Document::new(plan), Some(path.to_path_buf()));
                let text = format!("{} {}", self.state.strings().meeting.opened, path.display());
                self.state.say(MessageKind::Success, text);
            }
            Err(error) => {
                let text = format!("{} {error}", self.state.strings().meeting.open_failed);
                self.state.say(MessageKind::Error, text);
            }
        }
    }

    fn new_plan(&mut self) {
        let mut plan = self.state.blank.clone();
        plan.made = Some(self.state.today());
        self.replace_plan(Document::new(plan), None);
        let text = self.state.strings().meeting.new_plan_started;
        self.state.say(MessageKind::Success, text);
    }

    fn replace_plan(&mut self, doc: Document, path: Option<PathBuf>) {
        self.close_all();
        let state = &mut self.state;
        state.doc = doc;
        state.files.path = path;
        state.files.autosave = Default::default();
        state.edited = false;
        // A window of its own for the recovery copies: a new plan's copy never overwrites
        // the copy of one left before.
        if let Some(store) = &state.files.recovery {
            state.files.recovery = Some(RecoveryStore::new(store.dir.clone()));
        }
        state.plan_cursor = Default::default();
        state.details_from_plan = false;
    }

    fn restore(&mut self, snapshot: crate::plan::RecoverySnapshot, file: PathBuf) {
        let state = &mut self.state;
        let cx = EditContext {
            catalog: &state.catalog,
            today: state.clock.today(),
        };
        state.doc.restore(snapshot.plan, &cx);
        state.files.path = snapshot.plan_path;
        state.edited = true;
        // A new plan's copy was named by the window that wrote it: this window writes its
        // own at once, and only then lets the old one go.
        let plan = state.plan().clone();
        if state.files.write_recovery(plan).is_ok()
            && let Some(store) = &state.files.recovery
            && store.file_for(state.files.path.as_deref()) != file
        {
            let _ = store.discard_file(&file);
        }
        let text = state.strings().restored;
        state.say(MessageKind::Success, text);
        self.plan_replaced(None);
    }
}

/// What an edit was, in words, for "Undone: …".
fn describe_edit(edit: &Edit) -> fn(&crate::i18n::MeetingStrings) -> &'static str {
    match edit {
        Edit::Write { .. } => |m| m.what_field,
        Edit::Step { field, .. } if field.kind() == crate::plan::FieldKind::Button => {
            |m| m.what_added
        }
        Edit::Step { .. } => |m| m.what_changed,
        Edit::Remove(_) => |m| m.what_removed,
        Edit::AddService(_) => |m| m.what_added,
        Edit::Replace(_) => |m| m.what_restored,
    }
}
