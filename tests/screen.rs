//! The meeting screen, driven with key presses on ratatui's TestBackend: what a professional
//! and a client would see.

mod common;

use common::*;

use polku::catalog::{SourceFile, load};
use polku::i18n::Language;
use polku::theme::Theme;
use polku::tui::{Action, App, Parts, draw};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

fn app(language: Language) -> App {
    app_with(language, polku::plan::Plan::default())
}

/// The screen with its plans folder at `dir`.
fn app_saving_into(language: Language, dir: &std::path::Path) -> App {
    let mut app = App::new(Parts {
        clock: polku::plan::Clock::Fixed(today()),
        files: polku::tui::files::PlanFiles {
            plans_dir: Some(dir.to_path_buf()),
            ..Default::default()
        },
        ..Parts::new(report(), "test", language, Theme::dark())
    });
    app.update(Action::Resize {
        width: 100,
        height: 30,
    });
    app
}

fn app_with(language: Language, plan: polku::plan::Plan) -> App {
    let mut app = App::new(Parts {
        clock: polku::plan::Clock::Fixed(today()),
        plan,
        ..Parts::new(report(), "test", language, Theme::dark())
    });
    app.update(Action::Resize {
        width: 100,
        height: 30,
    });
    app
}

fn shown(app: &App) -> String {
    screen(app, 100, 30)
}

#[test]
fn start_screen_shows_catalogue_goals_services_and_keys() {
    let app = app(Language::En);
    let text = shown(&app);
    assert!(text.contains("Test catalogue"), "{text}");
    assert!(text.contains("4 goals · 6 services"), "{text}");
    assert!(text.contains("F1 help"), "{text}");
    insta::assert_snapshot!("start_en", text);
}

#[test]
fn typing_filters_at_once_and_highlights() {
    let mut app = app(Language::En);
    type_text(&mut app, "ahdistus");
    let text = shown(&app);
    assert!(text.contains("› ahdistus"), "{text}");
    // The two services for anxiety, then the study coach whose text speaks of mental health
    // (what the need thesaurus says anxiety means).
    assert!(text.contains("Services (3)"), "{text}");
    assert!(text.contains("Anxiety group"), "{text}");
    assert!(!text.contains("CV workshop"), "{text}");
    insta::assert_snapshot!("typed_ahdistus", text);
}

#[test]
fn moving_and_enter_add_the_service_to_the_plan() {
    let mut app = app(Language::En);
    type_text(&mut app, "työnhakutaidot");
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Enter);
    let text = shown(&app);
    assert!(text.contains("Plan (1)"), "{text}");
    assert!(text.contains("1. Interview coaching"), "{text}");
    assert!(
        text.contains("Added to the plan: Interview coaching"),
        "{text}"
    );
    assert!(text.contains("● unsaved"), "{text}");
    // Adding it again does not duplicate it.
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.plan().services.len(), 1);
}

#[test]
fn details_show_everything_the_catalogue_holds() {
    let mut app = app(Language::En);
    type_text(&mut app, "cv");
    let text = shown(&app);
    for expected in [
        "CV workshop",
        "Your CV in shape together.",
        "Format: group",
        "Area: Lappeenranta",
        "Cost: free of charge",
        "Goals: Job-search skills",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
}

#[test]
fn goal_browser_groups_by_theme_and_opens_a_goal() {
    let mut app = app(Language::En);
    ctrl(&mut app, 'g');
    let text = shown(&app);
    assert!(text.contains("Goals by theme"), "{text}");
    assert!(text.contains("From work activity to work"), "{text}");
    assert!(
        text.contains("Activity that supports participation"),
        "{text}"
    );
    // The first goal row is selected; past "Finishing studies" (the studies theme) comes
    // "Mental wellbeing", the first participation goal.
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Enter);
    let text = shown(&app);
    assert!(text.contains("[Goal: Mental wellbeing]"), "{text}");
    assert!(text.contains("Services (2)"), "{text}");
    // Esc closes the goal again.
    key(&mut app, KeyCode::Esc);
    assert!(shown(&app).contains("Services (6)"));
}

