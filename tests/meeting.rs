//! The meeting screen as a professional uses it while talking to a client, on ratatui's
//! TestBackend: nothing typed is lost, everything can be taken back, letters are text, pastes
//! are text, dates are written the Finnish way, and plans are opened and started in the app.

mod common;

use common::*;

use std::path::Path;

use polku::date::Date;
use polku::i18n::Language;
use polku::plan::{AttainmentScale, Clock, Plan, PlanGoal, RecoveryStore, open_plan, save_plan};
use polku::theme::Theme;
use polku::tui::files::PlanFiles;
use polku::tui::{Action, App, Parts};
use ratatui::crossterm::event::{KeyCode, KeyModifiers};

/// The screen over the test catalogue, with `plan`, saving into `dir`, its clock on `today()`.
fn app_in(language: Language, plan: Plan, dir: &Path) -> App {
    let mut app = App::new(Parts {
        clock: Clock::Fixed(today()),
        plan,
        files: PlanFiles {
            plans_dir: Some(dir.to_path_buf()),
            recovery: Some(RecoveryStore::new(dir.join("recovery"))),
            ..PlanFiles::default()
        },
        ..Parts::new(report(), "test", language, Theme::dark())
    });
    resize(&mut app, 100, 30);
    app
}

fn resize(app: &mut App, width: u16, height: u16) {
    app.update(Action::Resize { width, height });
}

fn shown(app: &App) -> String {
    screen_at(app, 100, 30).0
}

fn plan_with_scale() -> Plan {
    Plan {
        main_goal: PlanGoal {
            text: "Meets people every week".into(),
            scale: Some(AttainmentScale {
                minus_two: "Stays in".into(),
                minus_one: "Goes out weekly".into(),
                zero: "Visits the club".into(),
                plus_one: "Volunteers".into(),
                plus_two: "Works part-time".into(),
            }),
            ..PlanGoal::default()
        },
        ..Plan::default()
    }
}

#[test]
fn ctrl_s_while_typing_saves_what_was_typed_and_ctrl_q_after_loses_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(Language::En, Plan::default(), dir.path());
    key(&mut app, KeyCode::F(3));
    // Typing on the client's row, then Ctrl-S before Enter.
    type_text(&mut app, "A. K.");
    ctrl(&mut app, 's');
    assert!(shown(&app).contains("Save the plan as"), "{}", shown(&app));
    key(&mut app, KeyCode::Enter);
    let path = app.files.path.clone().expect("saved");
    assert_eq!(open_plan(&path).unwrap().client, "A. K.");
    // Typing again, then Ctrl-Q at once: it asks, and Enter saves before quitting.
    key(&mut app, KeyCode::Tab);
    type_text(&mut app, "Moved to Kotka");
    ctrl(&mut app, 'q');
    assert!(!app.quit);
    assert!(shown(&app).contains("The plan has unsaved changes."));
    key(&mut app, KeyCode::Enter);
    assert!(app.quit);
    assert_eq!(open_plan(&path).unwrap().situation, "Moved to Kotka");
}

#[test]
fn typing_on_after_ctrl_s_keeps_the_space_typed_before_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(Language::En, Plan::default(), dir.path());
    key(&mut app, KeyCode::F(3));
    key(&mut app, KeyCode::Tab);
    // Ctrl-S right after a space, in the middle of a sentence, then the sentence goes on.
    type_text(&mut app, "Says that ");
    ctrl(&mut app, 's');
    key(&mut app, KeyCode::Enter);
    type_text(&mut app, "the back hurts");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.plan().situation, "Says that the back hurts");
}

