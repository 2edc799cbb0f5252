use super::*;

fn user_theme(name: &str, text: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join(format!("{name}.ron")), text).unwrap();
    dir
}

fn at(problem: &Problem) -> (usize, usize) {
    (problem.position.line, problem.position.column)
}

#[test]
fn every_builtin_theme_loads_and_shows_its_selection() {
    for &name in Theme::BUILTIN {
        let (theme, problem) = load_theme(name, None, false);
        assert_eq!(problem, None, "{name}");
        assert_eq!(theme.name, name);
        assert_ne!(theme.selection, theme.text, "{name}");
        assert!(
            theme.selection.bg.is_some()
                || theme.selection.add_modifier.contains(Modifier::REVERSED),
            "{name}: the selection needs a background or to be reversed"
        );
    }
}

#[test]
fn dark_file_lists_every_role_as_the_code_does() {
    // Read on top of the colourless theme, a role missing from dark.ron would show.
    let file: ThemeFile = ron_options()
        .from_str(builtin_text("dark").unwrap())
        .unwrap();
    let mut theme = file.apply_to(Theme::colourless());
    theme.name = "dark".into();
    assert_eq!(theme, Theme::dark());
}

#[test]
fn high_contrast_selection_is_bold_and_reversed() {
    let (theme, _) = load_theme("high-contrast", None, false);
    let wanted = Modifier::BOLD | Modifier::REVERSED;
    assert!(theme.selection.add_modifier.contains(wanted));
}

#[test]
fn user_file_changes_only_its_roles() {
    let dir = user_theme(
        "mine",
        "// mine\n(\n    selection: (fg: \"black\", bg: \"#ffd700\", modifiers: [\"bold\"]),\n)\n",
    );
    let (theme, problem) = load_theme("mine", Some(dir.path()), false);
    assert_eq!(problem, None);
    let expected = Theme {
        name: "mine".into(),
        selection: Style::new()
            .fg(Color::Black)
            .bg(Color::Rgb(0xff, 0xd7, 0x00))
            .add_modifier(Modifier::BOLD),
        ..Theme::dark()
    };
    assert_eq!(theme, expected);
}

#[test]
fn user_file_wins_over_builtin_of_same_name() {
    let dir = user_theme("light", "(text: (fg: \"grey\"))");
    let (theme, problem) = load_theme("light", Some(dir.path()), false);
    assert_eq!(problem, None);
    assert_eq!(theme.text, Style::new().fg(Color::Gray));
    // Not the built-in light theme's selection: the user's file is read on top of dark.
    assert_eq!(theme.selection, Theme::dark().selection);
    // Another built-in is still found when the folder has no file of its name.
    let (theme, problem) = load_theme("high-contrast", Some(dir.path()), false);
    assert_eq!(problem, None);
    assert_eq!(theme.text, Style::new().fg(Color::White).bg(Color::Black));
}

#[test]
fn unknown_role_is_placed() {
    let dir = user_theme(
        "mine",
        "(\n    text: (fg: \"white\"),\n    selektion: (bg: \"blue\"),\n)",
    );
    let (theme, problem) = load_theme("mine", Some(dir.path()), false);
    assert_eq!(theme, Theme::dark());
    let problem = problem.unwrap();
    assert_eq!(at(&problem), (3, 5));
    assert!(problem.path.ends_with("mine.ron"), "{}", problem.path);
    assert!(
        problem.message.contains("`selektion`"),
        "{}",
        problem.message
    );
    assert!(
        problem.message.contains("`selection`"),
        "{}",
        problem.message
    );
}

#[test]
fn unknown_colour_is_placed_and_named() {
    let dir = user_theme(
        "mine",
        "(\n  text: (fg: \"white\"),\n  accent: (fg: \"purpel\"),\n)",
    );
    let (theme, problem) = load_theme("mine", Some(dir.path()), false);
    assert_eq!(theme, Theme::dark());
    let problem = problem.unwrap();
    // At the colour's first letter, inside the quotes.
    assert_eq!(at(&problem), (3, 17), "{problem}");
    assert!(problem.message.contains("`purpel`"), "{}", problem.message);
    assert!(
        problem.message.contains("\"#rrggbb\""),
        "{}",
        problem.message
    );
    assert!(
        problem.message.contains("\"magenta\""),
        "{}",
        problem.message
    );
}

#[test]
fn unknown_modifier_and_field_are_placed() {
    let dir = user_theme(
        "mine",
        "(\n  accent: (modifiers: [\"bold\", \"blink\"]),\n)",
    );
    let (_, problem) = load_theme("mine", Some(dir.path()), false);
    let problem = problem.unwrap();
    assert_eq!(at(&problem), (2, 33), "{problem}");
    assert!(
        problem.message.contains("\"slow-blink\""),
        "{}",
        problem.message
    );

    let dir = user_theme("mine", "(\n  accent: (colour: \"red\"),\n)");
    let (_, problem) = load_theme("mine", Some(dir.path()), false);
    let problem = problem.unwrap();
    assert_eq!(at(&problem), (2, 12), "{problem}");
    assert!(problem.message.contains("`fg`"), "{}", problem.message);
}

#[test]
fn syntax_error_is_placed() {
    // The comma after the first role is missing.
    let dir = user_theme(
        "mine",
        "(\n  text: (fg: \"white\")\n  muted: (fg: \"gray\"),\n)",
    );
    let (theme, problem) = load_theme("mine", Some(dir.path()), false);
    assert_eq!(theme, Theme::dark());
    let problem = problem.unwrap();
    assert_eq!(at(&problem), (3, 3), "{problem}");
}

#[test]
fn unknown_name_lists_the_themes() {
    let dir = user_theme("mine", "()");
    let (theme, problem) = load_theme("solarized", Some(dir.path()), false);
    assert_eq!(theme, Theme::dark());
    let problem = problem.unwrap();
    assert_eq!(problem.path, "solarized");
    assert_eq!(problem.position, Position::START);
    for name in ["dark", "light", "high-contrast", "mine"] {
        assert!(problem.message.contains(name), "{}", problem.message);
    }
    // A name cannot reach outside the themes folder.
    let (_, problem) = load_theme("../mine", Some(dir.path()), false);
    assert!(problem.is_some());
}

#[test]
fn no_color_gives_the_colourless_theme() {
    let dir = user_theme("mine", "(broken");
    for name in ["dark", "mine", "no-such-theme"] {
        let (theme, problem) = load_theme(name, Some(dir.path()), true);
        assert_eq!(problem, None);
        assert_eq!(theme, Theme::colourless());
    }
    let theme = Theme::colourless();
    assert!(theme.selection.add_modifier.contains(Modifier::REVERSED));
    assert!(
        theme
            .matched
            .add_modifier
            .contains(Modifier::BOLD | Modifier::UNDERLINED)
    );
    let styles = [
        theme.text,
        theme.muted,
        theme.accent,
        theme.selection,
        theme.matched,
        theme.warning,
        theme.error,
        theme.border,
        theme.border_focused,
        theme.header,
        theme.status,
        theme.success,
    ];
    for style in styles {
        assert_eq!((style.fg, style.bg), (None, None), "{style:?}");
    }
}

#[test]
fn no_color_needs_a_nonempty_value() {
    assert!(!no_color_requested(None));
    assert!(!no_color_requested(Some("".into())));
    assert!(no_color_requested(Some("1".into())));
}