#[test]
fn filters_are_set_from_the_keyboard_and_always_visible() {
    let mut app = app(Language::En);
    ctrl(&mut app, 'f');
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Char(' '));
    assert!(shown(&app).contains("Filters · 2 services"));
    key(&mut app, KeyCode::Esc);
    let text = shown(&app);
    assert!(text.contains("Filtered: [remote]"), "{text}");
    assert!(text.contains("Services (2)"), "{text}");
    ctrl(&mut app, 'r');
    assert!(!shown(&app).contains("Filtered:"));
}

#[test]
fn help_lists_every_key_from_the_key_table() {
    let mut app = app(Language::En);
    key(&mut app, KeyCode::F(1));
    let text = screen(&app, 100, 60);
    for expected in [
        "Keys",
        "Ctrl-Q / Ctrl-C",
        "quit",
        "Ctrl-S",
        "save as",
        "Tab",
        "next pane",
        "Ctrl-W",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
    key(&mut app, KeyCode::Esc);
    assert!(!shown(&app).contains("Ctrl-Q / Ctrl-C       quit"));
}

#[test]
fn letters_typed_in_any_pane_go_into_the_search() {
    let mut app = app(Language::En);
    type_text(&mut app, "?");
    assert_eq!(app.query.text(), "?");
    // In a list, letters are text too: they go to the search, never set off a command.
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab);
    type_text(&mut app, "dq");
    assert_eq!(app.query.text(), "?dq");
    assert_eq!(app.focus, polku::tui::Pane::Search);
    assert!(!app.quit);
}

#[test]
fn client_view_shows_the_plan_large_and_returns() {
    let plan = polku::plan::Plan {
        client: "A. K.".into(),
        main_goal: polku::plan::PlanGoal {
            text: "I meet people every week".into(),
            indicator: "Three visits a month".into(),
            ..Default::default()
        },
        tasks: vec![polku::plan::Task {
            who: polku::plan::TaskOwner::Client,
            what: "Visit the club house".into(),
            by: "2026-12-01".parse().ok(),
            done: false,
        }],
        ..Default::default()
    };
    let mut app = app_with(Language::En, plan);
    type_text(&mut app, "klubitalo");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::F(2));
    let text = shown(&app);
    assert!(text.contains("Client plan · A. K."), "{text}");
    assert!(text.contains("MAIN GOAL"), "{text}");
    assert!(text.contains("I meet people every week"), "{text}");
    assert!(text.contains("Indicator: Three visits a month"), "{text}");
    assert!(text.contains("1. Club house  (proposed)"), "{text}");
    assert!(
        text.contains("[ ] Client: Visit the club house (by 1 Dec 2026)"),
        "{text}"
    );
    assert!(
        text.contains("A community doing things together."),
        "{text}"
    );
    assert!(!text.contains("Service details"), "{text}");
    insta::assert_snapshot!("client_view", text);
    key(&mut app, KeyCode::F(2));
    assert!(shown(&app).contains("Service details"));
}

#[test]
fn each_language_speaks_its_own() {
    for (language, words) in [
        (Language::Fi, ["Palvelut (6)", "Suunnitelma (0)", "F1 ohje"]),
        (Language::Sv, ["Tjänster (6)", "Plan (0)", "F1 hjälp"]),
        (Language::En, ["Services (6)", "Plan (0)", "F1 help"]),
    ] {
        let text = shown(&app(language));
        for word in words {
            assert!(
                text.contains(word),
                "{language:?}: missing {word:?} in\n{text}"
            );
        }
    }
    let sv = shown(&app(Language::Sv));
    assert!(sv.contains("Klubbhuset"), "{sv}");
}

#[test]
fn too_small_screen_says_so_and_growing_brings_the_app_back() {
    let mut app = app(Language::En);
    app.update(Action::Resize {
        width: 50,
        height: 15,
    });
    let text = screen(&app, 50, 15);
    assert!(text.contains("Too small: now 50x15, needs 60x20"), "{text}");
    app.update(Action::Resize {
        width: 60,
        height: 20,
    });
    let text = screen(&app, 60, 20);
    assert!(text.contains("Services (6)"), "{text}");
}

