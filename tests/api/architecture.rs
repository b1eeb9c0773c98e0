//! The layers of `src/` and which may import which (README, "Architecture"),
//! read from the source itself: a new import that breaks the rule fails here.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Top-level module → the top-level modules it names through `crate::`.
fn import_graph() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in rust_files(&src) {
        let relative = file.strip_prefix(&src).unwrap();
        let first = relative.components().next().unwrap();
        let module = first
            .as_os_str()
            .to_string_lossy()
            .trim_end_matches(".rs")
            .to_owned();
        if module == "lib" || module == "main" {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        let named = graph.entry(module.clone()).or_default();
        for line in text.lines() {
            let code = line.split("//").next().unwrap_or("");
            named.extend(crate_names(code));
        }
        named.remove(&module);
    }
    graph
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}

/// The first segment after each `crate::` of a line, `crate::{a, b::c}` included.
fn crate_names(code: &str) -> Vec<String> {
    let mut names = Vec::new();
    let ident = |s: &str| -> String {
        s.chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect()
    };
    for (at, _) in code.match_indices("crate::") {
        let rest = &code[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let mut depth = 1;
            let mut item_start = true;
            for (i, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    ',' if depth == 1 => item_start = true,
                    c if c.is_whitespace() => {}
                    _ if item_start && depth == 1 => {
                        names.push(ident(&group[i..]));
                        item_start = false;
                    }
                    _ => {}
                }
            }
        } else {
            names.push(ident(rest));
        }
    }
    names.retain(|n| !n.is_empty());
    names
}

#[test]
fn no_import_cycle_between_top_level_modules() {
    let graph = import_graph();
    fn visit(
        graph: &BTreeMap<String, BTreeSet<String>>,
        node: &str,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) {
        if let Some(at) = path.iter().position(|n| n == node) {
            panic!("import cycle: {} -> {node}", path[at..].join(" -> "));
        }
        if done.contains(node) {
            return;
        }
        path.push(node.to_owned());
        for next in graph.get(node).into_iter().flatten() {
            visit(graph, next, path, done);
        }
        path.pop();
        done.insert(node.to_owned());
    }
    let mut done = BTreeSet::new();
    for node in graph.keys() {
        visit(&graph, node, &mut Vec::new(), &mut done);
    }
}

#[test]
fn each_layer_imports_only_those_below_it() {
    let graph = import_graph();
    // (module, what it must never name)
    let rules: &[(&str, &[&str])] = &[
        // Rules as plain types and functions.
        ("domain", &["*"]),
        // Reads and writes; no workflow, no mail, no HTTP.
        (
            "db",
            &[
                "app", "email", "web", "routes", "state", "extract", "http", "worker", "startup",
            ],
        ),
        // Renders what a use case hands it: no rows, no state.
        (
            "email",
            &[
                "db", "app", "web", "routes", "state", "extract", "http", "startup",
            ],
        ),
        (
            "calendar",
            &["db", "app", "email", "web", "routes", "state"],
        ),
        // Knows no HTTP door.
        (
            "app",
            &["routes", "web", "extract", "http", "worker", "startup"],
        ),
        // The state every layer may read names nothing above the use cases.
        (
            "state",
            &[
                "app", "routes", "web", "extract", "http", "worker", "startup",
            ],
        ),
        // The pages do not go through the API's handlers.
        ("web", &["routes", "startup", "worker"]),
        ("routes", &["startup", "worker"]),
    ];
    for (module, forbidden) in rules {
        let named = graph.get(*module).cloned().unwrap_or_default();
        for n in &named {
            assert!(
                !forbidden.contains(&"*") && !forbidden.contains(&n.as_str()),
                "{module} imports crate::{n}; see the import rule in the README"
            );
        }
    }
}

/// The domain stays free of the web framework and the database library.
#[test]
fn the_domain_knows_no_framework() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/domain");
    for file in rust_files(&dir) {
        let text = std::fs::read_to_string(&file).unwrap();
        for framework in ["actix_web", "diesel", "lettre", "tokio"] {
            assert!(
                !text.contains(&format!("{framework}::")),
                "{} names {framework}",
                file.display()
            );
        }
    }
}

/// Handlers call use cases: no page or API handler calls a query function
/// (they may name the typed rows the use cases hand back).
#[test]
fn handlers_call_no_query_function() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = rust_files(&src.join("routes"));
    files.extend(rust_files(&src.join("web")));
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            assert!(
                !code.contains("state.pool") && !code.contains(".pool."),
                "{}:{}: a handler uses the pool: {line}",
                file.display(),
                n + 1
            );
        }
    }
}
