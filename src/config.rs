//! The user's settings, `config.ron` in the config directory. A missing file means defaults;
//! a broken one means defaults plus a message naming the file, line and column: never silence.

use std::fs;
use std::path::{Path, PathBuf};

use directories::ProjectDirs;
use serde::Deserialize;

use crate::catalog::{Position, Problem, describe_ron_error, ron_options};

#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The interface language: "fi", "sv" or "en".
    #[serde(default)]
    pub language: Option<String>,
    /// The theme's name (a file in `themes/` or in the config directory's `themes/`).
    #[serde(default)]
    pub theme: Option<String>,
    /// Catalogue folders to use instead of the built-in catalogue.
    #[serde(default)]
    pub catalogs: Vec<PathBuf>,
    /// Where plans are saved by default.
    #[serde(default)]
    pub plans_dir: Option<PathBuf>,
    /// The professional's name, prefilled in new plans.
    #[serde(default)]
    pub professional: Option<String>,
    /// The professional's organisation, prefilled in new plans.
    #[serde(default)]
    pub organisation: Option<String>,
}

/// polku's folders on this machine, from the platform's conventions.
#[derive(Clone, Debug)]
pub struct Dirs {
    pub config: PathBuf,
    pub data: PathBuf,
    /// What polku can make again from other files: catalogues made ready to search.
    pub cache: PathBuf,
}

impl Dirs {
    /// The platform's folders, or `None` when there is no home directory to put them in.
    pub fn from_platform() -> Option<Self> {
        let dirs = ProjectDirs::from("fi", "polku", "polku")?;
        Some(Self {
            config: dirs.config_dir().to_path_buf(),
            data: dirs.data_dir().to_path_buf(),
            cache: dirs.cache_dir().to_path_buf(),
        })
    }

    pub fn config_file(&self) -> PathBuf {
        self.config.join("config.ron")
    }

    /// The user's own catalogue folder, used when it holds any `.ron`.
    pub fn user_catalog(&self) -> PathBuf {
        self.data.join("catalog")
    }

    pub fn default_plans(&self) -> PathBuf {
        self.data.join("plans")
    }

    pub fn recovery(&self) -> PathBuf {
        self.data.join("recovery")
    }

    pub fn key_file(&self) -> PathBuf {
        self.config.join("keys.ron")
    }

    pub fn user_themes(&self) -> PathBuf {
        self.config.join("themes")
    }
}

impl Config {
    /// Reads the config file at `path`. A missing file gives the defaults and no problem.
    pub fn load(path: &Path) -> (Config, Option<Problem>) {
        let problem = |position, message: String| Problem {
            path: path.display().to_string(),
            position,
            message,
        };
        let bytes = match fs::read(path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return (Config::default(), None),
            Err(e) => {
                let p = problem(
                    Position::START,
                    format!("cannot read the settings: {e}; using the defaults"),
                );
                return (Config::default(), Some(p));
            }
        };
        let Ok(text) = String::from_utf8(bytes) else {
            let p = problem(
                Position::START,
                "the settings file is not UTF-8 text; using the defaults".into(),
            );
            return (Config::default(), Some(p));
        };
        if text.trim().is_empty() {
            return (Config::default(), None);
        }
        match ron_options().from_str::<Config>(&text) {
            Ok(config) => {
                let bad_language = config
                    .language
                    .as_deref()
                    .filter(|l| crate::i18n::Language::from_code(l).is_none());
                if let Some(l) = bad_language {
                    let at = text
                        .find("language")
                        .map_or(Position::START, |o| Position::of_offset(&text, o));
                    let p = problem(
                        at,
                        format!(
                            "`{l}` is not a language polku speaks: use \"fi\", \"sv\" or \"en\""
                        ),
                    );
                    return (
                        Config {
                            language: None,
                            ..config
                        },
                        Some(p),
                    );
                }
                (config, None)
            }
            Err(e) => {
                let message = format!("{}; using the defaults", describe_ron_error(&e.code));
                (
                    Config::default(),
                    Some(problem(Position::of_ron(&e), message)),
                )
            }
        }
    }
}