#[test]
fn every_size_from_tiny_to_huge_draws_without_panicking() {
    let mut app = app(Language::Fi);
    type_text(&mut app, "a");
    for (w, h) in [
        (1, 1),
        (10, 3),
        (59, 19),
        (60, 20),
        (80, 24),
        (100, 30),
        (200, 60),
    ] {
        app.update(Action::Resize {
            width: w,
            height: h,
        });
        screen(&app, w, h);
    }
}

#[test]
fn quitting_with_unsaved_changes_asks_first() {
    let mut app = app(Language::En);
    type_text(&mut app, "cv");
    key(&mut app, KeyCode::Enter);
    ctrl(&mut app, 'q');
    assert!(!app.quit);
    assert!(shown(&app).contains("The plan has unsaved changes."));
    key(&mut app, KeyCode::Esc);
    assert!(!app.quit);
    // Enter never discards: it is "save and quit", which asks for a name first.
    ctrl(&mut app, 'q');
    key(&mut app, KeyCode::Enter);
    assert!(!app.quit);
    assert!(shown(&app).contains("Save the plan as"), "{}", shown(&app));
}

#[test]
fn quitting_without_changes_is_immediate_and_escape_never_quits() {
    let mut app = app(Language::En);
    for _ in 0..3 {
        key(&mut app, KeyCode::Esc);
    }
    assert!(!app.quit);
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Char('q'));
    assert!(!app.quit, "a letter is text");
    key(&mut app, KeyCode::Esc);
    ctrl(&mut app, 'q');
    assert!(app.quit);
}

#[test]
fn plan_pane_removes_a_service() {
    let mut app = app(Language::En);
    type_text(&mut app, "cv");
    key(&mut app, KeyCode::Enter);
    for _ in 0..4 {
        key(&mut app, KeyCode::Tab);
    }
    key(&mut app, KeyCode::Delete);
    assert!(app.plan().services.is_empty());
    let text = shown(&app);
    assert!(text.contains("Plan (0)"), "{text}");
    assert!(
        text.contains("Removed: CV workshop — Ctrl-Z brings it back."),
        "{text}"
    );
    ctrl(&mut app, 'z');
    assert_eq!(app.plan().services.len(), 1);
    assert!(shown(&app).contains("Plan (1)"));
}

#[test]
fn mouse_click_focuses_and_selects() {
    let mut app = app(Language::En);
    let areas = app.areas();
    // The third row inside the services list: the first goal's heading and its two services,
    // so the third row is the second service.
    app.update(Action::Click {
        column: areas.services.x + 3,
        row: areas.services.y + 3,
    });
    assert_eq!(app.focus, polku::tui::Pane::Services);
    assert_eq!(app.services_cursor.selected, 1);
    assert!(
        shown(&app).contains("▶  Interview coaching"),
        "{}",
        shown(&app)
    );
    app.update(Action::ScrollDown {
        column: areas.services.x + 3,
        row: areas.services.y + 3,
    });
    assert_eq!(app.services_cursor.selected, 4);
}

#[test]
fn no_color_keeps_selection_visible() {
    let mut app = App::new(Parts::new(
        report(),
        "test",
        Language::En,
        Theme::colourless(),
    ));
    app.update(Action::Resize {
        width: 100,
        height: 30,
    });
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab);
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).unwrap();
    terminal.draw(|frame| draw(frame, &app)).unwrap();
    let buffer = terminal.backend().buffer();
    let areas = app.areas();
    let selected_row = areas.services.y + 1;
    let cell = &buffer[(areas.services.x + 3, selected_row)];
    assert!(
        cell.modifier.contains(ratatui::style::Modifier::REVERSED),
        "{cell:?}"
    );
    // And no colour anywhere.
    for cell in buffer.content() {
        assert_eq!(cell.fg, ratatui::style::Color::Reset);
        assert_eq!(cell.bg, ratatui::style::Color::Reset);
    }
}

#[test]
fn plan_editor_opens_edits_and_ticks_needs() {
    let mut app = app(Language::En);
    key(&mut app, KeyCode::F(3));
    let text = shown(&app);
    assert!(text.contains("The client's plan"), "{text}");
    assert!(text.contains("Kind of plan"), "{text}");
    // The editor opens on the client's name: typing writes it.
    type_text(&mut app, "A.K.");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.plan().client, "A.K.");
    assert!(app.dirty());
}

