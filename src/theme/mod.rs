//! Colour themes: a style for each role of the screen, read from RON files.
//!
//! # The theme file format
//!
//! A theme file is one RON value, `( ... )`, that gives a style to some of the roles below.
//! Every theme is read on top of the built-in dark theme ([`Theme::dark`]), so a file lists
//! only the roles it changes:
//!
//! ```ron
//! // ~/.config/polku/themes/mine.ron
//! (
//!     selection: (fg: "black", bg: "light-yellow", modifiers: ["bold"]),
//!     matched: (fg: "#d75f00", modifiers: ["bold", "underlined"]),
//! )
//! ```
//!
//! - Roles: `text`, `muted`, `accent`, `selection`, `matched`, `warning`, `error`, `border`,
//!   `border_focused`, `header`, `status`, `success` (see the fields of [`Theme`]).
//! - A role's style is `(fg: COLOUR, bg: COLOUR, modifiers: [MODIFIER, ...])`, every part
//!   optional. A missing `fg` or `bg` leaves the terminal's own colour. A listed role replaces
//!   the dark theme's style for that role whole, so a theme can also take a modifier away.
//! - Colours: `"black"`, `"red"`, `"green"`, `"yellow"`, `"blue"`, `"magenta"`, `"cyan"`,
//!   `"gray"`, `"dark-gray"`, `"light-red"`, `"light-green"`, `"light-yellow"`, `"light-blue"`,
//!   `"light-magenta"`, `"light-cyan"`, `"white"`, `"reset"` (the terminal's own colour), or
//!   `"#rrggbb"`, or a palette number 0–255. "grey" is accepted for "gray".
//! - Modifiers: `"bold"`, `"dim"`, `"italic"`, `"underlined"`, `"slow-blink"`, `"rapid-blink"`,
//!   `"reversed"`, `"hidden"`, `"crossed-out"`.
//!
//! Unknown roles, fields, colours and modifiers are mistakes, reported with the file, line and
//! column, and the dark theme is used instead: a theme is never silently half-applied.
//!
//! Built-in themes are [`Theme::BUILTIN`], from the `themes/` folder of the source tree. The
//! user's own themes live in the config folder's `themes/` as `NAME.ron`; a file there wins over
//! a built-in theme of the same name.

use std::fmt;
use std::fs;
use std::path::Path;

use ratatui::style::{Color, Modifier, Style};
use serde::Deserialize;
use serde::de::{self, Deserializer, Visitor};

use crate::catalog::{BUILTIN_PREFIX, Position, Problem, describe_ron_error, ron_options};

/// The style of each role of the screen.
#[derive(Clone, Debug, PartialEq)]
pub struct Theme {
    pub name: String,
    /// Ordinary text.
    pub text: Style,
    /// Secondary text, hints, counts.
    pub muted: Style,
    /// Headings, the focused pane's title, key names in the status bar.
    pub accent: Style,
    /// The selected row; visibly different from `text` in every built-in theme.
    pub selection: Style,
    /// Highlighted matched letters in search results.
    pub matched: Style,
    /// E.g. unsaved changes, skipped files.
    pub warning: Style,
    pub error: Style,
    /// Unfocused pane borders.
    pub border: Style,
    pub border_focused: Style,
    /// The top header bar.
    pub header: Style,
    /// The bottom status bar.
    pub status: Style,
    /// E.g. "saved".
    pub success: Style,
}

impl Theme {
    /// The names of the themes built into polku.
    pub const BUILTIN: &'static [&'static str] = &["dark", "light", "high-contrast"];

    /// The default theme, written in code so that it cannot fail to load. `themes/dark.ron`
    /// says the same (a test checks that), as the example users copy from.
    pub fn dark() -> Theme {
        let fg = |c: Color| Style::new().fg(c);
        Theme {
            name: "dark".into(),
            text: fg(Color::Gray),
            muted: fg(Color::DarkGray),
            accent: fg(Color::Cyan).add_modifier(Modifier::BOLD),
            selection: fg(Color::White)
                .bg(Color::Blue)
                .add_modifier(Modifier::BOLD),
            matched: fg(Color::Yellow).add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            warning: fg(Color::Yellow),
            error: fg(Color::LightRed).add_modifier(Modifier::BOLD),
            border: fg(Color::DarkGray),
            border_focused: fg(Color::Cyan),
            header: fg(Color::Black)
                .bg(Color::Cyan)
                .add_modifier(Modifier::BOLD),
            status: fg(Color::White).bg(Color::DarkGray),
            success: fg(Color::LightGreen).add_modifier(Modifier::BOLD),
        }
    }

    /// The theme for `NO_COLOR`: no colour at all, so everything that must stand out does it
    /// with modifiers. The selection and the bars are reversed, matches bold and underlined.
    pub fn colourless() -> Theme {
        let plain = Style::new();
        let with = |m: Modifier| Style::new().add_modifier(m);
        Theme {
            name: "colourless".into(),
            text: plain,
            muted: with(Modifier::DIM),
            accent: with(Modifier::BOLD),
            selection: with(Modifier::REVERSED | Modifier::BOLD),
            matched: with(Modifier::BOLD | Modifier::UNDERLINED),
            warning: with(Modifier::BOLD),
            error: with(Modifier::BOLD),
            border: plain,
            border_focused: with(Modifier::BOLD),
            header: with(Modifier::REVERSED | Modifier::BOLD),
            status: with(Modifier::REVERSED),
            success: with(Modifier::BOLD),
        }
    }
}