#[test]
fn the_unsaved_changes_dialog_never_discards_with_enter_and_keeps_the_copy_on_discard() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(Language::Fi, Plan::default(), dir.path());
    type_text(&mut app, "cv");
    key(&mut app, KeyCode::Enter);
    ctrl(&mut app, 'q');
    let text = shown(&app);
    // The keys are the same in every dialog, the letter in the interface language.
    assert!(text.contains("Enter  tallenna ja lopeta"), "{text}");
    assert!(text.contains("Esc  takaisin"), "{text}");
    assert!(text.contains("Del  hylkää muutokset ja lopeta"), "{text}");
    key(&mut app, KeyCode::Esc);
    assert!(!app.quit);
    assert_eq!(app.plan().services.len(), 1);
    // A letter is never a choice: the question goes away and the letter is text beneath.
    ctrl(&mut app, 'q');
    type_text(&mut app, "h");
    assert!(!app.quit);
    assert!(!shown(&app).contains("hylkää muutokset"));
    assert_eq!(app.query.text(), "cvh");
    // Discarding quits, but the recovery copy stays for the next start to offer.
    ctrl(&mut app, 'q');
    key(&mut app, KeyCode::Delete);
    assert!(app.quit);
    let store = RecoveryStore::new(dir.path().join("recovery"));
    let found = store.find().found;
    assert_eq!(found.len(), 1, "the recovery copy is kept");
    assert_eq!(found[0].1.plan.services.len(), 1);
}

#[test]
fn removing_a_scale_or_a_service_says_so_and_ctrl_z_brings_it_back_exactly() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(Language::En, plan_with_scale(), dir.path());
    let before = app.plan().clone();
    key(&mut app, KeyCode::F(3));
    for _ in 0..3 {
        key(&mut app, KeyCode::Tab);
    }
    // Goal text, target date, indicator, then the first level of the scale.
    keys(&mut app, &[KeyCode::Down, KeyCode::Down, KeyCode::Down]);
    key(&mut app, KeyCode::Delete);
    assert_eq!(app.plan().main_goal.scale, None);
    let text = shown(&app);
    assert!(
        text.contains("Removed: Main goal · Level — Ctrl-Z brings it back."),
        "{text}"
    );
    ctrl(&mut app, 'z');
    assert_eq!(app.plan(), &before);
    // Redo removes it again; undo once more restores it.
    ctrl(&mut app, 'y');
    assert_eq!(app.plan().main_goal.scale, None);
    press(
        &mut app,
        KeyCode::Char('Z'),
        KeyModifiers::CONTROL | KeyModifiers::SHIFT,
    );
    assert_eq!(app.plan().main_goal.scale, None, "nothing more to redo");
    ctrl(&mut app, 'z');
    assert_eq!(app.plan(), &before);
}

#[test]
fn every_change_is_one_step_of_undo_and_redo() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(Language::En, Plan::default(), dir.path());
    let mut states = vec![app.plan().clone()];
    // A service added.
    type_text(&mut app, "klubitalo");
    key(&mut app, KeyCode::Enter);
    states.push(app.plan().clone());
    // A field written.
    key(&mut app, KeyCode::F(3));
    type_text(&mut app, "A. K.");
    key(&mut app, KeyCode::Enter);
    states.push(app.plan().clone());
    // A need ticked.
    keys(&mut app, &[KeyCode::Tab, KeyCode::Tab]);
    key(&mut app, KeyCode::Char(' '));
    states.push(app.plan().clone());
    // A task added.
    for _ in 0..3 {
        key(&mut app, KeyCode::Tab);
    }
    key(&mut app, KeyCode::End);
    key(&mut app, KeyCode::Enter);
    states.push(app.plan().clone());
    assert_eq!(app.plan().tasks.len(), 1);
    // Back through every state, then forwards again.
    for expected in states.iter().rev().skip(1) {
        ctrl(&mut app, 'z');
        assert_eq!(app.plan(), expected);
    }
    assert!(!app.dirty(), "undone to the start: nothing unsaved");
    for expected in states.iter().skip(1) {
        ctrl(&mut app, 'y');
        assert_eq!(app.plan(), expected);
    }
}