#[test]
fn plan_flow_add_service_write_goal_tick_need_save() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_saving_into(Language::En, dir.path());
    // Add a service.
    type_text(&mut app, "klubitalo");
    key(&mut app, KeyCode::Enter);
    // Write the main goal in the client's words.
    key(&mut app, KeyCode::F(3));
    for _ in 0..3 {
        key(&mut app, KeyCode::Tab);
    }
    assert!(shown(&app).contains("Main goal"));
    type_text(&mut app, "I meet people every week");
    key(&mut app, KeyCode::Enter);
    // Tick a need: the support-needs tab, the thirteenth need (mental-health challenges).
    key(&mut app, KeyCode::BackTab);
    for _ in 0..12 {
        key(&mut app, KeyCode::Down);
    }
    key(&mut app, KeyCode::Char(' '));
    let text = shown(&app);
    assert!(text.contains("[x]"), "{text}");
    // The ticked need brings its goals forward.
    assert!(
        text.contains("Goals suggested by the ticked needs"),
        "{text}"
    );
    assert!(text.contains("Mental wellbeing"), "{text}");
    // Save: the first time asks for a name, offering one in the plans folder.
    ctrl(&mut app, 's');
    let text = shown(&app);
    assert!(text.contains("Save the plan as"), "{text}");
    key(&mut app, KeyCode::Enter);
    assert!(!app.dirty());
    let path = app.files.path.clone().expect("the plan has a file now");
    assert!(path.starts_with(dir.path()));
    assert!(shown(&app).contains("Saved:"));
    let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let saved = polku::plan::open_plan(&path).unwrap();
    assert_eq!(saved.main_goal.text, "I meet people every week");
    assert_eq!(saved.services[0].service.as_str(), "club-house");
    assert!(
        saved
            .needs
            .contains(&polku::catalog::SupportNeed::MentalHealth)
    );
    // The editor is still open on the support needs; one section back is the situation.
    // A second Ctrl-S saves over the same file without asking.
    key(&mut app, KeyCode::BackTab);
    type_text(&mut app, "Lonely since the move");
    key(&mut app, KeyCode::Enter);
    ctrl(&mut app, 's');
    assert_eq!(
        polku::plan::open_plan(&path).unwrap().situation,
        "Lonely since the move"
    );
}

/// Adds a service and saves the plan under `blocker`, a file where the folder should be:
/// saving there fails for anyone, root included.
fn save_under_a_file(language: Language, blocker: &str) -> (App, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join(blocker);
    std::fs::write(&blocker, "x").unwrap();
    let mut app = app(language);
    type_text(&mut app, "cv");
    key(&mut app, KeyCode::Enter);
    ctrl(&mut app, 's');
    // Type a name inside the blocked path.
    ctrl(&mut app, 'u');
    type_text(&mut app, &blocker.join("plan.ron").display().to_string());
    key(&mut app, KeyCode::Enter);
    (app, dir)
}

#[test]
fn a_failed_save_says_so_and_keeps_the_plan() {
    let (app, dir) = save_under_a_file(Language::En, "not-a-folder");
    let blocker = dir.path().join("not-a-folder");
    let text = shown(&app);
    assert!(text.contains("Saving failed"), "{text}");
    assert!(app.dirty(), "the changes are still unsaved");
    assert_eq!(app.plan().services.len(), 1, "nothing was lost");
    assert_eq!(std::fs::read_to_string(&blocker).unwrap(), "x");
}

#[test]
fn a_bad_date_is_refused_and_kept_on_screen() {
    let mut app = app(Language::En);
    key(&mut app, KeyCode::F(3));
    // Basics: the client, kind, language, made on (a date).
    for _ in 0..3 {
        key(&mut app, KeyCode::Down);
    }
    key(&mut app, KeyCode::Enter);
    ctrl(&mut app, 'u');
    type_text(&mut app, "31.2.2026");
    key(&mut app, KeyCode::Enter);
    let text = shown(&app);
    assert!(text.contains("Not a date"), "{text}");
    assert_eq!(app.plan().made, None);
}