/// Whether the NO_COLOR convention (no-color.org) asks for no colour: the variable is set and
/// not empty. Pass `std::env::var_os("NO_COLOR")`.
pub fn no_color_requested(value: Option<std::ffi::OsString>) -> bool {
    value.is_some_and(|v| !v.is_empty())
}

/// Loads theme `name`: the user's `<user_dir>/<name>.ron` if present, else the built-in file
/// of that name, applied on top of [`Theme::dark`]. A broken file or an unknown name gives the
/// dark theme and a problem to show. When `no_color` is true, returns [`Theme::colourless`]
/// and no problem: NO_COLOR wins over any theme.
pub fn load_theme(name: &str, user_dir: Option<&Path>, no_color: bool) -> (Theme, Option<Problem>) {
    if no_color {
        return (Theme::colourless(), None);
    }
    let fallback = |problem: Problem| (Theme::dark(), Some(problem));
    // A name with a path in it would reach outside the themes folder: no theme has such a name.
    let plain_name = !name.is_empty() && !name.starts_with('.') && !name.contains(['/', '\\']);
    if plain_name && let Some(dir) = user_dir {
        let path = dir.join(format!("{name}.ron"));
        let shown = path.display().to_string();
        match fs::read(&path) {
            Ok(bytes) => {
                return match String::from_utf8(bytes) {
                    Ok(text) => match parse(name, &shown, &text) {
                        Ok(theme) => (theme, None),
                        Err(problem) => fallback(problem),
                    },
                    Err(_) => fallback(Problem {
                        path: shown,
                        position: Position::START,
                        message: "the theme file is not UTF-8 text; using the dark theme".into(),
                    }),
                };
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => {
                return fallback(Problem {
                    path: shown,
                    position: Position::START,
                    message: format!("cannot read the theme: {e}; using the dark theme"),
                });
            }
        }
    }
    if let Some(text) = builtin_text(name) {
        let shown = format!("{BUILTIN_PREFIX}/themes/{name}.ron");
        return match parse(name, &shown, text) {
            Ok(theme) => (theme, None),
            Err(problem) => fallback(problem),
        };
    }
    fallback(Problem {
        path: name.to_owned(),
        position: Position::START,
        message: format!(
            "there is no theme `{name}`; the themes are {}; using the dark theme",
            available(user_dir).join(", ")
        ),
    })
}

/// The text of built-in theme `name`.
fn builtin_text(name: &str) -> Option<&'static str> {
    match name {
        "dark" => Some(include_str!("../../themes/dark.ron")),
        "light" => Some(include_str!("../../themes/light.ron")),
        "high-contrast" => Some(include_str!("../../themes/high-contrast.ron")),
        _ => None,
    }
}

/// Every theme name that can be chosen: the built-in ones and the user's, sorted.
fn available(user_dir: Option<&Path>) -> Vec<String> {
    let mut names: Vec<String> = Theme::BUILTIN.iter().map(|&n| n.to_owned()).collect();
    if let Some(entries) = user_dir.and_then(|dir| fs::read_dir(dir).ok()) {
        for entry in entries.flatten() {
            let path = entry.path();
            if path.extension().is_some_and(|e| e == "ron")
                && let Some(stem) = path.file_stem().and_then(|s| s.to_str())
            {
                names.push(stem.to_owned());
            }
        }
    }
    names.sort();
    names.dedup();
    names
}

/// Reads theme file `text` (reported as `path`) on top of the dark theme.
fn parse(name: &str, path: &str, text: &str) -> Result<Theme, Problem> {
    // An empty file changes nothing, as an empty `config.ron` does.
    let file = if text.trim().is_empty() {
        ThemeFile::default()
    } else {
        ron_options()
            .from_str::<ThemeFile>(text)
            .map_err(|e| Problem {
                path: path.to_owned(),
                position: Position::of_ron(&e),
                message: format!("{}; using the dark theme", describe(&e.code)),
            })?
    };
    let mut theme = file.apply_to(Theme::dark());
    theme.name = name.to_owned();
    Ok(theme)
}

/// Says what RON reported in words a theme author understands: the shared wording, but an
/// unknown field is a role or a part of a style.
fn describe(error: &ron::Error) -> String {
    match error {
        ron::Error::NoSuchStructField {
            expected, found, ..
        } => {
            // The same error comes from the roles and from a role's fields; tell them apart.
            let what = if expected.contains(&"selection") {
                "role"
            } else {
                "part of a style"
            };
            let names: Vec<String> = expected.iter().map(|n| format!("`{n}`")).collect();
            format!(
                "unknown {what} `{found}`; write one of {}",
                names.join(", ")
            )
        }
        other => describe_ron_error(other),
    }
}