#[test]
fn letters_never_change_a_choice_and_the_screen_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(Language::En, Plan::default(), dir.path());
    key(&mut app, KeyCode::F(3));
    key(&mut app, KeyCode::Down);
    let kind = app.plan().kind;
    type_text(&mut app, "kd");
    assert_eq!(app.plan().kind, kind);
    let text = shown(&app);
    assert!(text.contains("“Kind of plan” is a choice"), "{text}");
    // Space, → and Enter change it; ← takes it back.
    key(&mut app, KeyCode::Right);
    let next = app.plan().kind;
    assert_ne!(next, kind);
    key(&mut app, KeyCode::Left);
    assert_eq!(app.plan().kind, kind);
}

#[test]
fn a_paste_onto_a_choice_changes_nothing_and_the_screen_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(Language::En, Plan::default(), dir.path());
    key(&mut app, KeyCode::F(3));
    key(&mut app, KeyCode::Down);
    let before = app.plan().clone();
    paste(&mut app, "Wants a group.\nAfraid of shops.");
    assert_eq!(app.plan(), &before);
    let text = shown(&app);
    assert!(text.contains("“Kind of plan” is a choice"), "{text}");
}

#[test]
fn a_paste_into_the_search_is_one_line_and_never_adds_a_service() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(Language::En, Plan::default(), dir.path());
    paste(&mut app, "klubitalo\n");
    assert_eq!(app.query.text(), "klubitalo ");
    assert!(app.plan().services.is_empty());
    assert!(shown(&app).contains("Club house"));
    // Into a multi-line plan field the lines stay; into a one-line field they become spaces.
    key(&mut app, KeyCode::F(3));
    paste(&mut app, "Aino\nKoskinen");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.plan().client, "Aino Koskinen");
    key(&mut app, KeyCode::Tab);
    paste(&mut app, "Moved in spring.\r\nLooking for work.");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.plan().situation, "Moved in spring.\nLooking for work.");
    // A second paste after Enter ended the edit starts a new line, not the end of the last word.
    paste(&mut app, "Wants routine.");
    key(&mut app, KeyCode::Enter);
    assert_eq!(
        app.plan().situation,
        "Moved in spring.\nLooking for work.\nWants routine."
    );
    key(&mut app, KeyCode::BackTab);
    paste(&mut app, "(AK)");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.plan().client, "Aino Koskinen (AK)");
}

#[test]
fn ctrl_e_goes_to_the_end_of_the_line_and_ctrl_arrows_move_by_words() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(Language::En, Plan::default(), dir.path());
    type_text(&mut app, "peer support group");
    ctrl(&mut app, 'a');
    ctrl(&mut app, 'e');
    type_text(&mut app, "s");
    assert_eq!(app.query.text(), "peer support groups");
    press(&mut app, KeyCode::Left, KeyModifiers::CONTROL);
    press(&mut app, KeyCode::Left, KeyModifiers::CONTROL);
    type_text(&mut app, "x");
    assert_eq!(app.query.text(), "peer xsupport groups");
    // Ctrl-E wrote nothing to disk.
    let written: Vec<_> = std::fs::read_dir(dir.path()).unwrap().flatten().collect();
    assert!(
        written.iter().all(|e| e.file_name() == "recovery"),
        "{written:?}"
    );
}

#[test]
fn the_cursor_stands_where_the_text_is_in_a_wrapped_field() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(Language::En, Plan::default(), dir.path());
    resize(&mut app, 80, 24);
    key(&mut app, KeyCode::F(3));
    key(&mut app, KeyCode::Tab);
    let words = "Moved to Kotka in spring and has looked for work since then, mostly in \
                 warehouses, with back pain";
    type_text(&mut app, words);
    let (text, cursor) = screen_at(&app, 80, 24);
    let (x, y) = cursor.expect("a cursor while typing");
    let row: Vec<&str> = text.lines().collect();
    // The cursor is just after "back pain", on the line where those words are drawn.
    let line = row[y as usize];
    let before: String = line.chars().take(x as usize).collect();
    assert!(before.ends_with("back pain"), "{before:?} in\n{text}");
    // Typing is a mode that shows without colour: a marker and a frame.
    assert!(text.contains("✎ TYPING"), "{text}");
    assert!(text.contains("┏"), "{text}");
}