#[test]
fn help_and_saving_from_the_plan_editor_come_back_to_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_saving_into(Language::En, dir.path());
    key(&mut app, KeyCode::F(3));
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::F(1));
    assert!(shown(&app).contains("Keys"));
    key(&mut app, KeyCode::Esc);
    assert!(shown(&app).contains("The situation in the client's own words"));
    type_text(&mut app, "Tired of waiting");
    key(&mut app, KeyCode::Enter);
    ctrl(&mut app, 's');
    key(&mut app, KeyCode::Enter);
    let text = shown(&app);
    assert!(text.contains("Saved:"), "{text}");
    assert!(
        text.contains("The situation in the client's own words"),
        "{text}"
    );
}

#[test]
fn adding_a_consent_a_task_and_a_follow_up_goes_to_the_new_item() {
    let mut app = app(Language::En);
    key(&mut app, KeyCode::F(3));
    // Consent is the last section: one step back from the first.
    key(&mut app, KeyCode::BackTab);
    assert!(shown(&app).contains("The client has not consented"));
    key(&mut app, KeyCode::Enter);
    type_text(&mut app, "Kela");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.plan().consents.len(), 1);
    assert_eq!(app.plan().consents[0].organisation, "Kela");
    assert_eq!(app.plan().consents[0].date, today());

    // Tasks: the section before follow-up.
    key(&mut app, KeyCode::BackTab);
    key(&mut app, KeyCode::BackTab);
    key(&mut app, KeyCode::Enter);
    type_text(&mut app, "Call the club house");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.plan().tasks[0].what, "Call the club house");

    // A follow-up reviews each goal; the first review's level is where the cursor lands.
    key(&mut app, KeyCode::BackTab);
    key(&mut app, KeyCode::BackTab);
    type_text(&mut app, "I meet people every week");
    key(&mut app, KeyCode::Enter);
    for _ in 0..3 {
        key(&mut app, KeyCode::Tab);
    }
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Char(' '));
    key(&mut app, KeyCode::Char(' '));
    let review = &app.plan().follow_ups[0].reviews[0];
    assert_eq!(review.goal, "I meet people every week");
    assert_eq!(review.level, Some(-1));
}

#[test]
fn a_chosen_service_can_be_set_to_serve_another_of_its_goals() {
    let mut app = app(Language::En);
    type_text(&mut app, "ahdistusryhmä");
    key(&mut app, KeyCode::Enter);
    assert_eq!(
        app.plan().services[0].goal.as_ref().map(|g| g.as_str()),
        Some("mental-wellbeing")
    );
    key(&mut app, KeyCode::F(3));
    for _ in 0..4 {
        key(&mut app, KeyCode::Tab);
    }
    // Status, then the goal it serves.
    key(&mut app, KeyCode::Down);
    assert!(shown(&app).contains("Serves the goal"));
    key(&mut app, KeyCode::Char(' '));
    assert_eq!(
        app.plan().services[0].goal.as_ref().map(|g| g.as_str()),
        Some("peer")
    );
    assert!(shown(&app).contains("Peer support"));
}

#[test]
fn a_failed_save_is_explained_in_the_interface_language() {
    let (app, _dir) = save_under_a_file(Language::Fi, "tiedosto");
    let message = app.message.clone().unwrap().text;
    assert!(message.starts_with("Tallennus epäonnistui"), "{message}");
    assert!(message.contains("ei ole kansio"), "{message}");
    assert!(
        message.contains("Aiempi tiedosto on ennallaan."),
        "{message}"
    );
}