/// The shape of a theme file: each role optional, as a file lists only what it changes.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
struct ThemeFile {
    text: Option<RoleStyle>,
    muted: Option<RoleStyle>,
    accent: Option<RoleStyle>,
    selection: Option<RoleStyle>,
    matched: Option<RoleStyle>,
    warning: Option<RoleStyle>,
    error: Option<RoleStyle>,
    border: Option<RoleStyle>,
    border_focused: Option<RoleStyle>,
    header: Option<RoleStyle>,
    status: Option<RoleStyle>,
    success: Option<RoleStyle>,
}

impl ThemeFile {
    fn apply_to(self, base: Theme) -> Theme {
        let pick = |role: Option<RoleStyle>, base: Style| role.map_or(base, RoleStyle::style);
        Theme {
            name: base.name,
            text: pick(self.text, base.text),
            muted: pick(self.muted, base.muted),
            accent: pick(self.accent, base.accent),
            selection: pick(self.selection, base.selection),
            matched: pick(self.matched, base.matched),
            warning: pick(self.warning, base.warning),
            error: pick(self.error, base.error),
            border: pick(self.border, base.border),
            border_focused: pick(self.border_focused, base.border_focused),
            header: pick(self.header, base.header),
            status: pick(self.status, base.status),
            success: pick(self.success, base.success),
        }
    }
}

/// One role's style as written: `(fg: .., bg: .., modifiers: [..])`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
struct RoleStyle {
    fg: Option<Colour>,
    bg: Option<Colour>,
    modifiers: Vec<ModifierName>,
}

impl RoleStyle {
    fn style(self) -> Style {
        let mut style = Style::new();
        if let Some(Colour(c)) = self.fg {
            style = style.fg(c);
        }
        if let Some(Colour(c)) = self.bg {
            style = style.bg(c);
        }
        let modifiers = self
            .modifiers
            .iter()
            .fold(Modifier::empty(), |all, m| all | m.0);
        style.add_modifier(modifiers)
    }
}

/// The colour names a theme may use, for the message about a wrong one. Reading is
/// ratatui's (`Color::from_str`), which also takes these with spaces or underscores, "grey",
/// "bright-…", and a palette number 0–255.
const COLOUR_NAMES: &[&str] = &[
    "black",
    "red",
    "green",
    "yellow",
    "blue",
    "magenta",
    "cyan",
    "gray",
    "dark-gray",
    "light-red",
    "light-green",
    "light-yellow",
    "light-blue",
    "light-magenta",
    "light-cyan",
    "white",
    "reset",
];

const MODIFIERS: &[(&str, Modifier)] = &[
    ("bold", Modifier::BOLD),
    ("dim", Modifier::DIM),
    ("italic", Modifier::ITALIC),
    ("underlined", Modifier::UNDERLINED),
    ("slow-blink", Modifier::SLOW_BLINK),
    ("rapid-blink", Modifier::RAPID_BLINK),
    ("reversed", Modifier::REVERSED),
    ("hidden", Modifier::HIDDEN),
    ("crossed-out", Modifier::CROSSED_OUT),
];

/// A colour as written in a theme file: a name from [`COLOUR_NAMES`], a palette number or
/// `"#rrggbb"`.
#[derive(Debug)]
struct Colour(Color);

impl<'de> Deserialize<'de> for Colour {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(NamedVisitor {
            what: "colour",
            parse: |s| s.parse::<Color>().ok().map(Colour),
            valid: || format!("{}, a number 0-255, or \"#rrggbb\"", quoted(COLOUR_NAMES)),
        })
    }
}

/// A text modifier as written in a theme file: a name from [`MODIFIERS`].
#[derive(Debug)]
struct ModifierName(Modifier);

impl<'de> Deserialize<'de> for ModifierName {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(NamedVisitor {
            what: "modifier",
            parse: |s| {
                MODIFIERS
                    .iter()
                    .find(|(n, _)| *n == s)
                    .map(|&(_, m)| ModifierName(m))
            },
            valid: || {
                let names: Vec<&str> = MODIFIERS.iter().map(|(n, _)| *n).collect();
                quoted(&names)
            },
        })
    }
}

fn quoted(names: &[&str]) -> String {
    names
        .iter()
        .map(|n| format!("\"{n}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Reads a quoted name, and on a wrong one says what was written and what can be.
struct NamedVisitor<T> {
    what: &'static str,
    parse: fn(&str) -> Option<T>,
    valid: fn() -> String,
}

impl<T> Visitor<'_> for NamedVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a {} name in double quotes", self.what)
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<T, E> {
        (self.parse)(s).ok_or_else(|| {
            E::custom(format!(
                "`{s}` is not a {}; write one of {}",
                self.what,
                (self.valid)()
            ))
        })
    }
}

#[cfg(test)]
mod tests;
