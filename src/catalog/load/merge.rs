//! Joining the parsed files into one catalogue: broken files are left out whole, and what needs
//! the whole catalogue (duplicate ids, references to goals) is checked across files.

use std::collections::{HashMap, HashSet};

use super::{LoadReport, ParsedFile, Place, SkippedFile};
use crate::catalog::model::{Catalog, Id};
use crate::catalog::problem::{Position, Problem};

/// Joins the parsed files: drops broken files, then checks what needs the whole catalogue
/// (duplicate ids, references to goals).
pub(super) fn merge(parsed: Vec<ParsedFile>) -> LoadReport {
    // Goals that parsed anywhere, even in a file that is skipped: a service that names one of
    // them is not reported as naming an unknown goal, which would only repeat the first problem.
    let parsed_goal_ids: HashSet<&Id> = parsed
        .iter()
        .flat_map(|f| f.goals.iter().map(|g| &g.id))
        .collect();
    let mut cross_file = cross_file_problems(&parsed, &parsed_goal_ids);

    let loaded_goals: HashSet<Id> = parsed
        .iter()
        .filter(|f| f.problems.is_empty())
        .flat_map(|f| f.goals.iter().map(|g| g.id.clone()))
        .collect();
    // Services whose goals were all in skipped files: leaving them in would show services that
    // belong nowhere, so they wait until those files are mended. (A goal defined nowhere has
    // been reported already.)
    for file in parsed.iter().filter(|f| f.problems.is_empty()) {
        for (i, service) in file.services.iter().enumerate() {
            let goals_were_written = service.goals.iter().all(|g| parsed_goal_ids.contains(g));
            let none_loaded = !service.goals.iter().any(|g| loaded_goals.contains(g));
            if none_loaded && goals_were_written && !service.goals.is_empty() {
                let message = format!(
                    "service `{}` was left out: none of its goals could be loaded",
                    service.id
                );
                cross_file.push(file.problem_at(file.service_place(i), "goals", None, message));
            }
        }
    }

    let mut report = LoadReport::default();
    let mut catalog = Catalog::default();
    let mut seen_goals: HashSet<Id> = HashSet::new();
    let mut seen_services: HashSet<Id> = HashSet::new();
    let mut problems = Vec::new();
    for file in parsed {
        if let Some(first) = file.problems.first() {
            report.skipped.push(SkippedFile {
                path: file.path.clone(),
                reason: first.clone(),
            });
            problems.extend(file.problems);
            continue;
        }
        if catalog.name.is_none() {
            catalog.name = file.name;
        }
        catalog.thesaurus.extend(file.thesaurus);
        for goal in file.goals {
            if seen_goals.insert(goal.id.clone()) {
                catalog.goals.push(goal);
            }
        }
        // The file's own list is kept and filtered in place: for a large catalogue a second
        // list of every service would be tens of megabytes more.
        let mut services = file.services;
        services.retain_mut(|service| {
            if service.goals.iter().any(|g| !loaded_goals.contains(g)) {
                service.goals = service
                    .goals
                    .iter()
                    .filter(|g| loaded_goals.contains(*g))
                    .cloned()
                    .collect();
            }
            !service.goals.is_empty() && seen_services.insert(service.id.clone())
        });
        if catalog.services.is_empty() {
            catalog.services = services;
        } else {
            catalog.services.append(&mut services);
        }
    }
    problems.extend(cross_file);
    sort_problems(&mut problems);
    report.problems = problems;
    // The list grew by doubling while batches came in; a large catalogue keeps it for the
    // whole meeting.
    catalog.services.shrink_to_fit();
    catalog.prepare_lookups();
    report.catalog = catalog;
    report
}

/// Duplicate ids (in every file, skipped or not, naming the first place) and references to
/// goals that are defined nowhere.
fn cross_file_problems(parsed: &[ParsedFile], parsed_goal_ids: &HashSet<&Id>) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut goal_places: HashMap<&Id, (usize, usize)> = HashMap::new();
    let mut service_places: HashMap<&Id, (usize, usize)> = HashMap::new();
    for (f, file) in parsed.iter().enumerate() {
        for (i, goal) in file.goals.iter().enumerate() {
            if let Some(&(first_file, first)) = goal_places.get(&goal.id) {
                let first_file = &parsed[first_file];
                let first_at = describe_place(first_file, first_file.goal_place(first));
                let message = format!(
                    "goal id `{}` is already used by the goal at {first_at}",
                    goal.id
                );
                problems.push(file.problem_at(file.goal_place(i), "id", None, message));
            } else {
                goal_places.insert(&goal.id, (f, i));
            }
        }
        for (i, service) in file.services.iter().enumerate() {
            if let Some(&(first_file, first)) = service_places.get(&service.id) {
                let first_file = &parsed[first_file];
                let first_at = describe_place(first_file, first_file.service_place(first));
                let message = format!(
                    "service id `{}` is already used by the service at {first_at}",
                    service.id
                );
                problems.push(file.problem_at(file.service_place(i), "id", None, message));
            } else {
                service_places.insert(&service.id, (f, i));
            }
            for goal in service
                .goals
                .iter()
                .filter(|g| !parsed_goal_ids.contains(g))
            {
                let message = format!(
                    "service `{}` names the goal `{goal}`, which the catalogue does not define",
                    service.id
                );
                problems.push(file.problem_at(
                    file.service_place(i),
                    "goals",
                    Some(goal.as_str()),
                    message,
                ));
            }
        }
    }
    problems
}

fn describe_place(file: &ParsedFile, place: Place) -> String {
    let at = Position::of_offset(file.text(), place.start);
    format!("{}:{}:{}", file.path, at.line, at.column)
}

/// Problems in the order the files were read, then by position; stable for equal places.
fn sort_problems(problems: &mut [Problem]) {
    // Files are already in path order; a stable sort by (path, position) keeps that order.
    problems.sort_by(|a, b| (&a.path, a.position).cmp(&(&b.path, b.position)));
}
