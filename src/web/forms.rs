//! `application/x-www-form-urlencoded` bodies, with repeated keys (checkboxes).

use std::collections::BTreeMap;

use uuid::Uuid;

pub struct Form {
    pairs: Vec<(String, String)>,
}

impl Form {
    pub fn parse(body: &[u8]) -> Form {
        Form {
            pairs: url::form_urlencoded::parse(body).into_owned().collect(),
        }
    }

    pub fn get(&self, name: &str) -> Option<&str> {
        self.pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn all(&self, name: &str) -> Vec<&str> {
        self.pairs
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .collect()
    }

    /// Non-blank text, or none.
    pub fn text(&self, name: &str) -> Option<String> {
        self.get(name)
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_owned)
    }

    /// The checked session ids; anything that is not an id is an error.
    pub fn uuids(&self, name: &str) -> Result<Vec<Uuid>, String> {
        self.all(name)
            .into_iter()
            .map(|v| Uuid::parse_str(v).map_err(|_| "contains an unknown session".to_owned()))
            .collect()
    }

    /// Every field as typed (the last value of a repeated one).
    pub fn values_with_all(&self) -> BTreeMap<String, String> {
        self.pairs
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect()
    }

    /// Answers to `questions` as the API takes them, read from fields named
    /// `answers.{id}` (repeated for multiple choice, present when ticked).
    pub fn answers(
        &self,
        questions: &[crate::domain::question::Question],
    ) -> serde_json::Map<String, serde_json::Value> {
        use crate::domain::question::{QuestionKind, answer_field};
        use serde_json::Value;
        let mut answers = serde_json::Map::new();
        for q in questions.iter().filter(|q| !q.retired) {
            let name = answer_field(q.id);
            let value = match q.data.kind {
                QuestionKind::MultipleChoice => Value::Array(
                    self.all(&name)
                        .into_iter()
                        .map(|v| Value::String(v.to_owned()))
                        .collect(),
                ),
                QuestionKind::Checkbox => Value::Bool(self.get(&name).is_some()),
                _ => match self.get(&name) {
                    Some(v) => Value::String(v.to_owned()),
                    None => continue,
                },
            };
            answers.insert(q.id.to_string(), value);
        }
        answers
    }

    /// What the visitor typed, to show the form again as it was.
    pub fn values(&self) -> BTreeMap<String, String> {
        self.pairs
            .iter()
            .filter(|(k, _)| k != "sessions")
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect()
    }
}
