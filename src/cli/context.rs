//! What every command needs to know before it starts: the user's folders and settings, the
//! interface language, and which catalogue to use.

use std::path::PathBuf;

use super::Cli;
use crate::catalog::{CatalogSource, Problem, folder_has_catalog_files};
use crate::config::{Config, Dirs};
use crate::i18n::Language;
use crate::ready::CacheFolder;

#[derive(Clone)]
pub struct Context {
    pub dirs: Option<Dirs>,
    pub config: Config,
    /// A problem with the settings file, to be shown, not hidden.
    pub config_problem: Option<Problem>,
    pub language: Language,
    pub catalog: CatalogSource,
}

/// The user's folders and settings file, read once per run: the language of `--help` and
/// every command's context both come from them.
pub struct Settings {
    pub dirs: Option<Dirs>,
    pub config: Config,
    /// A problem with the settings file, to be shown, not hidden.
    pub config_problem: Option<Problem>,
}

impl Settings {
    pub fn load() -> Self {
        let dirs = Dirs::from_platform();
        let (config, config_problem) = match &dirs {
            Some(d) => Config::load(&d.config_file()),
            None => (Config::default(), None),
        };
        Self {
            dirs,
            config,
            config_problem,
        }
    }
}

impl Context {
    /// Where catalogues made ready to search are kept between runs.
    pub fn cache_folder(&self) -> Option<CacheFolder> {
        self.dirs.as_ref().map(|d| CacheFolder::new(&d.cache))
    }

    pub fn resolve(cli: &Cli, settings: Settings) -> Self {
        let Settings {
            dirs,
            config,
            config_problem,
        } = settings;
        let language = Language::choose(
            cli.lang.map(Language::from),
            config.language.as_deref(),
            |key| std::env::var(key).ok(),
        );
        let catalog = choose_catalog(&cli.catalog, &config, dirs.as_ref());
        Self {
            dirs,
            config,
            config_problem,
            language,
            catalog,
        }
    }
}

/// `--catalog` folders, else the config's folders, else the user's own catalogue folder when
/// it holds any `.ron`, else the built-in catalogue.
pub fn choose_catalog(flags: &[PathBuf], config: &Config, dirs: Option<&Dirs>) -> CatalogSource {
    if !flags.is_empty() {
        return CatalogSource::Folders(flags.to_vec());
    }
    if !config.catalogs.is_empty() {
        return CatalogSource::Folders(config.catalogs.clone());
    }
    if let Some(user) = dirs
        .map(Dirs::user_catalog)
        .filter(|d| folder_has_catalog_files(d))
    {
        return CatalogSource::Folders(vec![user]);
    }
    CatalogSource::Builtin
}
