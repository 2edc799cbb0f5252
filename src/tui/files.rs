//! The plan's files as the meeting screen uses them: saving (asking for a name the first
//! time), the client's copy, and the recovery copy written while the plan has unsaved changes.

use std::path::{Path, PathBuf};
use std::time::{Instant, SystemTime};

use crate::plan::{
    Autosave, RecoverySnapshot, RecoveryStore, SaveError, create_private_dir, default_plan_path,
    save_new_plan, save_plan, to_markdown, write_atomic,
};

/// Where the plan lives on disk and how unsaved changes are kept safe.
#[derive(Debug, Default)]
pub struct PlanFiles {
    /// The plan's file, once it has one.
    pub path: Option<PathBuf>,
    /// Where a new plan is offered a name.
    pub plans_dir: Option<PathBuf>,
    /// Where recovery copies go; `None` keeps none (tests).
    pub recovery: Option<RecoveryStore>,
    pub autosave: Autosave,
    /// A recovery copy the user set aside this session, for undo to bring back.
    pub set_aside: Option<PathBuf>,
}

impl PlanFiles {
    /// The name offered for a plan saved for the first time.
    pub fn suggested_path(&self, client: &str, today: crate::date::Date) -> PathBuf {
        let dir = self.plans_dir.clone().unwrap_or_else(|| PathBuf::from("."));
        default_plan_path(&dir, client, today)
    }

    /// The file a typed name means: a name without a folder goes into the plans folder (never
    /// wherever polku happened to be started), and a plan file ends in `.ron`.
    pub fn resolve_name(&self, typed: &str) -> PathBuf {
        let typed = Path::new(typed.trim());
        let mut path = match &self.plans_dir {
            Some(dir) if typed.is_relative() => dir.join(typed),
            _ => typed.to_path_buf(),
        };
        if path.extension().is_none_or(|e| e != "ron")
            && let Some(name) = path.file_name()
        {
            let mut name = name.to_os_string();
            name.push(".ron");
            path.set_file_name(name);
        }
        path
    }

    /// Saves over the plan's own file.
    pub fn save(&self, plan: &crate::plan::Plan, path: &Path) -> Result<(), SaveError> {
        save_plan(plan, path)
    }

    /// Saves under a new name, never over an existing file.
    pub fn save_as(&self, plan: &crate::plan::Plan, path: &Path) -> Result<(), SaveError> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty())
            && self.plans_dir.as_deref() == Some(parent)
        {
            // The default plans folder is polku's own: create it, private.
            create_private_dir(parent)?;
        }
        save_new_plan(plan, path)
    }

    /// The client's copy in `language`, beside the plan's file (or in the plans folder).
    pub fn export(
        &self,
        plan: &crate::plan::Plan,
        language: crate::i18n::Language,
        today: crate::date::Date,
    ) -> Result<PathBuf, SaveError> {
        let base = match &self.path {
            Some(path) => path.clone(),
            None => self.suggested_path(&plan.client, today),
        };
        let path = base.with_extension(format!("{}.md", language.code()));
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty())
            && self.plans_dir.as_deref() == Some(parent)
        {
            create_private_dir(parent)?;
        }
        write_atomic(&path, to_markdown(plan, language).as_bytes())?;
        Ok(path)
    }

    /// Notes an edit, so that a recovery copy follows within seconds.
    pub fn edited(&mut self, now: Instant) {
        self.autosave.edited(now);
    }

    /// Whether the recovery copy is due now (or, `at_once`, whether there are unwritten
    /// edits at all, as when the terminal goes away).
    pub fn recovery_due(&self, now: Instant, at_once: bool) -> bool {
        self.recovery.is_some() && (self.autosave.due(now) || at_once && self.autosave.pending())
    }

    /// Writes `plan` as the recovery copy.
    pub fn write_recovery(&mut self, plan: crate::plan::Plan) -> Result<(), SaveError> {
        if let Some(store) = &self.recovery {
            store.write(&RecoverySnapshot::new(
                plan,
                self.path.clone(),
                SystemTime::now(),
            ))?;
            self.autosave.mark_written();
        }
        Ok(())
    }

    /// Removes the recovery copy once the plan is safe in its file (or the user chose to drop
    /// the changes).
    pub fn discard_recovery(&self, also: Option<&Path>) {
        if let Some(store) = &self.recovery {
            // A copy that cannot be removed is harmless: the next start offers it again.
            let _ = store.discard(self.path.as_deref());
            let _ = store.discard(also);
        }
    }
}

/// A failed save in the interface language: what happened, where, and that nothing was lost.
pub fn describe_save_error(error: &SaveError, s: &crate::i18n::Strings) -> String {
    let with_folder =
        |template: &str, folder: &Path| template.replace("{folder}", &folder.display().to_string());
    let what = match error {
        SaveError::FolderMissing { folder, .. } => with_folder(s.err_folder_missing, folder),
        SaveError::NotAFolder { folder, .. } => with_folder(s.err_not_a_folder, folder),
        SaveError::IsAFolder { .. } => s.err_is_a_folder.to_owned(),
        SaveError::NotARegularFile { .. } => s.err_not_regular_file.to_owned(),
        SaveError::NoPermission { folder, .. } => with_folder(s.err_no_permission, folder),
        SaveError::ReadOnlyDisk { folder, .. } => with_folder(s.err_read_only, folder),
        SaveError::DiskFull { folder, .. } => with_folder(s.err_disk_full, folder),
        SaveError::AlreadyExists { .. } => s.err_exists.to_owned(),
        SaveError::Encode { message, path } => {
            let folder = path.parent().unwrap_or_else(|| Path::new("."));
            with_folder(s.err_other, folder).replace("{error}", message)
        }
        SaveError::Io { folder, source, .. } => {
            with_folder(s.err_other, folder).replace("{error}", &source.to_string())
        }
    };
    format!("{}: {what}. {}", error.path().display(), s.err_unchanged)
}