#[test]
fn dates_are_typed_and_shown_the_finnish_way() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(Language::Fi, Plan::default(), dir.path());
    key(&mut app, KeyCode::F(3));
    key(&mut app, KeyCode::End);
    // The next meeting: "15.1." is the coming 15 January.
    type_text(&mut app, "15.1.");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.plan().next_meeting, Date::new(2027, 1, 15));
    assert!(shown(&app).contains("15.1.2027"), "{}", shown(&app));
    // A wrong date is refused and kept to be mended; the error goes as soon as it is right.
    key(&mut app, KeyCode::Enter);
    ctrl(&mut app, 'u');
    type_text(&mut app, "31.2.27");
    key(&mut app, KeyCode::Enter);
    assert!(shown(&app).contains("Ei päivämäärä"), "{}", shown(&app));
    ctrl(&mut app, 'u');
    type_text(&mut app, "28.2.27");
    let (text, _) = screen_at(&app, 100, 30);
    let field_rows: Vec<&str> = text.lines().skip(20).take(9).collect();
    assert!(
        !field_rows.iter().any(|l| l.contains("Ei päivämäärä")),
        "{text}"
    );
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.plan().next_meeting, Date::new(2027, 2, 28));
    // In English the client view writes the month's name.
    let mut en = app_in(Language::En, app.plan().clone(), dir.path());
    key(&mut en, KeyCode::F(2));
    assert!(shown(&en).contains("28 Feb 2027"), "{}", shown(&en));
}

#[test]
fn the_header_says_whose_plan_and_plans_are_opened_and_started_inside_the_app() {
    let dir = tempfile::tempdir().unwrap();
    let saved = Plan {
        client: "Matti M.".into(),
        made: Date::new(2026, 5, 2),
        changed: Date::new(2026, 5, 20),
        next_meeting: Date::new(2026, 7, 1),
        ..Plan::default()
    };
    save_plan(&saved, &dir.path().join("plan-mm.ron")).unwrap();
    save_plan(
        &Plan {
            client: "Liisa L.".into(),
            ..Plan::default()
        },
        &dir.path().join("plan-ll.ron"),
    )
    .unwrap();
    let mut app = app_in(Language::En, Plan::default(), dir.path());
    assert!(shown(&app).lines().next().unwrap().contains("new plan"));
    // Unsaved changes show in the header.
    type_text(&mut app, "cv");
    key(&mut app, KeyCode::Enter);
    assert!(shown(&app).lines().next().unwrap().contains("● unsaved"));
    // Ctrl-O lists the plans; typing filters them.
    ctrl(&mut app, 'o');
    let text = shown(&app);
    for expected in [
        "Matti M.",
        "Liisa L.",
        "2 May 2026",
        "20 May 2026",
        "1 Jul 2026",
        "Next meeting",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
    type_text(&mut app, "matti");
    let text = shown(&app);
    assert!(!text.contains("Liisa L."), "{text}");
    // Opening another plan with unsaved changes asks first; Esc keeps the plan on screen.
    key(&mut app, KeyCode::Enter);
    assert!(shown(&app).contains("The plan has unsaved changes. Save it first?"));
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.plan().services.len(), 1);
    // Saving first, then opening.
    ctrl(&mut app, 'o');
    type_text(&mut app, "matti");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Enter);
    assert!(shown(&app).contains("Save the plan as"));
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.plan().client, "Matti M.");
    assert!(shown(&app).lines().next().unwrap().contains("Matti M."));
    // Ctrl-N starts a new plan at once when nothing is unsaved.
    ctrl(&mut app, 'n');
    assert_eq!(app.plan().client, "");
    assert_eq!(app.plan().made, Some(today()));
    assert_eq!(app.files.path, None);
}

