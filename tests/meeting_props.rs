//! Random sequences of keys and pastes over a plan, as a hurried professional might press them:
//! the screen never panics, and after every save that succeeds, what was on screen is in the
//! file — no field left half-typed outside the plan, and the file holds the plan as shown.

use polku::catalog::{SourceFile, load};
use polku::date::Date;
use polku::i18n::Language;
use polku::plan::{Clock, Plan, RecoveryStore, open_plan};
use polku::theme::Theme;
use polku::tui::files::PlanFiles;
use polku::tui::overlay::Kind;
use polku::tui::{Action, App, Parts, action_for_event, draw};
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

#[derive(Clone, Debug)]
enum Step {
    Type(String),
    Paste(String),
    Key(KeyCode, KeyModifiers),
    /// Ctrl-S, and Enter if a name is asked for.
    Save,
    /// The terminal resized (down to sizes too small to use).
    Resize(u16, u16),
}

fn keys() -> Vec<(KeyCode, KeyModifiers)> {
    use KeyCode::*;
    let none = KeyModifiers::NONE;
    let ctrl = KeyModifiers::CONTROL;
    vec![
        (Enter, none),
        (Esc, none),
        (Tab, none),
        (BackTab, KeyModifiers::SHIFT),
        (Up, none),
        (Down, none),
        (Left, none),
        (Right, none),
        (Home, none),
        (End, none),
        (PageUp, none),
        (PageDown, none),
        (Delete, none),
        (Backspace, none),
        (Char(' '), none),
        (F(1), none),
        (F(2), none),
        (F(3), none),
        (F(3), none),
        (F(12), none),
        (Char('z'), ctrl),
        (Char('y'), ctrl),
        (Char('w'), ctrl),
        (Char('u'), ctrl),
        (Char('a'), ctrl),
        (Char('e'), ctrl),
        (Char('f'), ctrl),
        (Char('g'), ctrl),
        (Char('o'), ctrl),
        (Char('n'), ctrl),
        (Char('q'), ctrl),
        (Left, ctrl),
        (Enter, KeyModifiers::ALT),
    ]
}

fn step() -> impl Strategy<Value = Step> {
    let keys = keys();
    prop_oneof![
        3 => "[a-zåäö0-9 .,-]{1,12}".prop_map(Step::Type),
        1 => "[a-z .\n]{1,20}".prop_map(Step::Paste),
        6 => (0..keys.len()).prop_map(move |i| Step::Key(keys[i].0, keys[i].1)),
        1 => Just(Step::Save),
        1 => (10u16..140, 3u16..50).prop_map(|(w, h)| Step::Resize(w, h)),
    ]
}

fn press(app: &mut App, code: KeyCode, modifiers: KeyModifiers) {
    let event = Event::Key(KeyEvent::new(code, modifiers));
    if let Some(action) = action_for_event(app, &event) {
        app.update(action);
    }
}

fn run(steps: &[Step]) -> Result<(), TestCaseError> {
    let dir = tempfile::tempdir().unwrap();
    let report = load(vec![SourceFile::in_memory(
        "catalog.ron",
        include_bytes!("fixtures/search/catalog.ron"),
    )]);
    let mut app = App::new(Parts {
        clock: Clock::Fixed(Date::new(2026, 6, 10).unwrap()),
        plan: Plan::default(),
        files: PlanFiles {
            plans_dir: Some(dir.path().to_path_buf()),
            recovery: Some(RecoveryStore::new(dir.path().join("recovery"))),
            ..PlanFiles::default()
        },
        ..Parts::new(report, "test", Language::Fi, Theme::dark())
    });
    app.update(Action::Resize {
        width: 80,
        height: 24,
    });
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    for step in steps {
        match step {
            Step::Resize(width, height) => {
                app.update(Action::Resize {
                    width: *width,
                    height: *height,
                });
                terminal = Terminal::new(TestBackend::new(*width, *height)).unwrap();
            }
            Step::Type(text) => {
                for c in text.chars() {
                    press(&mut app, KeyCode::Char(c), KeyModifiers::NONE);
                }
            }
            Step::Paste(text) => {
                if let Some(action) = action_for_event(&app, &Event::Paste(text.clone())) {
                    app.update(action);
                }
            }
            Step::Key(code, modifiers) => press(&mut app, *code, *modifiers),
            Step::Save => {
                app.state.message = None;
                press(&mut app, KeyCode::Char('s'), KeyModifiers::CONTROL);
                if app.top() == Some(Kind::SaveAs) {
                    press(&mut app, KeyCode::Enter, KeyModifiers::NONE);
                }
                let saved = app
                    .message
                    .as_ref()
                    .is_some_and(|m| m.text.starts_with("Tallennettu"));
                if saved && app.top() != Some(Kind::SaveAs) {
                    prop_assert!(
                        app.unsaved_plan().is_none(),
                        "something typed was left out of the save"
                    );
                    let path = app.files.path.clone().expect("a saved plan has a file");
                    let on_disk = open_plan(&path).expect("the saved plan opens");
                    prop_assert_eq!(&on_disk, app.plan());
                }
            }
        }
        terminal.draw(|frame| draw(frame, &app)).unwrap();
        if app.quit {
            break;
        }
    }
    Ok(())
}

/// The files in the folder the tests run in: a save must never land there.
fn files_here() -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = std::fs::read_dir(env!("CARGO_MANIFEST_DIR"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    files
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn keys_and_pastes_never_lose_what_was_typed_before_a_save(
        steps in proptest::collection::vec(step(), 1..60)
    ) {
        let before = files_here();
        run(&steps)?;
        prop_assert_eq!(files_here(), before, "a save went outside the plans folder");
    }
}