#[test]
fn the_search_typed_while_the_catalogue_loads_is_kept_and_run() {
    use polku::tui::Loading;
    use polku::tui::view::draw_loading;

    let mut loading = Loading::new("Loading the catalogue /srv/catalogue".into(), Language::En);
    for c in "vertais".chars() {
        loading.handle(&Event::Key(KeyEvent::new(
            KeyCode::Char(c),
            KeyModifiers::NONE,
        )));
    }
    loading
        .progress
        .services_read
        .store(45_000, std::sync::atomic::Ordering::Relaxed);
    let mut terminal = Terminal::new(TestBackend::new(80, 12)).unwrap();
    terminal
        .draw(|frame| draw_loading(frame, &loading))
        .unwrap();
    let buffer = terminal.backend().buffer().clone();
    let rows: Vec<String> = (0..12)
        .map(|y| (0..80).map(|x| buffer[(x, y)].symbol()).collect())
        .collect();
    assert!(
        rows[4].contains("Loading the catalogue /srv/catalogue"),
        "{rows:#?}"
    );
    assert!(rows[5].contains("45000 services read"), "{rows:#?}");
    assert!(
        rows[7].contains("You can type the search already: vertais"),
        "{rows:#?}"
    );
    // The cursor stands after what was typed.
    let cursor = terminal.get_cursor_position().unwrap();
    let typed_end = rows[7].find("vertais").unwrap() + "vertais".len();
    assert_eq!((cursor.x as usize, cursor.y), (typed_end, 7));

    // When the catalogue is ready, the typed words are the search, with its results.
    let mut app = app(Language::En);
    app.type_ahead(loading.typed);
    let text = shown(&app);
    assert!(text.contains("vertais"), "{text}");
    let first = app.selected_service().expect("a result").id.to_string();
    let mut typed_after = self::app(Language::En);
    type_text(&mut typed_after, "vertais");
    assert_eq!(
        typed_after.selected_service().map(|s| s.id.to_string()),
        Some(first)
    );
}

#[test]
fn the_list_grows_as_the_selection_reaches_its_end() {
    let report = load(vec![SourceFile::in_memory(
        "generated.ron",
        polku::synthetic::catalog_ron(1_200, 3).into_bytes(),
    )]);
    let mut app = App::new(Parts::new(report, "test", Language::En, Theme::dark()));
    app.update(Action::Resize {
        width: 100,
        height: 30,
    });
    type_text(&mut app, "tuki");
    let total = app.results.total;
    assert!(total > 500, "{total} services match");
    assert_eq!(app.results.services.len(), 500);
    assert!(shown(&app).contains(&format!("Services (500 / {total})")));
    let first_500: Vec<usize> = app.results.services.iter().map(|h| h.index).collect();

    // Down past the 500th lists 500 more; the first ones stay as they were.
    for _ in 0..4 {
        if app.focus != polku::tui::Pane::Services {
            key(&mut app, KeyCode::Tab);
        }
    }
    assert_eq!(app.focus, polku::tui::Pane::Services);
    for _ in 0..499 {
        key(&mut app, KeyCode::Down);
    }
    assert_eq!(app.results.services.len(), 1_000.min(total));
    let now: Vec<usize> = app.results.services[..500]
        .iter()
        .map(|h| h.index)
        .collect();
    assert_eq!(now, first_500);
    key(&mut app, KeyCode::Down);
    let selected = app.selected_service().expect("the 501st").id.to_string();
    assert_eq!(
        selected,
        app.catalog.services[app.results.services[500].index]
            .id
            .to_string()
    );

    // End lists them all and goes to the last, which is on screen.
    key(&mut app, KeyCode::End);
    assert_eq!(app.results.services.len(), total);
    let last = app
        .selected_service()
        .expect("the last")
        .name
        .get("en")
        .to_owned();
    let text = shown(&app);
    assert!(text.contains(&format!("Services ({total})")), "{text}");
    let last_start: String = last.chars().take(20).collect();
    assert!(text.contains(&last_start), "{last_start:?} not in\n{text}");

    // A new search starts from 500 again.
    type_text(&mut app, "x");
    assert!(app.results.services.len() <= 500);
}

#[test]
fn a_search_that_finds_nothing_says_why_and_what_is_near() {
    let mut app = app(Language::En);
    type_text(&mut app, "Kulbbitallo");
    let text = shown(&app);
    assert!(text.contains("No service matches the search."), "{text}");
    assert!(text.contains("Nothing matches: Kulbbitallo"), "{text}");
    assert!(
        text.contains("Nearest words:") && text.contains("klubitalo"),
        "{text}"
    );
}

