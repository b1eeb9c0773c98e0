//! `/api/docs`: the OpenAPI document as a readable page, rendered here so the
//! page needs nothing from the internet and works without JavaScript.

use serde::Serialize;
use serde_json::Value;

use super::PageError;
use super::pages::Pages;

#[derive(Serialize)]
struct Operation {
    anchor: String,
    method: String,
    path: String,
    summary: String,
    description: String,
    authenticated: bool,
    parameters: Vec<Parameter>,
    body: Option<String>,
    responses: Vec<Answer>,
}

#[derive(Serialize)]
struct Parameter {
    name: String,
    location: String,
    required: bool,
    kind: String,
    description: String,
}

#[derive(Serialize)]
struct Answer {
    status: String,
    description: String,
    shape: Option<String>,
}

#[derive(Serialize)]
struct Tag {
    name: String,
    description: String,
    operations: Vec<Operation>,
}

#[derive(Serialize)]
struct Schema {
    name: String,
    json: String,
}

const METHODS: [&str; 5] = ["get", "post", "put", "patch", "delete"];

pub fn render(pages: &Pages, api: &utoipa::openapi::OpenApi) -> Result<String, PageError> {
    let doc =
        serde_json::to_value(api).map_err(|e| PageError(crate::error::AppError::internal(e)))?;
    let mut tags: Vec<Tag> = doc["tags"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|t| Tag {
            name: text(&t["name"]),
            description: text(&t["description"]),
            operations: Vec::new(),
        })
        .collect();
    for (path, item) in doc["paths"].as_object().into_iter().flatten() {
        for method in METHODS {
            let Some(op) = item.get(method) else { continue };
            let tag = op["tags"][0].as_str().unwrap_or("other").to_owned();
            let operation = operation(method, path, op);
            match tags.iter_mut().find(|t| t.name == tag) {
                Some(t) => t.operations.push(operation),
                None => tags.push(Tag {
                    name: tag,
                    description: String::new(),
                    operations: vec![operation],
                }),
            }
        }
    }
    let schemas = doc["components"]["schemas"]
        .as_object()
        .into_iter()
        .flatten()
        .map(|(name, schema)| Schema {
            name: name.clone(),
            json: serde_json::to_string_pretty(schema).unwrap_or_default(),
        })
        .collect::<Vec<_>>();
    pages
        .render(
            "api_docs.html",
            // The reference is the API's, which speaks English; the page
            // around it is in the visitor's language.
            crate::web::page_language(None, None),
            &serde_json::json!({
                "title": text(&doc["info"]["title"]),
                "version": text(&doc["info"]["version"]),
                "description": text(&doc["info"]["description"]),
                "tags": tags,
                "schemas": schemas,
            }),
        )
        .map_err(PageError::from)
}

fn operation(method: &str, path: &str, op: &Value) -> Operation {
    let parameters = op["parameters"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|p| Parameter {
            name: text(&p["name"]),
            location: text(&p["in"]),
            required: p["required"].as_bool().unwrap_or(false),
            kind: shape(&p["schema"]),
            description: text(&p["description"]),
        })
        .collect();
    let body = op["requestBody"]["content"]
        .as_object()
        .and_then(|content| content.iter().next())
        .map(|(media, c)| format!("{media}: {}", shape(&c["schema"])));
    let responses = op["responses"]
        .as_object()
        .into_iter()
        .flatten()
        .map(|(status, r)| Answer {
            status: status.clone(),
            description: text(&r["description"]),
            shape: r["content"]
                .as_object()
                .and_then(|content| content.iter().next())
                .map(|(media, c)| match c.get("schema") {
                    Some(schema) => format!("{media}: {}", shape(schema)),
                    None => media.clone(),
                }),
        })
        .collect();
    Operation {
        anchor: format!("{method}-{path}")
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
            .collect(),
        method: method.to_uppercase(),
        path: path.to_owned(),
        summary: text(&op["summary"]),
        description: text(&op["description"]),
        authenticated: op.get("security").is_some(),
        parameters,
        body,
        responses,
    }
}

fn text(value: &Value) -> String {
    value.as_str().unwrap_or_default().to_owned()
}

/// A schema in a few words: a type name, `[T]`, or the primitive type.
fn shape(schema: &Value) -> String {
    if let Some(reference) = schema["$ref"].as_str() {
        return reference.rsplit('/').next().unwrap_or(reference).to_owned();
    }
    if schema["type"] == "array" {
        return format!("[{}]", shape(&schema["items"]));
    }
    if let Some(options) = schema["oneOf"].as_array() {
        return options.iter().map(shape).collect::<Vec<_>>().join(" | ");
    }
    match &schema["type"] {
        Value::String(t) => match schema["format"].as_str() {
            Some(format) => format!("{t} ({format})"),
            None => t.clone(),
        },
        Value::Array(types) => types
            .iter()
            .filter_map(Value::as_str)
            .collect::<Vec<_>>()
            .join(" | "),
        _ => "object".to_owned(),
    }
}