#[test]
fn save_as_is_in_the_help_and_the_status_bar() {
    let dir = tempfile::tempdir().unwrap();
    for (language, hint) in [
        (Language::Fi, "F12 tallenna nimellä"),
        (Language::Sv, "F12 spara som"),
        (Language::En, "F12 save as"),
    ] {
        let mut app = app_in(language, Plan::default(), dir.path());
        resize(&mut app, 80, 24);
        let (text, _) = screen_at(&app, 80, 24);
        let status = text.lines().last().unwrap();
        assert!(status.contains(hint), "{status}");
    }
    let mut app = app_in(Language::En, Plan::default(), dir.path());
    key(&mut app, KeyCode::F(1));
    let (text, _) = screen_at(&app, 100, 60);
    assert!(text.contains("save as"), "{text}");
    // F12 asks for a new name even when the plan has a file.
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::F(12));
    assert!(shown(&app).contains("Save the plan as"));
}

#[test]
fn at_80_by_24_every_section_and_field_can_be_reached_and_the_status_bar_is_whole() {
    let dir = tempfile::tempdir().unwrap();
    let mut plan = plan_with_scale();
    plan.sub_goals.push(plan.main_goal.clone());
    let mut app = app_in(Language::Fi, plan, dir.path());
    resize(&mut app, 80, 24);
    key(&mut app, KeyCode::F(3));
    let s = Language::Fi.strings();
    for section in polku::plan::form::Section::ALL {
        let (text, _) = screen_at(&app, 80, 24);
        assert!(
            text.contains(section.title(s)),
            "{section:?} not shown:\n{text}"
        );
        // The last row of the section can be reached and is on screen.
        key(&mut app, KeyCode::End);
        let (text, _) = screen_at(&app, 80, 24);
        let status = text.lines().last().unwrap().trim_end().to_owned();
        for hint in ["Esc sulje", "F1 ohje", "Tab osio", "Ctrl-S tallenna"] {
            assert!(status.contains(hint), "{status:?}");
        }
        key(&mut app, KeyCode::Tab);
    }
    // The goals section is the longest: its last row (add a sub-goal) shows when selected.
    let goals = polku::plan::form::Section::ALL
        .iter()
        .position(|s| *s == polku::plan::form::Section::Goals)
        .unwrap();
    for _ in 0..goals {
        key(&mut app, KeyCode::Tab);
    }
    key(&mut app, KeyCode::End);
    let (text, _) = screen_at(&app, 80, 24);
    assert!(text.contains("▶ + Lisää välitavoite"), "{text}");
}

#[test]
fn the_editor_opens_on_the_clients_name_and_enter_starts_editing() {
    let dir = tempfile::tempdir().unwrap();
    let plan = Plan {
        client: "A. K.".into(),
        ..Plan::default()
    };
    let mut app = app_in(Language::En, plan, dir.path());
    key(&mut app, KeyCode::F(3));
    let text = shown(&app);
    assert!(text.contains("▶ Client (name or initials)"), "{text}");
    key(&mut app, KeyCode::Enter);
    type_text(&mut app, "rhonen");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.plan().client, "A. K.rhonen");
}

#[test]
fn filters_speak_the_users_words_and_arrows_go_both_ways() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(Language::Sv, Plan::default(), dir.path());
    ctrl(&mut app, 'f');
    // Format x3, then the service language.
    keys(&mut app, &[KeyCode::Down, KeyCode::Down, KeyCode::Down]);
    key(&mut app, KeyCode::Right);
    let text = shown(&app);
    assert!(text.contains("engelska"), "{text}");
    key(&mut app, KeyCode::Right);
    let next = app.filters.language.clone();
    key(&mut app, KeyCode::Left);
    assert_eq!(app.filters.language.as_deref(), Some("en"));
    assert_ne!(next.as_deref(), Some("en"));
    // The municipality by its Swedish name.
    key(&mut app, KeyCode::Down);
    let mut seen = String::new();
    for _ in 0..3 {
        key(&mut app, KeyCode::Right);
        seen.push_str(&shown(&app));
    }
    assert!(seen.contains("Villmanstrand"), "{seen}");
    assert!(!seen.contains("Lappeenranta"), "{seen}");
}