/// The screen as text with the letters drawn in the theme's `matched` style in [brackets].
fn lit_screen(app: &App, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|frame| draw(frame, app)).unwrap();
    let buffer = terminal.backend().buffer().clone();
    let matched = Theme::dark().matched;
    let mut out = String::new();
    for y in 0..height {
        let mut open = false;
        for x in 0..width {
            let cell = &buffer[(x, y)];
            let lit =
                cell.fg == matched.fg.unwrap() && cell.modifier.contains(matched.add_modifier);
            if lit != open {
                out.push(if lit { '[' } else { ']' });
                open = lit;
            }
            out.push_str(cell.symbol());
        }
        if open {
            out.push(']');
        }
        out.push('\n');
    }
    out
}

/// The screen on the built-in catalogue, in Finnish, at the smallest usual terminal size.
fn builtin_app_80x24() -> App {
    builtin_app_80x24_in(Language::Fi)
}

fn builtin_app_80x24_in(language: Language) -> App {
    let report = load(polku::catalog::builtin_files());
    let mut app = App::new(Parts {
        clock: polku::plan::Clock::Fixed(today()),
        ..Parts::new(report, "test", language, Theme::dark())
    });
    app.update(Action::Resize {
        width: 80,
        height: 24,
    });
    app
}

#[test]
fn the_screen_says_why_a_service_was_found() {
    let mut app = builtin_app_80x24();
    type_text(&mut app, "mul on ulosottoja");
    let text = lit_screen(&app, 80, 24);
    // The debt counselling service first, the words the need thesaurus gave lit in its name
    // atop the details and in the next rows of the list; the stop words light nothing.
    assert!(text.contains("▶  Talous- ja velkaneuvonta"), "{text}");
    assert!(text.contains("│[Talous]- ja [velkaneuvonta]"), "{text}");
    assert!(text.contains("Takuusäätiön [velka]-apu"), "{text}");
    assert!(!text.contains("[on]") && !text.contains("[mul]"), "{text}");
    // One line in the details says which typed word matched what, within the pane.
    let line = text
        .lines()
        .find(|l| l.contains("osui: ulosottoja →"))
        .unwrap_or_else(|| panic!("no line of why: {text}"));
    assert_eq!(
        line.chars().filter(|&c| c != '[' && c != ']').count(),
        80,
        "{line}"
    );
}

#[test]
fn a_place_and_a_need_are_both_explained() {
    let mut app = builtin_app_80x24();
    type_text(&mut app, "kotka mielenterveys");
    let text = lit_screen(&app, 80, 24);
    assert!(text.contains("osui: kotka, mielenterveys"), "{text}");
    // Kotka's service first, the place lit in its name; below, a word only inside a
    // compound of the need is lit whole, and no place is lit where it was not matched.
    assert!(text.contains("│Klubitalo, [Kotka]"), "{text}");
    assert!(
        text.contains("Päivätoiminta [mielenterveyskuntoutu"),
        "{text}"
    );
}

#[test]
fn words_that_found_nothing_are_named_beside_what_the_rest_found() {
    let mut app = builtin_app_80x24();
    type_text(&mut app, "puusepäntyö kotka");
    let text = screen(&app, 80, 24);
    assert!(text.contains("Ei osumia sanalle: puusepäntyö"), "{text}");
    assert!(text.contains("Kotka"), "{text}");

    // Nothing at all: the words, the nearest catalogue words and goals, in each language.
    for (language, nothing, near) in [
        (
            Language::Fi,
            "Ei osumia sanalle: puusepäntyö",
            "Lähimmät sanat: puutyö",
        ),
        (
            Language::Sv,
            "Ingen träff för: puusepäntyö",
            "Närmaste ord: puutyö",
        ),
        (
            Language::En,
            "Nothing matches: puusepäntyö",
            "Nearest words: puutyö",
        ),
    ] {
        let mut app = builtin_app_80x24_in(language);
        type_text(&mut app, "puusepäntyö");
        let text = screen(&app, 80, 24);
        assert!(text.contains(nothing), "{text}");
        assert!(text.contains(near), "{text}");
    }
}