/// The user's key changes from `keys.ron`: action name → keys, e.g.
/// `{"Quit": ["Ctrl-X"], "ClientView": ["F5"]}`. Only what is listed changes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct KeyFile {
    pub path: PathBuf,
    /// (action, keys) in the file's order of names.
    pub entries: Vec<(String, Vec<String>)>,
    /// Where each entry's name is written, for messages.
    pub positions: Vec<Position>,
}

impl KeyFile {
    /// Reads `path`; a missing file is no changes, a broken one is a problem and no changes.
    pub fn load(path: &Path) -> (KeyFile, Option<Problem>) {
        let empty = KeyFile {
            path: path.to_path_buf(),
            ..KeyFile::default()
        };
        let problem = |position, message: String| Problem {
            path: path.display().to_string(),
            position,
            message,
        };
        let text = match fs::read(path) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) => text,
                Err(_) => {
                    return (
                        empty,
                        Some(problem(
                            Position::START,
                            "the key file is not UTF-8 text; using the default keys".into(),
                        )),
                    );
                }
            },
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return (empty, None),
            Err(e) => {
                return (
                    empty,
                    Some(problem(
                        Position::START,
                        format!("cannot read the key file: {e}; using the default keys"),
                    )),
                );
            }
        };
        if text.trim().is_empty() {
            return (empty, None);
        }
        match ron_options().from_str::<std::collections::BTreeMap<String, Vec<String>>>(&text) {
            Ok(map) => {
                let positions = map
                    .keys()
                    .map(|name| {
                        text.find(&format!("\"{name}\""))
                            .map_or(Position::START, |o| Position::of_offset(&text, o))
                    })
                    .collect();
                (
                    KeyFile {
                        path: path.to_path_buf(),
                        entries: map.into_iter().collect(),
                        positions,
                    },
                    None,
                )
            }
            Err(e) => {
                let message = format!("{}; using the default keys", describe_ron_error(&e.code));
                (empty, Some(problem(Position::of_ron(&e), message)))
            }
        }
    }

    /// A problem about entry `index`, placed where its name is written.
    pub fn problem(&self, index: usize, message: String) -> Problem {
        Problem {
            path: self.path.display().to_string(),
            position: self
                .positions
                .get(index)
                .copied()
                .unwrap_or(Position::START),
            message,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_file_is_fine_broken_file_is_placed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.ron");
        assert_eq!(Config::load(&path), (Config::default(), None));
        fs::write(&path, "(\n  language: \"sv\",\n  profesional: \"A\",\n)").unwrap();
        let (config, problem) = Config::load(&path);
        assert_eq!(config, Config::default());
        let problem = problem.unwrap();
        assert_eq!((problem.position.line, problem.position.column), (3, 3));
        fs::write(
            &path,
            "(language: \"sv\", professional: \"Aino\", catalogs: [\"/srv/cat\"])",
        )
        .unwrap();
        let (config, problem) = Config::load(&path);
        assert_eq!(problem, None);
        assert_eq!(config.language.as_deref(), Some("sv"));
        assert_eq!(config.catalogs, vec![PathBuf::from("/srv/cat")]);
    }

    #[test]
    fn key_file_lists_changes_with_their_places() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("keys.ron");
        assert_eq!(KeyFile::load(&path).0.entries, vec![]);
        fs::write(
            &path,
            "{\n  \"Quit\": [\"Ctrl-X\"],\n  \"Fly\": [\"F5\"],\n}",
        )
        .unwrap();
        let (keys, problem) = KeyFile::load(&path);
        assert_eq!(problem, None);
        assert_eq!(keys.entries[0], ("Fly".to_string(), vec!["F5".to_string()]));
        assert_eq!(
            keys.problem(0, "x".into()).position,
            Position { line: 3, column: 3 }
        );
        fs::write(&path, "{\"Quit\": [\"Ctrl-X\"}").unwrap();
        let (keys, problem) = KeyFile::load(&path);
        assert!(keys.entries.is_empty());
        assert_eq!(problem.unwrap().position.line, 1);
    }
}