#[test]
fn the_help_scrolls_only_as_far_as_it_has_text() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(Language::En, Plan::default(), dir.path());
    key(&mut app, KeyCode::F(1));
    for _ in 0..100 {
        key(&mut app, KeyCode::PageDown);
    }
    let text = shown(&app);
    // The last line of the help is at the bottom of its box, not scrolled away.
    assert!(text.contains("Enter or typing starts editing"), "{text}");
    assert!(text.contains("the safe choice"), "{text}");
}

#[test]
fn the_mouse_selects_a_row_in_the_editor() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(Language::En, Plan::default(), dir.path());
    key(&mut app, KeyCode::F(3));
    // The border, the tabs, then the rows: the fourth row is "Made on".
    app.update(Action::Click { column: 10, row: 5 });
    let text = shown(&app);
    assert!(text.contains("▶ Made on"), "{text}");
    app.update(Action::ScrollDown { column: 10, row: 5 });
    assert!(
        shown(&app).contains("▶ Others taking part"),
        "{}",
        shown(&app)
    );
}

/// A recovery copy of a plan with `situation`, written under `dir` as a window that stopped
/// would leave it: the store, the copy's file and what it holds.
fn recovery_copy_of(
    dir: &std::path::Path,
    situation: &str,
) -> (
    RecoveryStore,
    std::path::PathBuf,
    polku::plan::RecoverySnapshot,
) {
    let store = RecoveryStore::new(dir.join("recovery"));
    let lost = Plan {
        situation: situation.into(),
        ..Plan::default()
    };
    store
        .write(&polku::plan::RecoverySnapshot::new(
            lost,
            None,
            std::time::SystemTime::now(),
        ))
        .unwrap();
    let (file, snapshot) = store.find().found.remove(0);
    (store, file, snapshot)
}

#[test]
fn a_recovery_copy_is_offered_with_enter_restoring_and_esc_keeping_it() {
    let dir = tempfile::tempdir().unwrap();
    let (_, file, snapshot) = recovery_copy_of(dir.path(), "Back pain since the accident");
    let mut app = app_in(Language::En, Plan::default(), dir.path());
    app.offer_restore(snapshot.clone(), file.clone());
    let text = shown(&app);
    assert!(text.contains("Enter  restore"), "{text}");
    assert!(text.contains("Esc  not now (the copy is kept)"), "{text}");
    key(&mut app, KeyCode::Esc);
    assert!(file.exists(), "not now keeps the copy");
    app.offer_restore(snapshot, file);
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.plan().situation, "Back pain since the accident");
    // Restoring is a change like any other: undo takes it back.
    ctrl(&mut app, 'z');
    assert_eq!(app.plan().situation, "");
}

#[test]
fn a_recovery_copy_set_aside_comes_back_with_undo_and_letters_never_touch_it() {
    let dir = tempfile::tempdir().unwrap();
    let (store, file, snapshot) = recovery_copy_of(dir.path(), "Selkäkipu tapaturman jälkeen");
    let mut app = app_in(Language::Fi, Plan::default(), dir.path());
    app.offer_restore(snapshot.clone(), file.clone());
    assert!(
        shown(&app).contains("Del  siirrä kopio syrjään"),
        "{}",
        shown(&app)
    );
    // When the copy was written, in the professional's own time (not UTC).
    assert!(
        shown(&app).contains("Kopio kirjoitettu "),
        "{}",
        shown(&app)
    );
    assert!(!shown(&app).contains("UTC"), "{}", shown(&app));
    // Typing a phrase at once: the letters go to the search, the copy stays for next time.
    type_text(&mut app, "hoitaja");
    assert_eq!(app.query.text(), "hoitaja");
    assert!(file.exists());
    assert!(!shown(&app).contains("Tallentamaton"), "{}", shown(&app));
    // Del sets the copy aside: not offered at the next start, but undo brings it back.
    app.offer_restore(snapshot, file.clone());
    key(&mut app, KeyCode::Delete);
    assert!(!file.exists());
    assert!(store.find().found.is_empty());
    assert!(shown(&app).contains("Kopio siirrettiin syrjään — Ctrl-Z tuo sen takaisin."));
    ctrl(&mut app, 'z');
    assert_eq!(store.find().found.len(), 1);
    assert!(shown(&app).contains("Enter  palauta"), "{}", shown(&app));
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.plan().situation, "Selkäkipu tapaturman jälkeen");
}

