//! What a plan holds. A chosen service keeps a copy of the catalogue's name, provider and
//! contact, so that the plan stays readable when the catalogue changes.

use serde::{Deserialize, Serialize};

use crate::catalog::{Contact, Id, Service, Text};
use crate::date::Date;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ServiceStatus {
    #[default]
    Proposed,
    Agreed,
    Started,
    Completed,
    Interrupted,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChosenService {
    /// The catalogue id, to find the service again.
    pub service: Id,
    pub name: Text,
    pub provider: String,
    #[serde(default)]
    pub contact: Option<Contact>,
    /// The goal of the catalogue the service was chosen for.
    #[serde(default)]
    pub goal: Option<Id>,
    #[serde(default)]
    pub status: ServiceStatus,
    #[serde(default)]
    pub start: Option<Date>,
    #[serde(default)]
    pub responsible: String,
    #[serde(default)]
    pub notes: String,
}

impl ChosenService {
    pub fn from_catalog(service: &Service) -> Self {
        Self {
            service: service.id.clone(),
            name: service.name.clone(),
            provider: service.provider.clone(),
            contact: service.contact.clone(),
            goal: service.goals.first().cloned(),
            status: ServiceStatus::default(),
            start: None,
            responsible: String::new(),
            notes: String::new(),
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    #[serde(default)]
    pub services: Vec<ChosenService>,
}

impl Plan {
    pub fn contains(&self, service: &Id) -> bool {
        self.services.iter().any(|s| &s.service == service)
    }

    /// Adds the service unless it is already chosen; says whether it was added.
    pub fn add(&mut self, service: &Service) -> bool {
        if self.contains(&service.id) {
            return false;
        }
        self.services.push(ChosenService::from_catalog(service));
        true
    }

    pub fn remove(&mut self, index: usize) -> Option<ChosenService> {
        (index < self.services.len()).then(|| self.services.remove(index))
    }
}