#[test]
fn typing_over_a_panel_is_text_for_what_is_beneath() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(Language::En, Plan::default(), dir.path());
    ctrl(&mut app, 'g');
    assert!(shown(&app).contains("Goals by theme"));
    type_text(&mut app, "velat");
    assert_eq!(app.query.text(), "velat");
    assert!(!shown(&app).contains("Goals by theme"));
    // Help over the editor: the letters go to the client's name.
    key(&mut app, KeyCode::F(3));
    key(&mut app, KeyCode::F(1));
    type_text(&mut app, "A. K.");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.plan().client, "A. K.");
}

#[test]
fn undo_in_the_editor_shows_what_it_took_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(Language::En, Plan::default(), dir.path());
    key(&mut app, KeyCode::F(3));
    key(&mut app, KeyCode::Tab);
    type_text(&mut app, "Moved in spring");
    key(&mut app, KeyCode::Enter);
    keys(&mut app, &[KeyCode::Tab, KeyCode::Tab]);
    assert!(shown(&app).contains("Main goal"));
    ctrl(&mut app, 'z');
    let text = shown(&app);
    assert!(
        text.contains("▶ The situation in the client's own words"),
        "{text}"
    );
    assert!(text.contains("Undone: a field's change"), "{text}");
    assert_eq!(app.plan().situation, "");
    // A button's row says how it is used when a letter is typed on it.
    keys(&mut app, &[KeyCode::Tab, KeyCode::Tab, KeyCode::End]);
    type_text(&mut app, "x");
    assert!(shown(&app).contains("Enter or Space; letters are not typed here."));
}

#[test]
fn opening_another_plan_can_leave_the_changes_and_their_copy_stays() {
    let dir = tempfile::tempdir().unwrap();
    save_plan(
        &Plan {
            client: "Matti M.".into(),
            ..Plan::default()
        },
        &dir.path().join("plan-mm.ron"),
    )
    .unwrap();
    let mut app = app_in(Language::En, Plan::default(), dir.path());
    type_text(&mut app, "cv");
    key(&mut app, KeyCode::Enter);
    ctrl(&mut app, 'o');
    key(&mut app, KeyCode::Enter);
    assert!(
        shown(&app).contains("Del  discard the changes"),
        "{}",
        shown(&app)
    );
    key(&mut app, KeyCode::Delete);
    assert_eq!(app.plan().client, "Matti M.");
    assert!(!app.dirty());
    let found = RecoveryStore::new(dir.path().join("recovery")).find().found;
    assert_eq!(found.len(), 1, "the left plan's copy is kept");
    assert_eq!(found[0].1.plan.services.len(), 1);
}

#[test]
fn a_bare_name_is_saved_in_the_plans_folder_as_a_plan_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(Language::En, Plan::default(), dir.path());
    type_text(&mut app, "cv");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::F(12));
    ctrl(&mut app, 'u');
    type_text(&mut app, "aino k");
    key(&mut app, KeyCode::Enter);
    let path = dir.path().join("aino k.ron");
    assert_eq!(app.files.path.as_deref(), Some(path.as_path()));
    assert_eq!(open_plan(&path).unwrap().services.len(), 1);
}

#[test]
fn f3_over_the_client_view_comes_back_to_the_open_editor() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(Language::En, Plan::default(), dir.path());
    key(&mut app, KeyCode::F(3));
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::F(2));
    key(&mut app, KeyCode::F(3));
    assert_eq!(app.overlays().len(), 1, "one editor, where it was");
    assert!(shown(&app).contains("▶ The situation in the client's own words"));
    key(&mut app, KeyCode::Esc);
    assert!(app.overlays().is_empty());
}
